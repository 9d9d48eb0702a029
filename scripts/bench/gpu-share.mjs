// How much of the machine Chromium's GPU process takes while a page is played. In headless Chromium the stage's
// WebGL and the compositing of every frame run in software (SwiftShader) inside that process, on the same cores as
// the page's main thread: on a 2-core machine, what it takes is taken from the words. Read from Linux's /proc, so
// elsewhere it is not measured (null). Only the GPU processes started under this bench (its own descendants) count.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** CPU seconds (user + system) from the text of /proc/PID/stat; null if it cannot be read. The command name (in
 *  brackets, second field) may itself hold spaces and brackets, so fields are counted from its closing bracket. */
export function cpuSecondsFromStat(stat, ticksPerSecond) {
  const end = stat.lastIndexOf(')');
  if (end < 0) return null;
  // After the name: state (field 3), ppid (4), ..., utime (14), stime (15).
  const rest = stat.slice(end + 2).split(' ');
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / ticksPerSecond : null;
}

/** The parent's pid, from the same text. */
export function parentFromStat(stat) {
  const end = stat.lastIndexOf(')');
  return end < 0 ? null : Number(stat.slice(end + 2).split(' ')[1]);
}

/** Cores used over a stretch: CPU seconds over wall seconds, two decimals; null without both. */
export function coresUsed(cpuSeconds, wallSeconds) {
  if (cpuSeconds === null || !(wallSeconds > 0)) return null;
  return Math.round((cpuSeconds / wallSeconds) * 100) / 100;
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
 *  scenarios, and are not the game's). `cores()`: the share over every counted stretch. */
export function gpuMeter() {
  let cpu = 0;
  let wall = 0;
  let from = null;
  let measurable = true;
  return {
    start() {
      const c = gpuCpuSeconds();
      if (c === null) measurable = false;
      from = { c, t: performance.now() };
    },
    stop() {
      if (!from || from.c === null) return;
      const c = gpuCpuSeconds();
      if (c !== null) {
        cpu += c - from.c;
        wall += (performance.now() - from.t) / 1000;
      }
      from = null;
    },
    cores: () => (measurable ? coresUsed(cpu, wall) : null),
  };
}
