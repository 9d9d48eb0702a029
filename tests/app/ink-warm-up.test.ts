// The ink warm-up's tiny story still plays through on the ink runtime the game ships (it is compiled JSON kept in
// the source, so an inkjs upgrade that could not read it would otherwise only show as a slower first scenario).
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { warmUpInk } from '../../src/app/ink-warm-up';

describe('the ink warm-up', () => {
  it('plays its tiny story to the end on the runtime the game uses', async () => {
    expect(await warmUpInk(Story)).toBe(true);
  });

  it('never throws, even on a runtime that cannot read the story', async () => {
    const Broken = function () {
      throw new Error('cannot read');
    } as unknown as typeof Story;
    expect(await warmUpInk(Broken)).toBe(false);
  });
});
