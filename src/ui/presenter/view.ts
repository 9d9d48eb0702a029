// The presenter view: a second window on the trainer's own screen, like a slide deck's presenter view. It shows
// what the room does not see (the notes in full, every option's rating, feedback and outcomes, where each option
// leads, what comes next) and drives the room screen: its keys and buttons are sent back as commands.
import type { Command } from '../../presenter/commands';
import { commandForKey } from '../../presenter/keys';
import type { Preview } from '../../presenter/lookahead';
import { recordDate } from '../../presenter/record';
import type { Snapshot, ViewOption } from '../../presenter/snapshot';
import { toRoom, type ToView } from '../../presenter/sync';
import { h, humanise } from '../dom';
import { speakerName } from '../people';
import { outcomesOf } from '../screens/ratings';
import { hands, ratingBadge } from './badges';
import { viewLink } from './link';
import { keyList, TIE_RULE } from './overlays';

function previewText(p: Preview | null): string {
  if (!p) return '';
  if (p.kind === 'line') {
    const name = speakerName(p.speaker);
    return name ? `${name}: ${p.text}` : p.text;
  }
  if (p.kind === 'choices') return `A decision: ${p.options.map((o, i) => `${i + 1}. ${o}`).join(' / ')}`;
  if (p.kind === 'ending')
    return `The end${p.ending ? `: ${humanise(p.ending)}` : ''}, then the group debrief.`;
  return `A problem in the story: ${p.message}`;
}

