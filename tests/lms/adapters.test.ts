// The LMS adapters, without a browser: the resume state, the objectives per outcome, the SCORM tracker over a
// recording API (a refused commit is sent again, nothing claims a pass), the cmi5 tracker's order of statements,
// and the standard search for the SCORM API through parents and the opener.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeResume, encodeResume, saveFromResume, type ResumeState } from '../../src/lms/resume';
import { objectiveReports } from '../../src/lms/objectives';
import { scorm12Tracker, scorm2004Tracker } from '../../src/lms/scorm';
import { cmi5Tracker, type Cmi5Client } from '../../src/lms/cmi5';
import { findApi, type WindowLike } from '../../src/lms/discover';
import { isoDuration, scorm12Time } from '../../src/lms/time';
import { foldEvidence } from '../../src/scoring/evidence';
import { replay } from '../../src/story/save';
import { StoryRunner } from '../../src/story/runner';
import { freshStory, STORIES_DIR } from '../support/stories';

const FILE = join(STORIES_DIR, 'dads-not-going-anywhere.ink');

describe('the resume state', () => {
  it('round-trips, and refuses damaged text', () => {
    const r: ResumeState = {
      scenarioId: 'a-b',
      hash: 'abcd1234',
      seed: 99,
      path: [0, 2, 11],
      lines: 3,
      at: 'line',
    };
    expect(decodeResume(encodeResume(r))).toEqual(r);
    for (const bad of [
      '',
      'cc0|a|b|1|0|l|',
      'cc1|a|b|x|0|l|1',
      'cc1|a|b|1|0|q|1',
      'cc1|a|b|1|-1|l|1',
      'nonsense',
    ])
      expect(decodeResume(bad), bad).toBeNull();
  });

  it('rebuilds a save whose replay reaches the same story state as the play it came from', () => {
    const runner = new StoryRunner(freshStory(FILE), { seed: 7 });
    const path: number[] = [];
    for (let step = 0; path.length < 5 && step < 500; step += 1) {
      const beat = runner.next();
      if (beat.kind !== 'choices') continue;
      const position = path.length % beat.options.length;
      path.push(position);
      runner.choose(beat.options[position]!.index);
    }
    runner.next(); // one line past the last decision
    const save = saveFromResume(freshStory(FILE), {
      scenarioId: 'd',
      hash: '',
      seed: 7,
      path,
      lines: 1,
      at: 'line',
    });
    expect(save?.choiceLog).toEqual(runner.choiceLog);
    const back = replay(freshStory(FILE), save!.choiceLog, save!.linesSinceChoice, { seed: save!.seed });
    expect(back.divergence).toBeNull();
    expect(back.runner.inkState()).toBe(runner.inkState());
  });

  it('is null for a path the story cannot follow', () => {
    const r: ResumeState = { scenarioId: 'd', hash: '', seed: 1, path: [9], lines: 0, at: 'choices' };
    expect(saveFromResume(freshStory(FILE), r)).toBeNull();
  });
});

describe('objectives per outcome', () => {
  const meta = (outcome: string, value: number, critical = false) => ({
    rating: critical ? ('poor' as const) : ('best' as const),
    critical,
    scores: [{ outcome, value }],
    feedback: null,
  });
  it('gives the band and a scaled score, capped below "some evidence" by an unsafe choice', () => {
    const ranges = { '1.4a': { min: 0, max: 2 }, '1.4c': { min: 0, max: 2 }, '1.4d': { min: 0, max: 2 } };
    const evidence = foldEvidence(
      [
        { text: 'a', meta: meta('1.4a', 2) },
        { text: 'c', meta: meta('1.4c', 2) },
        { text: 'unsafe', meta: meta('1.4a', 0, true) },
      ] as never,
      ranges,
    );
    const reports = objectiveReports(evidence);
    expect(reports.map((r) => r.id)).toEqual([
      'outcome-1.4a',
      'outcome-1.4b',
      'outcome-1.4c',
      'outcome-1.4d',
    ]);
    const c = reports.find((r) => r.outcome === '1.4c')!;
    expect(c.percent).toBe(100);
    expect(c.band).toBe('practice');
    expect(c.capped).toBe(true);
    expect(c.scaled).toBeLessThan(0.4);
    expect(c.description).toMatch(/^1\.4c .*: Needs more practice \(an unsafe choice/);
  });
});

describe('time spent', () => {
  it('is written in each standard’s format', () => {
    expect(scorm12Time(3_723_450)).toBe('0001:02:03.45');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(0)).toBe('PT0S');
  });
});

function recordingApi12(refuse = 0) {
  const store: Record<string, string> = { 'cmi.core.entry': 'resume', 'cmi.suspend_data': 'kept' };
  const calls: string[] = [];
  let refusals = refuse;
  const api = {
    LMSInitialize: () => 'true',
    LMSGetValue: (k: string) => store[k] ?? '',
    LMSSetValue: (k: string, v: string) => {
      calls.push(`${k}=${v}`);
      store[k] = v;
      return 'true';
    },
    LMSCommit: () => (refusals-- > 0 ? 'false' : 'true'),
    LMSFinish: () => (calls.push('finish'), 'true'),
  };
  return { api, store, calls };
}

