// The room screen: what the projector shows while a scenario runs. One thing at a time, in type sized for the
// back of the room: a line, the room's vote (under the line that led to it), the option played and, on reveal, its
// feedback and the discussion card; at the end the group debrief. A status line says where the story is. The
// discussion card waits for the reveal unless the trainer opens it (D): some prompts point at the answer.
import { reviewing } from '../../presenter/history';
import type { PresenterState } from '../../presenter/state';
import { votesOn } from '../../presenter/vote-plan';
import { decisionOf } from '../../presenter/where';
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

/** "Your words first": the room talks in pairs before it sees the options. */
function wordsFirstPrompt(): HTMLElement {
  return h(
    'section',
    { class: 'pm-words', id: 'pm-words', 'aria-labelledby': 'pm-words-heading' },
    h('h2', { id: 'pm-words-heading' }, 'What would you say?'),
    h('p', { class: 'pm-lead' }, 'Talk in pairs, then we will see the options.'),
    h('p', { class: 'pm-vote-foot' }, 'Next shows the options.'),
  );
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
    const led = lines[lines.length - 1];
    const again = st.earlier.some((e) => e.decision === session.decisions.length);
    body = [
      again
        ? h('p', { class: 'pm-again', id: 'pm-again-vote' }, 'Second vote: the room chooses again')
        : null,
      led ? h('div', { class: 'pm-led' }, lineBlock(led.speaker, led.text, null)) : null,
      st.step.name === 'words' ? wordsFirstPrompt() : votePanel(ui, s.options, vote, st),
      st.discuss ? discussionCard(led?.notes ?? []) : null,
    ];
  } else if (s.kind === 'feedback') {
    const d = session.decisions[s.decision];
    const notes = st.history.lines[st.history.lines.length - 1]?.notes ?? [];
    body = [
      h('div', { class: 'pm-spacer' }),
      d
        ? revealPanel(d, st.votes[s.decision], st.revealed, st.step, !votesOn(st.votePlan, s.decision + 1))
        : null,
      st.discuss || st.revealed ? discussionCard(notes) : null,
    ];
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
  const flags = [st.revealed ? 'Revealed' : null, st.viewOpen ? 'Presenter view open' : null].filter(
    (x): x is string => x !== null,
  );
  return h(
    'section',
    { class: `pm-room pm-kind-${kind}`, 'data-kind': kind, 'aria-label': ui.title(session.scenarioId) },
    h(
      'header',
      { class: 'pm-status' },
      h('h1', { class: 'pm-scenario-title' }, ui.title(session.scenarioId)),
      n !== null &&
        h('span', { class: 'pm-where', id: 'pm-where' }, decisionOf(n, ui.controller.current?.decisions)),
      flags.map((f) => h('span', { class: 'pm-flag' }, f)),
      h('span', { class: 'pm-keys-hint' }, '? keys'),
    ),
    h('div', { class: 'pm-body', id: 'pm-body', tabindex: s.kind === 'ending' ? 0 : -1 }, body),
    st.hint && h('p', { class: 'pm-hint', id: 'pm-hint', role: 'status' }, st.hint),
  );
}
