// The manifests an LMS reads when a package is uploaded: imsmanifest.xml for SCORM 1.2 and SCORM 2004 (4th
// edition), cmi5.xml for cmi5. Each scenario is its own item (a SCO, or a cmi5 AU) launching the game at that
// scenario. None declares a mastery score or anything to pass: the game is rehearsal, and reports completion only.
import type { PackageScenario } from './catalogue.ts';

export type Standard = 'scorm12' | 'scorm2004' | 'cmi5';

export interface PackageSpec {
  /** `all`, or the scenario's id. */
  id: string;
  title: string;
  description: string;
  scenarios: PackageScenario[];
  /** Every file the package holds, relative to its root (the manifest lists them for SCORM). */
  files: string[];
}

export const COURSE_TITLE = 'Care Conversations';

export function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function launchUrl(standard: Standard, scenarioId: string): string {
  return `index.html?lms=${standard}&scenario=${encodeURIComponent(scenarioId)}`;
}

/** XML ids (NCName): letters, digits, dashes, dots; starting with a letter. */
const ncname = (s: string) => s.replace(/[^A-Za-z0-9.-]/g, '-');

/** A description for the LMS's catalogue: the story's summary, its length and the outcomes it covers. */
export function scenarioDescription(s: PackageScenario): string {
  const length = s.minutes ? ` About ${s.minutes} minutes.` : '';
  const outcomes = s.outcomes.length ? ` Care Certificate Standard ${s.outcomes.join(', ')}.` : '';
  return `${s.description}${length}${outcomes}`.trim();
}

function fileList(files: string[], indent: string): string {
  return files.map((f) => `${indent}<file href="${xml(f)}"/>`).join('\n');
}

/** One SCO a scenario, each launching the game at its own address and depending on the game's files. SCORM 1.2
 *  spells the attribute `scormtype`, SCORM 2004 `scormType`. */
function scoResources(p: PackageSpec, kind: 'scorm12' | 'scorm2004'): string {
  const attr = kind === 'scorm12' ? 'adlcp:scormtype' : 'adlcp:scormType';
  return p.scenarios
    .map(
      (
        s,
      ) => `    <resource identifier="sco-${ncname(s.id)}" type="webcontent" ${attr}="sco" href="${xml(launchUrl(kind, s.id))}">
      <file href="index.html"/>
      <dependency identifierref="game-files"/>
    </resource>`,
    )
    .join('\n');
}

export function scorm12Manifest(p: PackageSpec): string {
  const items = p.scenarios
    .map(
      (
        s,
      ) => `      <item identifier="item-${ncname(s.id)}" identifierref="sco-${ncname(s.id)}" isvisible="true">
        <title>${xml(s.title)}</title>
      </item>`,
    )
    .join('\n');
  const resources = scoResources(p, 'scorm12');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="care-conversations-${ncname(p.id)}-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="en-GB">${xml(p.title)}</imsmd:langstring></imsmd:title>
        <imsmd:description><imsmd:langstring xml:lang="en-GB">${xml(p.description)}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="care-conversations">
    <organization identifier="care-conversations">
      <title>${xml(p.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="game-files" type="webcontent" adlcp:scormtype="asset">
${fileList(p.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(p: PackageSpec): string {
  const items = p.scenarios
    .map(
      (
        s,
      ) => `      <item identifier="item-${ncname(s.id)}" identifierref="sco-${ncname(s.id)}" isvisible="true">
        <title>${xml(s.title)}</title>
        <imsss:sequencing>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>`,
    )
    .join('\n');
  const resources = scoResources(p, 'scorm2004');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="care-conversations-${ncname(p.id)}-scorm2004" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title><lom:string language="en-GB">${xml(p.title)}</lom:string></lom:title>
        <lom:description><lom:string language="en-GB">${xml(p.description)}</lom:string></lom:description>
      </lom:general>
    </lom:lom>
  </metadata>
  <organizations default="care-conversations">
    <organization identifier="care-conversations">
      <title>${xml(p.title)}</title>
${items}
    </organization>
  </organizations>
  <resources>
${resources}
    <resource identifier="game-files" type="webcontent" adlcp:scormType="asset">
${fileList(p.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function cmi5Xml(p: PackageSpec): string {
  const aus = p.scenarios
    .map(
      (s) => `  <au id="urn:care-conversations:au:${xml(s.id)}" moveOn="Completed" launchMethod="AnyWindow">
    <title><langstring lang="en-GB">${xml(s.title)}</langstring></title>
    <description><langstring lang="en-GB">${xml(scenarioDescription(s))}</langstring></description>
    <url>${xml(launchUrl('cmi5', s.id))}</url>
  </au>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="urn:care-conversations:course:${xml(p.id)}">
    <title><langstring lang="en-GB">${xml(p.title)}</langstring></title>
    <description><langstring lang="en-GB">${xml(p.description)}</langstring></description>
  </course>
${aus}
</courseStructure>
`;
}

export const MANIFESTS: Record<Standard, { file: string; build: (p: PackageSpec) => string }> = {
  scorm12: { file: 'imsmanifest.xml', build: scorm12Manifest },
  scorm2004: { file: 'imsmanifest.xml', build: scorm2004Manifest },
  cmi5: { file: 'cmi5.xml', build: cmi5Xml },
};
