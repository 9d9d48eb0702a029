// The expression set every character shares: one entry per mood in stories/moods.json. Each mood changes the
// brows, eyes, mouth and posture together, because a face reads at a glance only when all of them agree.
// "l" and "r" are the viewer's left and right.

/** A brow as a tapered stroke: inner end (near the nose) and outer end heights, and how much it arches. */
export interface Brow {
  inner: number; // y of the inner end
  outer: number; // y of the outer end
  arch: number; // how far the middle lifts above the straight line
  pull?: number; // inner end drawn towards the nose (knitted brows)
}

/**
 * An eye: the upper lid and lower lid as curves between the corners (offsets from the eye centre), where the
 * iris looks, or a closed shape.
 */
export interface Eye {
  upper: number; // control height of the upper lid (more negative = wider open)
  lower: number; // control height of the lower lid (smaller = lifted, as in a smile)
  innerY?: number; // inner corner raised or lowered (slanted lids)
  outerY?: number;
  lookX?: number;
  lookY?: number;
  closed?: 'relaxed' | 'squeezed';
}

export type Mouth =
  'rest' | 'smile' | 'soft-smile' | 'wobble' | 'lopsided' | 'cry' | 'down' | 'tight' | 'grimace' | 'pressed';

export interface Posture {
  tilt: number; // head rotation in degrees, positive = clockwise
  headX: number;
  headY: number;
  bodyY: number; // shoulders: negative raises them (tension), positive drops them (relief, low mood)
  bodyTilt: number; // one shoulder higher than the other
  faceX: number; // features shift a little, as if the head turns
}

export type Mark = 'tear' | 'frown-lines' | 'worry-lines' | 'squint-lines' | 'wet-eyes' | 'flush';

export interface Expression {
  brows: { l: Brow; r: Brow };
  eyes: { l: Eye; r: Eye };
  mouth: Mouth;
  posture: Posture;
  marks: readonly Mark[];
  arms: 'down' | 'folded';
}

const still: Posture = { tilt: 0, headX: 0, headY: 0, bodyY: 0, bodyTilt: 0, faceX: 0 };

function both<T>(v: T): { l: T; r: T } {
  return { l: v, r: v };
}

export const expressions: Readonly<Record<string, Expression>> = {
  neutral: {
    brows: both({ inner: 180, outer: 178, arch: 4 }),
    eyes: both({ upper: -15, lower: 9 }),
    mouth: 'rest',
    posture: still,
    marks: [],
    arms: 'down',
  },
  pleased: {
    brows: both({ inner: 175, outer: 175, arch: 7 }),
    eyes: both({ upper: -14, lower: 0 }),
    mouth: 'smile',
    posture: { ...still, tilt: 4, headY: -2 },
    marks: ['flush'],
    arms: 'down',
  },
  relieved: {
    brows: both({ inner: 174, outer: 179, arch: 4 }),
    eyes: both({ upper: -10, lower: 8, closed: 'relaxed' }),
    mouth: 'soft-smile',
    posture: { ...still, tilt: -3, headY: 5, bodyY: 10 },
    marks: [],
    arms: 'down',
  },
  worried: {
    brows: both({ inner: 167, outer: 180, arch: 2 }),
    eyes: both({ upper: -18, lower: 9, lookX: -2 }),
    mouth: 'wobble',
    posture: { ...still, tilt: -3, headY: 3, bodyY: -7, faceX: -3 },
    marks: ['worry-lines'],
    arms: 'down',
  },
  confused: {
    brows: { l: { inner: 181, outer: 181, arch: 1 }, r: { inner: 170, outer: 165, arch: 8 } },
    eyes: {
      l: { upper: -11, lower: 8, lookX: 3, lookY: -1 },
      r: { upper: -17, lower: 9, lookX: 3, lookY: -1 },
    },
    mouth: 'lopsided',
    posture: { ...still, tilt: 9, headX: 6, bodyTilt: -2, faceX: 3 },
    marks: [],
    arms: 'down',
  },
  upset: {
    brows: both({ inner: 165, outer: 181, arch: 0 }),
    eyes: both({ upper: -13, lower: 5, lookY: 1 }),
    mouth: 'cry',
    posture: { ...still, tilt: -5, headY: 7, bodyY: -3 },
    marks: ['tear', 'wet-eyes', 'worry-lines', 'flush'],
    arms: 'down',
  },
  sad: {
    brows: both({ inner: 171, outer: 182, arch: 1 }),
    eyes: both({ upper: -4, lower: 9, outerY: 2, lookY: 3 }),
    mouth: 'down',
    posture: { ...still, tilt: 4, headY: 12, bodyY: 12, bodyTilt: 1 },
    marks: [],
    arms: 'down',
  },
  angry: {
    brows: both({ inner: 188, outer: 174, arch: -1, pull: 3 }),
    eyes: both({ upper: -6, lower: 6, innerY: 2, outerY: -2 }),
    mouth: 'tight',
    posture: { ...still, headY: 5, bodyY: -9 },
    marks: ['frown-lines', 'flush'],
    arms: 'down',
  },
  pain: {
    brows: both({ inner: 185, outer: 178, arch: -3, pull: 5 }),
    eyes: both({ upper: -10, lower: 8, closed: 'squeezed' }),
    mouth: 'grimace',
    posture: { ...still, tilt: -8, headX: -5, headY: 4, bodyY: -5, bodyTilt: 2 },
    marks: ['frown-lines', 'squint-lines'],
    arms: 'down',
  },
  defensive: {
    brows: both({ inner: 183, outer: 178, arch: 1 }),
    eyes: both({ upper: -9, lower: 8, lookX: -4 }),
    mouth: 'pressed',
    posture: { ...still, tilt: -4, headX: -4, headY: -6, faceX: -5 },
    marks: [],
    arms: 'folded',
  },
};

export function expressionFor(mood: string): Expression {
  const e = Object.hasOwn(expressions, mood) ? expressions[mood] : undefined;
  if (e === undefined) {
    throw new Error(`No expression for mood "${mood}"; the moods are ${Object.keys(expressions).join(', ')}`);
  }
  return e;
}
