import type { Settings } from '../../state/settings';
import { button, h } from '../dom';
import type { UiContext, View } from '../context';
import './settings.css';

type Patch = (patch: Partial<Settings>) => void;

export function settingsScreen(ui: UiContext, back: View): HTMLElement {
  const s = ui.settings.getState();
  const set: Patch = (patch) => ui.settings.setState(patch);
  return h(
    'section',
    { class: 'screen settings-screen', 'aria-labelledby': 'settings-heading' },
    h(
      'div',
      { class: 'topbar' },
      button('Back', () => ui.go(back), { 'data-autofocus': true }),
      h('h1', { id: 'settings-heading' }, 'Settings'),
    ),
    h(
      'form',
      { class: 'settings', onsubmit: (e: Event) => e.preventDefault() },
      soundFieldset(s, set),
      readingFieldset(s, set),
      readAloudFieldset(ui, s, set),
      feedbackFieldset(s, set),
      rolePlayFieldset(s, set),
    ),
  );
}

function checkField(set: Patch, id: string, label: string, value: boolean, key: keyof Settings): HTMLElement {
  return h(
    'div',
    { class: 'field check' },
    h('input', {
      type: 'checkbox',
      id,
      checked: value,
      onchange: (e: Event) => set({ [key]: (e.target as HTMLInputElement).checked } as Partial<Settings>),
    }),
    h('label', { for: id }, label),
  );
}

function selectField<T extends string>(
  set: Patch,
  id: string,
  label: string,
  value: T,
  options: [T, string][],
  key: keyof Settings,
): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      {
        id,
        onchange: (e: Event) => set({ [key]: (e.target as HTMLSelectElement).value } as Partial<Settings>),
      },
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
    ),
  );
}

function soundFieldset(s: Settings, set: Patch): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Sound'),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'volume' }, `Volume: ${Math.round(s.volume * 100)}%`),
      h('input', {
        type: 'range',
        id: 'volume',
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(s.volume * 100),
        onchange: (e: Event) => set({ volume: Number((e.target as HTMLInputElement).value) / 100 }),
      }),
    ),
    checkField(set, 'muted', 'Mute all sound', s.muted, 'muted'),
    checkField(set, 'captions', 'Show captions for sounds', s.captions, 'captions'),
  );
}

function readingFieldset(s: Settings, set: Patch): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Reading'),
    selectField(
      set,
      'text-size',
      'Text size',
      String(s.textSize),
      [
        ['100', 'Normal'],
        ['125', 'Large'],
        ['150', 'Larger'],
        ['175', 'Very large'],
        ['200', 'Largest (200%)'],
      ],
      'textSize',
    ),
    selectField(
      set,
      'theme',
      'Colours',
      s.theme,
      [
        ['light', 'Standard'],
        ['contrast', 'High contrast'],
      ],
      'theme',
    ),
    selectField(
      set,
      'font',
      'Typeface',
      s.font,
      [
        ['legible', 'Atkinson Hyperlegible (clear letters)'],
        ['dyslexic', 'OpenDyslexic'],
      ],
      'font',
    ),
    selectField(
      set,
      'motion',
      'Movement',
      s.reducedMotion,
      [
        ['system', "Follow this device's setting"],
        ['on', 'Reduce movement'],
        ['off', 'Allow movement'],
      ],
      'reducedMotion',
    ),
  );
}

function readAloudFieldset(ui: UiContext, s: Settings, set: Patch): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Read aloud'),
    ui.speech
      ? [
          checkField(
            set,
            'read-aloud',
            "Read each line aloud, using this device's voice",
            s.readAloud,
            'readAloud',
          ),
          selectField(
            set,
            'voice',
            'Voice',
            s.voice,
            [['', "This device's usual voice"], ...ui.speech.voices().map((v): [string, string] => [v, v])],
            'voice',
          ),
          rateField(s, set),
        ]
      : h('p', {}, 'This device has no speech voice, so read aloud is not available here.'),
  );
}

// The speed's values are numbers, so it is not one of the string selects above.
function rateField(s: Settings, set: Patch): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'rate' }, 'Speed'),
    h(
      'select',
      {
        id: 'rate',
        onchange: (e: Event) => set({ rate: Number((e.target as HTMLSelectElement).value) }),
      },
      (
        [
          [0.75, 'Slower'],
          [1, 'Normal'],
          [1.25, 'Faster'],
        ] as const
      ).map(([v, t]) => h('option', { value: v, selected: Math.abs(s.rate - v) < 0.01 }, t)),
    ),
  );
}

function feedbackFieldset(s: Settings, set: Patch): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Feedback'),
    checkField(
      set,
      'instant',
      'Show feedback straight after each choice (turn off to see it all at the end)',
      s.instantFeedback,
      'instantFeedback',
    ),
  );
}

/** "Your words first": type what you would say before the options appear. Pairs practise the words, so it is on
 *  there unless turned off; alone it is a choice. */
function rolePlayFieldset(s: Settings, set: Patch): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Your words first'),
    h(
      'p',
      { class: 'small' },
      'At each decision, type what you would say before the options appear. Your words are kept with your choice, never scored, and stay on this device.',
    ),
    checkField(set, 'words-first', 'When I play on my own', s.wordsFirst, 'wordsFirst'),
    checkField(set, 'words-first-pairs', 'When we play in pairs', s.wordsFirstPairs, 'wordsFirstPairs'),
  );
}
