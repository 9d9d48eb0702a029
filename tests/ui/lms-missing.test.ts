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

  it('is not an LMS launch without a known standard', () => {
    expect(lmsLaunch('?lms=aicc')).toBeNull();
    expect(lmsLaunch('?mode=presenter')).toBeNull();
  });
});
