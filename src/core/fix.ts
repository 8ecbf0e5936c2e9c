/**
 * `rapportstod fix` and Räkna om, as ESLint's --fix: run the fixable rules and apply the fixes their
 * findings carry — the same edits Åtgärda applies one finding at a time, never computed a second way
 * — with a change list the user can read. Today that is every wrong figure in the budget tables
 * (only figures that stand under their headers; a realigned or ambiguous row is reported, never
 * changed) and the rebuild of a stale table of contents.
 */
import { allRules } from './check';
import type { Edit, SetCellText } from './edits';
import type { Report } from './model';
import { NOT_A_REPORT_WARNING } from './parse/index';
import type { DocSnapshot, Loc } from './snapshot';
import { createAnalysis } from './rules/analysis';
import { a11yRules } from './rules/a11y/index';
import { reportedFixes, runRules } from './rules/run';
import type { TocChange } from './toc/index';

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
  if (report.warnings.includes(NOT_A_REPORT_WARNING))
    return { edits: [], changes: [], notReport: NOT_A_REPORT_FIX_MESSAGE };
  const analysis = createAnalysis(report, snapshot);
  const fixes = reportedFixes(
    allRules.filter((r) => r.meta.fixable),
    report,
    snapshot,
    analysis,
  );
  const edits: Edit[] = [];
  const changes: Change[] = [];
  // Findings share a fix (every line of a stale TOC carries the one rebuild), and two sums may blame
  // one cell: each edit is applied once.
  const seenFixes = new Set<Edit[]>();
  const seenCells = new Set<string>();
  for (const fix of fixes) {
    if (seenFixes.has(fix)) continue;
    seenFixes.add(fix);
    for (const edit of fix) {
      if (edit.kind !== 'setCellText') {
        edits.push(edit);
        continue;
      }
      const key = `${edit.loc.block}:${edit.loc.row}:${edit.loc.cell}`;
      if (seenCells.has(key)) continue;
      seenCells.add(key);
      edits.push(edit);
      changes.push(changeOf(edit));
    }
  }
  const rebuildsToc = analysis.toc.edits.some((e) => edits.includes(e));
  return rebuildsToc
    ? { edits, changes, toc: { changes: analysis.toc.changes, warnings: analysis.toc.warnings } }
    : { edits, changes };
}

function changeOf(edit: SetCellText): Change {
  const where = edit.where ?? { table: '', row: '', column: '' };
  return {
    table: where.table,
    row: where.row,
    column: where.column,
    old: edit.oldText,
    new: edit.newText,
    loc: edit.loc,
  };
}

/**
 * The accessibility pack's own fixes (document title, default language sv-SE, a data table's header
 * row), which are suggestions — Åtgärda applies them one finding at a time, `fix` and Räkna om never do —
 * for `rapportstod fix --tillganglighet`, where the user asks for them by name. Each edit once, in
 * document order, with the finding's reason; nothing for a document that is not a report.
 */
export function accessibilityFixes(snapshot: DocSnapshot, report: Report): Edit[] {
  if (report.warnings.includes(NOT_A_REPORT_WARNING)) return [];
  // Only the pack's rules, on the report the caller parsed; ids are per rule, so the ignored ones match.
  const ignored = new Set(snapshot.settings.ignoredFindings);
  const edits: Edit[] = [];
  for (const finding of runRules(a11yRules, report, snapshot)) {
    if (ignored.has(finding.id)) continue;
    for (const edit of finding.suggestion ?? []) if (!edits.includes(edit)) edits.push(edit);
  }
  return edits;
}
