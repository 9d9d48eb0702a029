// Types for report.mjs (so the unit tests in tests/bench can import it).
export interface BudgetCheck {
  id: string;
  description: string;
  metric: string;
  value: unknown;
  limit: number;
  op: '<=' | '<' | '>=';
  pass: boolean;
}
export const BUDGETS_FILE: string;
export function get(obj: unknown, path: string): unknown;
export function checkBudgets(results: unknown, file?: string): BudgetCheck[];
export function table(results: unknown): string;
export function budgetTable(checks: BudgetCheck[]): string;
