import { runRules } from '../rules/run';
import { budgetSums } from '../rules/budget-sums';
import { numberFormat } from '../rules/number-format';
import type { Report } from '../model';
import { emptySnapshot, paragraph, table } from '../snapshot';
import { DRIFT_HEADER, DRIFT_ROWS, INVESTERINGAR_ROWS, RESULTATENHETER_ROWS, withCell } from './__fixtures__/seed001';
import { computeFixes } from '../fix';

function report(): Report {
  return {
    type: 'T1',
    year: 2020,
    unit: null,
    title: null,
    frontMatter: { dnr: null, date: null, handlaggare: null, till: null, telefon: null },
    headings: [],
    sections: [
      {
        title: 'Uppföljning av ekonomi',
        level: 1,
        loc: { block: 0 },
        fromBlock: 0,
        toBlock: 9,
        hasOwnContent: true,
        children: [],
      },
    ],
    goals: [],
    toc: null,
    otherTables: [],
    warnings: [],
  };
}

const snapshot = (driftRows: string[][], resultRows: string[][] = RESULTATENHETER_ROWS) =>
  emptySnapshot([
    paragraph('Uppföljning av ekonomi', { outlineLevel: 1 }),
    paragraph('Uppföljning av driftbudget'),
    table([DRIFT_HEADER, ...driftRows]),
    paragraph('Resultatenheter'),
    table(resultRows),
    paragraph('Tabell 5 Investeringar'),
    table(INVESTERINGAR_ROWS),
  ]);

describe('budget-sums and number-format as rules', () => {
  test('the real tables give no findings', () => {
    expect(runRules([budgetSums, numberFormat], report(), snapshot(DRIFT_ROWS))).toEqual([]);
  });

  test('a wrong figure is an error with the row as subject and a cell fix', () => {
    const snap = snapshot(withCell(DRIFT_ROWS, 'Barn, kultur och fritid', 5, '-1'));
    const findings = runRules([budgetSums, numberFormat], report(), snap);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f).toMatchObject({
      rule: 'budget-sums',
      kind: 'sum-mismatch',
      severity: 'error',
      subject: 'Barn, kultur och fritid',
      section: 'Uppföljning av ekonomi',
      location: { block: 2, row: 13, cell: 5 },
    });
    expect(f.message).toBe(
      'Uppföljning av driftbudget: Barn, kultur och fritid, Avvikelse (+/-) är -1, men ska vara 1; då stämmer ' +
        'summan av raderna ovanför (varav-rader räknas inte) och Budget 2020 (netto) + Begärda budgetjusteringar − Prognos 2020 (efter resultat överföringar).',
    );
    expect(f.fix).toEqual([
      {
        kind: 'setCellText',
        loc: { block: 2, row: 13, cell: 5 },
        oldText: '-1',
        newText: '1',
        reason: expect.stringContaining('-1 → 1'),
        where: { table: 'Uppföljning av driftbudget', row: 'Barn, kultur och fritid', column: 'Avvikelse (+/-)' },
      },
    ]);
  });

  test('an unreadable figure is reported by number-format without a fix, and the sums around it are not guessed', () => {
    const snap = snapshot(withCell(DRIFT_ROWS, 'Äldreomsorg', 1, '609,6 (prel.)'));
    const findings = runRules([budgetSums, numberFormat], report(), snap);
    expect(findings.map((f) => [f.rule, f.kind, f.subject, f.fix])).toEqual([
      ['number-format', 'number-format', 'Äldreomsorg', undefined],
    ]);
    expect(findings[0].message).toContain('"609,6 (prel.)" går inte att läsa som ett tal');
  });

  test('result-unit limits are warnings', () => {
    const rows = withCell(
      withCell(RESULTATENHETER_ROWS, 'Aspuddens förskolor', 4, '-3 000'),
      'Aspuddens förskolor',
      5,
      '3 010',
    );
    const fixedSum = withCell(
      withCell(rows, 'Summa\nresultatenheter', 4, '-3000'),
      'Summa\nresultatenheter',
      5,
      '19482',
    );
    const findings = runRules([budgetSums], report(), snapshot(DRIFT_ROWS, fixedSum));
    expect(findings.map((f) => [f.kind, f.severity, f.subject])).toEqual([
      ['transfer-limit', 'warning', 'Aspuddens förskolor'],
    ]);
  });

  test('a typo "balanced" by also changing the total yields both corrections', () => {
    const rows = withCell(withCell(DRIFT_ROWS, 'Individ-\nochfamiljeomsorg', 1, '174,9'), 'Totalt', 1, '2019,9');
    const { changes, edits } = computeFixes(snapshot(rows), report());
    expect(changes.map((c) => [c.row, c.column, c.old, c.new])).toEqual([
      ['Individ- ochfamiljeomsorg', 'Budget 2020 (netto)', '174,9', '172,9'],
      ['Totalt', 'Budget 2020 (netto)', '2019,9', '2017,9'],
    ]);
    expect(edits).toHaveLength(2);
  });

  test('a realigned row is checked but never rewritten', () => {
    const rows = DRIFT_ROWS.map((r) =>
      r[0] === 'Förskoleverksamhet' ? ['Förskoleverksamhet', '686,4', '682,9', '682,9', '3,5'] : r,
    );
    const broken = withCell(rows, 'Äldreomsorg', 1, '619,6');
    const findings = runRules([budgetSums], report(), snapshot(broken));
    expect(findings.map((f) => [f.subject, f.fix?.length ?? 0])).toEqual([['Äldreomsorg', 1]]);
    // Break the realigned row itself: found, but its cell is not written.
    const own = rows.map((r) =>
      r[0] === 'Förskoleverksamhet' ? ['Förskoleverksamhet', '686,4', '682,9', '682,9', '3,6'] : r,
    );
    const ownFindings = runRules([budgetSums], report(), snapshot(own));
    expect(ownFindings.length).toBeGreaterThan(0);
    expect(computeFixes(snapshot(own), report()).changes.some((c) => c.row === 'Förskoleverksamhet')).toBe(false);
  });
});
