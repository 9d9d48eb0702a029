// Jargon help: glossary words become small buttons that explain themselves on tap or focus, in lines, feedback and
// (beside the options, since a button cannot hold another button) in a strip of the words the options use.
import { compileGlossary, markTerms, type GlossaryEntry } from '../story/glossary';
import { glossary } from '../story/registries';
import { button, h } from './dom';

// Recompiled when a trainer's own scenario adds words (the glossary only ever grows).
let compiled = { size: -1, forms: compileGlossary([]) };
const currentForms = () => {
  if (compiled.size !== glossary.length)
    compiled = { size: glossary.length, forms: compileGlossary(glossary) };
  return compiled.forms;
};

/** Speaks a text aloud, when the learner has read-aloud on; absent otherwise. */
export type Speak = ((text: string) => void) | null;

function termButton(word: string, entry: GlossaryEntry, explainBox: HTMLElement, speak: Speak): HTMLElement {
  const show = () => {
    const words = `${word}: ${entry.meaning} A plain way to say it: "${entry.plain}".`;
    explainBox.replaceChildren(
      h('strong', {}, `${word}: `),
      entry.meaning,
      ' ',
      h('span', { class: 'plain' }, `A plain way to say it: "${entry.plain}".`),
      ...(speak ? [' ', button('Read this out', () => speak(words), { class: 'speak-term' })] : []),
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
    word,
  );
}

/** The text with its glossary terms as buttons; `explainBox` shows the meaning. */
export function textWithTerms(text: string, explainBox: HTMLElement, speak: Speak = null): (Node | string)[] {
  return markTerms(text, currentForms()).map((seg) =>
    seg.entry ? termButton(seg.text, seg.entry, explainBox, speak) : seg.text,
  );
}

/** One button for each glossary word used in `texts` (each word once), for text that cannot hold buttons. */
export function termsIn(texts: string[], explainBox: HTMLElement, speak: Speak = null): HTMLElement[] {
  const seen = new Map<string, [string, GlossaryEntry]>();
  for (const t of texts)
    for (const seg of markTerms(t, currentForms()))
      if (seg.entry && !seen.has(seg.text.toLowerCase()))
        seen.set(seg.text.toLowerCase(), [seg.text, seg.entry]);
  return [...seen.values()].map(([word, entry]) => termButton(word, entry, explainBox, speak));
}

/** The empty box a term's meaning is shown in; announced politely when it fills. */
export function explainBox(id: string): HTMLElement {
  return h('p', { class: 'term-explain', id, 'aria-live': 'polite', hidden: true });
}

/** Escape on a glossary word closes its explanation (and goes no further: it used to open the pause menu). */
export function closeTermHelp(target: EventTarget | null): boolean {
  const term = (target as HTMLElement | null)?.closest?.('button.term');
  const box = term && document.getElementById(term.getAttribute('aria-controls') ?? '');
  if (!box || box.hidden) return false;
  box.hidden = true;
  return true;
}
