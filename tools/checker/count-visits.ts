// The checker explores a story that counts every visit, so it can tell which knots are never reached. The stories we
// ship are compiled a second time for that (countAllVisits); the workshop, which checks on every pause in typing,
// makes the one compile count instead: the same containers the compiler would mark (the story itself, and every
// named container but a condition's branch, "b", and the global declarations), so the second compile's 40 % of
// each check is saved. tests/checker/count-visits.test.ts holds it to the compiler on every story and fixture.
import type { Story } from 'inkjs/engine/Story';
import { forEachContainer } from './containers.ts';

const NOT_COUNTED = new Set(['b', 'global decl']);

/** Marks, in place, the containers a countAllVisits compile would count. Call it after readsOf: the state key
 *  must keep only the counts the game's own compile reads. */
export function countEveryVisit(story: Story): void {
  forEachContainer(story, (c, root) => {
    if (c === root || (c.name && !NOT_COUNTED.has(c.name))) c.visitsShouldBeCounted = true;
  });
}
