// What the game asks of any LMS, whichever standard it speaks. The SCORM and cmi5 adapters implement it; the app
// (app/lms.ts) calls it and never a standard's own names.
import type { Rating } from '../story/tags';
import type { ObjectiveReport } from './objectives';

export type LmsKind = 'scorm12' | 'scorm2004' | 'cmi5';

export interface DecisionReport {
  scenarioId: string;
  /** 1-based, in the order of the play. */
  number: number;
  situation: string;
  chosen: string;
  rating: Rating | null;
  critical: boolean;
}

export interface EndingReport {
  scenarioId: string;
  title: string;
  ending: string | null;
  objectives: ObjectiveReport[];
}

/** Whether the LMS has every record so far (`sent`) or some are waiting to be sent again (`waiting`). */
export type Delivery = 'sent' | 'waiting';

export interface LmsTracker {
  readonly kind: LmsKind;
  /** Opens the session with the LMS: false when it would not start one. */
  start(): Promise<boolean>;
  /** The resume state kept from the learner's last visit, if any (read after start). */
  resumeData(): string | null;
  /** After every step worth keeping: the resume state as it stands now. */
  progress(resume: string): void;
  decision(d: DecisionReport): void;
  /** An ending: completion (never passed or failed) and one objective per outcome. */
  ending(e: EndingReport, resume: string): void;
  /** The window is closing or the learner is done: send what is left and end the session, once. */
  terminate(): void;
  /** Told whenever delivery changes (records held back by a refusal or a dropped connection, then sent). */
  onDelivery(listener: (d: Delivery) => void): void;
}

/** Retry after 1, 2, 4 ... seconds, never more than 30 seconds apart. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}
