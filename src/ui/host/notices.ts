// Notices: messages for the learner or trainer that stay until dismissed (storage full, a story that changed, an
// update ready), in a polite live region above the screen. They are not part of any screen, so a screen being
// rebuilt never loses one.
import { button, h } from '../dom';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notices {
  tell(message: string, action?: NoticeAction): void;
  list(): readonly string[];
}

export function mountNotices(
  box: HTMLElement,
  classes = { notice: 'notice', button: 'small-button' },
): Notices {
  const messages: string[] = [];
  const actions = new Map<string, NoticeAction>();
  const render = () =>
    box.replaceChildren(
      ...messages.map((m, i) =>
        h(
          'p',
          { class: classes.notice },
          m,
          ' ',
          actions.has(m) &&
            button(actions.get(m)!.label, () => actions.get(m)!.run(), {
              class: `${classes.button} primary`,
            }),
          button(
            'OK',
            () => {
              messages.splice(i, 1);
              render();
            },
            { class: classes.button, 'aria-label': 'Dismiss this message' },
          ),
        ),
      ),
    );
  return {
    tell: (m, action) => {
      if (messages.includes(m)) return;
      if (action) actions.set(m, action);
      messages.push(m);
      render();
    },
    list: () => messages,
  };
}
