// Contact sheets of the project's art, so people and rooms can be looked at, not just tested.
// Usage: npx tsx scripts/preview-art.ts OUTDIR   (writes HTML pages and, with Chromium installed, PNGs)

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import cast from '../stories/cast.json';
import {
  backdropSvg,
  characterSvg,
  locationIds,
  moodIds,
  toLook,
  validateLook,
} from '../src/stage/art/index';
import type { Look } from '../src/stage/art/index';

interface Sitter {
  label: string;
  age: number;
  look: Look;
}

const sitters: Sitter[] = [
  {
    label: 'Punjabi woman, 82, dupatta, hearing aid',
    age: 82,
    look: {
      skin: 'tan',
      hair: 'bun',
      hairColour: 'grey',
      facialHair: 'none',
      glasses: false,
      headwear: 'dupatta',
      clothing: 'kameez',
      colour: 'maroon',
      extras: ['hearing-aid', 'earrings'],
    },
  },
  {
    label: 'Welsh man, 79, glasses, cardigan',
    age: 79,
    look: {
      skin: 'fair',
      hair: 'receding',
      hairColour: 'white',
      facialHair: 'none',
      glasses: true,
      headwear: 'none',
      clothing: 'cardigan',
      colour: 'green',
      extras: ['walking-stick'],
    },
  },
  {
    label: 'Gujarati woman, 88',
    age: 88,
    look: {
      skin: 'brown',
      hair: 'bun',
      hairColour: 'white',
      facialHair: 'none',
      glasses: true,
      headwear: 'none',
      clothing: 'kameez',
      colour: 'teal',
      extras: ['necklace', 'earrings'],
    },
  },
  {
    label: 'Black British care worker, tunic',
    age: 34,
    look: {
      skin: 'deep',
      hair: 'braids',
      hairColour: 'black',
      facialHair: 'none',
      glasses: false,
      headwear: 'none',
      clothing: 'tunic',
      colour: 'navy',
      extras: ['lanyard'],
    },
  },
  {
    label: 'Young man, hoodie',
    age: 19,
    look: {
      skin: 'light',
      hair: 'cropped',
      hairColour: 'dark-brown',
      facialHair: 'stubble',
      glasses: false,
      headwear: 'none',
      clothing: 'hoodie',
      colour: 'grey',
      extras: [],
    },
  },
  {
    label: 'Woman in hijab, tunic',
    age: 27,
    look: {
      skin: 'light',
      hair: 'long',
      hairColour: 'black',
      facialHair: 'none',
      glasses: false,
      headwear: 'hijab',
      clothing: 'tunic',
      colour: 'teal',
      extras: ['lanyard'],
    },
  },
  {
    label: 'Manager, 52, suit',
    age: 52,
    look: {
      skin: 'porcelain',
      hair: 'bob',
      hairColour: 'auburn',
      facialHair: 'none',
      glasses: true,
      headwear: 'none',
      clothing: 'suit',
      colour: 'navy',
      extras: ['necklace'],
    },
  },
  {
    label: 'Man with a turban, 45',
    age: 45,
    look: {
      skin: 'tan',
      hair: 'short',
      hairColour: 'black',
      facialHair: 'beard',
      glasses: false,
      headwear: 'turban',
      clothing: 'shirt',
      colour: 'blue',
      extras: [],
    },
  },
  {
    label: 'Daughter, 48, blouse, curly',
    age: 48,
    look: {
      skin: 'fair',
      hair: 'curly',
      hairColour: 'blonde',
      facialHair: 'none',
      glasses: false,
      headwear: 'none',
      clothing: 'blouse',
      colour: 'lilac',
      extras: ['earrings'],
    },
  },
  {
    label: 'Son, 58, jumper, grey beard',
    age: 58,
    look: {
      skin: 'brown',
      hair: 'bald',
      hairColour: 'grey',
      facialHair: 'grey-beard',
      glasses: false,
      headwear: 'none',
      clothing: 'jumper',
      colour: 'mustard',
      extras: [],
    },
  },
  {
    label: 'Nurse, 40, afro, polo',
    age: 40,
    look: {
      skin: 'brown',
      hair: 'afro',
      hairColour: 'black',
      facialHair: 'none',
      glasses: false,
      headwear: 'none',
      clothing: 'polo',
      colour: 'blue',
      extras: ['lanyard'],
    },
  },
  {
    label: 'Resident, 74, flat cap, moustache, hearing aid',
    age: 74,
    look: {
      skin: 'porcelain',
      hair: 'short',
      hairColour: 'grey',
      facialHair: 'moustache',
      glasses: false,
      headwear: 'cap',
      clothing: 'jumper',
      colour: 'navy',
      extras: ['hearing-aid'],
    },
  },
  {
    label: 'Woman, 66, dress, glasses',
    age: 66,
    look: {
      skin: 'deep',
      hair: 'short',
      hairColour: 'grey',
      facialHair: 'none',
      glasses: true,
      headwear: 'none',
      clothing: 'dress',
      colour: 'rose',
      extras: ['necklace'],
    },
  },
];

function dataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

const css = `body{margin:0;padding:12px;background:#E9E4DC;font:13px system-ui,sans-serif;color:#333}
 .row{display:flex;flex-wrap:wrap;gap:0;margin-bottom:6px} .cell{text-align:center} .cell img{display:block;background:#DCD5CA}
 h2{font-size:15px;margin:8px 0 2px} .stage{position:relative;margin-bottom:14px}
 .stage .who{position:absolute;bottom:0} .box{position:absolute;left:4%;right:4%;bottom:4%;height:24%;background:rgba(250,248,244,.93);border-radius:12px;padding:14px;font-size:18px}`;

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${css}</style></head><body>${body}</body></html>`;
}

function portrait(s: Sitter, mood: string, w: number): string {
  const h = Math.round((w * 560) / 400);
  return `<div class="cell"><img width="${w}" height="${h}" src="${dataUri(characterSvg(s, mood))}"><div>${mood}</div></div>`;
}

function shoot(html: string, png: string, width: number, height: number): void {
  try {
    execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--hide-scrollbars',
        `--window-size=${width},${height}`,
        `--screenshot=${png}`,
        `file://${html}`,
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    console.log(`wrote ${png}`);
  } catch {
    console.log(`could not screenshot ${html} (is chromium installed?)`);
  }
}

const out = resolve(process.argv[2] ?? 'test-output/art-preview');
mkdirSync(out, { recursive: true });

function write(name: string, title: string, body: string, width: number, height: number): void {
  const html = resolve(out, `${name}.html`);
  writeFileSync(html, page(title, body));
  shoot(html, resolve(out, `${name}.png`), width, height);
}

// Everyone in every mood, small: consistency across the cast.
const grid = sitters
  .map((s) => `<h2>${s.label}</h2><div class="row">${moodIds.map((m) => portrait(s, m, 150)).join('')}</div>`)
  .join('');
write('cast-all-moods', 'Cast in every mood', grid, 1600, 260 * sitters.length + 40);

// The real cast from stories/cast.json, as the stories will show them.
const registry = Object.entries(cast as Record<string, { short?: string; age: number; look: unknown }>)
  .filter(([, c]) => validateLook(c.look).length === 0)
  .map(([id, c]): Sitter => ({
    label: `${id} (${c.short ?? ''}, ${c.age})`,
    age: c.age,
    look: toLook(c.look),
  }));
if (registry.length > 0) {
  const sheet = registry
    .map(
      (s) => `<h2>${s.label}</h2><div class="row">${moodIds.map((m) => portrait(s, m, 150)).join('')}</div>`,
    )
    .join('');
  write('cast-registry', 'stories/cast.json in every mood', sheet, 1600, 260 * registry.length + 40);
}

// Each person large: is every mood readable and kind?
sitters.forEach((s, i) => {
  const body = `<h2>${s.label}</h2><div class="row">${moodIds.map((m) => portrait(s, m, 300)).join('')}</div>`;
  write(`person-${String(i + 1).padStart(2, '0')}`, s.label, body, 1600, 920);
});

// Each room at stage size, with two people and a dialogue box where the game puts them.
locationIds.forEach((id, i) => {
  const a = sitters[i % sitters.length];
  const b = sitters[(i + 3) % sitters.length];
  const who = [a, b]
    .map((s, j) =>
      s
        ? `<img class="who" style="left:${j === 0 ? 24 : 56}%;height:80%" src="${dataUri(characterSvg(s, j === 0 ? 'neutral' : 'worried'))}">`
        : '',
    )
    .join('');
  const body =
    `<h2>${id}</h2><div class="stage" style="width:1536px;height:864px">` +
    `<img width="1536" height="864" src="${dataUri(backdropSvg(id))}">${who}` +
    `<div class="box">A line of dialogue sits here, over the lower third of the room.</div></div>` +
    `<img width="760" height="428" src="${dataUri(backdropSvg(id))}">`;
  write(`backdrop-${id}`, id, body, 1600, 1380);
});
