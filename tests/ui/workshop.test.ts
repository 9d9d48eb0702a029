// The workshop screen in happy-dom, with the checker answering at once in place of the worker: the figures and
// problems shown, the problem under its line, Preview blocked by errors and offered without, the knot picker,
// and each change kept as a draft.
import { createOwnScenariosStore } from '../../src/state/own-scenarios';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkSource, type SourceCheck } from '../../tools/checker/check-source';
import type { CheckReply } from '../../src/workshop/check-worker';
import type { CheckPort } from '../../src/workshop/checking';
import { registriesWith, type WorkshopDraft } from '../../src/workshop/draft';
import { newDraft } from '../../src/workshop/drafts';
import { STARTER_TEMPLATE } from '../../src/workshop/template';
import type { WidgetType } from '@codemirror/view';
import { problemsUnderLines } from '../../src/ui/workshop/line-problems';
import { mountWorkshop, type Workshop } from '../../src/ui/workshop/workshop-screen';

/** The checker as the worker runs it, answering on the next task. */
function checkerPort(): CheckPort {
  let listener: (r: CheckReply) => void = () => undefined;
  return {
    post: (r) =>
      setTimeout(() =>
        listener({
          seq: r.seq,
          ms: 0,
          check: checkSource(r.draft.ink, registriesWith(r.draft), { bar: 'advice' }),
        }),
      ),
    listen: (l) => void (listener = l),
    close: () => undefined,
  };
}

let workshop: Workshop | null = null;
afterEach(() => {
  workshop?.editor.destroy();
  workshop = null;
  document.body.replaceChildren();
});

function mount(ink: string) {
  const box = document.createElement('div');
  box.id = 'workshop';
  document.body.append(box);
  const kept: WorkshopDraft[] = [];
  const previews: { check: SourceCheck; from: string | null }[] = [];
  workshop = mountWorkshop(box, {
    draft: newDraft(ink),
    keep: (d) => void kept.push(d),
    port: checkerPort(),
    preview: (_d, check, from) => void previews.push({ check, from }),
    own: createOwnScenariosStore(null, () => undefined),
    tell: () => undefined,
  });
  return { box, kept, previews, w: workshop };
}

const checked = (box: HTMLElement) =>
  vi.waitFor(() => expect(box.dataset.checked).toBeDefined(), { timeout: 20_000 });
const text = (box: HTMLElement, sel: string) => box.querySelector(sel)?.textContent ?? '';

describe('the workshop screen', () => {
  it('shows the starter scenario’s figures and lets it be previewed from any knot', async () => {
    const { box, previews, w } = mount(STARTER_TEMPLATE);
    await checked(box);
    expect(text(box, '#check-status')).toContain('No errors');
    expect(text(box, '[data-figure="endings"] dd')).toBe('3');
    expect(text(box, '[data-figure="decisions"] dd')).toBe('2');
    expect(text(box, '[data-figure="1.4b"] dd')).toBe('-3 to 4');
    expect(box.querySelector('[data-bar]')?.getAttribute('data-bar')).toBe('not-met');
    const preview = box.querySelector<HTMLButtonElement>('#preview')!;
    expect(preview.disabled).toBe(false);
    const from = box.querySelector<HTMLSelectElement>('#preview-from')!;
    expect([...from.options].map((o) => o.value)).toEqual(['', 'visit', 'senior']);
    from.value = 'senior';
    preview.click();
    await vi.waitFor(() => expect(previews).toHaveLength(1));
    expect(previews[0]!.from).toBe('senior');
    expect(previews[0]!.check.compiled?.endings).toHaveLength(3);
    expect(w.draft().ink).toBe(STARTER_TEMPLATE);
  });

  it('puts an error under its line, blocks preview, and keeps every change', async () => {
    const { box, kept, previews, w } = mount(STARTER_TEMPLATE);
    await checked(box);
    const line = STARTER_TEMPLATE.split('\n').findIndex((l) => l.includes('# rating: ok')) + 1;
    const at = w.editor.view.state.doc.line(line);
    const from = at.from + at.text.indexOf('rating: ok') + 'rating: '.length;
    w.editor.view.dispatch({ changes: { from, to: from + 2, insert: 'fine' } });
    expect(kept.at(-1)?.ink).toContain('rating: fine');
    expect(box.dataset.checked).toBeUndefined();
    await checked(box);
    expect(text(box, '#check-status')).toMatch(/^\d+ errors? to fix before you can preview it/);
    // happy-dom lays nothing out, so the editor draws only its first lines: read its decorations instead.
    const state = w.editor.view.state;
    const shown: { at: number; text: string }[] = [];
    state.field(problemsUnderLines).between(0, state.doc.length, (at, _to, deco) => {
      shown.push({ at, text: (deco.spec.widget as WidgetType).toDOM(w!.editor.view).textContent ?? '' });
    });
    expect(shown).toHaveLength(1);
    // Under the line: at the start of the next one.
    expect(shown[0]!.at).toBe(state.doc.line(line + 1).from);
    expect(shown[0]!.text).toContain(`(line ${line}): rating must be best, ok, poor or none`);
    expect(text(box, '.problem-list')).toContain(`Line ${line}`);
    const preview = box.querySelector<HTMLButtonElement>('#preview')!;
    expect(preview.disabled).toBe(true);
    expect(box.querySelector<HTMLButtonElement>('#add-to-mine')!.disabled).toBe(true);
    preview.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(previews).toHaveLength(0);
  });
});
