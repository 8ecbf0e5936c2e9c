import { makeReport, ruleTester } from '../../../test/rule-tester';
import { DRIFT_HEADER, DRIFT_ROWS, RESULTATENHETER_ROWS, withCell } from '../budget/__fixtures__/seed001';
import { emptySnapshot, paragraph, table, type DocSnapshot } from '../snapshot';
import { budgetSums } from './budget-sums';

/** A titled budget table, as the report has it: the title paragraph, then the table (block 1). */
function budget(title: string, rows: string[][]): DocSnapshot {
  return emptySnapshot([paragraph(title), table(rows)]);
}

const drift = (rows: string[][]): DocSnapshot => budget('Uppföljning av driftbudget', [DRIFT_HEADER, ...rows]);
const report = makeReport({ type: 'T1' });
const GLASADE = 'Glasade gångens\ndagliga verksamhet';
const SUMMA = 'Summa\nresultatenheter';

/** Seed 001's result units, with Glasade gången bringing 2 200 from 2019 and the Summa row updated to match. */
const bigTransfer = withCell(
  withCell(withCell(withCell(RESULTATENHETER_ROWS, GLASADE, 3, '-2 200'), GLASADE, 5, '2 182'), SUMMA, 3, '-16564'),
  SUMMA,
  5,
  '16564',
);
/** Aspuddens förskolor ends the year 3 000 in surplus (more than 5 % of 50 840), Summa updated. */
const bigSurplus = withCell(
  withCell(
    withCell(withCell(RESULTATENHETER_ROWS, 'Aspuddens förskolor', 4, '-3 000'), 'Aspuddens förskolor', 5, '3 010'),
    SUMMA,
    4,
    '-3000',
  ),
  SUMMA,
  5,
  '19482',
);

ruleTester(budgetSums, {
  valid: [
    { name: 'seed 001 driftbudget as written', report, snapshot: drift(DRIFT_ROWS) },
    { name: 'seed 001 result units as written', report, snapshot: budget('Resultatenheter', RESULTATENHETER_ROWS) },
    {
      name: 'a table that is not a budget table',
      report,
      snapshot: budget('Förskolebarn', [
        ['Förskolebarn', 'Jan'],
        ['Totalt', '12'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a wrong Avvikelse, with the fix writing the computed value',
      report,
      snapshot: drift(withCell(DRIFT_ROWS, 'Barn, kultur och fritid', 5, '-1')),
      findings: [
        {
          messageId: 'sum-mismatch',
          kind: 'sum-mismatch',
          subject: 'Barn, kultur och fritid',
          severity: 'error',
          location: { block: 1, row: 13, cell: 5 },
          message: 'Avvikelse (+/-) är -1, men ska vara 1; då stämmer summan av raderna ovanför',
          fix: [
            {
              kind: 'setCellText',
              loc: { block: 1, row: 13, cell: 5 },
              oldText: '-1',
              newText: '1',
              reason: 'Uppföljning av driftbudget: Barn, kultur och fritid, Avvikelse (+/-): -1 → 1',
              where: { table: 'Uppföljning av driftbudget', row: 'Barn, kultur och fritid', column: 'Avvikelse (+/-)' },
            },
          ],
        },
      ],
    },
    {
      name: 'a varav row larger than its parent, in each column where it is',
      report,
      snapshot: drift([
        ['Individ- och familjeomsorg', '172,9', '0', '173,9', '173,9', '-1'],
        ['varav socialpsykiatri', '180,6', '0', '180,6', '180,6', '0'],
        ['Äldreomsorg', '609,6', '0', '613,1', '613,1', '-3,5'],
        ['Totalt', '782,5', '0', '787,0', '787,0', '-4,5'],
      ]),
      findings: [
        {
          messageId: 'varav-exceeds',
          kind: 'varav-exceeds',
          subject: 'varav socialpsykiatri',
          severity: 'error',
          location: { block: 1, row: 2, cell: 1 },
          data: {
            table: 'Uppföljning av driftbudget',
            row: 'varav socialpsykiatri',
            value: '180,6',
            parent: 'Individ- och familjeomsorg',
            parentValue: '172,9',
            column: 'Budget 2020 (netto)',
          },
        },
        {
          messageId: 'varav-exceeds',
          kind: 'varav-exceeds',
          subject: 'varav socialpsykiatri',
          severity: 'error',
          location: { block: 1, row: 2, cell: 3 },
          message: 'Individ- och familjeomsorg (173,9), i kolumnen Prognos 2020 (föreresultatöverföringar).',
        },
        {
          messageId: 'varav-exceeds',
          kind: 'varav-exceeds',
          subject: 'varav socialpsykiatri',
          severity: 'error',
          location: { block: 1, row: 2, cell: 4 },
          message: 'Individ- och familjeomsorg (173,9), i kolumnen Prognos 2020 (efter resultat överföringar).',
        },
      ],
    },
    {
      name: 'a year’s surplus over 5 % of the gross budget',
      report,
      snapshot: budget('Resultatenheter', bigSurplus),
      findings: [
        {
          messageId: 'transfer-limit',
          kind: 'transfer-limit',
          subject: 'Aspuddens förskolor',
          severity: 'warning',
          location: { block: 1, row: 8, cell: 4 },
          data: { table: 'Resultatenheter', row: 'Aspuddens förskolor', value: '3 000', limit: '2 542' },
        },
      ],
    },
    {
      name: 'a transfer to next year over 10 % of the gross budget',
      report,
      snapshot: budget('Resultatenheter', bigTransfer),
      findings: [
        {
          messageId: 'fund-limit',
          kind: 'fund-limit',
          subject: 'Glasade gångens dagliga verksamhet',
          severity: 'warning',
          location: { block: 1, row: 13, cell: 5 },
          data: { table: 'Resultatenheter', row: 'Glasade gångens dagliga verksamhet', value: '2 182', limit: '2 100' },
        },
      ],
    },
    {
      name: 'a row too short to place its figures under the headers',
      report,
      snapshot: drift([['Äldreomsorg', '609,6', '613,1'], ...DRIFT_ROWS.slice(11)]),
      findings: [
        {
          messageId: 'ambiguous-row',
          kind: 'ambiguous-row',
          subject: 'Äldreomsorg',
          severity: 'warning',
          location: { block: 1, row: 1 },
          message: 'raden Äldreomsorg har färre celler än tabellens kolumner',
        },
      ],
    },
  ],
});
