import { table } from '../snapshot';
import { toPlainString } from '../numbers/decimal';
import { checkBudgetTable, recognizeBudgetTable } from './index';
import type { BudgetIssue, BudgetTable } from './types';
import {
  DRIFT_HEADER,
  DRIFT_ROWS,
  FORSKOLEBARN_ROWS,
  INVESTERINGAR_ROWS,
  NETTO_ROWS,
  OMSLUTNING_ROWS,
  RESULTATENHETER_ROWS,
  withCell,
} from './__fixtures__/seed001';

function recognize(rows: string[][], caption: string | null = null): BudgetTable {
  const t = recognizeBudgetTable(table(rows), { block: 7, caption });
  if (!t) throw new Error('not recognised');
  return t;
}

function summary(issues: BudgetIssue[]) {
  return issues.map((i) => ({
    kind: i.kind,
    row: i.table.rows[i.row].label,
    column: i.column === null ? null : i.table.columns[i.column].role,
    expected: i.expected ? toPlainString(i.expected) : undefined,
    newText: i.newText,
  }));
}

describe('recognising the seed 001 tables', () => {
  test('driftbudget: roles by header, varav parents, unit and precision', () => {
    const t = recognize([DRIFT_HEADER, ...DRIFT_ROWS]);
    expect(t.kind).toBe('drift');
    expect(t.unit).toBe('mnkr');
    expect(t.precision).toBe(1);
    expect(t.columns.map((c) => c.role)).toEqual([
      'label',
      'budget',
      'justering',
      'prognosFore',
      'prognosEfter',
      'avvikelse',
    ]);
    const vuxen = t.rows.find((r) => r.label === 'varav vuxen');
    expect(vuxen?.role).toBe('varav');
    expect(t.rows[vuxen?.parent ?? -1].label).toBe('Individ- ochfamiljeomsorg');
    expect(t.rows.find((r) => r.label === 'Totalt')?.role).toBe('total');
    expect(t.rows.find((r) => r.label === 'avskrivningar')?.role).toBe('item');
    const cell = t.rows.find((r) => r.label === 'Äldreomsorg')?.cells[5];
    expect(cell?.loc).toEqual({ block: 7, row: 11, cell: 5 });
  });

  test('columns are found by header, not position', () => {
    const swapped = [DRIFT_HEADER, ...DRIFT_ROWS].map((r) => [r[0], r[5], r[1], r[2], r[3], r[4]]);
    const t = recognize(swapped);
    expect(t.columns.map((c) => c.role)).toEqual([
      'label',
      'avvikelse',
      'budget',
      'justering',
      'prognosFore',
      'prognosEfter',
    ]);
    expect(checkBudgetTable(t)).toEqual([]);
  });

  test('the other tables', () => {
    expect(recognize(RESULTATENHETER_ROWS).kind).toBe('resultatenheter');
    expect(recognize(RESULTATENHETER_ROWS).unit).toBe('tkr');
    expect(recognize(RESULTATENHETER_ROWS).columns.map((c) => c.role)).toEqual([
      'label',
      'bruttobudget',
      'femProcent',
      'franForegaende',
      'resultat',
      'tillNasta',
    ]);
    expect(recognize(INVESTERINGAR_ROWS).kind).toBe('investeringar');
    expect(recognize(OMSLUTNING_ROWS).kind).toBe('omslutning');
    expect(recognize(OMSLUTNING_ROWS).rows[0].role).toBe('group');
    expect(recognize(NETTO_ROWS).kind).toBe('drift-netto');
  });

  test('tables that are not budget tables are left alone', () => {
    expect(recognizeBudgetTable(table(FORSKOLEBARN_ROWS), { block: 0 })).toBeNull();
    const indicators = table([
      ['Indikator', 'Periodens utfall', 'Årsmål', 'KF:s årsmål', 'Period'],
      ['Sjukfrånvaro', '3,9 %', '2,5 %', '', '2020'],
    ]);
    expect(recognizeBudgetTable(indicators, { block: 0 })).toBeNull();
  });
});

describe('no false findings on the real figures', () => {
  test.each([
    ['driftbudget', [DRIFT_HEADER, ...DRIFT_ROWS]],
    ['driftbudget netto', NETTO_ROWS],
    ['resultatenheter', RESULTATENHETER_ROWS],
    ['investeringar', INVESTERINGAR_ROWS],
    ['omslutning', OMSLUTNING_ROWS],
  ])('%s', (_name, rows) => {
    expect(summary(checkBudgetTable(recognize(rows)))).toEqual([]);
  });
});

