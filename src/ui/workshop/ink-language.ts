// Ink highlighting for the workshop's editor: a small line-by-line tokenizer, enough to tell knots, stitches,
// options, diverts, tags, logic and comments apart at a glance. It does not parse ink (the checker does that).
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

interface InkState {
  /** Inside a block comment that started on an earlier line. */
  comment: boolean;
  /** Inside the [ ] of an option: a tag there ends at the closing bracket. */
  bracket: boolean;
}

function token(stream: StringStream, state: InkState): string | null {
  if (state.comment) {
    if (stream.skipTo('*/')) {
      stream.match('*/');
      state.comment = false;
    } else stream.skipToEnd();
    return 'comment';
  }
  if (stream.sol()) {
    state.bracket = false;
    stream.eatSpace();
    if (stream.match(/^={2,}\s*\w+.*$/)) return 'heading';
    if (stream.match(/^=\s*\w+.*$/)) return 'heading2';
    if (stream.match(/^([*+]\s*)+/)) return 'keyword';
    if (stream.match(/^-(?!>)\s*/)) return 'keyword'; // a gather
    if (stream.match(/^~.*$/)) return 'logic';
    if (stream.match(/^(VAR|CONST|INCLUDE|LIST)\b/)) return 'keyword';
  }
  if (stream.match('//')) {
    stream.skipToEnd();
    return 'comment';
  }
  if (stream.match('/*')) {
    state.comment = true;
    return 'comment';
  }
  if (stream.match(/^(->|<-)\s*[\w.]*/)) return 'link';
  if (stream.peek() === '#') {
    stream.next();
    // A tag runs to the next tag, the end of an option's brackets, or the end of the line.
    while (!stream.eol() && stream.peek() !== '#' && !(state.bracket && stream.peek() === ']')) stream.next();
    return 'meta';
  }
  const c = stream.next();
  if (c === '[') state.bracket = true;
  if (c === ']') state.bracket = false;
  if (c === '[' || c === ']') return 'bracket';
  if (c === '{' || c === '}' || c === '|') return 'brace';
  stream.eatWhile(/[^#\-<[\]{}|/]/);
  return null;
}

export const inkLanguage = StreamLanguage.define<InkState>({
  name: 'ink',
  startState: () => ({ comment: false, bracket: false }),
  copyState: (s) => ({ ...s }),
  token,
  languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
  tokenTable: {
    heading: t.heading1,
    heading2: t.heading2,
    keyword: t.keyword,
    logic: t.special(t.variableName),
    comment: t.comment,
    link: t.link,
    meta: t.meta,
    bracket: t.squareBracket,
    brace: t.brace,
  },
});

// Colours chosen for at least 4.5:1 contrast on the editor's white background.
const inkHighlight = HighlightStyle.define([
  { tag: t.heading1, color: '#1f5f63', fontWeight: 'bold' },
  { tag: t.heading2, color: '#1f5f63', fontWeight: 'bold' },
  { tag: t.keyword, color: '#8a3b00', fontWeight: 'bold' },
  { tag: t.special(t.variableName), color: '#5a3d8a' },
  { tag: t.comment, color: '#5c6366', fontStyle: 'italic' },
  { tag: t.link, color: '#0b57a4' },
  { tag: t.meta, color: '#6b4e00' },
  { tag: [t.squareBracket, t.brace], color: '#8a3b00' },
]);

export const inkHighlighting = [inkLanguage, syntaxHighlighting(inkHighlight)];
