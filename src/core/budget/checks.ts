/**
 * Checks a recognised budget table against its arithmetic and the result-unit rules, and says for
 * each wrong figure what it should be. When one figure explains several broken sums (a parent
 * changed: its varav sum, its Avvikelse and the Totalt all disagree), that figure is blamed, not
 * the three results.
 */
import { abs, compare, Decimal, equals, round } from '../numbers/decimal';
import { columnStyle, formatSwedishNumber, NumberStyle } from '../numbers/swedish';
import { buildConstraints, Constraint, evaluate, involves, numberAt, percentOf, solveFor } from './arithmetic';
import { budgetMessage } from './messages';
import type { BudgetIssue, BudgetTable, CellRef } from './types';

function columnStyleOf(table: BudgetTable, column: number): NumberStyle {
  const styles: NumberStyle[] = [];
  for (const row of table.rows) {
    const p = row.cells[column]?.parsed;
    if (p && p.kind === 'number') styles.push(p.style);
  }
  return columnStyle(styles, { decimals: table.precision, thousands: ' ', decimalMark: ',', minus: '-', suffix: '' });
}

function decimalsNeeded(value: Decimal, max: number): number {
  for (let d = 0; d < max; d++) if (equals(round(value, d), value)) return d;
  return max;
}

/**
 * Writes `value` for the cell at `ref` the way the document writes it: the cell's own separator,
 * minus and suffix where the cell shows them, the column's otherwise, and as many decimals as the
 * cell uses — more only when the value needs them ("-1" stays "-1", but −1,5 is not rounded).
 */
export function formatForCell(table: BudgetTable, ref: CellRef, value: Decimal): string {
  const col = columnStyleOf(table, ref.column);
  const p = table.rows[ref.row]?.cells[ref.column]?.parsed;
  const own = p && p.kind === 'number' ? p : null;
  const needed = decimalsNeeded(value, Math.max(table.precision, col.decimals));
  const ownShowsGrouping = own !== null && abs(own.value).digits >= 1000n * 10n ** BigInt(own.value.scale);
  const style: NumberStyle = {
    decimals: Math.max(own ? own.style.decimals : col.decimals, needed),
    thousands: ownShowsGrouping ? own.style.thousands : col.thousands,
    decimalMark: own ? own.style.decimalMark : col.decimalMark,
    minus: own && own.value.digits < 0n ? own.style.minus : col.minus,
    suffix: own ? own.style.suffix : col.suffix,
  };
  // A zero or negative figure shows no plus of its own: then the column says whether surpluses get one.
  if (own && own.value.digits > 0n ? own.style.plus : col.plus) style.plus = true;
  return formatSwedishNumber(value, style);
}

function columnLabel(table: BudgetTable, column: number): string {
  return table.columns[column]?.header || `kolumn ${column + 1}`;
}

function rowLabel(table: BudgetTable, row: number): string {
  return table.rows[row]?.label || `rad ${row + 1}`;
}

function sumIssue(table: BudgetTable, ref: CellRef, expected: Decimal, because: string): BudgetIssue {
  const row = table.rows[ref.row];
  const cell = row.cells[ref.column];
  const newText = formatForCell(table, ref, expected);
  const oldText = cell?.raw ?? '';
  return {
    kind: 'sum-mismatch',
    table,
    row: ref.row,
    column: ref.column,
    loc: cell ? cell.loc : row.loc,
    ...budgetMessage('sum-mismatch', {
      table: table.title,
      row: rowLabel(table, ref.row),
      column: columnLabel(table, ref.column),
      old: oldText.trim(),
      expected: newText,
      because,
    }),
    expected,
    oldText,
    newText,
    fixable: row.alignment === 'exact' && cell !== null && cell.parsed.kind === 'number',
  };
}

/**
 * Which figures to blame. Step by step: a figure whose one corrected value mends two or more broken
 * sums (and breaks fewer than it mends) is the likely typo; otherwise the result cell of the first
 * broken sum is. Each correction is applied before the next step, so a wrong figure that someone
 * "balanced" by also changing the total yields both corrections, not a third wrong one.
 */
