// The room screen's controls for a mouse or touch screen (they fade while the pointer is still), and the overlays
// drawn over any presenter screen: the key list and the blank screen.
import type { Command } from '../../presenter/commands';
import type { PresenterState } from '../../presenter/state';
import { h } from '../dom';
import { blankOverlay, helpOverlay } from './overlays';

export function controlBar(command: (cmd: Command) => void): HTMLElement {
  const control = (label: string, cmd: Command, keys: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'pm-control',
        'aria-keyshortcuts': keys,
        onclick: (e: Event) => {
          command(cmd);
          // After a click, the keys (Space above all) belong to the presentation again, not to this button.
          if ((e as MouseEvent).detail > 0) (document.activeElement as HTMLElement | null)?.blur();
        },
      },
      label,
    );
  return h(
    'nav',
    { class: 'pm-controls', 'aria-label': 'Presenter controls' },
    control('Back', { type: 'back' }, 'PageUp'),
    control('Next', { type: 'next' }, 'PageDown'),
    control('Reveal', { type: 'reveal' }, 'R'),
    control('Blank', { type: 'blank' }, 'B'),
    control('Full screen', { type: 'fullscreen' }, 'F'),
    control('Presenter view', { type: 'view' }, 'P'),
    control('Keys', { type: 'help' }, '?'),
  );
}

export function overlays(st: PresenterState): (HTMLElement | string)[] {
  return [st.help ? helpOverlay() : '', st.blank ? blankOverlay() : ''];
}

/** The controls show while the pointer moves and fade 2.5 s after it stops. */
export function watchPointer(): void {
  const html = document.documentElement;
  let idle: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('pointermove', () => {
    html.dataset.pointer = 'active';
    clearTimeout(idle);
    idle = setTimeout(() => delete html.dataset.pointer, 2500);
  });
}
