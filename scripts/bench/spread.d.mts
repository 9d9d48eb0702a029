// Types for spread.mjs (so the unit tests in tests/bench can import it).
export interface BudgetSpread {
  id: string;
  description: string;
  op: '<=' | '<' | '>=';
  values: number[];
  limits: number[];
  median: number;
  worst: number;
  worstLimit: number;
  medianMeets: boolean;
  worstMeets: boolean;
  everyRunMeets: boolean;
}
export function spread(runs: unknown[], budgetsFile?: string): BudgetSpread[];
export function spreadTable(rows: BudgetSpread[]): string;
