// A first story through the ink runtime while the learner is still on the title: the first scenario opened
// otherwise pays for the runtime's code running for the first time. In Node, with a scenario's compiled story, a cold
// `new Story` and first line took 19-25 ms and 2-8 ms; after this warm-up, 9-13 ms and 2 ms (about four times those at
// 4x CPU throttling, where the task that opened the first scenario reached 90-150 ms).
//
// Reading a story is what the first scenario still paid most for: at 4x, its `new Story` after the steps below
// alone was 30-65 ms, and 17-23 ms once the tiny story had been read 20 more times, a task each (about 2 ms apiece),
// against 10-25 ms for a scenario read later (a page of its own each time, 4 of each; docs/performance.md).
import type { Story } from 'inkjs';
import { storyFromJson } from '../story/ink-json';
import { nextTask } from './next-task';

// A line with a tag, two options, one that sets a variable through a function and shows it with another tag, a
// gather and the end: the runtime's parts a scenario's opening uses. Compiled with inkjs's own compiler
// (`new Compiler(source).Compile().ToJson()` from inkjs/full; the game's compiler would ask for scenario metadata)
// from:
//   VAR trust = 0
//   Hello. # speaker: a
//   * [One]
//     ~ trust = twice(trust + 1)
//     Fine {trust}. # mood: calm
//   * [Two] Two.
//   - Done.
//   -> END
//   === function twice(x) ===
//   ~ return x * 2
const TINY =
  '{"inkVersion":21,"root":[["^Hello. ","#","^speaker: a","/#","\\n","ev","str","^One","/str","/ev",{"*":"0.c-0","flg":20},"ev","str","^Two","/str","/ev",{"*":"0.c-1","flg":20},{"c-0":["\\n","ev",{"VAR?":"trust"},1,"+",{"f()":"twice"},"/ev",{"VAR=":"trust","re":true},"\\n","^Fine ","ev",{"VAR?":"trust"},"out","/ev","^. ","#","^mood: calm","/#","\\n",{"->":"0.g-0"},{"#f":5}],"c-1":["^ Two.","\\n",{"->":"0.g-0"},{"#f":5}],"g-0":["^Done.","\\n","end",["done",{"#n":"g-1"}],null]}],"done",{"twice":[{"temp=":"x"},"ev",{"VAR?":"x"},2,"*","/ev","~ret",null],"global decl":["ev",0,{"VAR=":"trust"},"/ev","end",null]}],"listDefs":{}}';

// One line and the end: the runtime's first reading and first step, on their own.
const MINI =
  '{"inkVersion":21,"root":[["^Hi.","\\n","end",["done",{"#n":"g-0"}],null],"done",null],"listDefs":{}}';

/** How many more times the tiny story is read, a task each, so that reading runs in compiled code by the time the
 *  learner opens a scenario. */
const READS = 20;

async function readAgain(read: (json: string) => unknown): Promise<void> {
  try {
    for (let i = 0; i < READS; i += 1) {
      await nextTask();
      read(TINY);
    }
  } catch {
    // only a warm-up
  }
}

/**
 * Resolves true when the tiny story played through (false: this ink runtime cannot read it, and no harm is done).
 * Each piece is a task of its own: the runtime's code runs for the first time in them, and at 4x CPU reading and
 * playing TINY together was one task of up to 83 ms, and reading it alone up to 92 ms. The one-line story first
 * takes the reading and stepping code's first run out of TINY's tasks.
 */
export async function warmUpInk(StoryClass: typeof Story): Promise<boolean> {
  try {
    const read = (json: string) => storyFromJson(StoryClass, json);
    const mini = read(MINI);
    await nextTask();
    const hi = mini.Continue();
    await nextTask();
    const story = read(TINY);
    await nextTask();
    story.ContinueMaximally();
    await nextTask();
    story.ChooseChoiceIndex(0);
    const end = story.ContinueMaximally();
    await nextTask();
    story.state.toJson();
    // Not waited for: a scenario opened meanwhile is read between these tasks, not after them.
    void readAgain(read);
    return hi === 'Hi.\n' && end.includes('Done.') && !story.canContinue;
  } catch {
    return false; // only a warm-up: the scenario opens regardless
  }
}
