// The room screen: what the projector shows while a scenario runs. One thing at a time, in type sized for the
// back of the room: a line (with its discussion card), the room's vote, the option played and, on reveal, its
// feedback; at the end the group debrief. A slim status line says where the story is.
import { reviewing } from '../../presenter/history';
import type { PresenterState } from '../../presenter/state';
import type { Session } from '../../state/session';
import { h } from '../dom';
import { speakerName } from '../people';
import type { RoomUi } from './context';
import { debriefPanel } from './debrief';
import { discussionCard } from './discuss';
import { revealPanel } from './reveal';
import { votePanel } from './vote';

function lineBlock(speaker: string | null, text: string, caption: string | null): HTMLElement {
  const name = speakerName(speaker);
  return h(
    'div',
    { class: `pm-line ${speaker === 'you' ? 'you' : speaker ? 'spoken' : 'narration'}` },
    caption && h('p', { class: 'pm-caption', id: 'pm-caption' }, `[${caption}]`),
    name && h('p', { class: 'pm-speaker', id: 'pm-speaker' }, name),
    h('p', { class: 'pm-line-text', id: 'pm-line-text' }, text),
  );
}

function lastCaption(session: Session): string | null {
  const t = session.transcript;
  const last = t[t.length - 1];
  const before = t[t.length - 2];
  return last?.kind === 'line' && before?.kind === 'caption' ? before.text : null;
}

function decisionNumber(session: Session): number | null {
  const s = session.screen;
  if (s.kind === 'choices') return session.decisions.length + 1;
  if (s.kind === 'feedback') return s.decision + 1;
  return null;
}

export function roomScreen(ui: RoomUi, session: Session, st: PresenterState): HTMLElement {
  const s = session.screen;
  const back = reviewing(st.history);
  const lines = st.history.lines;
  let body: (HTMLElement | null)[];
  let kind: string = s.kind;
  if (back) {
    kind = 'review';
    body = [
      h(
        'p',
        { class: 'pm-review', id: 'pm-review', role: 'status' },
        `Looking back: line ${(st.history.cursor ?? 0) + 1} of ${lines.length}. → goes forward.`,
      ),
      st.discuss ? discussionCard(back.notes) : null,
      h('div', { class: 'pm-spacer' }),
      lineBlock(back.speaker, back.text, null),
    ];
  } else if (s.kind === 'line') {
    body = [
      st.discuss ? discussionCard(s.notes ?? []) : null,
      h('div', { class: 'pm-spacer' }),
      lineBlock(s.speaker, s.text, ui.stores.settings.getState().captions ? lastCaption(session) : null),
    ];
  } else if (s.kind === 'choices') {
    const vote = ui.presenter.currentVote()!;
    const notes = lines[lines.length - 1]?.notes ?? [];
    body = [st.discuss ? discussionCard(notes) : null, votePanel(ui, s.options, vote, st)];
  } else if (s.kind === 'feedback') {
    const d = session.decisions[s.decision];
    body = [h('div', { class: 'pm-spacer' }), d ? revealPanel(d, st.votes[s.decision], st.revealed) : null];
  } else if (s.kind === 'ending') {
    const record = ui.record();
    body = [record ? debriefPanel(ui, record) : null];
  } else {
    body = [
      h(
        'div',
        { class: 'pm-line', role: 'alert' },
        h('p', { class: 'pm-speaker' }, 'Something went wrong in this scenario'),
        h('p', {}, 'The story hit a problem and cannot go on from here.'),
        h('p', { class: 'pm-small' }, `Details: ${s.message}`),
      ),
    ];
  }
  const n = decisionNumber(session);
  const flags = [
    n !== null ? `Decision ${n}` : null,
    st.revealed ? 'Revealed' : null,
    st.viewOpen ? 'Presenter view open' : null,
  ].filter((x): x is string => x !== null);
  return h(
    'section',
    { class: `pm-room pm-kind-${kind}`, 'data-kind': kind, 'aria-label': ui.title(session.scenarioId) },
    h(
      'header',
      { class: 'pm-status' },
      h('h1', { class: 'pm-scenario-title' }, ui.title(session.scenarioId)),
      flags.map((f) => h('span', { class: 'pm-flag' }, f)),
      h('span', { class: 'pm-keys-hint' }, '? keys'),
    ),
    h('div', { class: 'pm-body', id: 'pm-body', tabindex: s.kind === 'ending' ? 0 : -1 }, body),
    st.hint && h('p', { class: 'pm-hint', id: 'pm-hint', role: 'status' }, st.hint),
  );
}
