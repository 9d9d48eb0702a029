// The workshop's pure parts: tag completion, the knot picker, the draft kept on the device, the debounced checking
// that never shows an old result, the starter template (it must pass the checker) and the preview's scenario.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkSource } from '../../tools/checker/check-source';
import { loadStoryData, registriesFrom } from '../../tools/ink/registries';
import type { CheckReply, CheckRequest } from '../../src/workshop/check-worker';
import { createChecking, type CheckPort } from '../../src/workshop/checking';
import { draftSpec, loadDraft, newDraft, saveDraft, titleFromInk } from '../../src/workshop/drafts';
import { globalTagsOf, knotsOf } from '../../src/workshop/knots';
import { hashText, previewCard, previewScenario, PREVIEW_ID } from '../../src/workshop/preview-scenario';
import { placeOf, tagCompletion } from '../../src/workshop/tag-completion';
import { STARTER_TEMPLATE } from '../../src/workshop/template';
import { vocabularyFor } from '../../src/workshop/vocabulary';
import { PREFIX, type StorageLike } from '../../src/state/persist';

const vocab = vocabularyFor({ cast: { gran: {} as never } });
const labels = (line: string, atTop = false) => {
  const found = tagCompletion(line, placeOf(line, atTop), vocab);
  return found ? found.options.map((o) => o.label) : null;
};

describe('tag completion', () => {
  it('offers the keys that fit where the tag sits', () => {
    expect(labels('# ', true)).toContain('outcomes');
    expect(labels('# ', true)).not.toContain('speaker');
    expect(labels('Hello. # sp')).toContain('speaker');
    expect(labels('Hello. # sp')).not.toContain('rating');
    const choice = labels('* [Ask her # ra');
    expect(choice).toContain('rating');
    expect(choice).toContain('feedback');
    expect(choice).not.toContain('speaker');
    // After the closing bracket, the tag belongs to the line again.
    expect(labels('* [Ask her] # ')).toContain('speaker');
    expect(labels('Hello. no tag here')).toBeNull();
  });

  it('offers the ids each key takes, from the registries and the draft', () => {
    expect(labels('Hi. # speaker: ')).toEqual(expect.arrayContaining(['you', 'francis', 'gran']));
    expect(labels('Hi. # mood: ')).toContain('worried');
    expect(labels('Hi. # mood: kaur ')).toEqual(vocab.moods);
    expect(labels('Hi. # location: ')).toContain('lounge');
    expect(labels('Hi. # sfx: ')).toEqual(vocab.sfx);
    expect(labels('Hi. # sfx: ')).not.toContain('lounge'); // an ambience, not a one-shot sound
    expect(labels('Hi. # ambience: ')).toEqual(['none', ...vocab.ambience]);
    expect(labels('* [Ask # score: ')).toEqual(['1.4a', '1.4b', '1.4c', '1.4d']);
    expect(labels('* [Ask # score: 1.4b ')).toContain('+2');
    expect(labels('* [Ask # rating: ')).toEqual(['best', 'ok', 'poor', 'none']);
    expect(labels('Hi. # note: ')).toBeNull();
  });

  it('replaces only the word being typed, and completes a key with its colon', () => {
    const line = 'Hi. # speaker: fra';
    const found = tagCompletion(line, 'line', vocab)!;
    expect(line.slice(found.from)).toBe('fra');
    const key = tagCompletion('Hi. # mo', 'line', vocab)!;
    expect(key.options.find((o) => o.label === 'mood')?.apply).toBe('mood: ');
    expect(tagCompletion('Hi. # pa', 'line', vocab)!.options.find((o) => o.label === 'pause')?.apply).toBe(
      'pause',
    );
  });
});

describe('the knot picker', () => {
  it('lists knots and stitches in order, leaving out functions', () => {
    const ink = '-> a\n=== a ===\nHi\n= first\nx\n== function f(x) ==\n~ return x\n=== b\n= second\n';
    expect(knotsOf(ink)).toEqual(['a', 'a.first', 'b', 'b.second']);
  });

  it('reads the global tags at the top only', () => {
    expect(globalTagsOf('// c\n# title: T\n# outcomes: 1.4a # cast: kaur\n-> a\n# not: global')).toEqual([
      'title: T',
      'outcomes: 1.4a',
      'cast: kaur',
    ]);
  });
});

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe("the draft's title", () => {
  it("follows the story's global title tag, and is empty until there is one", () => {
    expect(titleFromInk('# title: The cup of tea\n# outcomes: 1.4b\n-> visit')).toBe('The cup of tea');
    expect(titleFromInk("// a note\n# outcomes: 1.4b # title: Mum's tablets\n-> a")).toBe("Mum's tablets");
    // A title tag further down belongs to a line, not to the story.
    expect(titleFromInk('-> a\n=== a ===\nHello # title: not this')).toBeNull();
    expect(newDraft('# title: Tea\n-> END').title).toBe('Tea');
    expect(newDraft('-> END').title).toBe('');
  });
});

