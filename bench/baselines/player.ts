// The smallest ink player that does the game's job on screen: one line at a time with a Continue button, or the
// options as numbered buttons; keys 1-9 choose and Enter continues. Shared by both baselines, so they differ only
// in whether Phaser has to boot before the words appear. It uses the same element ids as the game (#line-text,
// #continue, #choices, .summary) so the bench drives and times all three the same way.
import { Story } from 'inkjs';

export function mountPlayer(root: HTMLElement, json: string): void {
  const story = new Story(json);
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    attrs: Record<string, string> = {},
    text = '',
  ) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text) e.textContent = text;
    return e;
  };
  const button = (label: string, onClick: () => void, attrs: Record<string, string> = {}) => {
    const b = el('button', { type: 'button', ...attrs }, label);
    b.addEventListener('click', onClick);
    return b;
  };

  let choosing = false;
  const show = () => {
    // Like the game's runner: blank lines (tags only) are not shown.
    let text = '';
    while (!text && story.canContinue) text = (story.Continue() ?? '').trim();
    let panel: HTMLElement;
    if (text) {
      choosing = false;
      const go = button('Continue', show, { id: 'continue', class: 'primary' });
      panel = el('div', { class: 'dialogue' });
      panel.append(el('p', { id: 'line-text' }, text), go);
      root.replaceChildren(panel);
      go.focus({ preventScroll: true });
    } else if (story.currentChoices.length > 0) {
      choosing = true;
      const list = el('ol', { id: 'choices' });
      story.currentChoices.forEach((c, i) => {
        const li = el('li');
        li.append(button(`${i + 1}. ${c.text.trim()}`, () => choose(i), { class: 'choice' }));
        list.append(li);
      });
      panel = el('div', { class: 'dialogue choosing' });
      panel.append(el('p', {}, 'What do you do?'), list);
      root.replaceChildren(panel);
      (list.querySelector('button') as HTMLButtonElement).focus({ preventScroll: true });
    } else {
      choosing = false;
      root.replaceChildren(el('h2', { class: 'summary' }, 'The end'));
    }
  };
  const choose = (i: number) => {
    if (!choosing || i >= story.currentChoices.length) return;
    story.ChooseChoiceIndex(i);
    show();
  };
  document.addEventListener('keydown', (e) => {
    if (/^[1-9]$/.test(e.key) && choosing) {
      e.preventDefault();
      choose(Number(e.key) - 1);
    } else if (e.key === 'Enter' && !choosing && !(e.target as HTMLElement | null)?.closest('button')) {
      e.preventDefault();
      show();
    }
  });
  show();
}
