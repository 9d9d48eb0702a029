// The only writer of a session: the story runner's beats go into the session store (which the stage, the screens
// and sound follow), and the learner's input comes back here. It holds the live runner; everything the learner
// could lose is in the persisted stores. app/boot.ts builds it.

import { StoryRunner, type Beat, type Option } from '../story/runner';
import { nextTask } from './next-task';
import { makeSave, restore } from '../story/save';
import { applyLine, openingStage } from '../story/staging';
import type { CatalogueEntry, CompiledScenario } from '../story/scenario';
import type { InkStory } from '../story/ink';
import { snapshotBeforeRetry } from '../debrief/replay';
import { foldEvidence, type Evidence } from '../scoring/evidence';
import { recordFinish, recordStart, type ProgressStore } from '../state/progress';
import { tidySaid, type Feeling } from '../debrief/felt';
import type { PartnerDirection } from '../story/tags';
import type { ChoiceStep, Decision, Session, SessionStore, TranscriptEntry } from '../state/session';
import type { SettingsStore } from '../state/settings';

export interface SoundCues {
  sfx(id: string): void;
  ambience(id: string | null): void;
}

export interface ControllerDeps {
  catalogue: CatalogueEntry[];
  session: SessionStore;
  progress: ProgressStore;
  settings: SettingsStore;
  makeStory: (json: string) => InkStory;
  captionFor: (soundId: string) => string;
  sound?: SoundCues;
  /** A message for the learner (a story changed since saving, a story that will not load). */
  tell?: (message: string) => void;
  /** Keeps a saved game that an edited story can no longer follow to the end, before it is replaced. */
  setAside?: (session: Session) => void;
  /** A play reached its ending (after progress has recorded it). */
  finished?: (session: Session) => void;
  now?: () => Date;
  random?: () => number;
}

export class Controller {
  private runner: StoryRunner | null = null;
  private scenario: CompiledScenario | null = null;
  /** Set while a step is being handled, so a double tap or key repeat cannot choose twice or skip a line. */
  private busy = false;
  /** While a choice is being handled: the session as it will be stored, so choosing and the line that follows
   *  reach the screen (and storage) as one change, not two renders in a row. */
  private draft: Session | null = null;

  constructor(private readonly deps: ControllerDeps) {}

  get current(): CompiledScenario | null {
    return this.scenario;
  }

  entry(id: string): CatalogueEntry | undefined {
    return this.deps.catalogue.find((c) => c.id === id);
  }

  /** `pairs`: two people on one device, the partner playing the other person (a role card at each decision). */
  async start(id: string, how: { pairs?: boolean } = {}): Promise<boolean> {
    const loaded = await this.load(id);
    if (!loaded) return false;
    await nextTask();
    let story: InkStory;
    try {
      story = this.deps.makeStory(loaded.json);
    } catch {
      return this.damaged(id);
    }
    await nextTask();
    // Whatever was playing before (a saved game left running) stops here, not before: if this story cannot be
    // opened, the saved game stays as it was.
    if (this.runner) this.leave();
    const seed = Math.floor((this.deps.random ?? Math.random)() * 2 ** 31);
    this.runner = new StoryRunner(story, { seed });
    const session: Session = {
      scenarioId: id,
      save: makeSave(this.runner, id, loaded.hash),
      transcript: [],
      decisions: [],
      stage: openingStage(loaded.meta.location),
      screen: { kind: 'line', text: '', speaker: null, pause: false },
      startedAt: this.now().toISOString(),
      ...(how.pairs ? { pairs: true } : {}),
    };
    // The first line goes into the session before it is stored, so the play screen is built once, with its words
    // (stored first with an empty line, it was built twice in this task: at 4x, with code running for the first
    // time, the task reached 90-176 ms).
    const runner = this.runner;
    // The story's first step, then the first line stored, each in a task of its own: in the first scenario a page
    // opens, with this code running for the first time, they were 60-110 ms together at 4x CPU throttling. Nothing
    // else may step the story in between.
    this.busy = true;
    let beat: Beat;
    try {
      beat = runner.next();
      await nextTask();
    } finally {
      this.busy = false;
    }
    if (this.runner !== runner) return false; // something else was opened meanwhile
    this.asOneChange(session, () => this.present(beat, true));
    this.deps.progress.setState((p) => recordStart(p, id, this.now()));
    // The caller shows the play screen next: in a task of its own, not after the story's first line in this one
    // (together they were one task of 90-150 ms at 4x CPU throttling).
    await nextTask();
    return true;
  }

