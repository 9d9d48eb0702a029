// Compiled ink JSON read for the runtime, without inkjs's own reader. Given a string, `new Story` parses it with a
// reviver that looks at each number's source text, so that a float written `1.0` stays a float: in Chromium that
// callback runs for every value in the story, and at 4x CPU throttling it was 13-31 ms of each scenario's opening
// task, against 1-3 ms for a plain JSON.parse of the same text (docs/performance.md). This marks those numbers
// the way the runtime reads an explicit float ("1.0f"), then parses plainly; `new Story` takes the object.

/** A number written with `.0` (ink's integral float), or a whole string, which is passed over untouched. */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+\.0(?![\d.eE])/g;
/** Cheap first look: most stories have no float at all, and then the text is parsed as it is. */
const MAYBE_FLOAT = /\d\.0(?![\d.eE])/;

/**
 * The compiled story as an object for `new Story`, with every number whose text ends in `.0` written as
 * "<number>f" (what inkjs's reviver does, so `VAR dose = 1.0` divides as a float). Throws as JSON.parse does.
 */
export function readInkJson(text: string): unknown {
  if (!MAYBE_FLOAT.test(text)) return JSON.parse(text);
  return JSON.parse(text.replace(TOKEN, (token) => (token.startsWith('"') ? token : `"${token}f"`)));
}

/** A story read from compiled JSON text that way. `StoryClass` is inkjs's Story, passed in so that this file does
 *  not load the runtime. */
export function storyFromJson<S>(StoryClass: new (json: Record<string, unknown>) => S, text: string): S {
  return new StoryClass(readInkJson(text) as Record<string, unknown>);
}