export function mountPresenterView(root: HTMLElement): void {
  const html = document.documentElement;
  html.classList.add('presenter-view');
  document.title = 'Care Conversations: presenter view';
  let snapshot: Snapshot | null = null;
  let lastSeq = 0;
  let connected = false;
  let showKeys = false;
  const main = h('main', { id: 'app', class: 'pmv' });
  root.append(main);
  const stage = document.getElementById('stage');
  if (stage) stage.hidden = true;

  const link = viewLink((m: ToView) => {
    if (m.type === 'ready') {
      lastSeq = 0;
      return link?.send(toRoom.hello());
    }
    if (m.type === 'closed') {
      connected = false;
      return render();
    }
    // Snapshots arrive in order on one channel; a lower number is one from before the room screen reloaded.
    if (m.seq <= lastSeq && connected) return;
    lastSeq = m.seq;
    connected = true;
    snapshot = m.snapshot;
    render();
  });
  const send = (cmd: Command) => link?.send(toRoom.command(cmd));

  const ctl = (label: string, cmd: Command, attrs: Record<string, string> = {}) =>
    h(
      'button',
      {
        type: 'button',
        class: 'pmv-button',
        ...attrs,
        onclick: (e: Event) => {
          send(cmd);
          if ((e as MouseEvent).detail > 0) (document.activeElement as HTMLElement | null)?.blur();
        },
      },
      label,
    );

  const optionRow = (o: ViewOption, s: Snapshot) =>
    h(
      'li',
      {
        class: `pmv-option${o.toPlay ? ' is-play' : ''}${o.played ? ' is-played' : ''}${o.roomChoice ? ' is-room' : ''}`,
      },
      h(
        'div',
        { class: 'pmv-option-head' },
        h('span', { class: 'pmv-num' }, String(o.number)),
        h('span', { class: 'pmv-option-text' }, o.text),
        h(
          'span',
          { class: 'pmv-hands' },
          s.screen === 'choices' || s.hands > 0
            ? `${hands(o.hands)}${s.hands > 0 ? ` (${o.share}%)` : ''}`
            : '',
        ),
      ),
      h(
        'div',
        { class: 'pmv-option-body' },
        ratingBadge(o.meta),
        o.meta.feedback && h('p', { class: 'pmv-feedback' }, o.meta.feedback),
        o.meta.scores.length > 0 &&
          h(
            'p',
            { class: 'pmv-outcomes' },
            `Evidence for: ${outcomesOf(o.meta)} (${o.meta.scores.map((x) => `${x.outcome} ${x.value >= 0 ? '+' : ''}${x.value}`).join(', ')})`,
          ),
        o.after && h('p', { class: 'pmv-after' }, h('strong', {}, 'Leads to: '), previewText(o.after)),
        o.roomChoice && h('span', { class: 'pmv-tag' }, "Room's choice"),
        o.toPlay && h('span', { class: 'pmv-tag' }, 'Next plays this'),
        o.played && h('span', { class: 'pmv-tag' }, 'Played'),
      ),
      s.screen === 'choices' &&
        h(
          'div',
          { class: 'pmv-option-actions' },
          ctl(
            '+1 hand',
            { type: 'hand', option: o.number - 1, delta: 1 },
            { 'aria-label': `+1 hand for option ${o.number}` },
          ),
          ctl(
            '−1',
            { type: 'hand', option: o.number - 1, delta: -1 },
            { 'aria-label': `−1 hand for option ${o.number}` },
          ),
          ctl(
            'Play this',
            { type: 'play', option: o.number - 1 },
            { 'aria-label': `Play this: option ${o.number}` },
          ),
        ),
    );

  const onScreen = (s: Snapshot): HTMLElement => {
    let what: (HTMLElement | string | null)[];
    if (s.blank)
      what = [h('p', { class: 'pmv-warning' }, 'The room screen is blank (B or any key brings it back).')];
    else if (s.reviewing && s.line)
      what = [
        h('p', { class: 'pmv-flag' }, `Looking back: line ${s.reviewing.line} of ${s.reviewing.of}`),
        lineP(s.line),
      ];
    else if (s.screen === 'line' && s.line) what = [lineP(s.line)];
    else if (s.screen === 'choices')
      what = [h('p', {}, `Decision ${s.decision}: the room is voting. ${hands(s.hands)} counted.`)];
    else if (s.screen === 'feedback')
      what = [
        h(
          'p',
          {},
          `Decision ${s.decision}: option ${s.options.find((o) => o.played)?.number ?? 0} played. ${s.revealed ? 'Rating revealed.' : 'Not revealed yet (R).'}`,
        ),
      ];
    else if (s.screen === 'ending')
      what = [
        h(
          'p',
          {},
          `The end: ${s.ending ? humanise(s.ending) : 'the scenario is over'}. The room sees the group debrief.`,
        ),
      ];
    else if (s.screen === 'error')
      what = [h('p', { class: 'pmv-warning' }, `The story hit a problem: ${s.error ?? ''}`)];
    else
      what = [
        h(
          'p',
          {},
          s.phase === 'before'
            ? 'The room sees the scenario card.'
            : 'The room screen is choosing a scenario.',
        ),
      ];
    return h(
      'section',
      { class: 'pmv-card pmv-now', 'aria-labelledby': 'pmv-now-heading' },
      h('h2', { id: 'pmv-now-heading' }, 'On the room screen'),
      what,
      s.hint && h('p', { class: 'pmv-hint' }, s.hint),
    );
  };
  const lineP = (l: { speaker: string | null; text: string }) =>
    h(
      'p',
      { class: 'pmv-line', id: 'pmv-line' },
      speakerName(l.speaker) ? h('strong', {}, `${speakerName(l.speaker)}: `) : null,
      l.text,
    );

  const render = () => {
    const s = snapshot;
    let content: (HTMLElement | null | false)[];
    if (!connected || !s) {
      content = [
        h('h1', {}, 'Presenter view'),
        h(
          'p',
          { class: 'pmv-waiting', id: 'pmv-waiting' },
          'Waiting for the room screen. Open this window from presenter mode (press P there).',
        ),
      ];
    } else {
      content = [
        h(
          'header',
          { class: 'pmv-head' },
          h('h1', {}, s.scenario ? `Presenter view: ${s.scenario.title}` : 'Presenter view'),
          s.decision > 0 && h('span', { class: 'pmv-flag', id: 'pmv-decision' }, `Decision ${s.decision}`),
          s.blank && h('span', { class: 'pmv-flag pmv-warning' }, 'Screen blank'),
          s.revealed && h('span', { class: 'pmv-flag' }, 'Revealed'),
          !s.discussOnScreen && h('span', { class: 'pmv-flag' }, 'Discussion card hidden (D)'),
        ),
        h(
          'div',
          { class: 'pmv-grid' },
          h(
            'div',
            { class: 'pmv-col' },
            onScreen(s),
            h(
              'section',
              { class: 'pmv-card pmv-notes', 'aria-labelledby': 'pmv-notes-heading' },
              h('h2', { id: 'pmv-notes-heading' }, 'Trainer’s notes'),
              s.notes.length > 0
                ? s.notes.map((n) => h('p', { class: 'pmv-note' }, n))
                : h('p', { class: 'pmv-muted' }, 'No note here.'),
            ),
            h(
              'section',
              { class: 'pmv-card pmv-next', 'aria-labelledby': 'pmv-next-heading' },
              h('h2', { id: 'pmv-next-heading' }, 'What comes next'),
              h(
                'p',
                { id: 'pmv-next-text' },
                s.next
                  ? previewText(s.next)
                  : s.screen === 'choices'
                    ? 'Depends on the option played: see each option.'
                    : '—',
              ),
            ),
          ),
          h(
            'div',
            { class: 'pmv-col' },
            s.options.length > 0 &&
              h(
                'section',
                { class: 'pmv-card', 'aria-labelledby': 'pmv-options-heading' },
                h(
                  'h2',
                  { id: 'pmv-options-heading' },
                  s.screen === 'feedback'
                    ? `Decision ${s.decision}: the options`
                    : `Decision ${s.decision}: ratings the room cannot see`,
                ),
                h(
                  'ol',
                  { class: 'pmv-options', id: 'pmv-options' },
                  s.options.map((o) => optionRow(o, s)),
                ),
                s.screen === 'choices' && h('p', { class: 'pmv-muted' }, TIE_RULE),
              ),
            s.record &&
              h(
                'section',
                { class: 'pmv-card', 'aria-labelledby': 'pmv-record-heading' },
                h('h2', { id: 'pmv-record-heading' }, 'Session record'),
                h('p', {}, recordDate(s.record.startedAt)),
                h(
                  'p',
                  {},
                  `Votes taken: ${s.record.voted} of ${s.record.decisions.length}. The room chose a strong option ${s.record.roomPickedBest} times.`,
                ),
                h(
                  'ol',
                  {},
                  s.record.decisions.map((d) =>
                    h(
                      'li',
                      {},
                      `Room: ${d.roomChoice !== null ? d.roomChoice + 1 : 'no vote'}; played ${d.played + 1}; strongest ${
                        d.options
                          .filter((o) => o.best)
                          .map((o) => o.number)
                          .join(' or ') || '—'
                      }`,
                    ),
                  ),
                ),
              ),
          ),
        ),
        h(
          'nav',
          { class: 'pmv-controls', 'aria-label': 'Drive the room screen' },
          ctl('← Back', { type: 'back' }),
          ctl('Next →', { type: 'next' }),
          ctl(s.revealed ? 'Hide (R)' : 'Reveal (R)', { type: 'reveal' }),
          ctl(s.blank ? 'Unblank (B)' : 'Blank (B)', { type: 'blank' }),
          ctl('Discussion card (D)', { type: 'discuss' }),
          ctl('Undo last hand (Backspace)', { type: 'undo-hand' }),
          h(
            'button',
            { type: 'button', class: 'pmv-button', onclick: () => ((showKeys = !showKeys), render()) },
            showKeys ? 'Hide keys' : 'Keys (?)',
          ),
        ),
      ];
    }
    main.replaceChildren(
      ...content.filter((c): c is HTMLElement => !!c),
      showKeys
        ? h(
            'section',
            { class: 'pmv-card pmv-keys' },
            h('h2', {}, 'Keys (they work in this window too)'),
            keyList(),
          )
        : '',
    );
    document.body.dataset.view = 'presenter-view';
    document.body.dataset.connected = connected ? 'yes' : 'no';
  };

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) return;
    const cmd = commandForKey(e);
    if (!cmd) return;
    if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a')) return;
    e.preventDefault();
    if (e.repeat) return;
    if (cmd.type === 'help') {
      showKeys = !showKeys;
      return render();
    }
    if (cmd.type === 'fullscreen' || cmd.type === 'present') {
      const on = !document.fullscreenElement;
      void (on ? html.requestFullscreen?.() : document.exitFullscreen?.())?.catch(() => undefined);
      return;
    }
    if (cmd.type === 'view' || cmd.type === 'type-counts') return;
    send(cmd);
  });
  window.addEventListener('pagehide', () => link?.send(toRoom.bye()));

  render();
  if (!link) {
    main.replaceChildren(
      h('h1', {}, 'Presenter view'),
      h(
        'p',
        {},
        'This browser cannot link two windows, so there is no presenter view. Everything works from the room screen.',
      ),
    );
    return;
  }
  link.send(toRoom.hello());
}
