// Test support: a small seeded PRNG (mulberry32), so a random play-through is the same every run and a failure
// names the seed that reproduces it. Its whole state is one 32-bit number, so a copy carries on the same sequence.

export interface Random {
  /** The next number in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An independent copy that produces the same numbers from here on. */
  clone(): Random;
}

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => {
    if (!Number.isInteger(n) || n <= 0) throw new Error(`int(${n}): n must be a positive whole number`);
    return Math.floor(next() * n);
  };
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
    // The seed is the state, so a generator seeded with the current state carries on the same sequence.
    clone: () => mulberry32(state),
  };
}