  /** Continue from the saved session. Returns false (and says why) when it cannot. */
  async resume(): Promise<boolean> {
    const session = this.deps.session.getState().session;
    if (!session) return false;
    const loaded = await this.load(session.scenarioId);
    if (!loaded) return false;
    await nextTask();
    let restored: ReturnType<typeof restore>;
    try {
      restored = restore(() => this.deps.makeStory(loaded.json), loaded.hash, session.save);
    } catch {
      return this.damaged(session.scenarioId);
    }
    this.runner = restored.runner;
    if (restored.how === 'state') {
      this.deps.sound?.ambience(session.stage.ambience);
      return true;
    }
    // The story changed since the save: rebuild the conversation from the replay, with the new wording. A saved game
    // it could not follow to the end is kept aside first: the choices after that point are still the learner's.
    if (restored.divergence) this.deps.setAside?.(session);
    const rebuilt = rebuild(
      restored.replayed,
      restored.states,
      session,
      loaded.meta.location,
      this.runner.choiceLog.length,
    );
    this.deps.session.setState({
      session: { ...rebuilt, save: makeSave(this.runner, session.scenarioId, loaded.hash) },
    });
    // On a line, the replay stopped just after it; anywhere else, ask the runner what comes next (choices, an ending).
    if (restored.divergence || session.screen.kind !== 'line') this.present(this.runner.next(), false);
    this.deps.sound?.ambience(rebuilt.stage.ambience);
    if (restored.divergence) {
      this.deps.tell?.(
        `This scenario has been updated since you saved. Your game has been followed up to decision ${restored.divergence.step + 1}, and carries on from there.`,
      );
    }
    return true;
  }

  /** The learner pressed Continue on a line or after feedback. */
  continue(): void {
    const screen = this.session()?.screen;
    if (!screen || (screen.kind !== 'line' && screen.kind !== 'feedback')) return;
    this.step();
  }

  /** The learner picked the option at `position` on the current choice screen. */
  choose(position: number): void {
    const session = this.session();
    const runner = this.runner;
    if (!session || !runner || session.screen.kind !== 'choices' || session.screen.step || this.busy) return;
    const beat = runner.next();
    if (beat.kind !== 'choices') return;
    const option = beat.options[position];
    if (!option) return;
    const shown = session.screen;
    this.asOneChange(session, () => {
      const decision: Decision = {
        situation: lastLine(session.transcript),
        options: beat.options.map((o) => ({ text: o.text, meta: o.meta })),
        chosen: position,
        // The save made when these options were shown holds the story exactly as it stands (serialising it again
        // cost 2-5 ms of the key press at 4x CPU throttling).
        inkState: session.save.inkState,
        transcriptLength: session.transcript.length,
        stage: session.stage,
        ...(shown.partner ? { partner: shown.partner } : {}),
        ...(shown.said ? { said: shown.said } : {}),
      };
      const err = runner.choose(option.index);
      if (err) return this.fail(err.message);
      const decisions = [...session.decisions, decision];
      const transcript: TranscriptEntry[] = [
        ...session.transcript,
        { kind: 'choice', text: option.text, ...(decision.said ? { said: decision.said } : {}) },
      ];
      // In pairs the feedback always shows: it is where the partner says how the choice felt in role.
      const showFeedback =
        this.deps.settings.getState().instantFeedback || option.meta.critical || !!session.pairs;
      this.update({
        decisions,
        transcript,
        partner: undefined,
        screen: showFeedback ? { kind: 'feedback', decision: decisions.length - 1 } : session.screen,
      });
      // Without feedback, the story goes straight on to its next line.
      if (this.session()?.screen.kind === 'choices') this.present(runner.next(), true);
    });
  }

  /** Pairs: the partner has read the role card; on to the learner's own words, or to the options. */
  partnerReady(): void {
    const s = this.session()?.screen;
    if (s?.kind !== 'choices' || s.step !== 'card' || this.busy) return;
    const { step: _card, ...rest } = s;
    this.update({ screen: this.wordsFirst() ? { ...rest, step: 'words' } : rest });
  }

  /** "Your words first": the learner's own words (null or blank: skipped); then the options appear. */
  sayFirst(words: string | null): void {
    const s = this.session()?.screen;
    if (s?.kind !== 'choices' || s.step !== 'words' || this.busy) return;
    const { step: _words, said: _old, ...rest } = s;
    const said = tidySaid(words);
    this.update({ screen: { ...rest, ...(said ? { said } : {}) } });
  }

  /** Pairs: how the partner said decision `index` felt, in role (chosen again, it replaces the answer before). */
  feel(index: number, feeling: Feeling): void {
    const session = this.session();
    const d = session?.decisions[index];
    if (!session || !d) return;
    const decisions = session.decisions.map((x, i) => (i === index ? { ...x, felt: feeling } : x));
    this.update({ decisions });
  }

  private wordsFirst(): boolean {
    const s = this.deps.settings.getState();
    return this.session()?.pairs ? s.wordsFirstPairs : s.wordsFirst;
  }

