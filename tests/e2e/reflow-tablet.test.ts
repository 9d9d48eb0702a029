// Issue #27: a whole scenario at 768x1024 with the dyslexia font at 200% text: the page never scrolls sideways, no
// text is cut off, and Continue, every option and the stronger option can be reached (support/reflow-case.ts).
import { it } from 'vitest';
import { useBrowser } from './support/browser';
import { reflowCase } from './support/reflow-case';

const browser = useBrowser();

it('reflows a whole scenario at 768x1024 with the dyslexia font at 200%', () =>
  reflowCase(browser.open, { width: 768, height: 1024 }));
