/**
 * Recognises the economy section's budget tables in a snapshot table, by what its headers and row
 * labels say, as the template of the report's year describes them (src/core/template, `budgetTables`:
 * which header means which column role, which roles and row names make each kind, each kind's title).
 * Anything else is not a budget table.
 */
import { buildConstraints, evaluate } from './arithmetic';
import { parseSwedishNumber } from '../numbers/swedish';
import { equals, ZERO } from '../numbers/decimal';
import type { Report } from '../model';
import { Cell, DocSnapshot, isParagraph, isTable, Table } from '../snapshot';
import { budgetTablesFor, type BudgetKind, type BudgetTables } from '../template/index';
import type { BudgetCell, BudgetColumn, BudgetRow, BudgetTable, BudgetTableKind, ColumnRole, RowRole } from './types';

/** Header or label text for matching: hyphenated line breaks joined, spaces collapsed, lower case. */
export function normalizeText(text: string): string {
  return stripInvisible(text)
    .replace(/-\s*\n\s*/g, '')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Optional hyphens (U+00AD in .docx text, U+001F in Word's own text) and zero-width spaces: Word
 * shows them only at a line end, so "Prog\u00adnos" is the word Prognos.
 */
function stripInvisible(text: string): string {
  return text.replace(/[\u00ad\u001f\u200b\ufeff]/g, '');
}

/** Text as shown in messages: line breaks as spaces. */
export function displayText(text: string): string {
  return stripInvisible(text)
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim();
}

/** The role of a column with this header, by the template's header patterns (the first that matches). */
export function columnRole(header: string, tables: BudgetTables = budgetTablesFor(null)): ColumnRole {
  // "(max 10 %)" states a limit on the column's figures, not that they are percentages.
  const h = normalizeText(header)
    .replace(/\(\s*max[^)]*\)/g, ' ')
    .trim();
  if (h === '') return 'other';
  return tables.columnRoles.find((r) => r.header.test(h))?.role ?? 'other';
}

function rowRole(label: string, kind: BudgetTableKind): RowRole {
  // An indented part row is often set off by a dash or bullet; "därav" means the same as "varav".
  const l = normalizeText(label).replace(/^[-\u2013\u2014\u2212•·*]+\s*/, '');
  if (/^(varav|därav)\b/.test(l)) return 'varav';
  if (kind === 'drift-netto') {
    if (/^intäkter\b/.test(l)) return 'intakter';
    if (/^kostnader\b/.test(l)) return 'kostnader';
    if (/före resultat/.test(l)) return 'fore';
    if (/efter resultat/.test(l)) return 'efter';
    if (/(över|under)skott (från|till)|resultatöverföring/.test(l)) return 'overforing';
    if (/netto|anslag/.test(l)) return 'netto';
  }
  if (/^(totalt|summa|total)\b/.test(l)) return 'total';
  return 'item';
}

function isNumberCell(cell: Cell | undefined): boolean {
  return !!cell && parseSwedishNumber(cell.text).kind === 'number';
}

/**
 * A header row of years under the column titles ("| Budget | Prognos |" over "| 2020 | 2020 |"): no
 * label (or only the unit) and nothing but years. Read as figures it would be added to the Totalt.
 */
function isYearRow(row: Table['rows'][number]): boolean {
  const label = normalizeText(row.cells[0]?.text ?? '');
  if (label !== '' && !/^(mnkr|tkr|kr)\b[\s,.:]*(netto)?$/.test(label)) return false;
  const texts = row.cells
    .slice(1)
    .map((c) => c.text.trim())
    .filter((t) => t !== '');
  return texts.length > 0 && texts.every((t) => /^(19|20)\d\d$/.test(t));
}

/** Leading rows that hold no figures beyond the first cell (a header may use two rows). */
function countHeaderRows(table: Table): number {
  let n = 0;
  for (const row of table.rows) {
    if (n >= 3) break;
    const figures = row.cells.slice(1).some((c) => isNumberCell(c)) && !isYearRow(row);
    if (figures && !row.header) break;
    // A label alone ("Förskoleverksamhet" above its rows) is a group row of the data, not a header.
    const headings = row.cells.slice(1).some((c) => c.text.trim() !== '');
    if (n > 0 && !headings && !row.header) break;
    n++;
  }
  return n;
}

function buildColumns(table: Table, headerRows: number, tables: BudgetTables): BudgetColumn[] {
  // The header row with the most cells defines the columns; rows above add their text over the same grid.
  const header = table.rows
    .slice(0, headerRows)
    .reduce((best, row) => (row.cells.length > best.cells.length ? row : best));
  return header.cells.map((cell, index) => {
    const gridFrom = cell.gridColumn;
    const gridTo = cell.gridColumn + cell.gridSpan;
    const texts: string[] = [];
    for (const row of table.rows.slice(0, headerRows)) {
      for (const c of row.cells) {
        const overlaps = c.gridColumn < gridTo && c.gridColumn + c.gridSpan > gridFrom;
        if (overlaps && c.text.trim() && !texts.includes(c.text)) texts.push(c.text);
      }
    }
    const text = texts.join(' ');
    return {
      index,
      role: index === 0 ? 'label' : columnRole(text, tables),
      header: displayText(text.replace(/-\s*\n\s*/g, '')),
      gridFrom,
      gridTo,
    };
  });
}

/** Whether a kind's extra condition holds: row names (`ls`) or headings, caption and section (`head`). */
function holds(kind: BudgetKind, head: string, ls: string[]): boolean {
  if (!kind.when) return true;
  return kind.when.some((c) => {
    if ('labels' in c) return c.labels.every((re) => ls.some((l) => re.test(l)));
    if ('heading' in c) return c.heading.test(head);
    return ls.filter((l) => c.mostLabels.test(l)).length * 2 >= ls.length;
  });
}

/** The first of the template's kinds whose column roles and conditions the table meets, or null. */
function classify(tables: BudgetTables, columns: BudgetColumn[], labels: string[], context: string): BudgetKind | null {
  const roles = new Set(columns.map((c) => c.role));
  if (tables.notBudgetHeaders.test(normalizeText(columns.map((c) => c.header).join(' ')))) return null;
  const head = normalizeText(columns.map((c) => c.header).join(' ') + ' ' + context);
  const ls = labels.map(normalizeText);
  return (
    tables.kinds.find((k) => k.recognizedBy.some((set) => set.every((r) => roles.has(r))) && holds(k, head, ls)) ?? null
  );
}

function unitOf(text: string, kind: BudgetKind): BudgetTable['unit'] {
  const t = normalizeText(text);
  if (/\bmnkr\b|miljoner kronor/.test(t)) return 'mnkr';
  if (/\btkr\b|tusen kronor/.test(t)) return 'tkr';
  return kind.unitWhenUnstated;
}

export interface RecognizeContext {
  block: number;
  /** Caption (paragraph before the table) and section title, when known. */
  caption?: string | null;
  section?: string | null;
  /** The report's year: the template of that year says what its budget tables look like. */
  year?: number | null;
  /** The budget tables to recognise instead of the year's (a test's made-up template). */
  tables?: BudgetTables;
}

/** Reads a snapshot table as a budget table, or returns null when it is not one. */
export function recognizeBudgetTable(table: Table, ctx: RecognizeContext): BudgetTable | null {
  if (table.rows.length < 2) return null;
  const headerRows = countHeaderRows(table);
  if (headerRows === 0 || headerRows >= table.rows.length) return null;
  const tables = ctx.tables ?? budgetTablesFor(ctx.year ?? null);
  const columns = buildColumns(table, headerRows, tables);
  const dataRows = table.rows.slice(headerRows);
  const labels = dataRows.map((r) => r.cells[0]?.text ?? '');
  const context = [ctx.caption ?? '', ctx.section ?? ''].join(' ');
  const spec = classify(tables, columns, labels, context);
  if (!spec) return null;
  const kind = spec.kind;
  const numeric = columns.filter((c) => c.role !== 'label' && c.role !== 'other');

  let precision = 0;
  const rows: BudgetRow[] = [];
  let lastItem: number | null = null;
  const shortRows: { index: number; values: BudgetCell[] }[] = [];
  dataRows.forEach((row, i) => {
    const r = headerRows + i;
    const label = displayText(row.cells[0]?.text ?? '');
    const cells: (BudgetCell | null)[] = columns.map(() => null);
    const valueCells: BudgetCell[] = [];
    row.cells.forEach((cell, ci) => {
      if (ci === 0) return;
      const parsed = parseSwedishNumber(cell.text);
      if (parsed.kind === 'number') precision = Math.max(precision, parsed.style.decimals);
      const column = columns.find((c) => cell.gridColumn >= c.gridFrom && cell.gridColumn < c.gridTo)?.index ?? -1;
      const bc: BudgetCell = { column, raw: cell.text, parsed, loc: { block: ctx.block, row: r, cell: ci } };
      valueCells.push(bc);
      if (column > 0 && cell.gridSpan === 1) cells[column] = bc;
    });
    const spansSeveral = row.cells.some((c, ci) => ci > 0 && c.gridSpan > 1);
    const covered = valueCells.filter((c) => c.column > 0).length;
    const withFigures = valueCells.filter((c) => c.parsed.kind !== 'empty');
    let role = rowRole(label, kind);
    if (withFigures.length === 0 && role === 'item' && label !== '') role = 'group';
    const short = (covered < numeric.length || spansSeveral) && withFigures.length > 0;
    const budgetRow: BudgetRow = {
      index: r,
      label,
      role,
      parent: role === 'varav' ? lastItem : null,
      cells,
      alignment: 'exact',
      loc: { block: ctx.block, row: r },
    };
    if (role === 'item') lastItem = rows.length;
    if (short) {
      // Placed below, once the rest of the table can vouch for a placement.
      budgetRow.cells = columns.map(() => null);
      shortRows.push({ index: rows.length, values: withFigures });
    }
    rows.push(budgetRow);
  });

  const result: BudgetTable = {
    kind,
    block: ctx.block,
    title: isCaption(ctx.caption) ? displayText(ctx.caption) : spec.title,
    unit: unitOf(columns.map((c) => c.header).join(' ') + ' ' + context, spec),
    precision,
    columns,
    rows,
    headerRows,
  };
  for (const s of shortRows)
    realign(
      result,
      s.index,
      s.values,
      numeric.map((c) => c.index),
    );
  return result;
}

/** A caption names the table ("Tabell 3 Resultatenheter"); a sentence of prose before it does not. */
function isCaption(text: string | null | undefined): text is string {
  const t = (text ?? '').trim();
  return t !== '' && t.length <= 80 && !/[.:!?]$/.test(t);
}

/** All ways to put `k` values, in order, under `m` columns. */
function placements(k: number, m: number): number[][] {
  const out: number[][] = [];
  const pick = (start: number, acc: number[]) => {
    if (acc.length === k) {
      out.push(acc);
      return;
    }
    for (let i = start; i <= m - (k - acc.length); i++) pick(i + 1, [...acc, i]);
  };
  pick(0, []);
  return out;
}

/**
 * A row with fewer figures than columns (seed 001: "Förskoleverksamhet 686,4 682,9 682,9 3,5" under
 * five columns): try every order-keeping placement and keep the one the table's arithmetic agrees
 * with. When placements that mean different figures fit equally well, the row is left unchecked.
 * Placements are ranked by fewest broken sums, then by most sums confirmed.
 */
function realign(table: BudgetTable, rowIndex: number, values: BudgetCell[], numeric: number[]): void {
  const row = table.rows[rowIndex];
  if (values.length > numeric.length) {
    row.alignment = 'ambiguous';
    return;
  }
  const scored = placements(values.length, numeric.length).map((p) => {
    const cells: (BudgetCell | null)[] = table.columns.map(() => null);
    p.forEach((slot, i) => {
      cells[numeric[slot]] = { ...values[i], column: numeric[slot] };
    });
    row.cells = cells;
    row.alignment = 'realigned';
    let fails = 0;
    let oks = 0;
    for (const c of buildConstraints(table)) {
      if (c.target.row !== rowIndex && !c.terms.some((t) => t.ref.row === rowIndex)) continue;
      const e = evaluate(table, c);
      if (e.status === 'fail') fails++;
      if (e.status === 'ok') oks++;
    }
    return { cells, fails, oks };
  });
  const best = Math.min(...scored.map((s) => s.fails));
  const top = scored.filter((s) => s.fails === best);
  const maxOk = Math.max(...top.map((s) => s.oks));
  const winners = top.filter((s) => s.oks === maxOk);
  // Placements that differ only in where a zero stands mean the same figures.
  const vector = (cells: (BudgetCell | null)[]) =>
    numeric.map((c) => {
      const p = cells[c]?.parsed;
      return p && p.kind === 'number' ? p.value : ZERO;
    });
  const first = vector(winners[0].cells);
  const same = winners.every((w) => vector(w.cells).every((v, i) => equals(v, first[i])));
  // The best placement wins even when an error elsewhere breaks a sum it shares with all the others.
  if (same) {
    row.cells = winners[0].cells;
    row.alignment = 'realigned';
  } else {
    row.cells = table.columns.map(() => null);
    row.alignment = 'ambiguous';
  }
}

/** The paragraph text just before a block, skipping empty paragraphs. */
function captionBefore(snapshot: DocSnapshot, block: number): string | null {
  for (let i = block - 1; i >= 0 && i >= block - 3; i--) {
    const b = snapshot.blocks[i];
    if (!isParagraph(b)) return null;
    if (b.text.trim()) return b.text.trim();
  }
  return null;
}

/**
 * Every budget table of the document. Uses the parser's `otherTables` for captions and sections
 * when a report is given, and looks at every top-level table so that it works before parsing too.
 */
export function findBudgetTables(snapshot: DocSnapshot, report?: Report | null): BudgetTable[] {
  const out: BudgetTable[] = [];
  snapshot.blocks.forEach((block, i) => {
    if (!isTable(block)) return;
    const other = report?.otherTables.find((t) => t.block === i);
    const recognized = recognizeBudgetTable(block, {
      block: i,
      caption: other?.caption ?? captionBefore(snapshot, i),
      section: other?.section ?? null,
      year: report?.year ?? null,
    });
    if (recognized) out.push(recognized);
  });
  return out;
}