describe('the draft kept on the device', () => {
  it('is saved and loaded back whole', () => {
    const storage = memoryStorage();
    const draft = { ...newDraft('=== a ===\nHi\n-> END'), title: 'Mine' };
    expect(saveDraft(storage, draft)).toBe('ok');
    expect(storage.data.has(`${PREFIX}${draftSpec.key}`)).toBe(true);
    expect(loadDraft(storage, () => undefined)).toEqual(draft);
  });

  it('keeps only people who pass the file checks: a look pointing at an address is dropped, the text kept', () => {
    const stored = {
      ...newDraft('# title: Tea\n-> END'),
      cast: { okafor: { name: 'Mr Okafor', look: { skin: 'https://elsewhere.example/x.svg' } } },
    };
    const repaired = draftSpec.repair(stored)!;
    expect(repaired.cast).toEqual({});
    expect(repaired.ink).toBe('# title: Tea\n-> END');
  });

  it('is null when there is none, and damaged data is set aside with a notice', () => {
    const storage = memoryStorage();
    expect(loadDraft(storage, () => undefined)).toBeNull();
    storage.setItem(`${PREFIX}${draftSpec.key}`, JSON.stringify({ version: 1, data: { ink: 42 } }));
    const told: string[] = [];
    expect(loadDraft(storage, (n) => told.push(n.message))).toBeNull();
    expect(told).toHaveLength(1);
    expect([...storage.data.keys()].some((k) => k.includes('backup:workshop-draft'))).toBe(true);
  });
});

describe('checking as the trainer types', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function fakePort() {
    const sent: CheckRequest[] = [];
    let listener: (r: CheckReply) => void = () => undefined;
    const port: CheckPort = {
      post: (r) => void sent.push(r),
      listen: (l) => void (listener = l),
      close: () => undefined,
    };
    const reply = (r: CheckRequest, errors = 0): void =>
      listener({
        seq: r.seq,
        ms: 1,
        check: {
          diagnostics: Array.from({ length: errors }, () => ({
            line: 1,
            severity: 'error' as const,
            message: 'x',
          })),
          figures: null,
          compiled: null,
        },
      });
    return { port, sent, reply };
  }

  it('waits for a pause in typing, then checks only the newest text', () => {
    const { port, sent } = fakePort();
    const checking = createChecking(port, () => undefined, 250);
    for (const ink of ['a', 'ab', 'abc']) {
      checking.changed(newDraft(ink));
      vi.advanceTimersByTime(100);
    }
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(250);
    expect(sent.map((r) => r.draft.ink)).toEqual(['abc']);
  });

  it('drops a reply once a newer change has been made', () => {
    const { port, sent, reply } = fakePort();
    const shown: number[] = [];
    const checking = createChecking(port, (r) => shown.push(r.seq), 250);
    checking.now(newDraft('old'));
    checking.changed(newDraft('new'));
    reply(sent[0]!); // the old check finishes after the trainer typed again
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(250);
    reply(sent[1]!);
    expect(shown).toEqual([sent[1]!.seq]);
    expect(checking.latest()?.seq).toBe(sent[1]!.seq);
  });

  it('settles on the check of the text as it is now', async () => {
    const { port, sent, reply } = fakePort();
    const checking = createChecking(port, () => undefined, 250);
    checking.changed(newDraft('typed'));
    const settled = checking.settled(newDraft('typed'));
    expect(sent).toHaveLength(1); // asked at once, not after the pause
    reply(sent[0]!, 2);
    const r = await settled;
    expect(r.check.diagnostics).toHaveLength(2);
    await expect(checking.settled(newDraft('typed'))).resolves.toBe(r);
  });
});

describe('the starter template', () => {
  const registries = registriesFrom(loadStoryData('stories'));

  it('passes the checker with no errors, and can be previewed', () => {
    const check = checkSource(STARTER_TEMPLATE, registries, { bar: 'advice' });
    expect(check.diagnostics.filter((d) => d.severity !== 'advice')).toEqual([]);
    expect(check.figures?.decisions).toEqual({ min: 2, max: 2 });
    expect(check.figures?.endings).toBe(3);
    const scenario = previewScenario(STARTER_TEMPLATE, check.compiled!);
    expect(scenario.id).toBe(PREVIEW_ID);
    expect(scenario.meta.title).toBe("A change in Mum's tablets");
    expect(scenario.meta.outcomes).toEqual(['1.4b', '1.4c', '1.4d']);
    expect(scenario.hash).toBe(hashText(check.compiled!.json));
    expect(previewCard(scenario).title).toBe(scenario.meta.title);
  });

  it('with a mistake, the checker blocks it on the right line', () => {
    const broken = STARTER_TEMPLATE.replace('# rating: ok', '# rating: fine');
    const line = broken.split('\n').findIndex((l) => l.includes('rating: fine')) + 1;
    const check = checkSource(broken, registries, { bar: 'advice' });
    const errors = check.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((e) => e.line)).toContain(line);
    expect(check.compiled).toBeNull();
  });
});
