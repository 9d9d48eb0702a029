// Types for output.mjs (so the unit tests in tests/bench can import it).
export function printResults(
  results: Record<string, unknown>,
  options: {
    json: boolean;
    outFile: string;
    stdout?: { write(chunk: string): unknown };
    stderr?: { write(chunk: string): unknown };
  },
): void;
export function gpuShareLine(
  gpu: { game?: Record<string, number | null>; inkDom?: Record<string, number | null> } | undefined,
): string | null;