const ending = (objectives = objectiveReports(foldEvidence([], {}))) => ({
  scenarioId: 's',
  title: 'S',
  ending: 'e',
  objectives,
});

describe('the SCORM tracker', () => {
  it('resumes, keeps values through refused commits until one succeeds, and says so', async () => {
    const { api, store, calls } = recordingApi12(2);
    const timers: (() => void)[] = [];
    const t = scorm12Tracker(api, { later: (run) => void timers.push(run) });
    const told: string[] = [];
    t.onDelivery((d) => told.push(d));
    expect(await t.start()).toBe(true);
    expect(t.resumeData()).toBe('kept');
    t.progress('path-1');
    expect(told).toEqual(['waiting']);
    t.progress('path-2'); // the learner plays on
    timers.shift()!(); // the retry: the LMS now takes it
    expect(told).toEqual(['waiting', 'sent']);
    expect(store['cmi.suspend_data']).toBe('path-2');
    t.ending(ending(), 'path-3');
    t.terminate();
    t.terminate();
    expect(store['cmi.core.lesson_status']).toBe('completed');
    expect(store['cmi.objectives.3.id']).toBe('outcome-1.4d');
    expect(calls.filter((c) => c === 'finish')).toHaveLength(1);
    expect(calls.join('\n')).not.toMatch(/passed|failed|cmi\.core\.score|mastery/);
  });

  it('in SCORM 2004 leaves success unknown and reports completion', async () => {
    const store: Record<string, string> = {};
    const api = {
      Initialize: () => 'true',
      GetValue: (k: string) => store[k] ?? '',
      SetValue: (k: string, v: string) => ((store[k] = v), 'true'),
      Commit: () => 'true',
      Terminate: () => 'true',
    };
    const t = scorm2004Tracker(api);
    await t.start();
    expect(store['cmi.completion_status']).toBe('incomplete');
    t.ending(ending(), 'x');
    expect(store['cmi.completion_status']).toBe('completed');
    expect(store['cmi.success_status']).toBeUndefined();
    expect(store['cmi.objectives.0.success_status']).toBe('unknown');
    expect(Object.keys(store).some((k) => /^cmi\.score/.test(k))).toBe(false);
  });
});

describe('the cmi5 tracker', () => {
  it('sends the game’s statements in order after initialized, completed once, and terminated last on closing', async () => {
    const sent: string[] = [];
    const beacons: string[] = [];
    let fail = 1;
    const client: Cmi5Client = {
      initialize: async () => void sent.push('initialized'),
      complete: async () => void sent.push('completed'),
      terminate: async () => void sent.push('terminated'),
      sendXapiStatement: (async (s: { verb: { id: string } }) => {
        if (fail-- > 0) throw new Error('offline');
        sent.push(s.verb.id.split('/').pop()!);
      }) as never,
      getLaunchParameters: () => ({
        endpoint: 'https://lrs/x',
        actor: {},
        registration: 'r',
        activityId: 'urn:a',
      }),
      getLaunchData: () => ({ contextTemplate: {}, launchMode: 'Normal' }),
      getAuthToken: () => 't',
      getInitializedDate: () => new Date(0),
      xapi: {
        getState: async () => Promise.reject(new Error('404')),
        setState: async () => void sent.push('state'),
      },
    };
    const timers: (() => void)[] = [];
    const t = cmi5Tracker(client, {
      later: (run) => void timers.push(run),
      beacon: (url, _h, body) => void beacons.push(`${url} ${body.slice(0, 40)}`),
      id: () => 'id',
    });
    expect(await t.start()).toBe(true);
    t.decision({ scenarioId: 's', number: 1, situation: 'x', chosen: 'y', rating: 'best', critical: false });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(timers).toHaveLength(1); // the first send failed: held, not dropped
    timers.shift()!();
    t.ending(ending(), 'cc1|s|h|1|0|e|0');
    t.ending(ending(), 'cc1|s|h|1|0|e|0');
    await new Promise((r) => setTimeout(r, 10));
    // A second ending (a decision tried again) is reported too, but cmi5 allows one completed per registration.
    // The resume state waiting in the queue carries the newest value, so the second is not queued again.
    const one = ['scored', 'scored', 'scored', 'scored', 'experienced'];
    expect(sent).toEqual(['initialized', 'answered', ...one, 'state', 'completed', ...one]);
    t.terminate();
    expect(beacons.at(-1)).toMatch(/statements \[\{"id":"id"/);
    expect(beacons.at(-1)).not.toMatch(/passed|failed/);
  });
});

describe('finding the SCORM API', () => {
  it('walks up the parents, then the opener and its parents', () => {
    const api = { LMSInitialize: () => 'true' };
    const top: WindowLike & { API?: unknown } = { API: api };
    top.parent = top;
    const middle: WindowLike = { parent: top };
    const frame: WindowLike = { parent: middle };
    expect(findApi(frame, 'API')).toBe(api);
    expect(findApi(frame, 'API_1484_11')).toBeNull();
    const popup: WindowLike = { opener: frame };
    popup.parent = popup;
    expect(findApi(popup, 'API')).toBe(api);
  });
});
