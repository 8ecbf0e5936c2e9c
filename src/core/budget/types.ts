/**
 * The budget-table model: what a snapshot table means as one of the economy section's tables.
 * Columns and rows get roles from their header and label texts (never from their position), so
 * that a table with an extra column or reordered columns is still read right.
 */
import type { Decimal } from '../numbers/decimal';
import type { NumberStyle, ParsedValue } from '../numbers/swedish';
import type { Loc } from '../snapshot';
import type { BudgetTableKind, ColumnRole } from '../template/schema';

// The kinds and column roles are the template's (src/core/template/schema.ts): the data file says
// which header means which role and how each kind is recognised.
export type { BudgetTableKind, ColumnRole } from '../template/schema';

export type RowRole =
  | 'item'
  /** "varav …": a part of the nearest item row above; not added to totals. */
  | 'varav'
  /** "Totalt", "Summa …": the sum of the item rows above it. */
  | 'total'
  /** A label with no figures (e.g. "Förskoleverksamhet" above its rows in Omslutningsförändringar). */
  | 'group'
  /** drift-netto: the net appropriation row ("Anslag för nämndens verksamhet (netto)"). */
  | 'netto'
  /** drift-netto: Intäkter and Kostnader, whose sum is the net. */
  | 'intakter'
  | 'kostnader'
  /** drift-netto: "Prognos/avvikelse före resultatdispositioner". */
  | 'fore'
  /** drift-netto: result-unit surplus carried in from last year or out to next year. */
  | 'overforing'
  /** drift-netto: "Prognos/avvikelse efter resultatdispositioner". */
  | 'efter';

export interface BudgetColumn {
  index: number;
  role: ColumnRole;
  /** Header text with line breaks and hyphenation joined, as written otherwise. */
  header: string;
  /** Grid columns the header covers: [from, to) */
  gridFrom: number;
  gridTo: number;
}

export interface BudgetCell {
  /** Index into `BudgetTable.columns`. */
  column: number;
  raw: string;
  parsed: ParsedValue;
  loc: Required<Pick<Loc, 'block' | 'row' | 'cell'>>;
}

export type RowAlignment =
  /** Cells stand under their headers. */
  | 'exact'
  /** The row has fewer cells than the header; its figures were placed by the table's arithmetic. */
  | 'realigned'
  /** The row has fewer cells than the header and the figures fit more than one way: not checked. */
  | 'ambiguous';

export interface BudgetRow {
  /** Row index in the snapshot table. */
  index: number;
  label: string;
  role: RowRole;
  /** For a varav row: index into `BudgetTable.rows` of its parent row. */
  parent: number | null;
  /** Indexed by column index; null where the row has no cell under that column. */
  cells: (BudgetCell | null)[];
  alignment: RowAlignment;
  loc: Required<Pick<Loc, 'block' | 'row'>>;
}

export interface BudgetTable {
  kind: BudgetTableKind;
  block: number;
  /** Caption or nearest preceding text, for messages ("Resultatenheter"). */
  title: string;
  unit: 'mnkr' | 'tkr' | null;
  /** Decimals the table's figures are written with (1 for mnkr tables, 0 for tkr). */
  precision: number;
  columns: BudgetColumn[];
  /** Data rows (header rows excluded), in order. */
  rows: BudgetRow[];
  /** Number of header rows at the top of the snapshot table. */
  headerRows: number;
}

/** A reference to one figure: row and column indexes into a `BudgetTable`. */
export interface CellRef {
  row: number;
  column: number;
}

export type BudgetIssueKind =
  'sum-mismatch' | 'varav-exceeds' | 'transfer-limit' | 'fund-limit' | 'ambiguous-row' | 'number-format';

export interface BudgetIssue {
  kind: BudgetIssueKind;
  table: BudgetTable;
  /** Index into `table.rows`. */
  row: number;
  /** Index into `table.columns`, or null for a whole-row issue. */
  column: number | null;
  loc: Loc;
  /** Swedish: the kind's template in `messages.ts` filled with `data`. */
  message: string;
  /** The values the message names (table, row, column, figures), for the rules' message templates. */
  data: Record<string, string>;
  /** For sum-mismatch: the value the cell should hold, and the text to write in the column's style. */
  expected?: Decimal;
  oldText?: string;
  newText?: string;
  /** True when the cell may be rewritten safely (it stands under its header and holds a number). */
  fixable?: boolean;
}

export type { NumberStyle };
