/**
 * What the rules of one check share: the budget tables' issues and the table of contents' rebuild.
 * Both are costly (recognising budget tables realigns rows; the rebuild matches every heading), so a
 * check computes each at most once, when a rule first asks, and hands the same result to every rule
 * and to the fix command — no cache outlives the check.
 */
import { checkBudgetTables } from '../budget/index';
import type { BudgetIssue } from '../budget/types';
import type { Report } from '../model';
import type { DocSnapshot } from '../snapshot';
import { computeTocFix, type TocFix } from '../toc/index';

export interface Analysis {
  /** Every budget table's issues, table by table in document order. */
  readonly budget: readonly BudgetIssue[];
  /** The rebuild of the table of contents (no edits when it lists the headings, or there is none). */
  readonly toc: TocFix;
}

export function createAnalysis(report: Report, snapshot: DocSnapshot): Analysis {
  let budget: BudgetIssue[] | undefined;
  let toc: TocFix | undefined;
  return {
    get budget() {
      return (budget ??= checkBudgetTables(snapshot, report));
    },
    get toc() {
      return (toc ??= computeTocFix(report, snapshot));
    },
  };
}
