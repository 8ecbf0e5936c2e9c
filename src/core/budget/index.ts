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

/** All budget issues of the document (uncached; see `budgetIssues`), table by table in document order. */
export function checkBudgetTables(snapshot: DocSnapshot, report?: Report | null): BudgetIssue[] {
  return findBudgetTables(snapshot, report).flatMap(checkBudgetTable);
}
export { budgetIssues, editFor } from './analyze';
