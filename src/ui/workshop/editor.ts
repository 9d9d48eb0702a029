// The workshop's ink editor (CodeMirror 6): ink highlighting, completion of the tag contract, and the checker's
// problems shown under the lines they belong to (and underlined, with a mark in the gutter).
import {
  acceptCompletion,
  autocompletion,
  closeCompletion,
  moveCompletionSelection,
  startCompletion,
  type CompletionContext,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { indentService } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, Prec, type Text } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { SourceDiagnostic } from '../../../tools/checker/check-source.ts';
import { placeOf, tagCompletion, type Vocabulary } from '../../workshop/tag-completion';
import { editorTheme } from './editor-theme';
import { inkHighlighting } from './ink-language';
import { problemsUnderLines, showProblems } from './line-problems';

export interface InkEditor {
  view: EditorView;
  text(): string;
  /** The checker's latest problems for exactly this text. */
  showChecks(problems: readonly SourceDiagnostic[]): void;
  goToLine(line: number): void;
  destroy(): void;
}

/** True when every line before `line` is blank, a comment or a tag: the file's opening (global) tags. */
function inOpeningTags(doc: Text, line: number): boolean {
  for (let n = 1; n < line; n += 1) {
    const text = doc.line(n).text.trim();
    if (text !== '' && !text.startsWith('#') && !text.startsWith('//')) return false;
  }
  return true;
}

function tagSource(vocabulary: () => Vocabulary) {
  return (ctx: CompletionContext) => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    if (!before.includes('#')) return null;
    const place = placeOf(before, inOpeningTags(ctx.state.doc, line.number));
    const found = tagCompletion(before, place, vocabulary());
    if (!found) return null;
    return {
      from: line.from + found.from,
      options: found.options.map((o) => ({
        label: o.label,
        detail: o.detail,
        apply: o.apply,
        type: 'keyword',
      })),
      validFor: /^[\w.+-]*$/,
    };
  };
}

// Enter always starts a new line (a line of ink usually ends in a tag, where a suggestion is open); Tab takes the
// suggestion. With no suggestion open, Tab is not caught, so it still moves focus out of the editor.
const completionKeys = Prec.highest(
  keymap.of([
    { key: 'Ctrl-Space', run: startCompletion },
    { key: 'Escape', run: closeCompletion },
    { key: 'ArrowDown', run: moveCompletionSelection(true) },
    { key: 'ArrowUp', run: moveCompletionSelection(false) },
    { key: 'PageDown', run: moveCompletionSelection(true, 'page') },
    { key: 'PageUp', run: moveCompletionSelection(false, 'page') },
    { key: 'Tab', run: acceptCompletion },
  ]),
);

// A new line keeps the indentation of the line before. The ink highlighter could work it out, but only by reading
// the whole file up to the cursor first: 60 ms for one Enter in a long scenario at 4x CPU throttling.
const keepIndent = Prec.high(
  indentService.of((ctx, pos) => /^[ \t]*/.exec(ctx.lineAt(pos, -1).text)![0].length),
);

export function lintDiagnostics(doc: Text, problems: readonly SourceDiagnostic[]): Diagnostic[] {
  // Advice is about the scenario as a whole (the scenario bar): it is in the figures panel, not marked on line 1.
  return problems
    .filter((p) => p.severity !== 'advice')
    .map((p) => {
      const line = doc.line(Math.min(Math.max(1, p.line), doc.lines));
      return {
        from: line.from,
        to: line.to,
        severity: p.severity === 'advice' ? 'info' : p.severity,
        message: p.message,
      };
    });
}

export function inkEditor(
  parent: HTMLElement,
  doc: string,
  onChange: (text: string) => void,
  vocabulary: () => Vocabulary,
): InkEditor {
  // The editor lives in a shadow root: there CodeMirror's generated styles go in a constructed style sheet, which
  // the page's Content-Security-Policy allows; in the document they would need an inline <style>, which it forbids.
  const shadow = parent.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  shadow.append(mount);
  const view = new EditorView({
    parent: mount,
    root: shadow,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        inkHighlighting,
        keepIndent,
        autocompletion({ override: [tagSource(vocabulary)], activateOnTyping: true, defaultKeymap: false }),
        completionKeys,
        editorTheme,
        lintGutter(),
        problemsUnderLines,
        // Tab is left to move focus out of the editor (no keyboard trap); indentation is by spaces.
        keymap.of([...lintKeymap, ...historyKeymap, ...defaultKeymap]),
        EditorView.contentAttributes.of({
          'aria-label': 'Your scenario, in ink',
          spellcheck: 'true',
          lang: 'en-GB',
        }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    showChecks(problems) {
      const spec = setDiagnostics(view.state, lintDiagnostics(view.state.doc, problems));
      view.dispatch(spec, { effects: showProblems.of(problems) });
    },
    goToLine(line) {
      const at = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
      view.dispatch({ selection: { anchor: at.from }, scrollIntoView: true });
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}
