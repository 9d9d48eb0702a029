// The character builder: a new person for a trainer's own scenario, on the game's own art. Every part of a look is
// a choice from the art's fixed lists (never free text), the preview shows the person in every mood side by side,
// and a sentence says in words who the preview shows. The result is a cast id and a CastEntry, as stories/cast.json
// holds them. Whatever the trainer types is shown as text only.
import { characterSvg, moodIds } from '../../stage/art';
import {
  clothingOptions,
  colourOptions,
  defaultLook,
  extraOptions,
  facialHairOptions,
  hairColourOptions,
  hairOptions,
  headwearOptions,
  skinOptions,
  type Look,
} from '../../stage/art/look';
import { builtInCast, moods, type CastEntry } from '../../story/registries';
import { ID_PATTERN, LIMITS } from '../../workshop/draft';
import { button, h, humanise } from '../dom';
import './people-builder.css';

export interface BuiltPerson {
  id: string;
  entry: CastEntry;
}

export interface PeopleBuilderOptions {
  /** Ids already used by the draft's other people (the built-in cast is always taken). */
  taken?: ReadonlySet<string>;
  /** A person to change, instead of a new one. */
  initial?: BuiltPerson;
  onDone(person: BuiltPerson): void;
  onCancel?(): void;
}

type Pick = Exclude<keyof Look, 'glasses' | 'extras'>;
const PICKS: { key: Pick; label: string; options: readonly string[] }[] = [
  { key: 'skin', label: 'Skin tone', options: skinOptions },
  { key: 'hair', label: 'Hair', options: hairOptions },
  { key: 'hairColour', label: 'Hair colour', options: hairColourOptions },
  { key: 'facialHair', label: 'Facial hair', options: facialHairOptions },
  { key: 'headwear', label: 'Headwear', options: headwearOptions },
  { key: 'clothing', label: 'Clothing', options: clothingOptions },
  { key: 'colour', label: 'Clothing colour', options: colourOptions },
];

const words = (v: string) => humanise(v).toLowerCase();

/** The person in words, for anyone who cannot see the preview (and as a check for those who can). */
export function describePerson(p: CastEntry): string {
  const look: Look = { ...defaultLook, ...(p.look as Partial<Look>) };
  const parts = [`${humanise(look.skin)} skin`];
  if (look.headwear === 'hijab' || look.headwear === 'turban') parts.push(`a ${look.headwear}`);
  else {
    parts.push(look.hair === 'bald' ? 'no hair' : `${words(look.hair)} ${words(look.hairColour)} hair`);
    if (look.headwear !== 'none') parts.push(look.headwear === 'cap' ? 'a cap' : `a ${look.headwear}`);
  }
  if (look.facialHair !== 'none') parts.push(`a ${words(look.facialHair)}`);
  if (look.glasses) parts.push('glasses');
  parts.push(`a ${words(look.colour)} ${look.clothing}`);
  const extras = look.extras.map((e) => (e === 'wrinkles' ? 'lines on the face' : `a ${words(e)}`));
  const who = [p.name.trim() || 'This person', `${p.age}`, p.role.trim()].filter(Boolean).join(', ');
  return `${who}. ${parts.join(', ')}${extras.length ? `; with ${extras.join(', ')}` : ''}.`;
}

function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'p',
    { class: 'pb-field' },
    h('label', { for: id }, label),
    hint ? h('span', { class: 'pb-hint', id: `${id}-hint` }, hint) : null,
    control,
  );
}

function select(id: string, options: readonly string[], value: string): HTMLSelectElement {
  const el = h(
    'select',
    { id },
    options.map((o) => h('option', { value: o, selected: o === value }, humanise(o))),
  );
  el.value = value; // as well as the attribute: some DOMs read the first option until a value is set
  return el;
}

/** The preview: the person in every mood, each named under the picture. */
function preview(entry: CastEntry): HTMLElement[] {
  return moodIds.map((mood) => {
    const svg = characterSvg(
      { age: entry.age, look: { ...defaultLook, ...(entry.look as Partial<Look>) } },
      mood,
    );
    const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    return h(
      'figure',
      { class: 'pb-mood' },
      h('img', { src, alt: '', width: 100, height: 140 }),
      h('figcaption', { title: moods[mood] ?? '' }, humanise(mood)),
    );
  });
}

interface Controls {
  id: HTMLInputElement;
  name: HTMLInputElement;
  short: HTMLInputElement;
  role: HTMLInputElement;
  about: HTMLTextAreaElement;
  age: HTMLInputElement;
  picks: Record<Pick, HTMLSelectElement>;
  glasses: HTMLInputElement;
  extras: Record<string, HTMLInputElement>;
}