describe('a row with a missing cell (seed 001 "Förskoleverksamhet 686,4 682,9 682,9 3,5")', () => {
  test('is placed by the arithmetic: Begärda budgetjusteringar is the missing one', () => {
    const rows = DRIFT_ROWS.map((r) =>
      r[0] === 'Förskoleverksamhet' ? ['Förskoleverksamhet', '686,4', '682,9', '682,9', '3,5'] : r,
    );
    const t = recognize([DRIFT_HEADER, ...rows]);
    const row = t.rows.find((r) => r.label === 'Förskoleverksamhet');
    expect(row?.alignment).toBe('realigned');
    expect(row?.cells.map((c) => c?.raw ?? null)).toEqual([null, '686,4', null, '682,9', '682,9', '3,5']);
    expect(row?.cells[3]?.loc).toEqual({ block: 7, row: 10, cell: 2 });
    expect(checkBudgetTable(t)).toEqual([]);
  });

  test('a short row whose placements mean the same figures is read without complaint', () => {
    const rows = INVESTERINGAR_ROWS.map((r) =>
      r[0] === 'Parkinvesteringar' ? ['Parkinvesteringar', '4,5', '4,5', '0,0'] : r,
    );
    const t = recognize(rows);
    expect(t.rows[0].alignment).toBe('realigned');
    expect(checkBudgetTable(t)).toEqual([]);
  });

  test('is reported, not rewritten, when the figures fit more than one way', () => {
    // Only two figures under five columns and no total to decide: the row cannot be placed.
    const t = recognize([
      DRIFT_HEADER,
      ['Förskoleverksamhet', '686,4', '682,9'],
      ['Äldreomsorg', '609,6', '0', '613,1', '613,1', '-3,5'],
    ]);
    const issues = checkBudgetTable(t);
    expect(summary(issues)).toEqual([
      { kind: 'ambiguous-row', row: 'Förskoleverksamhet', column: null, expected: undefined, newText: undefined },
    ]);
    expect(issues[0].message).toMatch(/färre celler/);
  });
});

describe('injected errors are found with the right expected value', () => {
  test('a wrong total', () => {
    const t = recognize([DRIFT_HEADER, ...withCell(DRIFT_ROWS, 'Totalt', 1, '2 019,9')]);
    const issues = checkBudgetTable(t);
    expect(summary(issues)).toEqual([
      { kind: 'sum-mismatch', row: 'Totalt', column: 'budget', expected: '2017.9', newText: '2 017,9' },
    ]);
    expect(issues[0].message).toContain('ska vara 2 017,9');
    expect(issues[0].fixable).toBe(true);
    expect(issues[0].loc).toEqual({ block: 7, row: 17, cell: 1 });
  });

  test('a total in the document style without a thousands space', () => {
    const t = recognize([DRIFT_HEADER, ...withCell(DRIFT_ROWS, 'Totalt', 4, '2019,9')]);
    expect(summary(checkBudgetTable(t))).toEqual([
      { kind: 'sum-mismatch', row: 'Totalt', column: 'prognosEfter', expected: '2017.9', newText: '2017,9' },
    ]);
  });

  test('a deviation with the wrong sign (Budget − Prognos efter resultatöverföringar)', () => {
    const rows = withCell(DRIFT_ROWS, 'Äldreomsorg', 5, '3,5');
    const issues = checkBudgetTable(recognize([DRIFT_HEADER, ...rows]));
    expect(summary(issues)).toEqual([
      { kind: 'sum-mismatch', row: 'Äldreomsorg', column: 'avvikelse', expected: '-3.5', newText: '-3,5' },
    ]);
    expect(issues[0].message).toContain('Prognos 2020 (efter resultat överföringar)');
  });

  test('a wrong sign carried into the total: both are reported', () => {
    const rows = withCell(withCell(DRIFT_ROWS, 'Äldreomsorg', 5, '3,5'), 'Totalt', 5, '7,0');
    expect(summary(checkBudgetTable(recognize([DRIFT_HEADER, ...rows])))).toEqual([
      { kind: 'sum-mismatch', row: 'Äldreomsorg', column: 'avvikelse', expected: '-3.5', newText: '-3,5' },
      { kind: 'sum-mismatch', row: 'Totalt', column: 'avvikelse', expected: '0.0', newText: '0,0' },
    ]);
  });

  test('a deviation keeps the column’s U+2212 minus', () => {
    const rows = withCell(withCell(DRIFT_ROWS, 'Individ-\nochfamiljeomsorg', 5, '\u22121'), 'Äldreomsorg', 5, '3,5');
    const issues = checkBudgetTable(recognize([DRIFT_HEADER, ...rows]));
    expect(summary(issues)).toEqual([
      { kind: 'sum-mismatch', row: 'Äldreomsorg', column: 'avvikelse', expected: '-3.5', newText: '\u22123,5' },
    ]);
  });

  test('a wrong "Summa resultatenheter"', () => {
    const rows = withCell(RESULTATENHETER_ROWS, 'Summa\nresultatenheter', 3, '-16428');
    expect(summary(checkBudgetTable(recognize(rows)))).toEqual([
      {
        kind: 'sum-mismatch',
        row: 'Summa resultatenheter',
        column: 'franForegaende',
        expected: '-16482',
        newText: '-16482',
      },
    ]);
  });

  test('a wrong 5 % figure is blamed on the row, not the Summa', () => {
    const rows = withCell(RESULTATENHETER_ROWS, 'Fruängens förskolor', 2, '2 185');
    expect(summary(checkBudgetTable(recognize(rows)))).toEqual([
      { kind: 'sum-mismatch', row: 'Fruängens förskolor', column: 'femProcent', expected: '2186', newText: '2 186' },
    ]);
  });

  test('a wrong transfer to next year', () => {
    const rows = withCell(RESULTATENHETER_ROWS, 'Aspuddens förskolor', 5, '-10');
    expect(summary(checkBudgetTable(recognize(rows)))).toEqual([
      { kind: 'sum-mismatch', row: 'Aspuddens förskolor', column: 'tillNasta', expected: '10', newText: '10' },
    ]);
  });

  test('a wrong investment total', () => {
    const rows = withCell(INVESTERINGAR_ROWS, 'Totalt', 2, '28,9');
    expect(summary(checkBudgetTable(recognize(rows)))).toEqual([
      { kind: 'sum-mismatch', row: 'Totalt', column: 'prognos', expected: '29.8', newText: '29,8' },
    ]);
  });

  test('a parent that no longer equals its varav rows', () => {
    const rows = withCell(DRIFT_ROWS, 'Individ-\nochfamiljeomsorg', 1, '174,9');
    const issues = checkBudgetTable(recognize([DRIFT_HEADER, ...rows]));
    expect(summary(issues)).toEqual([
      { kind: 'sum-mismatch', row: 'Individ- ochfamiljeomsorg', column: 'budget', expected: '172.9', newText: '172,9' },
    ]);
  });

  test('a varav row changed alone is blamed, not its parent', () => {
    const rows = withCell(DRIFT_ROWS, 'varav vuxen', 1, '29');
    expect(summary(checkBudgetTable(recognize([DRIFT_HEADER, ...rows])))).toEqual([
      { kind: 'sum-mismatch', row: 'varav vuxen', column: 'budget', expected: '27', newText: '27' },
    ]);
  });

  test('a varav row larger than its parent', () => {
    const t = recognize([
      DRIFT_HEADER,
      ['Äldreomsorg', '609,6', '0', '613,1', '613,1', '-3,5'],
      ['varav hemtjänst', '700,0', '0', '', '', ''],
      ['Totalt', '609,6', '0', '613,1', '613,1', '-3,5'],
    ]);
    const issues = checkBudgetTable(t);
    expect(summary(issues)).toEqual([
      { kind: 'varav-exceeds', row: 'varav hemtjänst', column: 'budget', expected: undefined, newText: undefined },
    ]);
  });

  test('netto form: Intäkter + Kostnader must make the net', () => {
    const rows = withCell(NETTO_ROWS, 'Kostnader', 1, '2 321,2');
    const issues = checkBudgetTable(recognize(rows));
    expect(summary(issues)).toEqual([
      { kind: 'sum-mismatch', row: 'Kostnader', column: 'budget', expected: '2312.2', newText: '2 312,2' },
    ]);
  });

  test('sums are exact: 0,1 + 0,2 = 0,3', () => {
    const t = recognize([
      ['Mnkr', 'Budget 2020', 'Prognos 2020', 'Avvikelse'],
      ['A', '0,1', '0,1', '0,0'],
      ['B', '0,2', '0,2', '0,0'],
      ['Totalt', '0,3', '0,3', '0,0'],
    ]);
    expect(checkBudgetTable(t)).toEqual([]);
  });
});

