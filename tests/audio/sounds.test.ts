// The committed sounds match stories/sounds.json: every id has an Ogg Vorbis and an MP3 file, each a real file of the
// right format (magic bytes, mono 22.05 kHz), of a sensible length and within the size budget, and nothing else sits
// in assets/audio. Pure Node: no audio tools are needed to run this. Sounds are made by scripts/make-sounds.mjs.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const AUDIO = `${ROOT}assets/audio/`;

type Kind = 'sfx' | 'ambience' | 'ui';
const sounds = JSON.parse(readFileSync(`${ROOT}stories/sounds.json`, 'utf8')) as Record<
  string,
  { kind: Kind; caption: string }
>;
const ids = Object.keys(sounds);

// Size limits (bytes per file) and duration limits (seconds) per kind; see docs/sound.md.
const MAX_BYTES: Record<Kind, number> = { sfx: 16_000, ui: 6_000, ambience: 64_000 };
const MAX_TOTAL_BYTES = 600 * 1024;
const SECONDS: Record<Kind, [number, number]> = { sfx: [0.3, 3.0], ui: [0.03, 0.5], ambience: [8, 12] };
const SAMPLE_RATE = 22050;

const read = (file: string): Buffer => readFileSync(`${AUDIO}${file}`);

/** Ogg Vorbis: channels and rate from the identification header; duration from the last page's granule position. */
function oggInfo(b: Buffer): { channels: number; rate: number; seconds: number } {
  let offset = 0;
  let granule = 0n;
  let firstPayload = -1;
  while (offset + 27 <= b.length) {
    if (b.toString('latin1', offset, offset + 4) !== 'OggS') throw new Error(`no Ogg page at byte ${offset}`);
    const segments = b[offset + 26]!;
    let size = 0;
    for (let s = 0; s < segments; s++) size += b[offset + 27 + s]!;
    const payload = offset + 27 + segments;
    if (firstPayload < 0) firstPayload = payload;
    const g = b.readBigInt64LE(offset + 6);
    if (g >= 0n) granule = g;
    offset = payload + size;
  }
  if (offset !== b.length) throw new Error('truncated Ogg page');
  if (b[firstPayload] !== 1 || b.toString('latin1', firstPayload + 1, firstPayload + 7) !== 'vorbis') {
    throw new Error('first Ogg packet is not a Vorbis identification header');
  }
  const channels = b[firstPayload + 11]!;
  const rate = b.readUInt32LE(firstPayload + 12);
  return { channels, rate, seconds: Number(granule) / rate };
}

/** MP3: skip an ID3v2 tag, read the first frame header and the Xing/Info frame count (written by LAME for VBR). */
function mp3Info(b: Buffer): { layer3: boolean; rate: number; mono: boolean; seconds: number | null } {
  let offset = 0;
  if (b.toString('latin1', 0, 3) === 'ID3') {
    offset = 10 + (((b[6]! & 0x7f) << 21) | ((b[7]! & 0x7f) << 14) | ((b[8]! & 0x7f) << 7) | (b[9]! & 0x7f));
  }
  const h1 = b[offset + 1]!,
    h2 = b[offset + 2]!,
    h3 = b[offset + 3]!;
  if (b[offset] !== 0xff || (h1 & 0xe0) !== 0xe0) throw new Error(`no MPEG frame sync at byte ${offset}`);
  const version = (h1 >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
  const rates =
    version === 3 ? [44100, 48000, 32000] : version === 2 ? [22050, 24000, 16000] : [11025, 12000, 8000];
  const rate = rates[(h2 >> 2) & 3] ?? 0;
  const mono = ((h3 >> 6) & 3) === 3;
  const sideInfo = version === 3 ? (mono ? 17 : 32) : mono ? 9 : 17;
  const tag = offset + 4 + sideInfo;
  let seconds: number | null = null;
  const id = b.toString('latin1', tag, tag + 4);
  if ((id === 'Xing' || id === 'Info') && b.readUInt32BE(tag + 4) & 1) {
    const samplesPerFrame = version === 3 ? 1152 : 576;
    seconds = (b.readUInt32BE(tag + 8) * samplesPerFrame) / rate;
  }
  return { layer3: ((h1 >> 1) & 3) === 1, rate, mono, seconds };
}

describe('sounds', () => {
  it('stories/sounds.json lists sounds of known kinds', () => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(['sfx', 'ambience', 'ui'], id).toContain(sounds[id]!.kind);
  });

  describe.each(ids)('%s', (id) => {
    const kind = sounds[id]!.kind;

    it('has a non-empty .ogg and .mp3 within the size limit', () => {
      for (const ext of ['ogg', 'mp3']) {
        const file = `${AUDIO}${id}.${ext}`;
        expect(existsSync(file), `${id}.${ext} exists`).toBe(true);
        const size = statSync(file).size;
        expect(size, `${id}.${ext} is not empty`).toBeGreaterThan(0);
        expect(size, `${id}.${ext} ≤ ${MAX_BYTES[kind]} bytes`).toBeLessThanOrEqual(MAX_BYTES[kind]);
      }
    });

    it('.ogg is Ogg Vorbis, mono, 22.05 kHz, of the right length', () => {
      const b = read(`${id}.ogg`);
      expect(b.toString('latin1', 0, 4)).toBe('OggS');
      const info = oggInfo(b);
      expect(info.channels).toBe(1);
      expect(info.rate).toBe(SAMPLE_RATE);
      const [min, max] = SECONDS[kind];
      expect(info.seconds).toBeGreaterThanOrEqual(min);
      expect(info.seconds).toBeLessThanOrEqual(max);
    });

    it('.mp3 is MPEG layer III, mono, 22.05 kHz, with a Xing/Info header and the right length', () => {
      const b = read(`${id}.mp3`);
      const magic = b.toString('latin1', 0, 3) === 'ID3' || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0);
      expect(magic, 'starts with ID3 or an MPEG frame sync').toBe(true);
      const info = mp3Info(b);
      expect(info.layer3).toBe(true);
      expect(info.mono).toBe(true);
      expect(info.rate).toBe(SAMPLE_RATE);
      // The header carries the encoder delay and padding, which lets browsers loop ambiences without a gap.
      expect(info.seconds, 'Xing/Info frame count').not.toBeNull();
      const [min, max] = SECONDS[kind];
      // whole frames include the encoder delay and padding: allow 0.12 s over
      expect(info.seconds!).toBeGreaterThanOrEqual(min);
      expect(info.seconds!).toBeLessThanOrEqual(max + 0.12);
    });
  });

  it('assets/audio holds nothing that is not in stories/sounds.json', () => {
    const expected = new Set(ids.flatMap((id) => [`${id}.ogg`, `${id}.mp3`]));
    const stray = readdirSync(AUDIO).filter((f) => !expected.has(f));
    expect(stray).toEqual([]);
  });

  it(`all sounds together stay under ${MAX_TOTAL_BYTES} bytes`, () => {
    const total = readdirSync(AUDIO).reduce((sum, f) => sum + statSync(`${AUDIO}${f}`).size, 0);
    expect(total).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
  });
});