function blame(table: BudgetTable, constraints: Constraint[]): BudgetIssue[] {
  let current = table;
  const corrections = new Map<string, { ref: CellRef; value: Decimal; because: string }>();
  for (let step = 0; step <= constraints.length; step++) {
    const evals = constraints.map((c) => ({ c, e: evaluate(current, c) }));
    const failing = evals.filter((x) => x.e.status === 'fail');
    if (failing.length === 0) break;
    const passing = evals.filter((x) => x.e.status === 'ok');

    const candidates = new Map<string, CellRef>();
    for (const { c } of failing) {
      for (const ref of [c.target, ...c.terms.map((t) => t.ref)]) candidates.set(`${ref.row}:${ref.column}`, ref);
    }
    let best: { ref: CellRef; value: Decimal; score: number; because: string } | null = null;
    for (const ref of candidates.values()) {
      const covered = failing.filter((f) => involves(f.c, ref));
      if (covered.length < 2 || numberAt(current, ref) === null || corrections.has(`${ref.row}:${ref.column}`))
        continue;
      const values = covered.map((f) => solveFor(current, f.c, ref));
      const first = values[0];
      if (!first || values.some((v) => !v || !equals(v, first))) continue;
      const breaks = passing.filter((p) => involves(p.c, ref)).length;
      const score = covered.length - breaks;
      if (score < 1 || (best && best.score >= score)) continue;
      best = {
        ref,
        value: first,
        score,
        because: `; då stämmer ${[...new Set(covered.map((f) => f.c.explain))].join(' och ')}`,
      };
    }
    const chosen = best ?? {
      ref: failing[0].c.target,
      value: failing[0].e.computed,
      because: ` = ${failing[0].c.explain}`,
    };
    corrections.set(`${chosen.ref.row}:${chosen.ref.column}`, chosen);
    current = withValue(current, chosen.ref, chosen.value);
  }
  return [...corrections.values()]
    .sort((a, b) => a.ref.row - b.ref.row || a.ref.column - b.ref.column)
    .map((c) => sumIssue(table, c.ref, c.value, c.because));
}

function withValue(table: BudgetTable, ref: CellRef, value: Decimal): BudgetTable {
  const rows = table.rows.map((row, r) =>
    r !== ref.row
      ? row
      : {
          ...row,
          cells: row.cells.map((cell, column) =>
            column === ref.column && cell && cell.parsed.kind === 'number'
              ? { ...cell, parsed: { ...cell.parsed, value } }
              : cell,
          ),
        },
  );
  return { ...table, rows };
}

function resultUnitIssues(table: BudgetTable): BudgetIssue[] {
  const issues: BudgetIssue[] = [];
  const col = (role: string) => table.columns.find((c) => c.role === role)?.index ?? null;
  const brutto = col('bruttobudget');
  const fem = col('femProcent');
  const resultat = col('resultat');
  const till = col('tillNasta');
  if (brutto === null) return issues;
  table.rows.forEach((row, r) => {
    if (row.role !== 'item' || row.alignment === 'ambiguous') return;
    const gross = numberAt(table, { row: r, column: brutto });
    if (!gross) return;
    const femDecimals = fem !== null ? columnStyleOf(table, fem).decimals : table.precision;
    const fivePercent = percentOf(gross, 5, femDecimals);
    if (fem !== null) {
      const written = numberAt(table, { row: r, column: fem });
      if (written && !equals(written, fivePercent)) {
        issues.push(
          sumIssue(table, { row: r, column: fem }, fivePercent, ` = 5 % av ${columnLabel(table, brutto)}, avrundat`),
        );
      }
    }
    // Surplus is written negative in the year's result and positive in the transfer to next year.
    const result = resultat !== null ? numberAt(table, { row: r, column: resultat }) : null;
    if (result && result.digits < 0n && compare(abs(result), fivePercent) > 0) {
      const cell = row.cells[resultat as number];
      issues.push({
        kind: 'transfer-limit',
        table,
        row: r,
        column: resultat,
        loc: cell ? cell.loc : row.loc,
        ...budgetMessage('transfer-limit', {
          table: table.title,
          row: row.label,
          value: formatForCell(table, { row: r, column: resultat as number }, abs(result)),
          limit: formatForCell(table, { row: r, column: brutto }, fivePercent),
        }),
      });
    }
    const fund = till !== null ? numberAt(table, { row: r, column: till }) : null;
    const tenPercent = percentOf(gross, 10, table.precision);
    if (fund && fund.digits > 0n && compare(fund, tenPercent) > 0) {
      const cell = row.cells[till as number];
      issues.push({
        kind: 'fund-limit',
        table,
        row: r,
        column: till,
        loc: cell ? cell.loc : row.loc,
        ...budgetMessage('fund-limit', {
          table: table.title,
          row: row.label,
          value: formatForCell(table, { row: r, column: till as number }, fund),
          limit: formatForCell(table, { row: r, column: brutto }, tenPercent),
        }),
      });
    }
  });
  return issues;
}

