// The workshop's short guide: how a decision is written, what the tags mean, and what makes a good set of options.
// Written for trainers who have never seen ink; the full rules are in docs/authoring.md and docs/scenario-bar.md.
import { h } from '../dom';

const code = (text: string) => h('code', {}, text);

function section(title: string, ...body: (HTMLElement | string)[]): HTMLElement {
  return h('details', { class: 'guide-part' }, h('summary', {}, title), ...body);
}

function howADecisionIsWritten(): HTMLElement {
  return section(
    'How a decision is written',
    h('p', {}, 'Each line of text is one line on screen. Tags after ', code('#'), ' say who speaks and how.'),
    h(
      'p',
      {},
      'An option starts with ',
      code('*'),
      '. The words in ',
      code('[ ]'),
      ' are the button the learner presses; the tags inside the brackets rate it. The lines under it are what happens next.',
    ),
    h(
      'pre',
      {},
      '* [Ask her first # rating: best # score: 1.4b +2 # feedback: It is her information.]\n    -> next_part',
    ),
    h(
      'p',
      {},
      'A part of the story starts with ',
      code('=== name ==='),
      ' and ',
      code('-> name'),
      ' goes there.',
    ),
    h(
      'p',
      {},
      'Every route ends with a line tagged ',
      code('ending: name'),
      ' and then ',
      code('-> END'),
      '.',
    ),
  );
}

function whatTheTagsMean(): HTMLElement {
  return section(
    'What the tags mean',
    h(
      'ul',
      {},
      h(
        'li',
        {},
        code('speaker: id'),
        ' who says the line (',
        code('you'),
        ' is the learner). No speaker: narration.',
      ),
      h('li', {}, code('mood: worried'), ' the speaker’s face from this line on.'),
      h(
        'li',
        {},
        code('location: lounge'),
        ', ',
        code('enter: id'),
        ', ',
        code('exit: id'),
        ' the room and who is in it.',
      ),
      h(
        'li',
        {},
        code('note: …'),
        ' a question for the group in presenter mode. Learners on their own never see it.',
      ),
      h('li', {}, code('rating: best / ok / poor'), ' how good the option is.'),
      h(
        'li',
        {},
        code('score: 1.4c +2'),
        ' evidence for an outcome, from -2 to +2. Use one tag per outcome.',
      ),
      h('li', {}, code('feedback: …'), ' what the learner reads after choosing: one to three sentences.'),
      h('li', {}, code('critical'), ' an unsafe option. Rate it poor and say plainly why it is unsafe.'),
    ),
    h(
      'p',
      {},
      'Type ',
      code('#'),
      ' and the editor offers the tags that fit there, and then their values. Press Tab to take one, or keep typing.',
    ),
  );
}

function goodOptionSets(): HTMLElement {
  return section(
    'What makes a good set of options',
    h(
      'ul',
      {},
      h('li', {}, 'Three options: a best, a defensible ok, and a poor one that tempts for a real reason.'),
      h('li', {}, 'The best option is not always the longest, and not always “tell the senior”.'),
      h('li', {}, 'Best scores more than ok, and ok more than poor, on each outcome the decision scores.'),
      h(
        'li',
        {},
        'Feedback is kind and specific: what the option does, why it matters to the person, what is better.',
      ),
      h('li', {}, 'Show what happens to the people (a mood, a reply) before any score does.'),
    ),
    h(
      'p',
      {},
      'A full scenario in our pack has at least 8 decisions on every route, 3 endings, 2 critical options and 3 trainer’s notes. For your own scenario these figures are advice.',
    ),
  );
}

export function guidePanel(): HTMLElement {
  return h(
    'section',
    { class: 'workshop-guide', 'aria-labelledby': 'guide-heading' },
    h('h2', { id: 'guide-heading' }, 'Guide'),
    howADecisionIsWritten(),
    whatTheTagsMean(),
    goodOptionSets(),
  );
}
