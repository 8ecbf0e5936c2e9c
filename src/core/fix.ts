/**
 * "Åtgärda" for the whole document: the edits that mend every wrong figure in the budget tables
 * (and, from the TOC module, the table of contents), with a change list the user can read.
 * Only figures that stand under their headers are rewritten; a row that had to be realigned or is
 * ambiguous is reported by the check, never changed here.
 */
import { budgetIssues, editFor } from './budget/index';
import type { Edit } from './edits';
import type { Report } from './model';
import { NOT_A_REPORT_WARNING } from './parse/index';
import type { DocSnapshot, Loc } from './snapshot';
import { computeTocFix, type TocChange } from './toc/index';

export interface Change {
  /** Table title, e.g. "Resultatenheter". */
  table: string;
  /** Row label, e.g. "Summa resultatenheter". */
  row: string;
  /** Column header, e.g. "Avvikelse (+/-)". */
  column: string;
  old: string;
  new: string;
  loc: Loc;
}

export interface FixResult {
  edits: Edit[];
  changes: Change[];
  /** What the TOC rebuild changed (entries, not cells) and notes for the user; absent when the TOC is left alone. */
  toc?: { changes: TocChange[]; warnings: string[] };
  /**
   * Set (Swedish, for the user) when the document is not a report: the check says so, and nothing in
   * it is ours to rewrite — a letter's "table" or a manual's TOC is left exactly as it is.
   */
  notReport?: string;
}

/** Why nothing is fixed in a document the parser calls "not a report". */
export const NOT_A_REPORT_FIX_MESSAGE =
  'Dokumentet ser inte ut som en rapport (verksamhetsberättelse, tertialrapport eller verksamhetsplan), så ingenting i det ändras.';

export function computeFixes(snapshot: DocSnapshot, report: Report): FixResult {
  if (report.warnings.includes(NOT_A_REPORT_WARNING)) return { edits: [], changes: [], notReport: NOT_A_REPORT_FIX_MESSAGE };
  const edits: Edit[] = [];
  const changes: Change[] = [];
  const seen = new Set<string>();
  for (const issue of budgetIssues(snapshot, report)) {
    const edit = editFor(issue);
    if (!edit) continue;
    const key = `${edit.loc.block}:${edit.loc.row}:${edit.loc.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edits.push(edit);
    changes.push({
      table: issue.table.title,
      row: issue.table.rows[issue.row]?.label ?? '',
      column: issue.column !== null ? issue.table.columns[issue.column]?.header ?? '' : '',
      old: edit.oldText,
      new: edit.newText,
      loc: edit.loc,
    });
  }

  // --- TOC fixes go here (TOC engineer): append `computeTocFix(report, snapshot).edits` from
  // './toc/index' to `edits`; its `changes` describe TOC entries, not cells, so report them apart
  // (e.g. an added `toc` field on FixResult).
  const toc = computeTocFix(report, snapshot);
  edits.push(...toc.edits);
  // --- end of TOC fixes.

  return toc.edits.length > 0 ? { edits, changes, toc: { changes: toc.changes, warnings: toc.warnings } } : { edits, changes };
}
