// Checks the cast registry's entries: the fields the engine and the artists rely on.

import type { StoryData } from '../ink/registries.ts';
import { validateLook } from '../../src/stage/art/look.ts';

const ID = /^[a-z0-9_]+$/;

export function castProblems(data: StoryData): string[] {
  const out: string[] = [];
  for (const [id, c] of Object.entries(data.cast)) {
    if (id === 'you') out.push('"you" is reserved for the learner and cannot be a cast id');
    if (!ID.test(id)) out.push(`cast id "${id}" must be lower case a-z, 0-9 and _`);
    if (typeof c.name !== 'string' || c.name.trim() === '') out.push(`${id}: needs a name`);
    if (!Number.isInteger(c.age) || c.age < 1 || c.age > 120) out.push(`${id}: age must be a whole number`);
    if (typeof c.role !== 'string' || c.role.trim() === '') out.push(`${id}: needs a role`);
    if (typeof c.about !== 'string' || c.about.trim() === '') out.push(`${id}: needs a one-line "about"`);
    if (typeof c.look !== 'object' || c.look === null) out.push(`${id}: needs a "look"`);
    else for (const p of validateLook(c.look)) out.push(`${id}: look: ${p}`);
  }
  return out;
}

/**
 * Ids given twice in the registry's text. JSON.parse keeps the last one silently, so two writers who each add a
 * "daniel" would see one of them drawn and named as the other: read the top-level keys from the text itself.
 */
export function duplicateCastIds(text: string): string[] {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/^ {2}"([^"]+)"\s*:/gm)) seen.set(m[1]!, (seen.get(m[1]!) ?? 0) + 1);
  return [...seen]
    .filter(([, n]) => n > 1)
    .map(([id, n]) => `cast id "${id}" is given ${n} times: each person needs an id of their own`);
}
