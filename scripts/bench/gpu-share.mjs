// How much of the machine Chromium's GPU process takes while a page is played. In headless Chromium the stage's
// WebGL and the compositing of every frame run in software (SwiftShader) inside that process, on the same cores as
// the page's main thread: on a 2-core machine, what it takes is taken from the words. Read from Linux's /proc, so
// elsewhere it is not measured (null). Only the GPU processes started under this bench (its own descendants) count.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { round } from './stats.mjs';

/** The fields after the command name of a /proc/PID/stat line (the first is the state, field 3); null if it is not
 *  one. The name, in brackets, may itself hold spaces and brackets, so fields are counted from its last bracket. */
function fieldsAfterName(stat) {
  const end = stat.lastIndexOf(')');
  return end < 0 ? null : stat.slice(end + 2).split(' ');
}

/** CPU seconds (user + system, fields 14 and 15) from the text of /proc/PID/stat; null if it cannot be read. */
export function cpuSecondsFromStat(stat, ticksPerSecond) {
  const rest = fieldsAfterName(stat);
  const utime = Number(rest?.[11]);
  const stime = Number(rest?.[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / ticksPerSecond : null;
}

/** The parent's pid (field 4), from the same text. */
export function parentFromStat(stat) {
  const rest = fieldsAfterName(stat);
  return rest ? Number(rest[1]) : null;
}

/** Cores used over a stretch: CPU seconds over wall seconds, two decimals; null without both. */
export function coresUsed(cpuSeconds, wallSeconds) {
  if (cpuSeconds === null || !(wallSeconds > 0)) return null;
  return round(cpuSeconds / wallSeconds, 2);
}

let ticks;
const ticksPerSecond = () => (ticks ??= Number(execSync('getconf CLK_TCK').toString()) || 100);

const read = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process ended while we looked
  }
};

/** CPU seconds used so far by the GPU processes descended from this one; null where /proc is not there. */
export function gpuCpuSeconds() {
  if (process.platform !== 'linux') return null;
  const parent = new Map();
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    stats.set(Number(name), stat);
    parent.set(Number(name), parentFromStat(stat));
  }
  const ours = (pid) => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, stat] of stats) {
    if (!ours(pid) || !read(`/proc/${pid}/cmdline`)?.includes('--type=gpu-process')) continue;
    total += cpuSecondsFromStat(stat, ticksPerSecond()) ?? 0;
  }
  return total;
}

/** A meter to start and stop around the stretches to count (the ink player's plays fall between the game's
 *  scenarios, and are not the game's). `cores()`: the share over every counted stretch; null where nothing could be
 *  measured (no stretch counted, so no wall time). */
export function gpuMeter() {
  let cpu = 0;
  let wall = 0;
  let from = null;
  return {
    start() {
      from = { c: gpuCpuSeconds(), t: performance.now() };
    },
    stop() {
      const c = from && from.c !== null ? gpuCpuSeconds() : null;
      if (c !== null) {
        cpu += c - from.c;
        wall += (performance.now() - from.t) / 1000;
      }
      from = null;
    },
    cores: () => coresUsed(cpu, wall),
  };
}
