// Everything a learner (or a file) brings in is shown as inert text, everywhere: a profile name, reflections and the
// name on the record, on screen, on the printed record (an A4 PDF read back) and in the exported file; and an
// imported record whose every free-text field (and its file name) carries markup and script. The payloads would set
// window.__pwned, open a dialog, or break the Content-Security-Policy if any of them ran or became an element; the
// test asserts none did, that no element or attribute came from them, and that each is shown word for word.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseRecordText } from '../../src/debrief/record-parse';
import { useBrowser } from './support/browser';
import { playOn, quicken } from './support/fast';

const browser = useBrowser();

/** Each would run script, load something, or make an element if it were treated as markup. */
const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `<svg onload="window.__pwned='svg'"><circle r=9></svg>`,
  `"><iframe srcdoc="<script>parent.__pwned='iframe'</script>">`,
  `<a href="javascript:window.__pwned='link'">click</a> <b>bold</b> &amp; &lt;`,
];
/** Fits the 40 characters of a name. */
const NAME = `<img src=x onerror=window.__pwned=1>`;

const BEFORE_SCRIPTS = `(() => {
  const v = [];
  Object.defineProperty(window, '__csp', { value: v });
  document.addEventListener('securitypolicyviolation', (e) => v.push(e.violatedDirective + ' ' + e.blockedURI));
})();`;

interface Harm {
  pwned: unknown;
  csp: string[];
  /** Elements or attributes that only a payload could have made. */
  made: string[];
}

async function harm(page: Page): Promise<Harm> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __csp: string[] };
    const made = [
      ...[
        ...document.querySelectorAll(
          'img, script:not([src]), iframe, object, embed, a[href^="javascript"], circle',
        ),
      ].map((e) => e.outerHTML.slice(0, 80)),
      ...[...document.querySelectorAll('*')]
        .filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
        .map((e) => e.outerHTML.slice(0, 80)),
      ...[...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold').map((e) => e.outerHTML),
    ];
    return { pwned: w.__pwned, csp: [...w.__csp], made };
  });
}

const clean: Harm = { pwned: undefined, csp: [], made: [] };

async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf, useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return parts.join(' ').replace(/\s+/g, ' ');
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('what a learner types is inert text everywhere', () => {
  it('reflections, the name on the record and a profile name: on screen, printed and exported; and an imported record', async () => {
    const game = await browser.open({
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
      acceptDownloads: true,
    });
    const { page } = game;
    await page.addInitScript({ content: BEFORE_SCRIPTS });
    await quicken(game);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await game.goto();

    // A profile named with markup: shown as text on the title and the profiles screen.
    await page.getByRole('button', { name: /^Playing as/ }).click();
    await page.getByLabel('Add a profile').fill(NAME);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('body[data-view="title"]').waitFor();
    const profileName = NAME.slice(0, 20);
    expect(await page.getByRole('button', { name: `Playing as ${profileName}: change` }).count()).toBe(1);
    await page.getByRole('button', { name: /^Playing as/ }).click();
    await page.locator('body[data-view="profiles"]').waitFor();
    expect(await page.locator('#app').innerText()).toContain(profileName);
    expect(await harm(page)).toEqual(clean);
    await page.keyboard.press('Escape');

    // A scenario played to its end, then the debrief's reflections and the record's name.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Play Nothing after midnight', exact: true }).click();
    await page.getByRole('button', { name: 'Start the scenario', exact: true }).click();
    await page.locator('body[data-view="play"]').waitFor();
    expect((await playOn(page, () => false)).kind).toBe('ending');
    await page.getByRole('button', { name: 'See your debrief', exact: true }).click();
    await page.locator('body[data-view="debrief"]').waitFor();
    const reflections = [PAYLOADS.slice(0, 2).join('\n'), PAYLOADS.slice(2, 4).join('\n'), PAYLOADS[4]!];
    for (const [i, text] of reflections.entries()) {
      await page.locator(`#reflection-${i + 1}`).fill(text);
      await page.locator(`#reflection-${i + 1}`).blur();
    }
    await page.getByRole('button', { name: 'Open your practice record', exact: true }).click();
    await page.locator('body[data-view="record"]').waitFor();
    await page.locator('#learner-name').fill(NAME);
    await page.locator('#learner-name').blur();
    const sheet = await page.locator('.record-sheet').innerText();
    expect(sheet).toContain(NAME);
    for (const r of reflections) for (const line of r.split('\n')) expect(sheet).toContain(line);
    expect(await harm(page)).toEqual(clean);

    // Printed: the PDF holds the words as written.
    const printed = await pdfText(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
    expect(printed).toContain(fold(NAME));
    for (const p of PAYLOADS) expect(printed).toContain(fold(p));

    // Exported: the file holds them exactly, as JSON strings, and reads back the same.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the record as a file', exact: true }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const parsed = parseRecordText(exported);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record.learner).toBe(NAME);
    expect(parsed.record.reflections.map((r) => r.answer)).toEqual(reflections);
    expect(await harm(page)).toEqual(clean);

    // Imported: a record with markup and script in every free-text field, from a file whose name is markup too.
    const hostile = structuredClone(parsed.record);
    let n = 0;
    const next = () => PAYLOADS[n++ % PAYLOADS.length]!;
    hostile.learner = NAME;
    hostile.scenario.title = next();
    for (const d of hostile.decisions) {
      d.situation = next();
      d.chosen.text = next();
      d.chosen.feedback = next();
      if (d.better) d.better = { ...d.better, text: next(), feedback: next() };
    }
    for (const o of hostile.outcomes) o.critical = [next()];
    hostile.trust = hostile.trust.map((t) => ({ ...t, name: next() }));
    hostile.reflections = hostile.reflections.map(() => ({ prompt: next(), answer: next() }));
    hostile.statement = next();
    const fileName = `<img src=x onerror=window.__pwned=2>.json`;
    expect(parseRecordText(JSON.stringify(hostile)).ok).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('body[data-view="debrief"]').waitFor();
    await page.getByRole('button', { name: 'Your progress', exact: true }).click();
    await page.locator('body[data-view="progress"]').waitFor();
    await page.locator('#import-file').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hostile)),
    });
    await page.locator('body[data-view="imported-record"]').waitFor();
    const shown = await page.locator('#app').innerText();
    expect(shown).toContain(fileName);
    expect(shown).toContain(NAME);
    for (const p of PAYLOADS) for (const line of p.split('\n')) expect(shown).toContain(line);
    expect(await harm(page)).toEqual(clean);
    // Printed from the imported record, too.
    const printedImport = await pdfText(
      new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })),
    );
    for (const p of PAYLOADS) expect(printedImport).toContain(fold(p));

    expect(await harm(page)).toEqual(clean);
    expect(dialogs).toBe(0);
  });
});
