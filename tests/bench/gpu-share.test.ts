// The bench's measure of how much of the machine Chromium's GPU process takes while a page is played: read from
// /proc/PID/stat, whose second field (the command name, in brackets) can hold spaces and brackets of its own.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  coresUsed,
  cpuSecondsFromStat,
  gpuCpuSeconds,
  gpuMeter,
  parentFromStat,
} from '../../scripts/bench/gpu-share.mjs';
import { gpuShareLine } from '../../scripts/bench/output.mjs';

// A real line's shape: pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
const stat = (comm: string, utime: number, stime: number) =>
  `4918 (${comm}) S 4875 4875 1271 0 -1 4194304 121 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 549274`;

describe('reading /proc/PID/stat', () => {
  it('adds user and system time, in seconds at the given clock rate', () => {
    expect(cpuSecondsFromStat(stat('chromium', 250, 50), 100)).toBe(3);
  });

  it('counts fields from the last closing bracket, so a name with spaces and brackets does not shift them', () => {
    expect(cpuSecondsFromStat(stat('Thread<00> (x) y', 120, 30), 100)).toBe(1.5);
    expect(parentFromStat(stat('a ) b', 1, 1))).toBe(4875);
  });

  it('gives null for text that is not a stat line', () => {
    expect(cpuSecondsFromStat('nonsense', 100)).toBeNull();
    expect(cpuSecondsFromStat('1 (x) S', 100)).toBeNull();
  });
});

describe('cores used', () => {
  it('is CPU seconds over wall seconds to two decimals, or null without a stretch to divide by', () => {
    expect(coresUsed(3, 2.5)).toBe(1.2);
    expect(coresUsed(null, 2)).toBeNull();
    expect(coresUsed(1, 0)).toBeNull();
  });
});

describe.runIf(process.platform === 'linux')('the GPU processes under this one', () => {
  it('counts none while this process has started no browser, busy children or not', async () => {
    // A busy child that is not a GPU process: its time must not count.
    const child = spawn(process.execPath, ['-e', 'const t = Date.now(); while (Date.now() - t < 400);']);
    await new Promise((r) => setTimeout(r, 200));
    expect(gpuCpuSeconds()).toBe(0);
    await new Promise((r) => child.on('exit', r));
  });

  it('meters the stretches it is started and stopped around', () => {
    const meter = gpuMeter();
    meter.start();
    meter.stop();
    expect(meter.cores()).toBe(0);
  });
});

describe("the bench's printed line", () => {
  it("names the game's share and the ink player's at 4x", () => {
    expect(gpuShareLine({ game: { x1: 0.4, x4: 1.18 }, inkDom: { x4: 0.25 } })).toBe(
      "Chromium's GPU process while playing at 4x: the game 1.18 cores, the ink player 0.25 " +
        '(software WebGL and compositing, on the cores the page runs on)',
    );
  });

  it('says nothing where it was not measured', () => {
    expect(gpuShareLine({ game: { x4: null }, inkDom: { x4: null } })).toBeNull();
    expect(gpuShareLine(undefined)).toBeNull();
  });
});
