/**
 * Budget tables in forms the seed fixtures do not show, where a wrong reading would make "Åtgärda"
 * overwrite a correct figure.
 */
import { table } from '../snapshot';
import { checkBudgetTable, recognizeBudgetTable } from './index';
import { editFor } from './fix-edit';
import type { BudgetTable } from './types';

function recognize(rows: string[][]): BudgetTable {
  const t = recognizeBudgetTable(table(rows), { block: 3, caption: null });
  if (!t) throw new Error('not recognised');
  return t;
}

function edits(rows: string[][]) {
  return checkBudgetTable(recognize(rows)).flatMap((i) => {
    const e = editFor(i);
    return e ? [`${i.table.rows[i.row].label}: ${e.oldText} → ${e.newText}`] : [];
  });
}

describe('a second header row of years', () => {
  const rows = [
    ['Mnkr', 'Budget', 'Prognos', 'Avvikelse'],
    ['', '2020', '2020', ''],
    ['Äldreomsorg', '609,6', '613,1', '-3,5'],
    ['Förskoleverksamhet', '686,4', '682,9', '3,5'],
    ['Totalt', '1296,0', '1296,0', '0,0'],
  ];

  test('is part of the header, not a row of figures added to the total', () => {
    const t = recognize(rows);
    expect(t.headerRows).toBe(2);
    expect(t.columns.map((c) => c.header)).toEqual(['Mnkr', 'Budget 2020', 'Prognos 2020', 'Avvikelse']);
    expect(t.rows.map((r) => r.label)).toEqual(['Äldreomsorg', 'Förskoleverksamhet', 'Totalt']);
    expect(checkBudgetTable(t)).toEqual([]);
  });

  test('a wrong total is still found under it', () => {
    const wrong = rows.map((r) => (r[0] === 'Totalt' ? ['Totalt', '1296,0', '1295,0', '0,0'] : r));
    expect(edits(wrong)).toEqual(['Totalt: 1295,0 → 1296,0']);
  });
});

describe('a percent column', () => {
  const rows = [
    ['Mnkr', 'Budget 2020', 'Prognos 2020', 'Avvikelse (+/-)', 'Avvikelse i %'],
    ['Äldreomsorg', '609,6', '613,1', '-3,5', '-0,6 %'],
    ['Förskoleverksamhet', '686,4', '682,9', '3,5', '0,5 %'],
    ['Totalt', '1296,0', '1296,0', '0,0', '0,0 %'],
  ];

  test('is not summed into Totalt and is not the Avvikelse column', () => {
    const t = recognize(rows);
    expect(t.columns.map((c) => c.role)).toEqual(['label', 'budget', 'prognos', 'avvikelse', 'other']);
    expect(checkBudgetTable(t)).toEqual([]);
  });

  test('written with % in a column whose header does not say so, it is not summed either', () => {
    const plain = rows.map((r) => [r[0], r[1], r[2], r[4]]);
    plain[0] = ['Mnkr', 'Budget 2020', 'Prognos 2020', 'Avvikelse'];
    // The Avvikelse figures are percentages: neither Budget − Prognos nor the Totalt can be checked on them.
    expect(edits(plain)).toEqual([]);
  });

  test('the result units’ "(max 10 %)" header stays the transfer column', () => {
    const t = recognize([
      ['Resultatenhet', 'Bruttobudget', 'Överföring från 2019', 'Beräknat resultat', 'Överföring till 2021 (max 5 %)'],
      ['Axelsbergs förskolor', '49 870', '272', '0', '-272'],
    ]);
    expect(t.columns.map((c) => c.role)).toEqual(['label', 'bruttobudget', 'franForegaende', 'resultat', 'tillNasta']);
  });
});

describe('part rows written otherwise than "varav …"', () => {
  test.each([
    ['- varav hemtjänst'],
    ['– varav hemtjänst'],
    ['därav hemtjänst'],
    ['Därav: hemtjänst'],
    ['• varav hemtjänst'],
  ])('%j is a part of the row above and is not added to Totalt', (label) => {
    const rows = [
      ['Mnkr', 'Budget 2020', 'Prognos 2020', 'Avvikelse'],
      ['Äldreomsorg', '609,6', '613,1', '-3,5'],
      [label, '120,0', '121,0', '-1,0'],
      ['Förskoleverksamhet', '686,4', '682,9', '3,5'],
      ['Totalt', '1296,0', '1296,0', '0,0'],
    ];
    const t = recognize(rows);
    expect(t.rows[1].role).toBe('varav');
    expect(t.rows[1].parent).toBe(0);
    expect(edits(rows)).toEqual([]);
  });
});

describe('optional hyphens in narrow header cells', () => {
  test('Word’s soft hyphen (U+00AD, or U+001F as Word’s text gives it) does not hide a header’s words', () => {
    const t = recognize([
      [
        'Mnkr',
        'Bud\u00adget 2020',
        'Be\u00adgär\u00adda budget\u00adjuste\u00adringar',
        'Prog\u001fnos 2020',
        'Av\u00advi\u00adkel\u00adse',
      ],
      ['Äldre\u00adomsorg', '609,6', '0', '613,1', '-3,5'],
      ['Förskoleverksamhet', '686,4', '0', '682,9', '3,5'],
      ['Totalt', '1296,0', '0', '1296,0', '0,1'],
    ]);
    expect(t.kind).toBe('drift');
    expect(t.columns.map((c) => c.role)).toEqual(['label', 'budget', 'justering', 'prognos', 'avvikelse']);
    expect(t.columns.map((c) => c.header)).toEqual([
      'Mnkr',
      'Budget 2020',
      'Begärda budgetjusteringar',
      'Prognos 2020',
      'Avvikelse',
    ]);
    expect(t.rows[0].label).toBe('Äldreomsorg');
    expect(checkBudgetTable(t).map((i) => i.message)).toEqual([
      'Uppföljning av driftbudget: Totalt, Avvikelse är 0,1, men ska vara 0,0; då stämmer summan av raderna ovanför (varav-rader räknas inte) och Budget 2020 + Begärda budgetjusteringar − Prognos 2020.',
    ]);
  });
});

describe('writing a corrected figure in the column’s own style', () => {
  test('an Avvikelse column that writes surpluses with "+" gets "+" in the fix', () => {
    expect(
      edits([
        ['Mnkr', 'Budget', 'Prognos', 'Avvikelse (+/-)'],
        ['Barn, kultur och fritid', '24,6', '23,6', '+1,0'],
        ['Förskoleverksamhet', '686,4', '682,9', '+1,0'],
        ['Äldreomsorg', '609,6', '613,1', '-3,5'],
        ['Totalt', '1320,6', '1319,6', '+1,0'],
      ]),
    ).toEqual(['Förskoleverksamhet: +1,0 → +3,5']);
  });

  test('a thin-space thousands separator is read and kept', () => {
    expect(
      edits([
        ['Mnkr', 'Budget', 'Prognos', 'Avvikelse'],
        ['Förskoleverksamhet', '-294,3', '-316,3', '22,0'],
        ['Äldreomsorg', '2\u2009312,2', '2\u2009334,2', '-22,0'],
        ['Totalt', '2\u2009017,9', '2\u2009017,8', '0,0'],
      ]),
    ).toEqual(['Totalt: 2\u2009017,8 → 2\u2009017,9']);
  });
});
