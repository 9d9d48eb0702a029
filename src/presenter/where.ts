// "Decision 4 of 12": where the room is in the story, in words a room can read. The total comes from the checker
// (decisions on the shortest and longest route); routes that differ give a range, never less than already made.

export interface DecisionRange {
  min: number;
  max: number;
}

export function decisionOf(n: number, range: DecisionRange | undefined): string {
  if (!range || range.max <= 0) return `Decision ${n}`;
  const min = Math.max(n, range.min);
  const max = Math.max(n, range.max);
  return min === max ? `Decision ${n} of ${max}` : `Decision ${n} of ${min} to ${max}`;
}
