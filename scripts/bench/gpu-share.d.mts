// Types for gpu-share.mjs (so the unit tests in tests/bench can import it).
export function cpuSecondsFromStat(stat: string, ticksPerSecond: number): number | null;
export function parentFromStat(stat: string): number | null;
export function coresUsed(cpuSeconds: number | null, wallSeconds: number): number | null;
export function gpuCpuSeconds(): number | null;
export function gpuMeter(): { start(): void; stop(): void; cores(): number | null };
