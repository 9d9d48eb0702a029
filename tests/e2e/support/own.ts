// Steps shared by the browser tests of a trainer's own scenarios: a second profile, the picker, and importing a
// scenario file there.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export async function addProfile(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Playing as / }).click();
  await page.getByLabel('Add a profile').fill(name);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('body[data-view="title"]').waitFor();
  await expect
    .poll(() => page.getByRole('button', { name: new RegExp(`^Playing as ${name}`) }).count())
    .toBe(1);
}

export async function toPicker(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('body[data-view="picker"]').waitFor();
}

/** Chooses a file in the picker's "Import a scenario file" and waits for the game to say it was added. */
export async function importFile(page: Page, file: string | { name: string; buffer: Buffer }): Promise<void> {
  const input = page.getByLabel('Import a scenario file');
  await input.setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/json' });
  await expect.poll(() => page.locator('#notices').innerText()).toMatch(/is now in your scenarios/);
  await page.locator('.card.own').waitFor();
}
