#!/usr/bin/env node
// Generates every sound in stories/sounds.json into assets/audio/<id>.ogg and <id>.mp3.
//
//   node scripts/make-sounds.mjs            regenerate all sounds (overwrites; idempotent)
//   node scripts/make-sounds.mjs --keep-wav also leave the unencoded float WAVs in a temp folder for inspection
//
// Nothing is recorded or downloaded: each sound is synthesised here from seeded noise, tuned sine partials,
// envelopes, filters and a small reverb, then loudness-normalised (ITU-R BS.1770 integrated loudness, measured
// here) and encoded with SoX (Ogg Vorbis via libvorbis, MP3 via LAME). See docs/sound.md.
//
// Determinism: all randomness comes from a seeded PRNG in this file and SoX runs in repeatable mode (-R), so the
// same tool versions give byte-identical files. The script fails loudly when a tool or a recipe is missing.

import { execFileSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOUNDS_JSON = join(ROOT, 'stories', 'sounds.json');
const OUT_DIR = join(ROOT, 'assets', 'audio');
const SR = 22050; // mono, 22.05 kHz: plenty for calm, mostly low/mid-frequency sounds, and small files

// Loudness targets (LUFS, integrated, BS.1770), a sample-peak ceiling (dBFS) and the most gain reduction (dB) a
// gentle look-ahead limiter may apply to reach the target. A percussive sound (knock, footsteps) that would need more
// limiting than that is left quieter than the target rather than squashed: calm beats loud.
const TARGETS = {
  sfx: { lufs: -14, ceiling: -1.5, maxLimit: 6 },
  ambience: { lufs: -18, ceiling: -3, maxLimit: 3 },
  ui: { lufs: -26, ceiling: -9, maxLimit: 0 },
};
// Encoder settings per kind. Ogg: Vorbis quality (-1..10). MP3: LAME VBR quality (0 best..9 smallest);
// VBR makes LAME write its Xing/LAME header, which carries the encoder delay so browsers can loop gaplessly.
const ENCODE = {
  sfx: { oggQuality: -1, mp3Vbr: 8 },
  ambience: { oggQuality: 0, mp3Vbr: 7 },
  ui: { oggQuality: -1, mp3Vbr: 8 },
};

// ---------------------------------------------------------------------------------------------------------------
// Tools

function fail(message) {
  console.error(`make-sounds: ${message}`);
  process.exit(1);
}

function run(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const detail = err && typeof err === 'object' && 'stderr' in err ? String(err.stderr) : String(err);
    if (err && err.code === 'ENOENT')
      fail(`'${cmd}' is not installed (see docs/sound.md: apt-get install -y sox libsox-fmt-all)`);
    fail(`${cmd} ${args.join(' ')} failed:\n${detail}`);
  }
}

function checkTools() {
  const version = run('sox', ['--version'])
    .replace(/^sox:\s*/, '')
    .trim();
  const help = run('sox', ['-h']);
  const formats = (help.match(/AUDIO FILE FORMATS:(.*)/) ?? [])[1]?.trim().split(/\s+/) ?? [];
  for (const f of ['mp3', 'vorbis', 'ogg']) {
    if (!formats.includes(f))
      fail(
        `sox cannot write '${f}' (install libsox-fmt-all / libsox-fmt-mp3). Formats: ${formats.join(' ')}`,
      );
  }
  // Library versions, for docs/sound.md (informational: only where dpkg exists).
  let libs;
  try {
    libs = execFileSync(
      'dpkg-query',
      ['-W', '-f', '${Package} ${Version}; ', 'libsox3', 'libsox-fmt-mp3', 'libvorbisenc2', 'libmp3lame0'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
  } catch {
    libs = '(library versions unknown: no dpkg-query)';
  }
  return `${version}; ${libs}`;
}

// ---------------------------------------------------------------------------------------------------------------
// DSP helpers (all arrays are Float64Array at SR)

const TAU = Math.PI * 2;
const n = (seconds) => Math.round(seconds * SR);
const zeros = (seconds) => new Float64Array(n(seconds));
const dbToGain = (db) => 10 ** (db / 20);

/** mulberry32: small, fast, seedable PRNG returning [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const between = (r, lo, hi) => lo + (hi - lo) * r();

function white(len, r) {
  const o = new Float64Array(len);
  for (let i = 0; i < len; i++) o[i] = r() * 2 - 1;
  return o;
}

/** Pink noise (Paul Kellett's refined filter), roughly unit RMS / 3. */
function pink(len, r) {
  const o = new Float64Array(len);
  let b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0,
    b4 = 0,
    b5 = 0,
    b6 = 0;
  for (let i = 0; i < len; i++) {
    const w = r() * 2 - 1;
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    o[i] = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362) * 0.11;
    b6 = w * 0.115926;
  }
  return o;
}

/** Brown (red) noise: leaky integral of white noise. */
function brown(len, r) {
  const o = new Float64Array(len);
  let y = 0;
  for (let i = 0; i < len; i++) {
    y = 0.997 * y + 0.06 * (r() * 2 - 1);
    o[i] = y;
  }
  return o;
}

/** Smooth random control signal: cosine-interpolated random points `rate` times a second, in [lo, hi]. */
function wander(len, rate, r, lo = 0, hi = 1) {
  const o = new Float64Array(len);
  const step = SR / rate;
  let prev = r(),
    next = r();
  for (let i = 0; i < len; i++) {
    const pos = i / step;
    const frac = pos - Math.floor(pos);
    if (i > 0 && Math.floor(pos) !== Math.floor((i - 1) / step)) {
      prev = next;
      next = r();
    }
    const t = (1 - Math.cos(Math.PI * frac)) / 2;
    o[i] = lo + (hi - lo) * (prev + (next - prev) * t);
  }
  return o;
}

/**
 * Topology-preserving state-variable filter (Zavalishin); stable under modulation.
 * fc / q may be numbers or per-sample arrays. mode: 'lp' | 'bp' | 'hp' | 'bpn' (band-pass, unity peak).
 */
function svf(x, fc, q, mode) {
  const o = new Float64Array(x.length);
  let ic1 = 0,
    ic2 = 0;
  const fcA = typeof fc === 'number' ? null : fc;
  const qA = typeof q === 'number' ? null : q;
  let g = Math.tan((Math.PI * Math.min(fcA ? fcA[0] : fc, SR * 0.49)) / SR);
  let k = 1 / (qA ? qA[0] : q);
  for (let i = 0; i < x.length; i++) {
    if (fcA) g = Math.tan((Math.PI * Math.min(Math.max(fcA[i], 10), SR * 0.49)) / SR);
    if (qA) k = 1 / qA[i];
    const a1 = 1 / (1 + g * (g + k));
    const a2 = g * a1;
    const a3 = g * a2;
    const v3 = x[i] - ic2;
    const v1 = a1 * ic1 + a2 * v3;
    const v2 = ic2 + a2 * ic1 + a3 * v3;
    ic1 = 2 * v1 - ic1;
    ic2 = 2 * v2 - ic2;
    if (mode === 'lp') o[i] = v2;
    else if (mode === 'bp') o[i] = v1;
    else if (mode === 'bpn') o[i] = v1 * k;
    else o[i] = x[i] - k * v1 - v2;
  }
  return o;
}
const lp = (x, fc, q = Math.SQRT1_2) => svf(x, fc, q, 'lp');
const hp = (x, fc, q = Math.SQRT1_2) => svf(x, fc, q, 'hp');
const bp = (x, fc, q = 1) => svf(x, fc, q, 'bpn');

/** Direct-form biquad with normalised coefficients [b0, b1, b2, a1, a2]. */
function biquad(x, [b0, b1, b2, a1, a2]) {
  const o = new Float64Array(x.length);
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const y = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x[i];
    y2 = y1;
    y1 = y;
    o[i] = y;
  }
  return o;
}

