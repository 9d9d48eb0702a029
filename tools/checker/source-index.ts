// Finds the file and line a piece of played text came from. inkjs keeps reliable debug metadata for choices but
// not for output lines, so lines are found by their text in the sources; good enough to jump to in an editor.

export interface Where {
  file: string;
  line: number;
}

export class SourceIndex {
  /** Each source line, with its ink text before any tags worked out once (the search below runs for every new line). */
  private readonly lines: { file: string; line: number; text: string; untagged: string; choice: boolean }[] =
    [];
  private readonly cache = new Map<string, Where>();

  constructor(
    sources: ReadonlyMap<string, string>,
    private readonly mainFile: string,
  ) {
    for (const [file, text] of sources) {
      text.split(/\r?\n/).forEach((t, i) =>
        this.lines.push({
          file,
          line: i + 1,
          text: t,
          untagged: t.split('#')[0] ?? '',
          choice: /^\s*[*+]/.test(t),
        }),
      );
    }
  }

  /** The first line whose ink text holds `text`; choice lines are preferred for option text. */
  locate(text: string, kind: 'line' | 'choice' | 'tag' = 'line'): Where {
    const needle = text.trim();
    const key = `${kind}\u0000${needle}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const candidates =
      needle === '' ? [] : this.lines.filter((l) => (kind === 'tag' ? l.text : l.untagged).includes(needle));
    const best =
      (kind === 'choice' ? candidates.find((l) => l.choice) : candidates.find((l) => !l.choice)) ??
      candidates[0];
    const where = best ? { file: best.file, line: best.line } : { file: this.mainFile, line: 0 };
    this.cache.set(key, where);
    return where;
  }

  /** Where a knot or stitch is declared. */
  locateKnot(path: string): Where {
    const [knot = '', stitch] = path.split('.');
    const find = (re: RegExp, from = 0) => {
      const i = this.lines.findIndex((l, n) => n >= from && re.test(l.text));
      return i;
    };
    const k = find(new RegExp(`^\\s*={2,}\\s*(function\\s+)?${knot}\\b`));
    const s = stitch ? find(new RegExp(`^\\s*=\\s*${stitch}\\b`), Math.max(k, 0)) : k;
    const l = this.lines[s >= 0 ? s : k];
    return l ? { file: l.file, line: l.line } : { file: this.mainFile, line: 0 };
  }
}