function controls(start: BuiltPerson | undefined): Controls {
  const e = start?.entry;
  const look: Look = { ...defaultLook, ...(e?.look as Partial<Look> | undefined) };
  const text = (id: string, value: string, max: number) =>
    h('input', { id, type: 'text', value, maxlength: max, autocomplete: 'off', spellcheck: 'false' });
  return {
    id: text('pb-id', start?.id ?? '', 40),
    name: text('pb-name', e?.name ?? '', LIMITS.name),
    short: text('pb-short', e?.short ?? '', LIMITS.short),
    role: text('pb-role', e?.role ?? '', LIMITS.role),
    about: h('textarea', { id: 'pb-about', rows: 3, maxlength: LIMITS.about }, e?.about ?? ''),
    age: h('input', { id: 'pb-age', type: 'number', min: 16, max: 110, step: 1, value: e?.age ?? 45 }),
    picks: Object.fromEntries(
      PICKS.map((p) => [p.key, select(`pb-${p.key}`, p.options, look[p.key])]),
    ) as Record<Pick, HTMLSelectElement>,
    glasses: h('input', { id: 'pb-glasses', type: 'checkbox', checked: look.glasses }),
    extras: Object.fromEntries(
      extraOptions.map((x) => [
        x,
        h('input', { id: `pb-extra-${x}`, type: 'checkbox', checked: look.extras.includes(x) }),
      ]),
    ),
  };
}

function read(c: Controls): BuiltPerson {
  const look: Record<string, unknown> = {};
  for (const p of PICKS) look[p.key] = c.picks[p.key].value;
  look.glasses = c.glasses.checked;
  look.extras = extraOptions.filter((x) => c.extras[x]!.checked);
  const age = Math.round(Number(c.age.value));
  const entry: CastEntry = {
    name: c.name.value.trim(),
    age: Number.isFinite(age) ? Math.min(110, Math.max(16, age)) : 45,
    role: c.role.value.trim(),
    about: c.about.value.trim(),
    look,
  };
  if (c.short.value.trim()) entry.short = c.short.value.trim();
  return { id: c.id.value.trim(), entry };
}

/** What stops the person being added, in plain words (none: ready). */
export function personProblems(p: BuiltPerson, taken: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  if (!ID_PATTERN.test(p.id))
    out.push(
      'The id must be lower case letters, digits and hyphens, starting with a letter, for example "mrs-ade".',
    );
  else if (Object.hasOwn(builtInCast, p.id) || taken.has(p.id) || ['you', 'all', 'none'].includes(p.id))
    out.push(`The id "${p.id}" is already used. Choose another.`);
  if (!p.entry.name) out.push('Give the person a name.');
  if (!p.entry.role) out.push('Say who they are, for example "Mrs Ade\'s son".');
  return out;
}

export function peopleBuilder(o: PeopleBuilderOptions): HTMLElement {
  const c = controls(o.initial);
  const moodsRow = h('div', { class: 'pb-moods', role: 'group', 'aria-labelledby': 'pb-preview-heading' });
  const description = h('p', { class: 'pb-description', id: 'pb-description', 'aria-live': 'polite' });
  const problems = h('div', { class: 'pb-problems', role: 'alert' });
  const refresh = () => {
    const p = read(c);
    moodsRow.replaceChildren(...preview(p.entry));
    description.textContent = describePerson(p.entry);
  };
  const done = () => {
    const p = read(c);
    // A person being changed may keep their own id.
    const taken = new Set([...(o.taken ?? [])].filter((id) => id !== o.initial?.id));
    const found = personProblems(p, taken);
    problems.replaceChildren(...found.map((m) => h('p', {}, m)));
    if (found.length === 0) o.onDone(p);
  };
  const form = h(
    'form',
    { class: 'pb-form', onsubmit: (e: Event) => (e.preventDefault(), done()) },
    aboutFields(c),
    lookFields(c),
    problems,
    h(
      'div',
      { class: 'pb-actions' },
      h('button', { type: 'submit', class: 'primary' }, o.initial ? 'Keep the changes' : 'Add this person'),
      o.onCancel && button('Cancel', o.onCancel),
    ),
  );
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
  refresh();
  return h(
    'section',
    { class: 'people-builder', 'aria-labelledby': 'pb-heading' },
    h('h2', { id: 'pb-heading' }, o.initial ? `Change ${o.initial.entry.name}` : 'A new person'),
    h(
      'div',
      { class: 'pb-preview' },
      h('h3', { id: 'pb-preview-heading' }, 'How they look in every mood'),
      description,
      moodsRow,
    ),
    form,
  );
}

function aboutFields(c: Controls): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Who they are'),
    field('pb-name', 'Full name', c.name),
    field('pb-short', 'Short name (optional, shown as the speaker)', c.short),
    field('pb-role', 'Role', c.role, 'For example: "a new resident" or "Mrs Ade\'s son".'),
    field('pb-age', 'Age', c.age),
    field('pb-about', 'About them (for your notes)', c.about),
    field('pb-id', 'Id in the ink', c.id, 'Used in tags such as # speaker: mrs-ade. Lower case, no spaces.'),
  );
}

function lookFields(c: Controls): HTMLElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'How they look'),
    PICKS.map((p) => field(`pb-${p.key}`, p.label, c.picks[p.key])),
    h('p', { class: 'pb-check' }, c.glasses, h('label', { for: 'pb-glasses' }, 'Glasses')),
    h(
      'fieldset',
      { class: 'pb-extras' },
      h('legend', {}, 'Extras'),
      extraOptions.map((x) =>
        h('p', { class: 'pb-check' }, c.extras[x]!, h('label', { for: `pb-extra-${x}` }, humanise(x))),
      ),
    ),
  );
}
