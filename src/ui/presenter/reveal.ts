// After the room's option is played: first the option and the room's vote, and a question to talk over; then, on
// reveal (R, or Next from a clicker), how it is rated, the feedback, the outcome it is about, and a stronger option.
import type { Decision } from '../../state/session';
import type { Vote } from '../../presenter/state';
import { roomChoice, totalHands } from '../../presenter/tally';
import { h } from '../dom';
import { outcomesOf, ratingClass } from '../screens/ratings';
import { hands, ratingBadge } from './badges';

export function revealPanel(d: Decision, vote: Vote | undefined, revealed: boolean): HTMLElement {
  const chosen = d.options[d.chosen];
  const total = vote ? totalHands(vote.tally) : 0;
  const room = vote && total > 0 ? roomChoice(vote.tally, vote.pick) : null;
  const mine = vote?.tally.counts[d.chosen] ?? 0;
  const how =
    total === 0
      ? 'Played without a vote.'
      : room === d.chosen
        ? `The room's choice: ${hands(mine)} of ${total}.`
        : `Played by the trainer: ${hands(mine)} of ${total}. The room chose option ${(room ?? 0) + 1}.`;
  const better =
    chosen && chosen.meta.rating !== 'best' ? d.options.find((o) => o.meta.rating === 'best') : undefined;
  const critical = !!chosen?.meta.critical;
  return h(
    'section',
    {
      class: `pm-reveal ${revealed && chosen ? `pm-rate-${ratingClass(chosen.meta)}` : ''}`,
      'aria-labelledby': 'pm-played-heading',
    },
    h('h2', { class: 'pm-played-heading', id: 'pm-played-heading' }, `Option ${d.chosen + 1} played`),
    h('p', { class: 'pm-played-text', id: 'pm-played-text' }, chosen?.text ?? ''),
    h('p', { class: 'pm-played-how' }, how),
    revealed && chosen
      ? h(
          'div',
          { class: 'pm-revealed', id: 'pm-revealed' },
          ratingBadge(chosen.meta, { id: 'pm-rating' }),
          chosen.meta.feedback && h('p', { class: 'pm-feedback' }, chosen.meta.feedback),
          chosen.meta.scores.length > 0 &&
            h('p', { class: 'pm-outcomes' }, `This is about: ${outcomesOf(chosen.meta)}`),
          better && h('p', { class: 'pm-better' }, h('strong', {}, 'A stronger option: '), better.text),
          critical &&
            h(
              'p',
              { class: 'pm-retry-hint' },
              'T: go back and choose again. Next: carry on with this choice.',
            ),
        )
      : h(
          'div',
          { class: 'pm-wait' },
          h('p', { class: 'pm-question' }, 'Why did we choose this? What do you think happens next?'),
          h('p', { class: 'pm-wait-hint' }, 'R reveals how this choice is rated.'),
        ),
  );
}
