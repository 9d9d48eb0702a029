// The discussion card: the trainer's `note:` prompts, put to the room. Shown with the line they belong to, and
// on the choice that line sets up, until the trainer hides it (D).
import { roomPrompt } from '../../presenter/prompt';
import { h } from '../dom';

export function discussionCard(notes: readonly string[], id = 'pm-discuss'): HTMLElement | null {
  if (notes.length === 0) return null;
  return h(
    'aside',
    { class: 'pm-discuss', id, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading`, class: 'pm-discuss-heading' }, 'Talk about it'),
    notes.map((n) => h('p', { class: 'pm-discuss-text' }, roomPrompt(n))),
  );
}
