// The places a preview can start from: every knot, and every stitch as knot.stitch, in the order written.
// Functions are left out (they are called, never started from).

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_][\w]*)/;
const STITCH = /^\s*=\s*([A-Za-z_][\w]*)/;

export function knotsOf(source: string): string[] {
  const out: string[] = [];
  let knot: string | null = null;
  for (const line of source.split(/\r?\n/)) {
    const k = KNOT.exec(line);
    if (k) {
      knot = k[1] ? null : k[2]!;
      if (knot) out.push(knot);
      continue;
    }
    const s = STITCH.exec(line);
    if (s && knot) out.push(`${knot}.${s[1]}`);
  }
  return out;
}

/** The tags at the very top of the file (before any content): the story's global tags. */
export function globalTagsOf(source: string): string[] {
  const tags: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const text = line.trim();
    if (text === '' || text.startsWith('//')) continue;
    if (!text.startsWith('#')) break;
    tags.push(
      ...text
        .split('#')
        .map((t) => t.trim())
        .filter(Boolean),
    );
  }
  return tags;
}
