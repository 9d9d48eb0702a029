// Issue #27: the same whole-scenario reflow check (support/reflow-case.ts) on a phone held sideways (740x360) and a
// tablet in landscape (1024x768), with the dyslexia font at 200% text: no sideways scroll, nothing cut off, and
// Continue, every option and the stronger option reachable at every step.
import { it } from 'vitest';
import { useBrowser } from './support/browser';
import { reflowCase } from './support/reflow-case';

const browser = useBrowser();

it('reflows a whole scenario at 740x360 (a phone on its side) with the dyslexia font at 200%', () =>
  reflowCase(browser.open, { width: 740, height: 360 }));

it('reflows a whole scenario at 1024x768 (a tablet in landscape) with the dyslexia font at 200%', () =>
  reflowCase(browser.open, { width: 1024, height: 768 }));
