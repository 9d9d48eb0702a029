// Finds glossary terms in a line so the interface can mark them and explain them on tap or focus. Pure.
// Terms with capitals (MAR, PRN, DNACPR) match only as written, so "mar" in a word never lights up; lower-case
// terms match in any case. Only whole words match, and the longest term wins where two overlap.

export interface GlossaryEntry {
  term: string;
  meaning: string;
  plain: string;
  aliases?: string[];
}

export type Segment = { text: string; entry?: undefined } | { text: string; entry: GlossaryEntry };

interface Form {
  pattern: RegExp;
  entry: GlossaryEntry;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter or digit in any script: a term touching one is part of a longer word. One pattern for every term,
 *  kept apart from the terms' own patterns: a Unicode-property class in each of 50 patterns cost about 80 ms to
 *  compile at 4x CPU throttling, in the task that shows a scenario's first line. */
const WORD = /[\p{L}\p{N}]/u;

export function compileGlossary(entries: readonly GlossaryEntry[]): Form[] {
  const forms: Form[] = [];
  for (const entry of entries) {
    for (const form of [entry.term, ...(entry.aliases ?? [])]) {
      if (!form.trim()) continue;
      const flags = /[A-Z]/.test(form) ? 'g' : 'gi';
      forms.push({ pattern: new RegExp(escape(form), flags), entry });
    }
  }
  return forms;
}

/** Whether the character (or surrogate pair) just before `at` is a letter or digit; `wordAt`: the one at `at`. */
function wordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD.test(String.fromCodePoint(text.codePointAt(start)!));
}

function wordAt(text: string, at: number): boolean {
  return at < text.length && WORD.test(String.fromCodePoint(text.codePointAt(at)!));
}

export function markTerms(text: string, forms: readonly Form[]): Segment[] {
  const spans: { start: number; end: number; entry: GlossaryEntry }[] = [];
  for (const { pattern, entry } of forms) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      // Whole words only, allowing a possessive or plural form after ("MAR's"; "obs" is a term of its own).
      if (!wordBefore(text, m.index) && !wordAt(text, end)) spans.push({ start: m.index, end, entry });
      else pattern.lastIndex = m.index + 1; // "nbm" inside "nbmx" must not hide an "nbm" starting one later
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlaps a longer or earlier term
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), entry: s.entry });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
