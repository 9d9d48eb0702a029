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

export function compileGlossary(entries: readonly GlossaryEntry[]): Form[] {
  const forms: Form[] = [];
  for (const entry of entries) {
    for (const form of [entry.term, ...(entry.aliases ?? [])]) {
      if (!form.trim()) continue;
      const flags = /[A-Z]/.test(form) ? 'g' : 'gi';
      // Whole words only, allowing a possessive or plural after ("MAR's", "obs").
      forms.push({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, `${flags}u`), entry });
    }
  }
  return forms;
}

export function markTerms(text: string, forms: readonly Form[]): Segment[] {
  const spans: { start: number; end: number; entry: GlossaryEntry }[] = [];
  for (const { pattern, entry } of forms) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length, entry });
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
