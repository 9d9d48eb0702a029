// Ink's runtime containers, walked once each: the checker reads counts flags, marks visits and looks for functions
// on the compiled story's tree, and every walk needs the same step into content and named content.
import type { Story } from 'inkjs/engine/Story';

export interface InkContainer {
  name?: string | null;
  path?: { toString(): string };
  visitsShouldBeCounted?: boolean;
  turnIndexShouldBeCounted?: boolean;
  content?: unknown[];
  namedContent?: Map<string, unknown>;
}

export const isContainer = (x: unknown): x is InkContainer =>
  x !== null && typeof x === 'object' && 'content' in x;

/** Calls `visit` on every container of the story once, the root first. */
export function forEachContainer(story: Story, visit: (c: InkContainer, root: InkContainer) => void): void {
  const root = story.mainContentContainer as unknown as InkContainer;
  const seen = new Set<unknown>();
  const walk = (c: InkContainer) => {
    if (seen.has(c)) return;
    seen.add(c);
    visit(c, root);
    for (const child of c.content ?? []) if (isContainer(child)) walk(child);
    for (const child of c.namedContent?.values() ?? []) if (isContainer(child)) walk(child);
  };
  walk(root);
}
