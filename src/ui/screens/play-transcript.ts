// "Conversation so far": the transcript beside the play panel, and its toggle's behaviour. Opening it moves focus
// into it (a region named "The conversation so far", so a screen reader says where the learner now is); closing it,
// by the toggle, its own Close button or Escape, puts focus back on the toggle. Before, opening it left focus behind
// and the conversation was never announced.
import type { Session } from '../../state/session';
import type { UiContext } from '../context';
import { button, h } from '../dom';
import { speakerName } from '../people';

const TOGGLE = 'transcript-toggle';
const MENU_TOGGLE = 'play-menu-toggle';

/** Opens or closes the conversation. The screen host rebuilds the play screen as the store changes (synchronously),
 *  so the new elements are there to take focus straight after. */
export function setTranscript(ui: UiContext, open: boolean): void {
  ui.screen.setState({ transcriptOpen: open });
  const to = open ? document.getElementById('transcript') : shownToggle();
  to?.focus({ preventScroll: true });
}

/** The toggle, or the play bar's Menu button while the toggle is folded away inside the closed menu. */
function shownToggle(): HTMLElement | null {
  const toggle = document.getElementById(TOGGLE);
  const folded = toggle && getComputedStyle(toggle.closest('.play-menu') ?? toggle).display === 'none';
  return folded ? document.getElementById(MENU_TOGGLE) : toggle;
}

/** Escape inside the open conversation closes it (and returns focus to the toggle) rather than pausing. */
export function closeTranscriptFrom(target: EventTarget | null, ui: UiContext): boolean {
  if (!(target as HTMLElement | null)?.closest?.('#transcript')) return false;
  setTranscript(ui, false);
  return true;
}

export function transcriptToggle(ui: UiContext, open: boolean): HTMLElement {
  return button(open ? 'Hide the conversation' : 'Conversation so far', () => setTranscript(ui, !open), {
    id: TOGGLE,
    // A string: a bare `true` would be written as an empty attribute, which says nothing about the state.
    'aria-expanded': open ? 'true' : 'false',
    'aria-controls': open ? 'transcript' : null,
  });
}

export function transcript(ui: UiContext, session: Session): HTMLElement {
  const items = session.transcript.map((e) => {
    if (e.kind === 'caption') return h('li', { class: 'caption' }, `[${e.text}]`);
    if (e.kind === 'choice')
      return h(
        'li',
        { class: 'chosen' },
        e.said && h('span', { class: 'said' }, h('strong', {}, 'You said first: '), e.said, h('br')),
        h('strong', {}, 'You chose: '),
        e.text,
      );
    const name = speakerName(e.speaker);
    return h(
      'li',
      { class: e.speaker ? 'spoken' : 'narration' },
      name && h('strong', {}, `${name}: `),
      e.text,
    );
  });
  const list = h('ol', { class: 'transcript-list' }, items);
  const aside = h(
    'aside',
    { class: 'transcript', id: 'transcript', 'aria-labelledby': 'transcript-heading', tabindex: 0 },
    h(
      'div',
      { class: 'transcript-head' },
      h('h2', { id: 'transcript-heading' }, 'The conversation so far'),
      button('Close', () => setTranscript(ui, false), {
        class: 'transcript-close',
        'aria-label': 'Close the conversation so far',
      }),
    ),
    list,
  );
  queueMicrotask(() => (aside.scrollTop = aside.scrollHeight));
  return aside;
}
