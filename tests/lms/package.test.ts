// The packager (scripts/package): each package unzips (fflate) to the game's files and a manifest that passes our
// schemas (scripts/package/schemas: structural subsets written for this project, as the official XSDs cannot be
// obtained offline), launches each scenario in LMS mode, takes its titles and descriptions from the stories' global
// tags, leaves the service worker out, and never declares a mastery score or anything to pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { readCatalogue } from '../../scripts/package/catalogue';
import { launchUrl, type Standard } from '../../scripts/package/manifests';
import { buildPackage, packageSpec, type GameFiles } from '../../scripts/package/zip';
import { CONTENT_SECURITY_POLICY } from '../../tools/csp';
import { STORIES_DIR } from '../support/stories';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'scripts', 'package', 'schemas');
const SCHEMA: Record<Standard, string> = {
  scorm12: 'scorm12-manifest.xsd',
  scorm2004: 'scorm2004-manifest.xsd',
  cmi5: 'cmi5-course-structure.xsd',
};
const MANIFEST: Record<Standard, string> = {
  scorm12: 'imsmanifest.xml',
  scorm2004: 'imsmanifest.xml',
  cmi5: 'cmi5.xml',
};

const policy = CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;');
const files: GameFiles = new Map([
  [
    'index.html',
    strToU8(`<html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head></html>`),
  ],
  ['assets/index-abc.js', strToU8('console.log(1)')],
  ['assets/voice & tone.ogg', new Uint8Array([1, 2, 3])],
  ['sw.js', strToU8('self')],
  ['workbox-123.js', strToU8('wb')],
]);
const catalogue = readCatalogue(STORIES_DIR);

describe.each(['scorm12', 'scorm2004', 'cmi5'] as const)('a %s package', (standard) => {
  it('holds the game and a manifest that passes the schema, with every scenario launched in LMS mode', async () => {
    const zip = unzipSync(buildPackage(standard, packageSpec('all', catalogue, files), files));
    expect(Object.keys(zip).sort()).toEqual(
      ['assets/index-abc.js', 'assets/voice & tone.ogg', 'index.html', MANIFEST[standard]].sort(),
    );
    const manifest = strFromU8(zip[MANIFEST[standard]]!);
    const result = await validateXML({
      xml: [{ fileName: MANIFEST[standard], contents: manifest }],
      schema: [readFileSync(join(SCHEMAS, SCHEMA[standard]), 'utf8')],
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    for (const s of catalogue) {
      expect(manifest).toContain(launchUrl(standard, s.id).replace(/&/g, '&amp;'));
      expect(manifest).toContain(s.title.replace(/&/g, '&amp;').replace(/'/g, '&apos;'));
    }
    expect(manifest).not.toMatch(/mastery|passed|failed|minNormalizedMeasure|satisfiedByMeasure/i);
    if (standard !== 'cmi5') expect(manifest).toContain('<file href="assets/voice &amp; tone.ogg"/>');
    const html = strFromU8(zip['index.html']!);
    // Only cmi5 talks to another server (the LRS the LMS names): only its page may connect to https addresses.
    expect(html.includes('connect-src &#39;self&#39; https:')).toBe(standard === 'cmi5');
  });

  it('for one scenario, takes the title and description from the story', () => {
    const one = catalogue.find((s) => s.id === 'nobody-to-ask')!;
    const zip = unzipSync(buildPackage(standard, packageSpec(one.id, [one], files), files));
    const manifest = strFromU8(zip[MANIFEST[standard]]!);
    expect(manifest).toContain(`Care Conversations: ${one.title}`);
    expect(manifest).toContain('A care home in Derby.');
    expect(manifest.match(/index\.html\?lms=/g)).toHaveLength(1);
  });
});

describe('the schemas', () => {
  it('refuse a mastery score', async () => {
    const one = catalogue[0]!;
    const zip = unzipSync(buildPackage('cmi5', packageSpec(one.id, [one], files), files));
    const manifest = strFromU8(zip['cmi5.xml']!).replace(
      'moveOn="Completed"',
      'moveOn="Passed" masteryScore="0.8"',
    );
    const result = await validateXML({
      xml: [{ fileName: 'cmi5.xml', contents: manifest }],
      schema: [readFileSync(join(SCHEMAS, SCHEMA.cmi5), 'utf8')],
    });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(/masteryScore|Passed/);
  });
});
