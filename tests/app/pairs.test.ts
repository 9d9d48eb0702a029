// Role-play in pairs and "your words first": the Controller walks a decision through the role card and the words
// step, keeps the learner's words and the partner's answer on the decision, and the debrief and the record carry
// them (never scored); a saved session keeps them through a reload, and a damaged one drops only them.
import { describe, expect, it } from 'vitest';
import { buildRecord, serialiseRecord } from '../../src/debrief/record';
import { parseRecordText } from '../../src/debrief/record-parse';
import { sessionSpec } from '../../src/state/session';
import { compiledScenario, setup, storyFile } from '../debrief/support';

const STORY = 'nothing-after-midnight';
const scenario = compiledScenario(storyFile(STORY), STORY);
const NOW = new Date('2026-11-25T13:00:00Z');

async function inPairs(wordsFirstPairs = true) {
  const s = setup(scenario);
  s.deps.settings.setState({ wordsFirstPairs, instantFeedback: false });
  await s.controller.start(STORY, { pairs: true });
  return s;
}

describe('pairs and your words first', () => {
  it('shows the role card, then the words step, then the options, and keeps the words with the choice', async () => {
    const { controller, session, toChoice } = await inPairs();
    expect(session().pairs).toBe(true);
    const card = toChoice();
    expect(card.kind === 'choices' && card.step).toBe('card');
    controller.choose(0); // not before the options show
    expect(session().decisions).toHaveLength(0);
    controller.partnerReady();
    const words = session().screen;
    expect(words.kind === 'choices' && words.step).toBe('words');
    controller.sayFirst('  I would sit down beside her and ask what is wrong.  ');
    const options = session().screen;
    expect(options.kind === 'choices' && options.step).toBeUndefined();
    expect(options.kind === 'choices' && options.said).toBe(
      'I would sit down beside her and ask what is wrong.',
    );
    controller.choose(1);
    const d = session().decisions[0]!;
    expect(d.said).toBe('I would sit down beside her and ask what is wrong.');
    // In pairs the feedback shows even with instant feedback off, so the partner can answer.
    expect(session().screen.kind).toBe('feedback');
    const last = session().transcript.at(-1);
    expect(last?.kind === 'choice' && last.said).toBe(d.said);
  });

  it('keeps the partner’s answer on the decision, and a second answer replaces the first', async () => {
    const { controller, session, toChoice } = await inPairs();
    toChoice();
    controller.partnerReady();
    controller.sayFirst(null);
    controller.choose(0);
    expect(session().decisions[0]!.said).toBeUndefined();
    controller.feel(0, 'upset');
    controller.feel(0, 'heard');
    expect(session().decisions[0]!.felt).toBe('heard');
  });

  it('goes from the card straight to the options when words first is off in pairs', async () => {
    const { controller, session, toChoice } = await inPairs(false);
    toChoice();
    controller.partnerReady();
    const s = session().screen;
    expect(s.kind === 'choices' && s.step).toBeUndefined();
  });

  it('alone: no card; the words step only when the learner turned it on', async () => {
    const off = setup(scenario);
    await off.controller.start(STORY);
    const plain = off.toChoice();
    expect(plain.kind === 'choices' && plain.step).toBeUndefined();

    const on = setup(scenario);
    on.deps.settings.setState({ wordsFirst: true });
    await on.controller.start(STORY);
    const w = on.toChoice();
    expect(w.kind === 'choices' && w.step).toBe('words');
    on.controller.partnerReady(); // no card to be ready for: nothing changes
    expect(on.session().screen).toBe(w);
  });

  it('puts the words and the answer in the debrief and on the record, and scores neither', async () => {
    const played = await inPairs();
    const plain = setup(scenario);
    await plain.controller.start(STORY);
    for (let i = 0; i < 3; i += 1) {
      played.toChoice();
      played.controller.partnerReady();
      played.controller.sayFirst(i === 1 ? '' : `<b>words ${i}</b>`);
      played.controller.choose(0);
      played.controller.feel(i, i === 2 ? 'skipped' : 'unsure');
      plain.toChoice();
      plain.controller.choose(0);
    }
    const d = played.debrief();
    expect(d.decisions.map((x) => x.said)).toEqual(['<b>words 0</b>', null, '<b>words 2</b>']);
    expect(d.decisions.map((x) => x.felt)).toEqual(['unsure', 'unsure', null]);
    expect(d.outcomes).toEqual(plain.debrief().outcomes);

    const record = buildRecord(d, { learner: '', reflections: [], now: NOW });
    expect(record.decisions[0]).toMatchObject({ said: '<b>words 0</b>', felt: 'unsure' });
    expect('said' in record.decisions[1]!).toBe(false);
    expect('felt' in record.decisions[2]!).toBe(false);
    const back = parseRecordText(serialiseRecord(record));
    expect(back.ok && back.record.decisions.map((x) => [x.said, x.felt])).toEqual([
      ['<b>words 0</b>', 'unsure'],
      [undefined, 'unsure'],
      ['<b>words 2</b>', undefined],
    ]);
  });

  it('rejects a record whose partner answer is not one of the answers', async () => {
    const played = await inPairs();
    played.toChoice();
    played.controller.partnerReady();
    played.controller.sayFirst('hello');
    played.controller.choose(0);
    const record = buildRecord(played.debrief(), { learner: '', reflections: [], now: NOW });
    const bad = JSON.parse(serialiseRecord(record));
    bad.decisions[0].felt = 'furious';
    expect(parseRecordText(JSON.stringify(bad)).ok).toBe(false);
  });

  it('keeps words and answers through a save, and drops only a damaged one', async () => {
    const played = await inPairs();
    played.toChoice();
    played.controller.partnerReady();
    played.controller.sayFirst('Hello, Mrs Kaur');
    played.controller.choose(0);
    played.controller.feel(0, 'heard');
    const session = played.session();
    const ok = sessionSpec.repair(JSON.parse(JSON.stringify({ session })));
    expect(ok?.session?.pairs).toBe(true);
    expect(ok?.session?.decisions[0]).toMatchObject({ said: 'Hello, Mrs Kaur', felt: 'heard' });
    const damaged = JSON.parse(JSON.stringify({ session }));
    damaged.session.decisions[0].said = 42;
    damaged.session.decisions[0].felt = 'furious';
    const repaired = sessionSpec.repair(damaged)?.session?.decisions[0];
    expect(repaired?.said).toBeUndefined();
    expect(repaired?.felt).toBeUndefined();
    expect(repaired?.chosen).toBe(0);
  });

  it('shows the card again when a decision is tried again in pairs', async () => {
    const { controller, session, toChoice } = await inPairs();
    toChoice();
    controller.partnerReady();
    controller.sayFirst('first go');
    controller.choose(0);
    expect(controller.retry(0)).toBe(true);
    const s = session().screen;
    expect(s.kind === 'choices' && s.step).toBe('card');
    expect(session().decisions).toHaveLength(0);
  });
});