/** Mono Freeverb (Jezar's public-domain design), delay lengths scaled to SR. */
function reverb(x, { room = 0.5, damp = 0.5, wet = 0.25, dry = 1, predelay = 0.01 } = {}) {
  const scale = SR / 44100;
  const combs = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617].map((d) => ({
    buf: new Float64Array(Math.round(d * scale)),
    idx: 0,
    store: 0,
  }));
  const alls = [556, 441, 341, 225].map((d) => ({ buf: new Float64Array(Math.round(d * scale)), idx: 0 }));
  const feedback = room * 0.28 + 0.7;
  const d1 = damp * 0.4,
    d2 = 1 - d1;
  const pd = new Float64Array(Math.max(1, n(predelay)));
  let pdi = 0;
  const o = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const input = pd[pdi] * 0.015;
    pd[pdi] = x[i];
    pdi = (pdi + 1) % pd.length;
    let acc = 0;
    for (const c of combs) {
      const out = c.buf[c.idx];
      c.store = out * d2 + c.store * d1;
      c.buf[c.idx] = input + c.store * feedback;
      c.idx = (c.idx + 1) % c.buf.length;
      acc += out;
    }
    for (const a of alls) {
      const bo = a.buf[a.idx];
      a.buf[a.idx] = acc + bo * 0.5;
      a.idx = (a.idx + 1) % a.buf.length;
      acc = bo - acc;
    }
    o[i] = x[i] * dry + acc * wet * 3;
  }
  return o;
}

function mixInto(dst, src, atSeconds = 0, gain = 1) {
  const at = n(atSeconds);
  for (let i = 0; i < src.length; i++) {
    const j = at + i;
    if (j >= 0 && j < dst.length) dst[j] += src[i] * gain;
  }
  return dst;
}
function scale(x, g) {
  for (let i = 0; i < x.length; i++) x[i] *= g;
  return x;
}
function multiply(x, env) {
  for (let i = 0; i < x.length; i++) x[i] *= env[i];
  return x;
}
function add(...xs) {
  const o = new Float64Array(Math.max(...xs.map((x) => x.length)));
  for (const x of xs) for (let i = 0; i < x.length; i++) o[i] += x[i];
  return o;
}

/** Attack (linear, seconds) then exponential decay (time constant tau, seconds). */
function envAD(len, attack, tau) {
  const o = new Float64Array(len);
  const a = Math.max(1, n(attack));
  for (let i = 0; i < len; i++) {
    const t = i / SR;
    o[i] = (i < a ? i / a : 1) * Math.exp(-Math.max(0, t - attack) / tau);
  }
  return o;
}

/** Sum of decaying sine partials: [{ f, a, tau, phase? }]. */
function partials(seconds, list, attack = 0.002) {
  const len = n(seconds);
  const o = new Float64Array(len);
  const a = Math.max(1, n(attack));
  for (const p of list) {
    const ph = p.phase ?? 0;
    for (let i = 0; i < len; i++) {
      const t = i / SR;
      o[i] += p.a * Math.sin(TAU * p.f * t + ph) * Math.exp(-t / p.tau);
    }
  }
  for (let i = 0; i < a && i < len; i++) o[i] *= i / a;
  return endFade(o);
}

/** Fade the last 40 ms (at most a fifth) of a source to zero so a truncated tail never clicks. */
function endFade(x, seconds = 0.04) {
  const b = Math.min(n(seconds), Math.floor(x.length / 5));
  for (let i = 0; i < b; i++) x[x.length - 1 - i] *= Math.sin((Math.PI / 2) * (i / b)) ** 2;
  return x;
}

/** A short filtered noise burst: an impact / click texture. */
function burst(seconds, r, { fc, q = 1, mode = 'bpn', attack = 0.0005, tau = 0.01 }) {
  const len = n(seconds);
  return endFade(multiply(svf(white(len, r), fc, q, mode), envAD(len, attack, tau)));
}

function fade(x, inSeconds, outSeconds) {
  const a = n(inSeconds),
    b = n(outSeconds);
  for (let i = 0; i < a && i < x.length; i++) x[i] *= Math.sin((Math.PI / 2) * (i / a)) ** 2;
  for (let i = 0; i < b && i < x.length; i++) x[x.length - 1 - i] *= Math.sin((Math.PI / 2) * (i / b)) ** 2;
  return x;
}

