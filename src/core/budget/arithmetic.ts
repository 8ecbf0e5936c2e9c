/**
 * The arithmetic a budget table promises, as linear constraints between its figures: a total is
 * the sum of its item rows, Avvikelse is Budget (+ justeringar) − Prognos, a parent equals its
 * varav rows when the table shows it as a full breakdown, next year's transfer is −(last year's
 * transfer + this year's result). Everything is exact (`Decimal`), so 0,1 + 0,2 is 0,3.
 */
import { add, Decimal, equals, mul, negate, round, sub, sum, ZERO, dec } from '../numbers/decimal';
import type { BudgetTable, CellRef, ColumnRole } from './types';

export interface Term {
  ref: CellRef;
  coef: 1 | -1;
}

export type ConstraintKind = 'total' | 'avvikelse' | 'varav-sum' | 'netto' | 'fore' | 'efter' | 'overforing';

/** `target` must equal Σ coef × term; a missing or blank term counts as 0. */
export interface Constraint {
  kind: ConstraintKind;
  target: CellRef;
  terms: Term[];
  /** Swedish: how the expected value is computed, for the message ("summan av raderna ovanför"). */
  explain: string;
}

/** A figure: a number, nothing (blank, "i.u.", no cell), or text that is not a number. */
export type Figure = { kind: 'number'; value: Decimal } | { kind: 'none' } | { kind: 'bad' };

export function figure(table: BudgetTable, ref: CellRef): Figure {
  const cell = table.rows[ref.row]?.cells[ref.column] ?? null;
  if (!cell) return { kind: 'none' };
  const p = cell.parsed;
  if (p.kind === 'number') return { kind: 'number', value: p.value };
  if (p.kind === 'text') return { kind: 'bad' };
  return { kind: 'none' };
}

export function numberAt(table: BudgetTable, ref: CellRef): Decimal | null {
  const f = figure(table, ref);
  return f.kind === 'number' ? f.value : null;
}

export interface Evaluation {
  status: 'ok' | 'fail' | 'skip';
  computed: Decimal;
  actual: Decimal;
}

function isPercent(table: BudgetTable, ref: CellRef): boolean {
  const p = table.rows[ref.row]?.cells[ref.column]?.parsed;
  return p?.kind === 'number' && p.percent;
}

export function evaluate(table: BudgetTable, c: Constraint): Evaluation {
  const skip: Evaluation = { status: 'skip', computed: ZERO, actual: ZERO };
  const rows = [c.target.row, ...c.terms.map((t) => t.ref.row)];
  if (rows.some((r) => table.rows[r]?.alignment === 'ambiguous')) return skip;
  // A figure written as a percentage is not an amount: sums and differences with it mean nothing.
  if ([c.target, ...c.terms.map((t) => t.ref)].some((ref) => isPercent(table, ref))) return skip;
  const target = figure(table, c.target);
  // A blank result cell means "not given": nothing to compare with.
  if (target.kind !== 'number') return skip;
  let computed = ZERO;
  let given = 0;
  for (const t of c.terms) {
    const f = figure(table, t.ref);
    if (f.kind === 'bad') return skip;
    if (f.kind === 'number') {
      given++;
      computed = add(computed, t.coef === 1 ? f.value : negate(f.value));
    }
  }
  if (given === 0) return skip;
  return { status: equals(computed, target.value) ? 'ok' : 'fail', computed, actual: target.value };
}

function firstColumn(table: BudgetTable, ...roles: ColumnRole[]): number | null {
  for (const role of roles) {
    const c = table.columns.find((col) => col.role === role);
    if (c) return c.index;
  }
  return null;
}

/** Columns holding figures that add up down the table. */
export function numericColumns(table: BudgetTable): number[] {
  return table.columns.filter((c) => c.role !== 'label' && c.role !== 'other').map((c) => c.index);
}

/** The Prognos column the deviation is measured against: after result transfers when the table has both. */
export function deviationPrognosColumn(table: BudgetTable): number | null {
  return firstColumn(table, 'prognosEfter', 'prognos', 'prognosFore');
}

function columnName(table: BudgetTable, column: number): string {
  return table.columns[column]?.header || '?';
}

/**
 * Varav rows are a complete breakdown of their parent when their sum equals the parent in most of
 * the columns where the parent has a non-zero figure; only then is a parent ≠ Σ varav an error.
 */
function isFullBreakdown(table: BudgetTable, parent: number, children: number[]): boolean {
  let equal = 0;
  let checkable = 0;
  for (const col of numericColumns(table)) {
    const p = numberAt(table, { row: parent, column: col });
    if (!p || p.digits === 0n) continue;
    const parts = children.map((r) => numberAt(table, { row: r, column: col }));
    if (parts.every((v) => v === null)) continue;
    checkable++;
    if (equals(sum(parts.map((v) => v ?? ZERO)), p)) equal++;
  }
  return checkable > 0 && equal * 2 > checkable;
}

