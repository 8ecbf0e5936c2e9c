/** The cell edit that mends a wrong figure: what the budget-sums rule attaches to its finding as the fix. */
import type { SetCellText } from '../edits';
import type { BudgetIssue } from './types';

/** The cell edit that mends a sum-mismatch issue, or null when the cell cannot be rewritten safely. */
export function editFor(issue: BudgetIssue): SetCellText | null {
  if (issue.kind !== 'sum-mismatch' || !issue.fixable || issue.newText === undefined || issue.oldText === undefined)
    return null;
  const { block, row, cell } = issue.loc;
  if (row === undefined || cell === undefined) return null;
  const label = issue.table.rows[issue.row]?.label ?? '';
  const column = issue.column !== null ? (issue.table.columns[issue.column]?.header ?? '') : '';
  return {
    kind: 'setCellText',
    loc: { block, row, cell },
    oldText: issue.oldText,
    newText: issue.newText,
    reason: `${issue.table.title}: ${label}, ${column}: ${issue.oldText.trim()} → ${issue.newText}`,
    where: { table: issue.table.title, row: label, column },
  };
}
