// One package: the game's files and its manifest, zipped with fflate. The service worker stays out: in an LMS the
// game never registers one (the LMS serves the files, and keeps the records).
import { zipSync, strToU8 } from 'fflate';
import {
  COURSE_TITLE,
  MANIFESTS,
  scenarioDescription,
  type PackageSpec,
  type Standard,
} from './manifests.ts';
import type { PackageScenario } from './catalogue.ts';

export type GameFiles = Map<string, Uint8Array>;

const LEFT_OUT = [/^sw\.js(\.map)?$/, /^workbox-[^/]*\.js(\.map)?$/, /\.map$/];

export function packagedFiles(files: GameFiles): string[] {
  return [...files.keys()].filter((f) => !LEFT_OUT.some((re) => re.test(f))).sort();
}

/** cmi5 sends its records to the LRS the LMS names at launch, on another origin as often as not: the cmi5
 *  packages' index.html lets the game connect to any https address (nothing else in the policy changes). */
export function widenForCmi5(html: string): string {
  const policy = /connect-src (&#39;|')self(&#39;|')/;
  if (!policy.test(html)) throw new Error("index.html: no connect-src 'self' in its Content-Security-Policy");
  return html.replace(policy, (m) => `${m} https:`);
}

export function packageSpec(id: string, scenarios: PackageScenario[], files: GameFiles): PackageSpec {
  const one = scenarios.length === 1 ? scenarios[0]! : null;
  return {
    id,
    title: one ? `${COURSE_TITLE}: ${one.title}` : COURSE_TITLE,
    description: one
      ? scenarioDescription(one)
      : `Practise the conversations of working in partnership (Care Certificate Standard 1.4): ${scenarios
          .map((s) => s.title)
          .join('; ')}.`,
    scenarios,
    files: packagedFiles(files),
  };
}

export function buildPackage(standard: Standard, spec: PackageSpec, files: GameFiles): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of spec.files) {
    let data = files.get(f)!;
    if (standard === 'cmi5' && f === 'index.html') {
      data = strToU8(widenForCmi5(new TextDecoder().decode(data)));
    }
    entries[f] = data;
  }
  const manifest = MANIFESTS[standard];
  entries[manifest.file] = strToU8(manifest.build(spec));
  // Already-compressed files (sound, fonts) are stored, the rest deflated.
  return zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}