export function buildConstraints(table: BudgetTable): Constraint[] {
  const out: Constraint[] = [];
  const numeric = numericColumns(table);
  const rows = table.rows;

  // Totals: the item rows since the previous total (varav, group and netto-form rows excluded).
  let from = 0;
  rows.forEach((row, r) => {
    if (row.role !== 'total') return;
    const items: number[] = [];
    for (let i = from; i < r; i++) if (rows[i].role === 'item') items.push(i);
    from = r + 1;
    if (items.length === 0) return;
    for (const col of numeric) {
      out.push({
        kind: 'total',
        target: { row: r, column: col },
        terms: items.map((i) => ({ ref: { row: i, column: col }, coef: 1 as const })),
        explain: 'summan av raderna ovanför (varav-rader räknas inte)',
      });
    }
  });

  // Avvikelse = Budget (+ budgetjusteringar) − Prognos.
  const budget = firstColumn(table, 'budget');
  const prognos = deviationPrognosColumn(table);
  const justering = firstColumn(table, 'justering');
  const avvikelse = firstColumn(table, 'avvikelse');
  if (budget !== null && prognos !== null && avvikelse !== null) {
    const explain =
      `${columnName(table, budget)}` +
      (justering !== null ? ` + ${columnName(table, justering)}` : '') +
      ` − ${columnName(table, prognos)}`;
    rows.forEach((row, r) => {
      if (!['item', 'varav', 'total', 'intakter', 'kostnader', 'netto'].includes(row.role)) return;
      const terms: Term[] = [{ ref: { row: r, column: budget }, coef: 1 }];
      if (justering !== null) terms.push({ ref: { row: r, column: justering }, coef: 1 });
      terms.push({ ref: { row: r, column: prognos }, coef: -1 });
      // Without both a budget and a prognosis figure the row states no deviation to check.
      if (numberAt(table, terms[0].ref) === null || numberAt(table, terms[terms.length - 1].ref) === null) return;
      out.push({ kind: 'avvikelse', target: { row: r, column: avvikelse }, terms, explain });
    });
  }

  // Parent = Σ varav, when the table shows the varav rows as a full breakdown.
  const children = new Map<number, number[]>();
  rows.forEach((row, r) => {
    if (row.role === 'varav' && row.parent !== null) {
      children.set(row.parent, [...(children.get(row.parent) ?? []), r]);
    }
  });
  for (const [parent, kids] of children) {
    if (!isFullBreakdown(table, parent, kids)) continue;
    for (const col of numeric) {
      out.push({
        kind: 'varav-sum',
        target: { row: parent, column: col },
        terms: kids.map((k) => ({ ref: { row: k, column: col }, coef: 1 as const })),
        explain: 'summan av varav-raderna under',
      });
    }
  }

  // Next year's transfer = −(transfer from last year + this year's result).
  const fran = firstColumn(table, 'franForegaende');
  const resultat = firstColumn(table, 'resultat');
  const till = firstColumn(table, 'tillNasta');
  if (fran !== null && resultat !== null && till !== null) {
    rows.forEach((row, r) => {
      if (row.role !== 'item' && row.role !== 'total') return;
      out.push({
        kind: 'overforing',
        target: { row: r, column: till },
        terms: [
          { ref: { row: r, column: fran }, coef: -1 },
          { ref: { row: r, column: resultat }, coef: -1 },
        ],
        explain: `−(${columnName(table, fran)} + ${columnName(table, resultat)})`,
      });
    });
  }

  // The Intäkter/Kostnader form: netto = Intäkter + Kostnader; före = the same sum; efter = före + transfers.
  if (table.kind === 'drift-netto') {
    const parts = rows.flatMap((row, r) => (row.role === 'intakter' || row.role === 'kostnader' ? [r] : []));
    const fore = rows.findIndex((row) => row.role === 'fore');
    const efter = rows.findIndex((row) => row.role === 'efter');
    const transfers = rows.flatMap((row, r) => (row.role === 'overforing' ? [r] : []));
    rows.forEach((row, r) => {
      if ((row.role !== 'netto' && row.role !== 'fore') || parts.length === 0) return;
      for (const col of numeric) {
        out.push({
          kind: row.role === 'netto' ? 'netto' : 'fore',
          target: { row: r, column: col },
          terms: parts.map((p) => ({ ref: { row: p, column: col }, coef: 1 as const })),
          explain: 'Intäkter + Kostnader',
        });
      }
    });
    if (fore >= 0 && efter >= 0) {
      for (const col of numeric) {
        if (numberAt(table, { row: fore, column: col }) === null) continue;
        const terms: Term[] = [{ ref: { row: fore, column: col }, coef: 1 }];
        for (const t of transfers) {
          // A transfer row often holds its one figure in another column than the result rows.
          const own = numberAt(table, { row: t, column: col }) !== null ? col : singleFigureColumn(table, t);
          if (own !== null) terms.push({ ref: { row: t, column: own }, coef: 1 });
        }
        out.push({
          kind: 'efter',
          target: { row: efter, column: col },
          terms,
          explain: 'resultatet före resultatdispositioner + överföringarna',
        });
      }
    }
  }
  return out;
}

function singleFigureColumn(table: BudgetTable, row: number): number | null {
  const cols = numericColumns(table).filter((c) => numberAt(table, { row, column: c }) !== null);
  return cols.length === 1 ? cols[0] : null;
}

/** round(percent % × value) at the given number of decimals, half away from zero. */
export function percentOf(value: Decimal, percent: number, decimals: number): Decimal {
  return round(mul(value, dec(percent, 2)), decimals);
}

/** Solves constraint `c` for the figure at `ref` (a term or the target), keeping every other figure. */
export function solveFor(table: BudgetTable, c: Constraint, ref: CellRef): Decimal | null {
  const same = (a: CellRef) => a.row === ref.row && a.column === ref.column;
  const target = numberAt(table, c.target);
  let rest = ZERO;
  let coef: 1 | -1 | 0 = 0;
  for (const t of c.terms) {
    if (same(t.ref)) {
      coef = t.coef;
      continue;
    }
    const v = numberAt(table, t.ref);
    if (v) rest = add(rest, t.coef === 1 ? v : negate(v));
  }
  if (same(c.target)) return rest;
  if (coef === 0 || target === null) return null;
  const x = sub(target, rest);
  return coef === 1 ? x : negate(x);
}

export function involves(c: Constraint, ref: CellRef): boolean {
  const same = (a: CellRef) => a.row === ref.row && a.column === ref.column;
  return same(c.target) || c.terms.some((t) => same(t.ref));
}