describe('result-unit limits and unreadable figures', () => {
  test('a year’s surplus over 5 % and a fund over 10 % of gross budget are warned about', () => {
    const rows = withCell(
      withCell(
        withCell(RESULTATENHETER_ROWS, 'Glasade gångens\ndagliga verksamhet', 4, '-1 200'),
        'Glasade gångens\ndagliga verksamhet',
        5,
        '3 318',
      ),
      'Summa\nresultatenheter',
      4,
      '-1218',
    );
    const fixedSumma = withCell(rows, 'Summa\nresultatenheter', 5, '17700');
    const issues = checkBudgetTable(recognize(fixedSumma));
    expect(summary(issues).map((i) => [i.kind, i.row])).toEqual([
      ['transfer-limit', 'Glasade gångens dagliga verksamhet'],
      ['fund-limit', 'Glasade gångens dagliga verksamhet'],
    ]);
    expect(issues[0].message).toContain('1 050');
    expect(issues[1].message).toContain('2 100');
  });

  test('a figure that is not a number is reported, never fixed', () => {
    const rows = withCell(INVESTERINGAR_ROWS, 'Reinvesteringar', 1, 'ca 4,5');
    const issues = checkBudgetTable(recognize(rows));
    expect(summary(issues)).toEqual([
      { kind: 'number-format', row: 'Reinvesteringar', column: 'budget', expected: undefined, newText: undefined },
    ]);
  });

  test('"i.u." and dashes are no figure, not an error', () => {
    const rows = withCell(withCell(INVESTERINGAR_ROWS, 'Parkinvesteringar', 3, 'i.u.'), 'Reinvesteringar', 3, '–');
    expect(checkBudgetTable(recognize(rows))).toEqual([]);
  });
});
