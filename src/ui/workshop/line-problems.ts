// The checker's problems written out under the line they belong to, in words, so a trainer sees them without
// hovering (and a screen reader reads them in place). Block widgets, so they come from a state field.
import { StateEffect, StateField, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';
import type { SourceDiagnostic } from '../../../tools/checker/check-source.ts';

const WORD: Record<SourceDiagnostic['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  advice: 'Advice',
};

class ProblemsWidget extends WidgetType {
  constructor(private readonly problems: readonly SourceDiagnostic[]) {
    super();
  }

  override eq(other: ProblemsWidget): boolean {
    return (
      other.problems.length === this.problems.length &&
      other.problems.every(
        (p, i) => p.message === this.problems[i]!.message && p.severity === this.problems[i]!.severity,
      )
    );
  }

  toDOM(): HTMLElement {
    const box = document.createElement('div');
    box.className = 'line-problems';
    for (const p of this.problems) {
      const row = document.createElement('div');
      row.className = `line-problem line-problem-${p.severity}`;
      row.dataset.line = String(p.line);
      // Inert text: a message can quote what the trainer typed.
      row.textContent = `${WORD[p.severity]} (line ${p.line}): ${p.message}`;
      box.append(row);
    }
    return box;
  }
}

export const showProblems = StateEffect.define<readonly SourceDiagnostic[]>();

function build(state: EditorState, problems: readonly SourceDiagnostic[]): DecorationSet {
  const byLine = new Map<number, SourceDiagnostic[]>();
  // Advice about the whole scenario (line 1, the scenario bar) stays in the figures panel, not in the text.
  for (const p of problems) {
    if (p.severity === 'advice') continue;
    const line = Math.min(Math.max(1, p.line), state.doc.lines);
    byLine.set(line, [...(byLine.get(line) ?? []), p]);
  }
  const ranges = [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, ps]) => {
      // At the start of the next line, not the end of this one: typing at the end of a line with a block widget
      // right after it made Chrome's edit swallow the line break.
      const widget = new ProblemsWidget(ps);
      if (line === state.doc.lines)
        return Decoration.widget({ widget, block: true, side: 1 }).range(state.doc.length);
      return Decoration.widget({ widget, block: true, side: -1 }).range(state.doc.line(line + 1).from);
    });
  return Decoration.set(ranges);
}

export const problemsUnderLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, tr) {
    for (const e of tr.effects) if (e.is(showProblems)) return build(tr.state, e.value);
    return set.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});