function varavIssues(table: BudgetTable, constraints: Constraint[]): BudgetIssue[] {
  const issues: BudgetIssue[] = [];
  table.rows.forEach((row, r) => {
    if (row.role !== 'varav' || row.parent === null || row.alignment === 'ambiguous') return;
    if (table.rows[row.parent].alignment === 'ambiguous') return;
    row.cells.forEach((cell, column) => {
      if (!cell) return;
      // Where the varav rows must add up to the parent, the sum check already speaks.
      if (constraints.some((c) => c.kind === 'varav-sum' && c.target.row === row.parent && c.target.column === column))
        return;
      const part = numberAt(table, { row: r, column });
      const whole = numberAt(table, { row: row.parent as number, column });
      if (!part || !whole || compare(abs(part), abs(whole)) <= 0) return;
      if (table.columns[column].role === 'avvikelse') return;
      issues.push({
        kind: 'varav-exceeds',
        table,
        row: r,
        column,
        loc: cell.loc,
        ...budgetMessage('varav-exceeds', {
          table: table.title,
          row: row.label,
          value: cell.raw.trim(),
          parent: table.rows[row.parent as number].label,
          parentValue: formatForCell(table, { row: row.parent as number, column }, whole),
          column: columnLabel(table, column),
        }),
      });
    });
  });
  return issues;
}

function withValues(table: BudgetTable, issues: BudgetIssue[]): BudgetTable {
  if (issues.length === 0) return table;
  const rows = table.rows.map((row, r) => ({
    ...row,
    cells: row.cells.map((cell, column) => {
      const fix = issues.find((i) => i.row === r && i.column === column);
      if (!cell || !fix?.expected || cell.parsed.kind !== 'number') return cell;
      return { ...cell, parsed: { ...cell.parsed, value: fix.expected } };
    }),
  }));
  return { ...table, rows };
}

function formatIssues(table: BudgetTable): BudgetIssue[] {
  const issues: BudgetIssue[] = [];
  table.rows.forEach((row, r) => {
    row.cells.forEach((cell, column) => {
      if (!cell || cell.parsed.kind !== 'text') return;
      const role = table.columns[column]?.role;
      if (!role || role === 'label' || role === 'other') return;
      issues.push({
        kind: 'number-format',
        table,
        row: r,
        column,
        loc: cell.loc,
        ...budgetMessage('number-format', {
          table: table.title,
          row: row.label,
          column: columnLabel(table, column),
          value: cell.raw.trim(),
        }),
      });
    });
  });
  return issues;
}

function ambiguityIssues(table: BudgetTable): BudgetIssue[] {
  return table.rows.flatMap((row, r) =>
    row.alignment !== 'ambiguous'
      ? []
      : [
          {
            kind: 'ambiguous-row' as const,
            table,
            row: r,
            column: null,
            loc: row.loc,
            ...budgetMessage('ambiguous-row', { table: table.title, row: row.label }),
          },
        ],
  );
}

/** Every problem in one budget table: wrong sums (with the expected value), limits, unreadable figures. */
export function checkBudgetTable(table: BudgetTable): BudgetIssue[] {
  const units = resultUnitIssues(table);
  // A wrong 5 % figure would also break its column's sum; check the sums as if it were mended.
  const mended = withValues(
    table,
    units.filter((i) => i.kind === 'sum-mismatch' && i.column !== null && i.expected),
  );
  const constraints = buildConstraints(mended);
  return [
    ...blame(mended, constraints).map((i) => ({ ...i, table })),
    ...units,
    ...varavIssues(table, constraints),
    ...formatIssues(table),
    ...ambiguityIssues(table),
  ];
}
