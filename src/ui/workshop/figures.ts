// The checker's figures beside the text: what a trainer needs to judge a scenario at a glance. Errors are counted
// and listed (each with a button to its line); the scenario bar is advice, never a block.
import type { SourceCheck, SourceDiagnostic } from '../../../tools/checker/check-source.ts';
import { OUTCOMES } from '../../scoring/outcomes';
import { button, h } from '../dom';

export type CheckStatus = 'checking' | 'done';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function errorsIn(check: SourceCheck | null): SourceDiagnostic[] {
  return check?.diagnostics.filter((d) => d.severity === 'error') ?? [];
}

/** One sentence on where the check stands, for the screen's status line (a live region kept in place). */
export function statusLine(check: SourceCheck | null, status: CheckStatus): string {
  if (!check) return 'Checking your scenario…';
  const errors = errorsIn(check).length;
  const now = status === 'checking' ? ' (checking your latest change…)' : '';
  if (errors > 0) return `${plural(errors, 'error')} to fix before you can preview it.${now}`;
  return `No errors: ready to preview.${now}`;
}

function figureRows(check: SourceCheck): HTMLElement | null {
  const f = check.figures;
  if (!f) return null;
  const range = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min}` : `${r.min} to ${r.max}`);
  const row = (label: string, value: string, key: string) =>
    h('div', { class: 'figure', 'data-figure': key }, h('dt', {}, label), h('dd', {}, value));
  return h(
    'dl',
    { class: 'figures-list' },
    row('Endings', String(f.endings), 'endings'),
    row('Decisions on a route', range(f.decisions), 'decisions'),
    ...OUTCOMES.map((o) => row(`Outcome ${o.id}`, range(f.outcomes[o.id] ?? { min: 0, max: 0 }), o.id)),
    row('Critical options', String(f.criticals), 'criticals'),
    row("Trainer's notes", String(f.notes), 'notes'),
    row('Story states explored', String(f.states), 'states'),
  );
}

function barBox(check: SourceCheck): HTMLElement | null {
  const f = check.figures;
  if (!f) return null;
  return h(
    'div',
    { class: `bar-advice ${f.barMet ? 'bar-met' : 'bar-not-met'}`, 'data-bar': f.barMet ? 'met' : 'not-met' },
    h(
      'p',
      {},
      f.barMet
        ? 'The scenario bar is met.'
        : 'The scenario bar is not met yet. This is advice: you can still preview and use your scenario.',
    ),
    f.barProblems.length > 0 && h('ul', {}, ...f.barProblems.map((p) => h('li', {}, p))),
  );
}

function problemList(check: SourceCheck, goTo: (line: number) => void): HTMLElement | null {
  const shown = check.diagnostics.filter((d) => d.severity !== 'advice');
  if (shown.length === 0) return null;
  return h(
    'ul',
    { class: 'problem-list', 'aria-label': 'Problems' },
    ...shown.map((d) =>
      h(
        'li',
        { class: `problem problem-${d.severity}` },
        button(`Line ${d.line}`, () => goTo(d.line), {
          class: 'link-button',
          'aria-label': `Go to line ${d.line}`,
        }),
        ` ${d.severity === 'error' ? 'Error' : 'Warning'}: ${d.message}`,
      ),
    ),
  );
}

export function figuresPanel(
  check: SourceCheck | null,
  status: CheckStatus,
  goTo: (line: number) => void,
): HTMLElement {
  const errors = errorsIn(check).length;
  return h(
    'section',
    {
      class: 'workshop-figures',
      'aria-labelledby': 'figures-heading',
      'data-status': status,
      'data-errors': check ? errors : null,
    },
    h('h2', { id: 'figures-heading' }, 'Figures and problems'),
    check && problemList(check, goTo),
    check && figureRows(check),
    check && barBox(check),
  );
}
