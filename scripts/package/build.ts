// `npm run package`: from the production build in dist/, one package per scenario and one with all of them, for
// SCORM 1.2, SCORM 2004 (4th edition) and cmi5, as zip files in dist-lms/. See docs/lms.md.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readCatalogue } from './catalogue.ts';
import type { Standard } from './manifests.ts';
import { buildPackage, packageSpec, type GameFiles } from './zip.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const out = resolve(process.argv[3] ?? join(root, 'dist-lms'));
const STANDARDS: Standard[] = ['scorm12', 'scorm2004', 'cmi5'];

function readTree(dir: string, files: GameFiles = new Map(), base = dir): GameFiles {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(path, files, base);
    else files.set(relative(base, path).split(sep).join('/'), readFileSync(path));
  }
  return files;
}

const files = readTree(dist);
if (!files.has('index.html')) throw new Error(`${dist} has no index.html: run vite build first`);
const scenarios = readCatalogue(join(root, 'stories'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const sets = [{ id: 'all', list: scenarios }, ...scenarios.map((s) => ({ id: s.id, list: [s] }))];
for (const standard of STANDARDS) {
  for (const { id, list } of sets) {
    const zip = buildPackage(standard, packageSpec(id, list, files), files);
    const name = `care-conversations-${id}-${standard}.zip`;
    writeFileSync(join(out, name), zip);
    console.log(`${name}  ${(zip.length / 1024 / 1024).toFixed(2)} MB`);
  }
}