function rms(x) {
  let s = 0;
  for (const v of x) s += v * v;
  return Math.sqrt(s / x.length);
}
/** Scale a layer to an RMS level in dBFS (so a mix is written as levels, not magic gains). */
const atRms = (x, db) => scale(x, dbToGain(db) / Math.max(1e-12, rms(x)));
/** Scale a layer to a peak level in dBFS. */
const atPeak = (x, db) => scale(x, dbToGain(db) / Math.max(1e-12, 10 ** (peakDb(x) / 20)));
/** Steady sine tones [frequency, amplitude, phase]; periodic in a loop when frequency x loop length is whole. */
function tones(seconds, list) {
  const o = new Float64Array(n(seconds));
  for (let i = 0; i < o.length; i++) {
    const t = i / SR;
    for (const [f, a, ph] of list) o[i] += a * Math.sin(TAU * f * t + ph);
  }
  return o;
}

// ---------------------------------------------------------------------------------------------------------------
// Seamless loops.
// A loop has two layers:
//  - a bed (noise, chatter, traffic): rendered with a warm-up and an overlap, then the overlap after the loop end
//    is equal-power crossfaded into the start, so the last sample flows into the first;
//  - a periodic layer (hums, clock ticks): rendered for two periods with events repeated each period, and the second
//    period kept, so it is exactly periodic, reverb tails included. Hum frequencies are multiples of 1/loop length.

const WARMUP = 2;
const OVERLAP = 2;

/** renderBed(seconds) must return WARMUP + loop + OVERLAP seconds of sound. */
function loopBed(loopSeconds, renderBed) {
  const full = renderBed(WARMUP + loopSeconds + OVERLAP);
  const L = n(loopSeconds),
    X = n(OVERLAP),
    W = n(WARMUP);
  const o = full.slice(W, W + L);
  for (let i = 0; i < X; i++) {
    const t = (i + 0.5) / X;
    o[i] = full[W + i] * Math.sin((Math.PI / 2) * t) + full[W + L + i] * Math.cos((Math.PI / 2) * t);
  }
  return o;
}

/** renderPeriodic(periodSeconds, periods) returns periods * period seconds; the last period is kept. */
function loopPeriodic(loopSeconds, renderPeriodic) {
  const full = renderPeriodic(loopSeconds, 2);
  return full.slice(n(loopSeconds), 2 * n(loopSeconds));
}

// ---------------------------------------------------------------------------------------------------------------
// Loudness (ITU-R BS.1770-4 / EBU R128 integrated loudness, mono; K-weighting coefficients computed for SR)

function kWeighting(x) {
  const shelf = (() => {
    const G = 3.99984385397,
      Q = 0.7071752369554193,
      fc = 1681.974450955533;
    const K = Math.tan((Math.PI * fc) / SR);
    const Vh = 10 ** (G / 20),
      Vb = Vh ** 0.499666774155;
    const a0 = 1 + K / Q + K * K;
    return [
      (Vh + (Vb * K) / Q + K * K) / a0,
      (2 * (K * K - Vh)) / a0,
      (Vh - (Vb * K) / Q + K * K) / a0,
      (2 * (K * K - 1)) / a0,
      (1 - K / Q + K * K) / a0,
    ];
  })();
  const highpass = (() => {
    const Q = 0.5003270373253953,
      fc = 38.13547087613982;
    const K = Math.tan((Math.PI * fc) / SR);
    const a0 = 1 + K / Q + K * K;
    return [1, -2, 1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0];
  })();
  return biquad(biquad(x, shelf), highpass);
}

/** Mean-square power of each 400 ms K-weighted block, 100 ms apart (a sound shorter than a block is zero-padded). */
function blockPowers(x) {
  let y = kWeighting(x);
  const block = n(0.4),
    hop = n(0.1);
  if (y.length < block) {
    const padded = new Float64Array(block);
    padded.set(y);
    y = padded;
  }
  const powers = [];
  for (let s = 0; s + block <= y.length; s += hop) {
    let sum = 0;
    for (let i = s; i < s + block; i++) sum += y[i] * y[i];
    powers.push(sum / block);
  }
  return powers;
}

const lufsOf = (p) => -0.691 + 10 * Math.log10(p);

/** Loudest momentary (400 ms) loudness: closer than the integrated figure to how loud a knock or a thud sounds. */
const maxMomentary = (x) => lufsOf(Math.max(...blockPowers(x)));

function integratedLoudness(x) {
  const powers = blockPowers(x);
  const lufs = lufsOf;
  const mean = (ps) => ps.reduce((a, b) => a + b, 0) / ps.length;
  const abs = powers.filter((p) => lufs(p) > -70);
  if (abs.length === 0) return -Infinity;
  const rel = lufs(mean(abs)) - 10;
  const gated = abs.filter((p) => lufs(p) > rel);
  return lufs(mean(gated));
}

function peakDb(x) {
  let p = 0;
  for (const v of x) p = Math.max(p, Math.abs(v));
  return 20 * Math.log10(p);
}

/**
 * Look-ahead peak limiter: gain never exceeds what keeps every sample within `ceilingDb`; gain changes are smoothed
 * (window minimum then a moving average of the same half-width, so no sample is missed) with a slow release.
 */
function limit(x, ceilingDb, lookahead = 0.003, release = 0.08) {
  const c = dbToGain(ceilingDb);
  const h = Math.max(1, n(lookahead));
  const len = x.length;
  const need = new Float64Array(len);
  for (let i = 0; i < len; i++) need[i] = Math.min(1, c / Math.max(1e-12, Math.abs(x[i])));
  const g = new Float64Array(len);
  const rel = 1 - Math.exp(-1 / (release * SR));
  let prev = 1;
  for (let i = 0; i < len; i++) {
    let m = 1;
    for (let k = Math.max(0, i - h); k <= Math.min(len - 1, i + h); k++) m = Math.min(m, need[k]);
    prev = Math.min(m, prev + (1 - prev) * rel);
    g[i] = prev;
  }
  const o = new Float64Array(len);
  for (let i = 0; i < len; i++) {
    let sum = 0,
      count = 0;
    for (let k = i - h; k <= i + h; k++) {
      sum += k >= 0 && k < len ? g[k] : 1;
      count++;
    }
    o[i] = x[i] * Math.min(sum / count, need[i]);
  }
  return o;
}

