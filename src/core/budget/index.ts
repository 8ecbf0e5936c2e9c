/** Budget tables: recognise them in a snapshot, check their arithmetic, say what each wrong figure should be. */
import type { Report } from '../model';
import type { DocSnapshot } from '../snapshot';
import { checkBudgetTable } from './checks';
import { findBudgetTables } from './recognize';
import type { BudgetIssue } from './types';

export * from './types';
export { recognizeBudgetTable, findBudgetTables, columnRole, normalizeText } from './recognize';
export { checkBudgetTable, formatForCell } from './checks';
export { buildConstraints, evaluate, percentOf } from './arithmetic';

/**
 * All budget issues of the document, table by table in document order. A check computes them once
 * (src/core/rules/analysis.ts) and hands them to the budget rules.
 */
export function checkBudgetTables(snapshot: DocSnapshot, report?: Report | null): BudgetIssue[] {
  return findBudgetTables(snapshot, report).flatMap(checkBudgetTable);
}
export { editFor } from './fix-edit';
