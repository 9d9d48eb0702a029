// The character builder in happy-dom: every control is labelled, the preview shows every mood and follows the
// choices, the person is told in words, typed text stays text, and the result is a cast entry the scenario file
// accepts.
import { afterEach, describe, expect, it } from 'vitest';
import { moodIds } from '../../src/stage/art';
import { builtInCast } from '../../src/story/registries';
import { draftFromFile, draftToFile } from '../../src/workshop/draft';
import { peopleBuilder, type BuiltPerson } from '../../src/ui/workshop/people-builder';

afterEach(() => document.body.replaceChildren());

function mount(taken = new Set<string>()) {
  const done: BuiltPerson[] = [];
  const el = peopleBuilder({ taken, onDone: (p) => done.push(p) });
  document.body.append(el);
  const $ = <T extends Element>(sel: string) => el.querySelector<T>(sel)!;
  const type = (id: string, value: string) => {
    const input = $<HTMLInputElement>(`#${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const pick = (id: string, value: string) => {
    const s = $<HTMLSelectElement>(`#${id}`);
    s.value = value;
    s.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const submit = () => $<HTMLFormElement>('form').requestSubmit();
  return { el, $, type, pick, submit, done };
}

describe('the character builder', () => {
  it('labels every control, so each can be reached and named by keyboard and screen reader', () => {
    const { el } = mount();
    const controls = el.querySelectorAll('input, select, textarea');
    expect(controls.length).toBeGreaterThan(15);
    for (const c of controls)
      expect(el.querySelector(`label[for="${c.id}"]`)?.textContent?.trim()).toBeTruthy();
  });

  it('previews the person in every mood, and the preview and the words follow the choices', () => {
    const { el, $, pick } = mount();
    const figures = [...el.querySelectorAll('.pb-mood')];
    expect(figures.map((f) => f.querySelector('figcaption')!.textContent!.toLowerCase())).toEqual([
      ...moodIds,
    ]);
    // The words match the controls as first shown (the defaults: light skin, short brown hair, a teal jumper).
    expect($('#pb-description').textContent).toBe(
      'This person, 45. Light skin, short brown hair, a teal jumper.',
    );
    expect($<HTMLSelectElement>('#pb-clothing').value).toBe('jumper');
    const before = figures[0]!.querySelector('img')!.getAttribute('src');
    expect(before).toMatch(/^data:image\/svg\+xml/);
    pick('pb-skin', 'deep');
    pick('pb-headwear', 'hijab');
    const after = el.querySelector('.pb-mood img')!.getAttribute('src');
    expect(after).not.toBe(before);
    expect($('#pb-description').textContent).toMatch(/Deep skin, a hijab/);
  });

  it('keeps typed text as text', () => {
    const { el, $, type } = mount();
    type('pb-name', '<img src=x onerror=alert(1)>Amy');
    expect($('#pb-description').textContent).toContain('<img src=x onerror=alert(1)>Amy');
    expect(el.querySelectorAll('img').length).toBe(moodIds.length);
  });

  it('says what is missing, refuses a taken id, and returns a cast entry the scenario file accepts', () => {
    const { $, type, pick, submit, done } = mount(new Set(['amy']));
    submit();
    expect($('.pb-problems').textContent).toMatch(/id must be lower case.*Give the person a name/);
    type('pb-id', Object.keys(builtInCast)[0]!);
    type('pb-name', 'Amy Clarke');
    type('pb-role', 'night nurse');
    submit();
    expect($('.pb-problems').textContent).toMatch(/already used/);
    type('pb-id', 'amy');
    submit();
    expect($('.pb-problems').textContent).toMatch(/already used/);
    type('pb-id', 'nurse-amy');
    type('pb-age', '34');
    pick('pb-hair', 'braids');
    $<HTMLInputElement>('#pb-glasses').click();
    $<HTMLInputElement>('#pb-extra-lanyard').click();
    submit();
    expect(done).toHaveLength(1);
    const { id, entry } = done[0]!;
    expect(id).toBe('nurse-amy');
    expect(entry).toMatchObject({ name: 'Amy Clarke', age: 34, role: 'night nurse' });
    expect(entry.look).toMatchObject({ hair: 'braids', glasses: true, extras: ['lanyard'] });
    const file = draftToFile({
      id: 'x',
      title: 'X',
      ink: '',
      cast: { [id]: entry },
      glossary: [],
      updatedAt: new Date(0).toISOString(),
    });
    expect(draftFromFile(file)).not.toHaveProperty('error');
  });
});
