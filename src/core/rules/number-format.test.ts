import { makeReport, ruleTester } from '../../../test/rule-tester';
import { DRIFT_HEADER, DRIFT_ROWS, withCell } from '../budget/__fixtures__/seed001';
import { emptySnapshot, paragraph, table, type DocSnapshot } from '../snapshot';
import { numberFormat } from './number-format';

const drift = (rows: string[][]): DocSnapshot =>
  emptySnapshot([paragraph('Uppföljning av driftbudget'), table([DRIFT_HEADER, ...rows])]);
const report = makeReport({ type: 'T1' });

ruleTester(numberFormat, {
  valid: [
    { name: 'seed 001 driftbudget as written ("-1", "0,0", an empty cell)', report, snapshot: drift(DRIFT_ROWS) },
    {
      name: '"i.u." and a dash mean "not given"',
      report,
      snapshot: drift(withCell(withCell(DRIFT_ROWS, 'Äldreomsorg', 2, 'i.u.'), 'Förskoleverksamhet', 2, '–')),
    },
    {
      name: 'a wrong sum is not a format problem',
      report,
      snapshot: drift(withCell(DRIFT_ROWS, 'Barn, kultur och fritid', 5, '-1')),
    },
  ],
  invalid: [
    {
      name: 'a figure with words in it, never fixed',
      report,
      snapshot: drift(withCell(DRIFT_ROWS, 'Äldreomsorg', 1, '609,6 (prel.)')),
      findings: [
        {
          messageId: 'number-format',
          kind: 'number-format',
          subject: 'Äldreomsorg',
          severity: 'error',
          location: { block: 1, row: 11, cell: 1 },
          data: {
            table: 'Uppföljning av driftbudget',
            row: 'Äldreomsorg',
            column: 'Budget 2020 (netto)',
            value: '609,6 (prel.)',
          },
        },
      ],
    },
  ],
});
