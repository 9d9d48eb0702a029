// Jargon help: glossary words in a line become small buttons that explain themselves on tap or focus.
import { compileGlossary, markTerms } from '../story/glossary';
import { glossary } from '../story/registries';
import { h } from './dom';

const forms = compileGlossary(glossary);

/** The line's text with its glossary terms as buttons; `explain` shows the meaning in the given box. */
export function textWithTerms(text: string, explainBox: HTMLElement): (Node | string)[] {
  return markTerms(text, forms).map((seg) => {
    if (!seg.entry) return seg.text;
    const entry = seg.entry;
    const show = () => {
      explainBox.replaceChildren(
        h('strong', {}, `${seg.text}: `),
        entry.meaning,
        ' ',
        h('span', { class: 'plain' }, `A plain way to say it: "${entry.plain}".`),
      );
      explainBox.hidden = false;
    };
    return h(
      'button',
      {
        type: 'button',
        class: 'term',
        'aria-controls': explainBox.id,
        title: 'What does this mean?',
        onclick: show,
        onfocus: show,
      },
      seg.text,
    );
  });
}