  /** Where a decision starts: the role card in pairs (when the story gives one), then the words step if it is on. */
  private firstStep(partner: PartnerDirection | undefined): { step?: ChoiceStep } {
    if (this.session()?.pairs && partner) return { step: 'card' };
    return this.wordsFirst() ? { step: 'words' } : {};
  }

  /** Runs `work` as one change from `from`: what it builds is stored once, at the end, and no other step can start
   *  meanwhile (a double tap or key repeat). */
  private asOneChange(from: Session, work: () => void): void {
    this.busy = true;
    this.draft = from;
    try {
      work();
    } finally {
      this.busy = false;
      this.commit();
    }
  }

  /** Stores the draft a choice built up, if any. */
  private commit(): void {
    const draft = this.draft;
    this.draft = null;
    if (!draft || !this.runner || !this.scenario) return;
    this.deps.session.setState({
      session: { ...draft, save: makeSave(this.runner, draft.scenarioId, this.scenario.hash) },
    });
  }

  /** Go back to decision `index` and choose again: the conversation is wound back to that moment. Returns false
   *  when it cannot be (no live story, or that decision was not saved with its moment). */
  retry(index: number): boolean {
    const session = this.session();
    const d = session?.decisions[index];
    if (!session || !this.runner || !d || !d.inkState) return false;
    const log = this.runner.choiceLog.slice(0, index);
    this.runner.loadState(d.inkState, log, 0);
    this.update({
      decisions: session.decisions.slice(0, index),
      transcript: session.transcript.slice(0, d.transcriptLength),
      stage: d.stage,
      screen: {
        kind: 'choices',
        options: d.options,
        ...(d.partner ? { partner: d.partner } : {}),
        ...this.firstStep(d.partner),
      },
    });
    this.deps.sound?.ambience(d.stage.ambience);
    return true;
  }

  /** "Try this decision again" from the debrief of a finished play: the finished route's evidence is kept on the
   *  session, so the next ending can show what changed. */
  tryAgain(index: number): boolean {
    const session = this.session();
    if (!session) return false;
    const snapshot = snapshotBeforeRetry(session, this.evidence(), index);
    if (!this.retry(index)) return false;
    if (snapshot) this.update({ previousEvidence: snapshot });
    return true;
  }

  evidence(): Evidence {
    const session = this.session();
    return foldEvidence(chosenOptions(session?.decisions ?? []), this.scenario?.ranges ?? {});
  }

  /** Leave the scenario (it stays saved, so Continue brings it back). */
  leave(): void {
    this.deps.sound?.ambience(null);
    this.runner = null;
  }

  /** Forget the saved game (after the summary, or when the learner starts something else). */
  clear(): void {
    this.leave();
    this.deps.session.setState({ session: null });
  }

  private step(): void {
    if (!this.runner || this.busy) return;
    this.busy = true;
    try {
      this.present(this.runner.next(), true);
    } finally {
      this.busy = false;
    }
  }

  private present(beat: Beat, fresh: boolean): void {
    const session = this.session();
    if (!session || !this.runner) return;
    if (beat.kind === 'error') return this.fail(beat.error.message);
    if (beat.kind === 'choices') {
      this.update({
        screen: {
          kind: 'choices',
          options: beat.options.map((o: Option) => ({ text: o.text, meta: o.meta })),
          ...(session.partner ? { partner: session.partner } : {}),
          ...this.firstStep(session.partner),
        },
      });
      return;
    }
    if (beat.kind === 'ending') {
      this.update({ screen: { kind: 'ending', ending: beat.ending } });
      const evidence = this.evidence();
      const standings = Object.fromEntries(
        Object.values(evidence).map((e) => [e.outcome, { percent: e.percent, band: e.band }]),
      );
      this.deps.progress.setState((p) =>
        recordFinish(p, session.scenarioId, beat.ending, standings, this.now()),
      );
      const finished = this.session();
      if (finished) this.deps.finished?.(finished);
      return;
    }
    const d = beat.directives;
    const captions: TranscriptEntry[] = d.sfx.map((id) => ({
      kind: 'caption',
      text: this.deps.captionFor(id),
    }));
    const stage = applyLine(session.stage, d);
    this.update({
      transcript: [
        ...session.transcript,
        ...captions,
        { kind: 'line', text: beat.text, speaker: beat.speaker },
      ],
      stage,
      ...(d.partner ? { partner: d.partner } : {}),
      screen: {
        kind: 'line',
        text: beat.text,
        speaker: beat.speaker,
        pause: d.pause,
        ...(d.notes.length > 0 ? { notes: d.notes } : {}),
      },
    });
    if (fresh) {
      const sound = this.deps.sound;
      const ambience = stage.ambience !== session.stage.ambience;
      // In a task of their own, after the line's: starting a sound (the first time, its code and its file) is not
      // what the learner waits on, and the caption is in the transcript already.
      const runner = this.runner;
      if (sound && (d.sfx.length > 0 || ambience))
        void nextTask().then(() => {
          if (this.runner !== runner) return; // left meanwhile: the room's sound must not start on another screen
          for (const id of d.sfx) sound.sfx(id);
          if (ambience) sound.ambience(stage.ambience);
        });
    }
  }

