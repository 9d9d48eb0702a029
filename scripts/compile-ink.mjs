// Quick compile of one .ink file with the inkjs compiler: prints errors and warnings with file and line.
// A stop-gap for story writers; `npm run check:stories` is the full checker.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/compile-ink.mjs stories/x.ink');
  process.exit(2);
}
const root = dirname(resolve(file));
const fileHandler = {
  ResolveInkFilename: (name) => resolve(root, name),
  LoadInkFileContents: (path) => readFileSync(path, 'utf8'),
};
const messages = [];
const options = new CompilerOptions(file, [], true, (msg, type) => messages.push({ msg, type }), fileHandler);
const compiler = new Compiler(readFileSync(file, 'utf8'), options);
let story = null;
try {
  story = compiler.Compile();
} catch (e) {
  messages.push({ msg: String(e), type: 2 });
}
for (const m of messages) console.log(m.type === 2 ? 'ERROR' : m.type === 1 ? 'WARNING' : 'INFO', m.msg);
if (!story || messages.some((m) => m.type === 2)) process.exit(1);
console.log('compiled OK; global tags:', JSON.stringify(story.globalTags));
