// Who is on the stage, where, in which mood, and who is speaking: folded line by line from the directives.
// Pure, so the stage (Phaser) only draws what this says, and a restored game redraws the same scene.

import type { LineDirectives } from './tags';

export interface StagePerson {
  id: string;
  mood: string;
  /** Heard, not seen (a voice on the phone). */
  offstage: boolean;
}

export interface StageState {
  location: string | null;
  people: StagePerson[];
  speaking: string | null;
  ambience: string | null;
}

export const MAX_ON_STAGE = 4;

export function openingStage(location: string | null): StageState {
  return { location, people: [], speaking: null, ambience: null };
}

export function applyLine(stage: StageState, d: LineDirectives): StageState {
  let people = stage.people;
  const location = d.location ?? stage.location;
  if (d.location && d.location !== stage.location) people = []; // a new room starts empty
  if (d.exit.includes('all')) people = [];
  people = people.filter((p) => !d.exit.includes(p.id));
  const ensure = (id: string, offstage: boolean) => {
    if (id === 'you') return;
    const i = people.findIndex((p) => p.id === id);
    if (i < 0) people = [...people, { id, mood: 'neutral', offstage }].slice(-MAX_ON_STAGE);
    else if (people[i]!.offstage !== offstage && d.speaker === id)
      people = people.map((p) => (p.id === id ? { ...p, offstage } : p));
  };
  for (const id of d.enter) ensure(id, false);
  if (d.speaker) ensure(d.speaker, d.offstage);
  for (const m of d.moods) {
    if (m.who === 'you') continue;
    ensure(m.who, people.find((p) => p.id === m.who)?.offstage ?? false);
    people = people.map((p) => (p.id === m.who ? { ...p, mood: m.mood } : p));
  }
  const ambience = d.ambience === null ? stage.ambience : d.ambience === 'none' ? null : d.ambience;
  return { location, people, speaking: d.speaker && d.speaker !== 'you' ? d.speaker : null, ambience };
}

/** True when `a` and `b` put the same picture on the stage: the same room, the same people in the same moods, heard
 *  or seen alike, and the same speaker. The ambience is heard, not drawn. Most lines change none of these (narration
 *  after narration, a speaker going on), and the stage need not draw them again. */
export function samePicture(a: StageState, b: StageState): boolean {
  if (a === b) return true;
  return (
    a.location === b.location &&
    a.speaking === b.speaking &&
    a.people.length === b.people.length &&
    a.people.every((p, i) => {
      const q = b.people[i]!;
      return p.id === q.id && p.mood === q.mood && p.offstage === q.offstage;
    })
  );
}
