// An LMS launch with no LMS to be found (opened outside the LMS, or the LMS's window went): the page says so in
// plain words and offers to play without saving, instead of a blank screen or a game that seems to record.
import { describe, expect, it } from 'vitest';
import { bootLms } from '../../src/app/lms';
import { lmsLaunch } from '../../src/app/mode';

describe('an LMS launch with no LMS', () => {
  it.each(['scorm12', 'scorm2004', 'cmi5'] as const)(
    '%s: says so and offers to play without saving',
    async (kind) => {
      const launch = lmsLaunch(`?lms=${kind}&scenario=nobody-to-ask`);
      expect(launch).toEqual({ kind, scenario: 'nobody-to-ask' });
      const root = document.createElement('div');
      document.body.replaceChildren(root);
      await bootLms(root, launch!, []);
      expect(root.querySelector('h1')?.textContent).toBe('Your learning system could not be found');
      const play = root.querySelector('button');
      expect(play?.textContent).toBe('Play without saving');
      expect(document.activeElement).toBe(play);
    },
  );

  it('plays without saving with no profiles, no other modes, and says where records go', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await bootLms(root, lmsLaunch('?lms=scorm2004')!, []);
    root.querySelector('button')!.click();
    await new Promise((r) => setTimeout(r, 20));
    // A package with every scenario opens on the list; no import of a trainer's file there.
    expect(document.body.dataset.view).toBe('picker');
    expect(document.body.textContent).not.toMatch(/Import a scenario file/);
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Back')!.click();
    await new Promise((r) => setTimeout(r, 20));
    const text = document.body.textContent ?? '';
    expect(document.body.dataset.view).toBe('title');
    expect(text).not.toMatch(/Playing as/);
    expect(text).not.toMatch(/presenter mode|Scenario workshop/);
    expect(text).not.toMatch(/Nothing you do here leaves this device/);
    expect(text).toMatch(/learning system/);
  });

  it('is not an LMS launch without a known standard', () => {
    expect(lmsLaunch('?lms=aicc')).toBeNull();
    expect(lmsLaunch('?mode=presenter')).toBeNull();
  });
});
