// After the room's option is played: first the option and the room's vote, and a question to talk over; then, on
// reveal (R, or Next from a clicker), how it is rated, the feedback, the outcome it is about, and a stronger option.
// After an unsafe option the stronger option is not named: the room may vote again, and should not be told.
import type { Decision } from '../../state/session';
import type { Step, Vote } from '../../presenter/state';
import { roomChoice, tiedOptions, totalHands } from '../../presenter/tally';
import { h } from '../dom';
import { outcomesOf, ratingClass } from '../screens/ratings';
import { hands, ratingBadge } from './badges';

function howPlayed(d: Decision, vote: Vote | undefined, straight: boolean): string {
  const total = vote ? totalHands(vote.tally) : 0;
  if (!vote || total === 0)
    return straight ? 'Played straight through, not put to the vote.' : 'Played without a vote.';
  const room = roomChoice(vote.tally);
  const tied = tiedOptions(vote.tally);
  const mine = `${hands(vote.tally.counts[d.chosen] ?? 0)} of ${total}`;
  if (tied.length > 0)
    return `A tie between options ${tied.map((n) => n + 1).join(' and ')}: the trainer played this one (${mine}).`;
  if (room === d.chosen) return `The room's choice: ${mine}.`;
  return `Played by the trainer: ${mine}. The room chose option ${(room ?? 0) + 1}.`;
}

function unsafeOffer(step: Step): HTMLElement {
  const offer = step.name === 'unsafe' ? step.offer : null;
  const text =
    offer === 'retry'
      ? 'Try this decision again with a new vote? Next: yes, try again. Back: no.'
      : offer === 'carry'
        ? 'Carry on with this choice? Next: carry on. Back: not yet.'
        : 'Next: try again or carry on (T tries again straight away).';
  return h('p', { class: `pm-retry-hint${offer ? ' is-asking' : ''}`, id: 'pm-unsafe-offer' }, text);
}

export function revealPanel(
  d: Decision,
  vote: Vote | undefined,
  revealed: boolean,
  step: Step = { name: 'count' },
  straight = false,
): HTMLElement {
  const chosen = d.options[d.chosen];
  const how = howPlayed(d, vote, straight);
  const critical = !!chosen?.meta.critical;
  const better =
    chosen && !critical && chosen.meta.rating !== 'best'
      ? d.options.find((o) => o.meta.rating === 'best')
      : undefined;
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
          critical && unsafeOffer(step),
        )
      : h(
          'div',
          { class: 'pm-wait' },
          h('p', { class: 'pm-question' }, 'Why did we choose this? What do you think happens next?'),
          h(
            'p',
            { class: 'pm-wait-hint' },
            'Next (or R) reveals how this choice is rated. Back corrects the vote.',
          ),
        ),
  );
}
