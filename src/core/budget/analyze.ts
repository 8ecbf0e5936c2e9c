/**
 * One analysis per snapshot: the budget rules, the fix command and the task pane all ask for the
 * same issues, and recognising the tables (with realignment) is the costly part.
 */
import type { SetCellText } from '../edits';
import type { Report } from '../model';
import type { DocSnapshot } from '../snapshot';
import { checkBudgetTable } from './checks';
import { findBudgetTables } from './recognize';
import type { BudgetIssue } from './types';

const cache = new WeakMap<DocSnapshot, WeakMap<object, BudgetIssue[]>>();
const NO_REPORT = {};

export function budgetIssues(snapshot: DocSnapshot, report?: Report | null): BudgetIssue[] {
  let bySnapshot = cache.get(snapshot);
  if (!bySnapshot) {
    bySnapshot = new WeakMap();
    cache.set(snapshot, bySnapshot);
  }
  const key = report ?? NO_REPORT;
  let issues = bySnapshot.get(key);
  if (!issues) {
    issues = findBudgetTables(snapshot, report).flatMap(checkBudgetTable);
    bySnapshot.set(key, issues);
  }
  return issues;
}

/** The cell edit that mends a sum-mismatch issue, or null when the cell cannot be rewritten safely. */
export function editFor(issue: BudgetIssue): SetCellText | null {
  if (issue.kind !== 'sum-mismatch' || !issue.fixable || issue.newText === undefined || issue.oldText === undefined) return null;
  const { block, row, cell } = issue.loc;
  if (row === undefined || cell === undefined) return null;
  const label = issue.table.rows[issue.row]?.label ?? '';
  const column = issue.column !== null ? issue.table.columns[issue.column]?.header ?? '' : '';
  return {
    kind: 'setCellText',
    loc: { block, row, cell },
    oldText: issue.oldText,
    newText: issue.newText,
    reason: `${issue.table.title}: ${label}, ${column}: ${issue.oldText.trim()} → ${issue.newText}`,
  };
}