/** Gain to the loudness target, limiting peaks to the ceiling by at most maxLimit dB. Returns the new signal. */
function normalise(x, { lufs: target, ceiling, maxLimit }) {
  const peak = peakDb(x);
  let gainDb = target - integratedLoudness(x);
  let y = x;
  for (let iter = 0; iter < 4; iter++) {
    gainDb = Math.min(gainDb, ceiling + maxLimit - peak);
    y = limit(scale(Float64Array.from(x), dbToGain(gainDb)), ceiling);
    const miss = target - integratedLoudness(y);
    if (Math.abs(miss) < 0.05 || gainDb >= ceiling + maxLimit - peak - 0.01) break;
    gainDb += miss;
  }
  return {
    y,
    lufs: integratedLoudness(y),
    momentary: maxMomentary(y),
    peak: peakDb(y),
    limited: Math.max(0, peak + gainDb - ceiling),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Sound sources used by several recipes

/** A bell/chime strike: tuned partials ([ratio, amplitude, tau]) plus a soft strike transient. */
function strike(f, seconds, list, r, { detune = 0.0015, click = 0.02 } = {}) {
  const ps = [];
  for (const [ratio, a, tau] of list) {
    ps.push({ f: f * ratio, a, tau, phase: r() * TAU });
    if (detune) ps.push({ f: f * ratio * (1 + detune), a: a * 0.35, tau, phase: r() * TAU }); // slow beating
  }
  const o = partials(seconds, ps, 0.003);
  if (click) mixInto(o, burst(0.03, r, { fc: Math.min(f * 4, 5000), q: 1.5, tau: 0.004 }), 0, click);
  return o;
}

/**
 * Unintelligible speech-like murmur from one talker: a voiced source (harmonics of a wandering pitch) through two
 * moving formant filters, with syllable and phrase envelopes, plus soft consonant noise. Nothing here is a voice.
 */
function talker(seconds, r, { f0 = 150, rate = 4, pause = 0.5, continuous = false } = {}) {
  const len = n(seconds);
  const vowels = [
    [730, 1090],
    [270, 2290],
    [300, 870],
    [530, 1840],
    [570, 840],
    [660, 1720],
    [490, 1350],
    [440, 1020],
  ];
  const amp = new Float64Array(len),
    f1 = new Float64Array(len),
    f2 = new Float64Array(len),
    pitch = new Float64Array(len);
  const cons = new Float64Array(len);
  let t = between(r, 0, 0.6);
  let [pf1, pf2] = vowels[0];
  let pp = f0;
  for (let i = 0; i < n(t) && i < len; i++) {
    f1[i] = pf1;
    f2[i] = pf2;
    pitch[i] = pp;
  }
  while (t < seconds) {
    const syllables = continuous ? 8 + Math.floor(r() * 10) : 2 + Math.floor(r() * 9);
    const declination = between(r, 1.05, 1.2);
    for (let s = 0; s < syllables && t < seconds; s++) {
      const d = (1 / rate) * between(r, 0.6, 1.4);
      const [v1, v2] = vowels[Math.floor(r() * vowels.length)];
      const loud = between(r, 0.5, 1) * (s === 0 ? 1 : between(r, 0.7, 1));
      const target = f0 * (declination - (0.2 * s) / syllables) * between(r, 0.92, 1.1);
      const a = n(t),
        b = Math.min(len, n(t + d));
      for (let i = a; i < b; i++) {
        const u = (i - a) / (b - a);
        amp[i] = loud * Math.sin(Math.PI * u) ** 0.7;
        const g = Math.min(1, u * 4);
        f1[i] = pf1 + (v1 - pf1) * g;
        f2[i] = pf2 + (v2 - pf2) * g;
        pitch[i] = (pp + (target - pp) * Math.min(1, u * 3)) * (1 + 0.08 * (0.5 - u)); // glide down each syllable
      }
      if (r() < 0.55)
        mixInto(
          cons,
          burst(0.06, r, { fc: between(r, 2500, 5000), q: 0.8, attack: 0.01, tau: 0.02 }),
          t,
          0.25 * loud,
        );
      pf1 = v1;
      pf2 = v2;
      pp = target;
      t += d;
    }
    const gap = continuous
      ? between(r, 0.08, 0.3)
      : between(r, 0.2, 0.6) + (r() < pause ? between(r, 0.4, 1.6) : 0);
    for (let i = n(t); i < Math.min(len, n(t + gap)); i++) {
      f1[i] = pf1;
      f2[i] = pf2;
      pitch[i] = pp;
    }
    t += gap;
  }
  // Voiced source: harmonics up to ~3 kHz with a -9 dB/octave tilt, plus a little breath noise.
  const src = new Float64Array(len);
  let phase = 0;
  const jitter = wander(len, 6, r, 0.985, 1.015);
  for (let i = 0; i < len; i++) {
    const f = Math.max(60, pitch[i]) * jitter[i];
    phase += f / SR;
    phase -= Math.floor(phase);
    const harmonics = Math.min(24, Math.floor(3000 / f));
    let v = 0;
    for (let h = 1; h <= harmonics; h++) v += Math.sin(TAU * h * phase) / h ** 1.5;
    src[i] = v;
  }
  const breath = scale(white(len, r), 0.05);
  const voiced = add(src, breath);
  const out = add(svf(voiced, f1, 5, 'bpn'), scale(svf(voiced, f2, 7, 'bpn'), 0.6));
  // smooth the syllable envelope so there are no steps
  const env = lp(amp, 30);
  multiply(out, env);
  return add(out, cons);
}

// ---------------------------------------------------------------------------------------------------------------
// Recipes: one per id in stories/sounds.json. Each returns a Float64Array at SR (before normalisation).

const RECIPES = {
  // Care-home nurse-call chime: an electronic two-tone "bing-bong" (E5 then C5), played twice, softly.
  'call-bell': {
    kind: 'sfx',
    render() {
      const o = zeros(2.9);
      const tone = (f) => {
        const x = partials(
          1.4,
          [
            { f, a: 1, tau: 0.32 },
            { f: f * 2, a: 0.18, tau: 0.16 },
            { f: f * 3, a: 0.05, tau: 0.08 },
          ],
          0.006,
        );
        return x;
      };
      for (const at of [0.02, 1.32]) {
        mixInto(o, tone(659.26), at, 1);
        mixInto(o, tone(523.25), at + 0.42, 1);
      }
      return fade(lp(reverb(o, { room: 0.45, damp: 0.6, wet: 0.18 }), 4500), 0.002, 0.15);
    },
  },

  // Three knuckle knocks on a wooden door, slightly uneven, in a small hallway.
  knock: {
    kind: 'sfx',
    render() {
      const r = rng(202);
      const o = zeros(1.5);
      const knock = (strength) => {
        const body = partials(
          0.25,
          [
            { f: 105 * between(r, 0.97, 1.03), a: 0.7, tau: 0.045 },
            { f: 176 * between(r, 0.97, 1.03), a: 0.8, tau: 0.035 },
            { f: 262 * between(r, 0.97, 1.03), a: 0.55, tau: 0.025 },
            { f: 415 * between(r, 0.97, 1.03), a: 0.35, tau: 0.018 },
            { f: 690 * between(r, 0.97, 1.03), a: 0.18, tau: 0.012 },
          ],
          0.0015,
        );
        const knuckle = burst(0.05, r, { fc: 1400, q: 0.9, attack: 0.0008, tau: 0.006 });
        const thud = burst(0.1, r, { fc: 350, mode: 'lp', q: 0.7, attack: 0.001, tau: 0.02 });
        return scale(add(body, scale(knuckle, 0.8), scale(thud, 0.8)), strength);
      };
      mixInto(o, knock(1), 0.05);
      mixInto(o, knock(0.85), 0.05 + 0.21);
      mixInto(o, knock(0.95), 0.05 + 0.44);
      return fade(reverb(lp(o, 3500), { room: 0.4, damp: 0.5, wet: 0.2, predelay: 0.008 }), 0.001, 0.2);
    },
  },

  // A door: handle and latch, a soft swing with a faint hinge creak, then closing with a thud and latch.
  door: {
    kind: 'sfx',
    render() {
      const r = rng(303);
      const o = zeros(3.0);
      const metalClick = (g) =>
        add(
          burst(0.06, r, { fc: 2800, q: 2, attack: 0.0004, tau: 0.003 }),
          partials(
            0.08,
            [
              { f: 2350, a: 0.12, tau: 0.02 },
              { f: 3720, a: 0.06, tau: 0.012 },
            ],
            0.0005,
          ),
        ).map((v) => v * g);
      // handle turns: a short mechanism slide then the latch withdraws
      const slide = multiply(bp(white(n(0.2), r), 1500, 1.2), envAD(n(0.2), 0.08, 0.05));
      mixInto(o, slide, 0.08, 0.12);
      mixInto(o, metalClick(0.5), 0.1);
      mixInto(o, metalClick(0.8), 0.27);
      // swing open: air movement and a faint creak (stick-slip pulses exciting wood resonances)
      const swing = (at, seconds, g) => {
        const len = n(seconds);
        const env = new Float64Array(len);
        for (let i = 0; i < len; i++) env[i] = Math.sin((Math.PI * i) / len) ** 2;
        mixInto(o, multiply(lp(white(len, r), 350, 0.8), env), at, g);
      };
      swing(0.3, 1.0, 0.45);
      {
        const len = n(0.7);
        const pulses = new Float64Array(len);
        let ph = 0;
        for (let i = 0; i < len; i++) {
          const u = i / len;
          ph += (38 + 40 * u + 6 * Math.sin(TAU * 3 * u)) / SR;
          if (ph >= 1) {
            ph -= 1;
            pulses[i] = between(r, 0.6, 1);
          }
        }
        const creak = add(
          svf(pulses, 620, 14, 'bpn'),
          scale(svf(pulses, 1150, 16, 'bpn'), 0.6),
          scale(svf(pulses, 1780, 18, 'bpn'), 0.3),
        );
        const env = new Float64Array(len);
        for (let i = 0; i < len; i++) env[i] = Math.sin((Math.PI * i) / len) ** 1.5;
        mixInto(o, lp(multiply(creak, env), 2500), 0.42, 4);
      }
      // swing closed
      swing(1.55, 0.6, 0.4);
      // close: low thud of the door in its frame, then the latch snapping in
      const thud = add(
        partials(
          0.5,
          [
            { f: 72, a: 0.45, tau: 0.07 },
            { f: 118, a: 0.5, tau: 0.05 },
            { f: 191, a: 0.45, tau: 0.035 },
            { f: 305, a: 0.3, tau: 0.025 },
            { f: 470, a: 0.15, tau: 0.015 },
          ],
          0.002,
        ),
        scale(burst(0.2, r, { fc: 900, mode: 'lp', q: 0.7, attack: 0.001, tau: 0.015 }), 1.0),
      );
      mixInto(o, thud, 2.1, 1);
      mixInto(o, metalClick(1.0), 2.115);
      mixInto(o, metalClick(0.4), 2.16);
      return fade(reverb(lp(o, 4000), { room: 0.5, damp: 0.5, wet: 0.2 }), 0.002, 0.25);
    },
  },

  // A UK double ring (BT cadence: 0.4 s on, 0.2 s off, 0.4 s on, 2.0 s off), as a soft two-gong desk-phone ringer.
  // Exactly one 3.0 s cadence, so looping it gives the real rhythm.
  'phone-ring': {
    kind: 'sfx',
    render() {
      const r = rng(404);
      const o = zeros(3.0);
      const gongs = [980, 1240];
      const ring = (start) => {
        const hits = Math.round(0.4 * 25); // clapper at 25 Hz, alternating between the two gongs
        for (let h = 0; h < hits; h++) {
          const f = gongs[h % 2];
          const g = between(r, 0.8, 1);
          mixInto(
            o,
            partials(
              0.5,
              [
                { f, a: 1, tau: 0.11, phase: r() * TAU },
                { f: f * 2.31, a: 0.25, tau: 0.05, phase: r() * TAU },
                { f: f * 3.92, a: 0.08, tau: 0.025, phase: r() * TAU },
              ],
              0.001,
            ),
            start + h / 25,
            g * 0.5,
          );
        }
      };
      ring(0.0);
      ring(0.6);
      return fade(lp(reverb(o, { room: 0.4, damp: 0.6, wet: 0.15 }), 3800), 0.001, 0.3);
    },
  },

  // A mobile phone vibrating on a table: two buzzes with motor spin-up and spin-down and a light rattle.
  'phone-buzz': {
    kind: 'sfx',
    render() {
      const r = rng(505);
      const o = zeros(1.9);
      const buzz = (seconds) => {
        const len = n(seconds);
        const out = new Float64Array(len);
        const rattle = bp(white(len, r), 2200, 1.2);
        let ph = 0;
        for (let i = 0; i < len; i++) {
          const t = i / SR;
          const spin = Math.min(1, t / 0.07) * Math.min(1, (seconds - t) / 0.09);
          const f = 120 + 75 * spin;
          ph += f / SR;
          const s = Math.sin(TAU * ph);
          const hit = Math.max(0, s) ** 6;
          out[i] =
            spin *
            (0.7 * s + 0.35 * Math.sin(2 * TAU * ph) + 0.2 * Math.sin(3 * TAU * ph) + 1.4 * hit * rattle[i]);
        }
        return out;
      };
      mixInto(o, buzz(0.5), 0.05);
      mixInto(o, buzz(0.5), 1.05);
      return fade(reverb(lp(hp(o, 90), 3000), { room: 0.15, damp: 0.7, wet: 0.05 }), 0.002, 0.15);
    },
  },

  // Unhurried footsteps in soft shoes on a vinyl corridor floor: heel then toe, five steps, passing by.
  footsteps: {
    kind: 'sfx',
    render() {
      const r = rng(606);
      const o = zeros(3.0);
      const step = (g) => {
        const heel = add(
          partials(
            0.2,
            [
              { f: between(r, 85, 100), a: 0.45, tau: 0.03 },
              { f: between(r, 150, 175), a: 0.35, tau: 0.02 },
            ],
            0.002,
          ),
          burst(0.12, r, { fc: 500, mode: 'lp', q: 0.8, attack: 0.002, tau: 0.015 }),
          scale(burst(0.05, r, { fc: 2200, q: 1, attack: 0.001, tau: 0.005 }), 0.12),
        );
        const toe = burst(0.12, r, { fc: between(r, 1100, 1500), q: 0.7, attack: 0.006, tau: 0.025 });
        const s = zeros(0.3);
        mixInto(s, heel, 0, 1);
        mixInto(s, toe, between(r, 0.045, 0.065), 0.35);
        return scale(s, g);
      };
      const count = 5;
      for (let k = 0; k < count; k++) {
        const at = 0.15 + k * 0.56 + between(r, -0.015, 0.015);
        const passing = 0.55 + 0.45 * Math.sin((Math.PI * (k + 0.6)) / (count + 0.2));
        mixInto(o, step(passing * between(r, 0.85, 1) * (k % 2 ? 0.9 : 1)), at);
      }
      return fade(
        reverb(lp(hp(o, 50), 3500), { room: 0.65, damp: 0.45, wet: 0.3, predelay: 0.015 }),
        0.002,
        0.3,
      );
    },
  },

  // An electric kettle: rumble and hiss rising to the boil, bubbles, the thermostat click, then the hiss dies away.
  kettle: {
    kind: 'sfx',
    render() {
      const r = rng(707);
      const total = 3.0,
        clickAt = 2.35;
      const len = n(total);
      const level = new Float64Array(len),
        centre = new Float64Array(len);
      for (let i = 0; i < len; i++) {
        const t = i / SR;
        const rise = Math.min(1, t / clickAt);
        // rises to a full boil, settles a little as the thermostat is about to trip, then dies away after the click
        const settle = 1 - 0.25 * Math.max(0, Math.min(1, (t - 2.0) / (clickAt - 2.0)));
        level[i] =
          t < clickAt
            ? (0.12 + 0.88 * Math.min(1, t / 2.0) ** 1.8) * settle
            : 0.75 * Math.exp(-(t - clickAt) / 0.12);
        centre[i] = 700 + 1300 * rise;
      }
      const hiss = multiply(bp(white(len, r), centre, 0.7), level);
      const roar = multiply(multiply(lp(white(len, r), 180, 0.9), wander(len, 14, r, 0.4, 1)), level);
      const o = add(hiss, scale(roar, 0.6));
      // bubbles: tiny damped blips, denser as it heats
      for (let t = 0.05; t < clickAt + 0.1;) {
        const heat = Math.min(1, t / clickAt);
        const f = between(r, 350, 1400);
        mixInto(
          o,
          partials(0.05, [{ f, a: 1, tau: between(r, 0.004, 0.01), phase: 0 }], 0.001),
          t,
          0.05 + 0.12 * heat * r(),
        );
        t += between(r, 0.006, 0.05) / (0.3 + heat);
      }
      // thermostat switch: a small plastic click with a low body
      const click = add(
        burst(0.05, r, { fc: 2600, q: 1.8, attack: 0.0003, tau: 0.0025 }),
        partials(
          0.08,
          [
            { f: 1250, a: 0.8, tau: 0.014 },
            { f: 2330, a: 0.35, tau: 0.007 },
            { f: 160, a: 0.4, tau: 0.015 },
          ],
          0.0005,
        ),
      );
      mixInto(o, click, clickAt, 1.6);
      return fade(lp(reverb(o, { room: 0.35, damp: 0.6, wet: 0.12 }), 5000), 0.15, 0.2);
    },
  },

  // A mantel clock chiming the first Westminster quarter (G#, F#, E, B) on soft rod chimes.
  'clock-chime': {
    kind: 'sfx',
    render() {
      const r = rng(808);
      const o = zeros(3.0);
      const rod = [
        [1, 1, 1.1],
        [2.0, 0.22, 0.5],
        [3.0, 0.06, 0.25],
        [4.16, 0.05, 0.18],
        [5.43, 0.03, 0.1],
      ];
      const notes = [830.61, 739.99, 659.26, 493.88];
      notes.forEach((f, k) =>
        mixInto(o, strike(f, 2.95 - k * 0.55, rod, r, { click: 0.04 }), 0.03 + k * 0.55, k === 3 ? 1.1 : 1),
      );
      return fade(lp(reverb(o, { room: 0.55, damp: 0.5, wet: 0.2 }), 5000), 0.001, 0.5);
    },
  },
  // Lounge: distant unintelligible chatter, a television through the wall, soft room tone and mains hum.
  lounge: {
    kind: 'ambience',
    seconds: 10,
    render() {
      const L = this.seconds;
      const bed = loopBed(L, (seconds) => {
        const r = rng(909);
        const len = n(seconds);
        const voices = [
          { f0: 115, rate: 3.6, gain: 0.9, cut: 1500 },
          { f0: 205, rate: 4.2, gain: 0.7, cut: 1300 },
          { f0: 175, rate: 3.9, gain: 0.55, cut: 1100 },
          { f0: 130, rate: 3.3, gain: 0.45, cut: 900 },
          { f0: 220, rate: 4.5, gain: 0.35, cut: 900 },
        ];
        const chatter = new Float64Array(len);
        for (const v of voices)
          mixInto(
            chatter,
            lp(talker(seconds, r, { f0: v.f0, rate: v.rate, pause: 0.6 }), v.cut, 0.7),
            0,
            v.gain,
          );
        // the television: one steady "presenter" through a small speaker, then through a wall
        const tv = lp(hp(talker(seconds, r, { f0: 140, rate: 4.6, continuous: true }), 300, 0.7), 650, 0.9);
        const voicesInRoom = reverb(add(atRms(chatter, -24), atRms(tv, -31)), {
          room: 0.75,
          damp: 0.6,
          wet: 0.45,
          dry: 0.6,
          predelay: 0.02,
        });
        const room = atRms(lp(pink(len, r), 900), -36);
        return hp(add(voicesInRoom, room), 60);
      });
      const hum = loopPeriodic(L, (period, periods) =>
        tones(period * periods, [
          [50, 1, 0],
          [100, 0.8, 1],
          [150, 0.25, 2],
        ]),
      );
      return add(bed, atRms(hum, -46));
    },
  },

  // Night: the low hush of a sleeping building, air in the ducts far away, a faint transformer hum.
  night: {
    kind: 'ambience',
    seconds: 10,
    lufs: -21, // deliberately 3 LU under the ambience target: it is the quietest room in the game
    render() {
      const L = this.seconds;
      const bed = loopBed(L, (seconds) => {
        const r = rng(1010);
        const len = n(seconds);
        const hush = atRms(lp(pink(len, r), 450, 0.6), -30);
        const air = atRms(lp(hp(white(len, r), 800), 2500), -52);
        const breathe = wander(len, 0.25, r, 0.85, 1.05);
        return hp(multiply(add(hush, air), breathe), 40);
      });
      const hum = loopPeriodic(L, (period, periods) => {
        const o = tones(period * periods, [
          [100, 1, 0],
          [200, 0.3, 0.5],
          [300, 0.15, 1.3],
        ]);
        for (let i = 0; i < o.length; i++) o[i] *= 0.8 + 0.2 * Math.sin((TAU * i) / SR / 5); // slow swell, 5 s period
        return o;
      });
      return add(bed, atRms(hum, -45));
    },
  },

  // Home: a quiet living room, faint life outside, and a slow wall clock (tick ... tock, once a second).
  home: {
    kind: 'ambience',
    seconds: 10,
    render() {
      const L = this.seconds;
      const bed = loopBed(L, (seconds) => {
        const r = rng(1111);
        const len = n(seconds);
        const room = atRms(lp(pink(len, r), 700, 0.6), -31);
        const outside = atRms(multiply(lp(brown(len, r), 250), wander(len, 0.3, r, 0.3, 1)), -34);
        return hp(add(room, outside), 45);
      });
      const ticks = loopPeriodic(L, (period, periods) => {
        const r = rng(1112);
        const o = new Float64Array(n(period * periods));
        const tick = (f) =>
          add(
            burst(0.05, r, { fc: 3000, q: 1.2, attack: 0.0003, tau: 0.0018 }),
            partials(
              0.08,
              [
                { f, a: 0.35, tau: 0.012 },
                { f: f * 2.7, a: 0.1, tau: 0.006 },
              ],
              0.0004,
            ),
            scale(burst(0.05, r, { fc: 400, mode: 'lp', attack: 0.0005, tau: 0.006 }), 0.4),
          );
        const tickSound = [tick(1180), tick(980)];
        for (let p = 0; p < periods; p++) {
          for (let s = 0; s < period; s++)
            mixInto(o, tickSound[s % 2], p * period + s + 0.25, s % 2 ? 0.85 : 1);
        }
        return reverb(lp(o, 6000), { room: 0.5, damp: 0.55, wet: 0.25 });
      });
      return add(bed, atPeak(ticks, -26));
    },
  },

  // Office: ventilation (broadband air, a low duct rumble, a faint fan tone) and a quiet lighting hum.
  office: {
    kind: 'ambience',
    seconds: 10,
    render() {
      const L = this.seconds;
      const bed = loopBed(L, (seconds) => {
        const r = rng(1212);
        const len = n(seconds);
        const air = atRms(lp(lp(pink(len, r), 1800, 0.6), 3000), -29);
        const rumble = atRms(lp(brown(len, r), 120, 0.8), -33);
        const flow = wander(len, 0.2, r, 0.9, 1.05);
        return hp(multiply(add(air, rumble), flow), 35);
      });
      const hum = loopPeriodic(L, (period, periods) => {
        const fan = tones(period * periods, [
          [97.3, 1, 0],
          [194.6, 0.4, 1],
        ]); // 973 cycles per 10 s loop
        for (let i = 0; i < fan.length; i++) fan[i] *= 1 + 0.15 * Math.sin((TAU * i) / SR / 2.5);
        return add(
          atRms(fan, -44),
          atRms(
            tones(period * periods, [
              [100, 1, 0.3],
              [200, 0.35, 2],
            ]),
            -48,
          ),
        );
      });
      return add(bed, hum);
    },
  },

  // Street: a distant traffic wash heard through a closed window, with cars passing now and then.
  street: {
    kind: 'ambience',
    seconds: 10,
    render() {
      const L = this.seconds;
      return loopBed(L, (seconds) => {
        const r = rng(1313);
        const len = n(seconds);
        const wash = add(lp(brown(len, r), 400, 0.7), scale(lp(pink(len, r), 1200), 0.5));
        multiply(wash, wander(len, 0.15, r, 0.6, 1));
        const cars = new Float64Array(len);
        for (let t = -2; t < seconds;) {
          const width = between(r, 1.6, 3.5);
          const clen = n(width * 2);
          const env = new Float64Array(clen);
          const fcs = new Float64Array(clen);
          const f = between(r, 450, 900);
          for (let i = 0; i < clen; i++) {
            const u = (i / clen) * 2 - 1;
            env[i] = Math.exp(-((u * 2.2) ** 2));
            fcs[i] = f * (1 + 0.06 * Math.tanh(-u * 3)); // tyre noise pitch falls as it passes
          }
          const car = multiply(svf(white(clen, r), fcs, 0.8, 'bpn'), env);
          mixInto(cars, car, t, between(r, 0.3, 1));
          t += between(r, 1.2, 3.2);
        }
        return hp(lp(add(atRms(wash, -28), atRms(cars, -33)), 1400, 0.7), 30);
      });
    },
  },

  'ui-select': {
    kind: 'ui',
    render() {
      const r = rng(1414);
      const o = zeros(0.12);
      mixInto(
        o,
        partials(
          0.12,
          [
            { f: 1046.5, a: 1, tau: 0.018 },
            { f: 2093, a: 0.15, tau: 0.008 },
          ],
          0.002,
        ),
      );
      mixInto(o, burst(0.02, r, { fc: 3000, q: 1, tau: 0.0015 }), 0, 0.05);
      return fade(o, 0.001, 0.03);
    },
  },

  // UI confirm: two soft rising blips (a fifth apart).
  'ui-confirm': {
    kind: 'ui',
    render() {
      const o = zeros(0.32);
      const blip = (f) =>
        partials(
          0.23,
          [
            { f, a: 1, tau: 0.04 },
            { f: f * 2, a: 0.12, tau: 0.02 },
          ],
          0.004,
        );
      mixInto(o, blip(783.99), 0.0, 0.85);
      mixInto(o, blip(1174.66), 0.09, 1);
      return fade(o, 0.001, 0.06);
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Main

function main() {
  const keepWav = process.argv.includes('--keep-wav');
  const soxVersion = checkTools();
  const sounds = JSON.parse(readFileSync(SOUNDS_JSON, 'utf8'));
  const ids = Object.keys(sounds);
  const problems = [];
  for (const id of ids) {
    const recipe = RECIPES[id];
    if (!recipe) problems.push(`no recipe for '${id}' (add one to scripts/make-sounds.mjs)`);
    else if (recipe.kind !== sounds[id].kind)
      problems.push(`'${id}' is kind '${sounds[id].kind}' in sounds.json but the recipe is '${recipe.kind}'`);
    if (!TARGETS[sounds[id].kind]) problems.push(`'${id}' has unknown kind '${sounds[id].kind}'`);
  }
  for (const id of Object.keys(RECIPES))
    if (!(id in sounds)) console.warn(`make-sounds: recipe '${id}' is not in sounds.json; not generated`);
  if (problems.length) fail(problems.join('\n'));

  mkdirSync(OUT_DIR, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'make-sounds-'));
  const rows = [];
  try {
    for (const id of ids) {
      const recipe = RECIPES[id];
      const kind = recipe.kind;
      const rendered = recipe.render();
      for (const v of rendered) if (!Number.isFinite(v)) fail(`'${id}' rendered a non-finite sample`);
      const target = { ...TARGETS[kind], ...(recipe.lufs ? { lufs: recipe.lufs } : {}) };
      const { y: x, lufs, momentary, peak, limited } = normalise(rendered, target);
      const raw = join(work, `${id}.f32`);
      writeFileSync(raw, Buffer.from(new Float32Array(x).buffer));
      const input = ['-R', '-t', 'f32', '-L', '-r', String(SR), '-c', '1', raw];
      const enc = ENCODE[kind];
      const ogg = join(OUT_DIR, `${id}.ogg`);
      const mp3 = join(OUT_DIR, `${id}.mp3`);
      run('sox', [...input, '-C', String(enc.oggQuality), ogg]);
      run('sox', [...input, '-C', `-${enc.mp3Vbr}.2`, mp3]);
      if (keepWav) run('sox', [...input, '-b', '16', join(work, `${id}.wav`)]);
      for (const f of [ogg, mp3]) if (!statSync(f).size) fail(`${f} is empty`);
      rows.push({
        id,
        kind,
        seconds: x.length / SR,
        lufs,
        momentary,
        peak,
        limited,
        target: target.lufs,
        ogg: statSync(ogg).size,
        mp3: statSync(mp3).size,
      });
    }
  } finally {
    if (keepWav) console.log(`WAVs kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  const stray = readdirSync(OUT_DIR).filter((f) => !ids.some((id) => f === `${id}.ogg` || f === `${id}.mp3`));
  if (stray.length)
    fail(
      `files in assets/audio that are not sounds in stories/sounds.json: ${stray.join(', ')} (delete them)`,
    );

  console.log(`${soxVersion}\n${SR} Hz mono; node ${process.version}\n`);
  console.log(
    '| id | kind | seconds | LUFS (target) | max momentary LUFS | peak dBFS | limited dB | .ogg bytes | .mp3 bytes |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  let total = 0;
  for (const r of rows) {
    total += r.ogg + r.mp3;
    console.log(
      `| ${r.id} | ${r.kind} | ${r.seconds.toFixed(2)} | ${r.lufs.toFixed(1)} (${r.target}) | ${r.momentary.toFixed(1)} | ${r.peak.toFixed(1)} | ${r.limited.toFixed(1)} | ${r.ogg} | ${r.mp3} |`,
    );
  }
  console.log(`\nTotal: ${total} bytes in ${rows.length * 2} files`);
}

main();
