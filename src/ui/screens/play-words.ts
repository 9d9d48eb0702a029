// What the play screen says: to a screen reader through the live region, and aloud through read-aloud. Kept apart
// because they differ at a decision: a screen reader hears the options as focus reaches them (saying them in the
// live region as well made every decision heard twice); read-aloud has no focus to follow, so it reads them all.
import type { Session } from '../../state/session';
import { humanise } from '../dom';
import { cast, speakerName } from '../people';
import { ratingWords } from './ratings';

/** The caption of a sound that came with the line on screen. */
export function lastCaption(session: Session): string | null {
  const t = session.transcript;
  const last = t[t.length - 1];
  const before = t[t.length - 2];
  return last?.kind === 'line' && before?.kind === 'caption' ? before.text : null;
}

function lineWords(session: Session): string {
  const s = session.screen;
  if (s.kind !== 'line') return '';
  const name = speakerName(s.speaker);
  return name ? `${name}: ${s.text}` : s.text;
}

function feedbackWords(session: Session): string {
  const s = session.screen;
  if (s.kind !== 'feedback') return '';
  const d = session.decisions[s.decision];
  const o = d?.options[d.chosen];
  if (!d || !o) return '';
  const better = o.meta.rating !== 'best' ? d.options.find((x) => x.meta.rating === 'best') : undefined;
  return [
    `${ratingWords(o.meta)}.`,
    `You chose: ${o.text}`,
    better && `A stronger option: ${better.text}`,
    o.meta.feedback,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Pairs: the partner's role card, in words. */
function cardWords(session: Session): string {
  const s = session.screen;
  const p = s.kind === 'choices' ? s.partner : undefined;
  if (!p) return '';
  const name = cast[p.who]?.name ?? speakerName(p.who) ?? p.who;
  return `Partner's role card: you play ${name}. You feel: ${p.feels}. You want: ${p.wants}. If spoken to well: ${p.well}. If spoken to badly: ${p.badly}.`;
}

/** What the live region says when the moment changes (`scene`: the room and people, when they changed). */
export function announcement(session: Session, scene = ''): string {
  const s = session.screen;
  if (s.kind === 'line') {
    const caption = lastCaption(session);
    return [scene, caption && `Sound: ${caption}.`, lineWords(session)].filter(Boolean).join(' ');
  }
  // The role card is read out (focus lands on its Ready button); the words step's box has a label that says it.
  if (s.kind === 'choices' && s.step === 'card') return [scene, cardWords(session)].filter(Boolean).join(' ');
  // Focus moves into the options, which say what they are and how to choose: nothing more to announce.
  if (s.kind === 'choices') return scene;
  if (s.kind === 'feedback') return feedbackWords(session);
  if (s.kind === 'ending')
    return `The end: ${s.ending ? humanise(s.ending) : 'the scenario is over'}. Here is how it went.`;
  return 'Something went wrong in this scenario.';
}

/** What read-aloud says for the moment on screen. */
export function spokenText(session: Session): string {
  const s = session.screen;
  if (s.kind === 'line') return lineWords(session);
  if (s.kind === 'choices' && s.step === 'card') return cardWords(session);
  if (s.kind === 'choices' && s.step === 'words') return 'Your words first. What would you say?';
  if (s.kind === 'choices')
    return `What do you do? ${s.options.map((o, i) => `${i + 1}: ${o.text}`).join(' ')}`;
  return announcement(session);
}