  private fail(message: string): void {
    this.update({ screen: { kind: 'error', message } });
  }

  private update(patch: Partial<Session>): void {
    const session = this.session();
    if (!session || !this.runner || !this.scenario) return;
    const next = { ...session, ...patch };
    if (this.draft) return void (this.draft = next);
    next.save = makeSave(this.runner, session.scenarioId, this.scenario.hash);
    this.deps.session.setState({ session: next });
  }

  private session(): Session | null {
    return this.draft ?? this.deps.session.getState().session;
  }

  private async load(id: string): Promise<CompiledScenario | null> {
    const entry = this.entry(id);
    if (!entry) {
      this.deps.tell?.('That scenario is no longer in the game. Your saved game has been kept.');
      return null;
    }
    let scenario: unknown;
    try {
      scenario = (await entry.load()).default;
    } catch {
      this.deps.tell?.(
        `"${entry.title ?? id}" could not be loaded. Check your connection and try again; nothing has been lost.`,
      );
      return null;
    }
    if (!isScenario(scenario)) return (this.damaged(id), null);
    this.scenario = scenario;
    return scenario;
  }

  /** The story file arrived but is not a story that can be played (damaged, truncated, from another version). */
  private damaged(id: string): false {
    this.scenario = null;
    this.runner = null;
    const title = this.entry(id)?.title ?? id;
    this.deps.tell?.(
      `"${title}" could not be opened: its file is damaged. Reload the page to try again; nothing has been lost.`,
    );
    return false;
  }

  private now(): Date {
    return (this.deps.now ?? (() => new Date()))();
  }
}

export function chosenOptions(decisions: readonly Decision[]) {
  return decisions.flatMap((d) => {
    const o = d.options[d.chosen];
    return o ? [o] : [];
  });
}

function isScenario(value: unknown): value is CompiledScenario {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CompiledScenario>;
  return (
    typeof v.json === 'string' &&
    typeof v.hash === 'string' &&
    typeof v.meta === 'object' &&
    v.meta !== null &&
    typeof v.ranges === 'object' &&
    v.ranges !== null
  );
}

function lastLine(transcript: readonly TranscriptEntry[]): string {
  for (let i = transcript.length - 1; i >= 0; i -= 1) {
    const e = transcript[i]!;
    if (e.kind === 'line') return e.text;
  }
  return '';
}

/**
 * A session rebuilt from a replay: the same choices, the story's current words. Only the `followed` choices are
 * decisions: at a choice point the replay could not follow, nothing has been chosen yet.
 */
function rebuild(
  replayed: Beat[],
  states: string[],
  old: Session,
  location: string | null,
  followed: number,
): Session {
  let stage = openingStage(location);
  const transcript: TranscriptEntry[] = [];
  const decisions: Decision[] = [];
  let partner = old.partner;
  for (const beat of replayed) {
    if (beat.kind === 'line') {
      stage = applyLine(stage, beat.directives);
      partner = beat.directives.partner ?? partner;
      transcript.push({ kind: 'line', text: beat.text, speaker: beat.speaker });
    } else if (beat.kind === 'choices' && decisions.length < followed) {
      const logged = old.save.choiceLog[decisions.length];
      const chosen = Math.max(
        0,
        beat.options.findIndex((o) => o.text === logged?.text),
      );
      // The learner's own words and the partner's answer belong to the moment, whatever the story now says.
      const { said, felt } = old.decisions[decisions.length] ?? {};
      decisions.push({
        ...(said ? { said } : {}),
        ...(felt ? { felt } : {}),
        situation: lastLine(transcript),
        options: beat.options.map((o) => ({ text: o.text, meta: o.meta })),
        chosen,
        inkState: states[decisions.length] ?? '',
        transcriptLength: transcript.length,
        stage,
        ...(partner ? { partner } : {}),
      });
      partner = undefined;
      transcript.push({ kind: 'choice', text: beat.options[chosen]?.text ?? '', ...(said ? { said } : {}) });
    }
  }
  const last = [...transcript].reverse().find((e) => e.kind === 'line');
  const { partner: _old, ...rest } = old;
  return {
    ...rest,
    ...(partner ? { partner } : {}),
    transcript,
    decisions,
    stage,
    screen:
      last && last.kind === 'line'
        ? { kind: 'line', text: last.text, speaker: last.speaker, pause: false }
        : old.screen,
  };
}
