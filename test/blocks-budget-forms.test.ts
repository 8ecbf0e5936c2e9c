/**
 * The Infoga tab's budget-table forms: rows typed as lines, Swedish messages per field, and a table
 * the checker recognises with sums that add up. Figures are seed 001's (T1 2020, pages 70–72).
 */
import { budgetForms, formBlocks, type FormBlock, type FormValue } from '../src/core/blocks/forms';
import { findBudgetTables } from '../src/core/budget';
import { checkSnapshot } from '../src/core/check';
import { heading } from '../src/core/ooxml/builders';
import { parseReport } from '../src/core/parse/index';
import { readDocx } from '../src/docx/index';
import { createDocx } from '../src/docx/package-writer';
import type { DocSnapshot, Table } from '../src/core/snapshot';

const forms = budgetForms(2020);
const form = (type: string): FormBlock => {
  const f = forms.find((b) => b.type === type);
  if (!f) throw new Error(type);
  return f;
};

function inserted(f: FormBlock, value: FormValue): DocSnapshot {
  const body =
    heading('Uppföljning av ekonomi', 1) +
    heading('Analys av resultaträkning - uppföljning av driftbudget', 2) +
    f.render(value);
  return readDocx(createDocx(body)).snapshot;
}

function onlyTable(snapshot: DocSnapshot): Table {
  const tables = snapshot.blocks.filter((b): b is Table => b.kind === 'table');
  expect(tables).toHaveLength(1);
  return tables[0];
}

const texts = (t: Table): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));

const budgetFindings = (s: DocSnapshot) =>
  checkSnapshot(s).findings.filter((f) => f.rule === 'budget-sums' || f.rule === 'number-format');

const VALID: { type: string; kind: string; value: FormValue; last: string[] }[] = [
  {
    type: 'budget-drift',
    kind: 'drift',
    value: {
      year: '2020',
      rows: [
        'Nämndgemensam verksamhet; 53,8; 0,0; 52,8; 52,8',
        'Äldreomsorg; 609,6; ; 613,1; 613,1',
        'varav hemtjänst; 250,0; ; 251,0; 251,0',
        '',
        // Copied from Excel: tabs, and no justeringar column.
        'Förskoleverksamhet\t686,4\t682,9\t682,9',
      ].join('\n'),
    },
    // 53,8 + 609,6 + 686,4 = 1 349,8 (the varav row left out); 52,8 + 613,1 + 682,9 = 1 348,8.
    last: ['Totalt', '1 349,8', '0,0', '1 348,8', '1 348,8', '1,0'],
  },
  {
    type: 'budget-resultatenheter',
    kind: 'resultatenheter',
    value: {
      year: '2020',
      rows: 'Axelsbergs vård- och omsorgsboende; 48 712; -3 561; -18\nFruängsgårdens vård- och omsorgsboende; 56 788; -2 874; 2 000',
    },
    // 5 %: 2 436 + 2 839; transfers: 3 579 and 874.
    last: ['Summa resultatenheter', '105 500', '5 275', '-6 435', '1 982', '4 453'],
  },
  {
    type: 'budget-investeringar',
    kind: 'investeringar',
    value: { year: '2020', rows: 'Inventarier förskola; 5,0; 4,2\nLokalanpassningar; 6,7; 12,9; 6,2' },
    last: ['Totalt', '11,7', '17,1', '6,2', '0,8'],
  },
  {
    type: 'budget-omslutning',
    kind: 'omslutning',
    value: { rows: 'Statsbidrag äldreomsorg; 7,0; -7,0\nFeriejobb; 2,5; -2,5' },
    last: ['Summa', '9,5', '-9,5'],
  },
];

describe('budget-table forms', () => {
  it('are offered in the Infoga tab after the goal forms', () => {
    expect(formBlocks(2020).map((b) => b.type)).toEqual(
      expect.arrayContaining(['budget-drift', 'budget-resultatenheter', 'budget-investeringar', 'budget-omslutning']),
    );
    for (const f of forms)
      expect(f.fields.find((x) => x.name === 'rows')).toMatchObject({ kind: 'multiline', required: true });
  });

  describe.each(VALID)('$type', ({ type, kind, value, last }) => {
    it('validates, renders a table the checker recognises, with computed totals and no budget finding', () => {
      const f = form(type);
      expect(f.validate(value)).toEqual({ ok: true });
      const snapshot = inserted(f, value);
      const t = onlyTable(snapshot);
      expect(texts(t)[t.rows.length - 1]).toEqual(last);
      const found = findBudgetTables(snapshot, parseReport(snapshot));
      expect(found.map((b) => b.kind)).toEqual([kind]);
      expect(budgetFindings(snapshot)).toEqual([]);
    });
  });

  it('drift: Avvikelse per row is Budget − Prognos, the varav row is kept and marked by its label', () => {
    const t = onlyTable(inserted(form('budget-drift'), VALID[0].value));
    expect(texts(t).map((r) => [r[0], r[5]])).toEqual([
      ['Mnkr', 'Avvikelse (+/-)'],
      ['Nämndgemensam verksamhet', '1,0'],
      ['Äldreomsorg', '-3,5'],
      ['varav hemtjänst', '-1,0'],
      ['Förskoleverksamhet', '3,5'],
      ['Totalt', '1,0'],
    ]);
  });

  it('a wrong figure in the table would be found: the test data is not vacuous', () => {
    const snapshot = inserted(form('budget-drift'), VALID[0].value);
    const t = onlyTable(snapshot);
    const cell = t.rows[t.rows.length - 1].cells[1];
    cell.text = '1 400,0';
    cell.paragraphs[0] = {
      ...cell.paragraphs[0],
      text: '1 400,0',
      runs: [{ text: '1 400,0', bold: true, italic: false }],
    };
    expect(budgetFindings(snapshot).map((f) => f.rule)).toContain('budget-sums');
  });
});

describe('budget-table forms: Swedish messages on the right field', () => {
  const errors = (type: string, value: FormValue): Record<string, string> => {
    const r = form(type).validate(value);
    if (r.ok) throw new Error('expected errors');
    return r.errors;
  };

  it('no rows', () => {
    expect(errors('budget-drift', { year: '2020', rows: '  \n' })).toEqual({ rows: 'Lägg till minst en rad.' });
  });

  it('a figure that is not a number names the line and the column', () => {
    expect(
      errors('budget-drift', {
        year: '2020',
        rows: 'Äldreomsorg; 609,6; ; 613,1; 613,1\nFörskola; sexhundra; ; 682,9; 682,9',
      }),
    ).toEqual({
      rows: 'Rad 2, Budget: Skriv ett tal med decimalkomma, t.ex. 609,6 eller -3,5.',
    });
  });

  it('a row with the wrong number of values says what to write', () => {
    const e = errors('budget-omslutning', { rows: 'Statsbidrag; 7,0' });
    expect(e.rows).toBe('Rad 1 har 2 värden men ska ha 3: Namn; Kostnader; Intäkter.');
    expect(errors('budget-drift', { year: '2020', rows: 'Äldreomsorg; 609,6' }).rows).toMatch(
      /^Rad 1 har 2 värden men ska ha 5 eller 4: Namn; Budget; Begärda budgetjusteringar;/,
    );
  });

  it('a typed Totalt is refused: the form computes it', () => {
    expect(errors('budget-investeringar', { year: '2020', rows: 'Inventarier; 5,0; 4,2\nTotalt; 5,0; 4,2' })).toEqual({
      rows: 'Rad 2: Totalt räknas ut av Rapportstöd; ta bort raden.',
    });
    expect(() =>
      form('budget-investeringar').render({ year: '2020', rows: 'Inventarier; 5,0; 4,2\nTotalt; 5,0; 4,2' }),
    ).toThrow(/Totalt räknas ut/);
  });

  it('a varav row first has nothing to be part of', () => {
    expect(errors('budget-drift', { year: '2020', rows: 'varav hemtjänst; 250,0; ; 251,0; 251,0' })).toEqual({
      rows: 'Rad 1: En varav-rad måste stå under den rad den är en del av.',
    });
  });

  it('the year goes to the year field, several row problems to the rows field', () => {
    expect(
      errors('budget-resultatenheter', { year: '20', rows: 'Axelsberg; 48 712; x; -18\nFruängen; 56 788' }),
    ).toEqual({
      year: 'Skriv året med fyra siffror, t.ex. 2020.',
      rows: 'Rad 1, Resultatöverföring från föregående år: Skriv ett tal med decimalkomma, t.ex. 609,6 eller -3,5. Rad 2 har 2 värden men ska ha 4: Namn; Bruttobudget; Resultatöverföring från föregående år; Beräknat resultat.',
    });
  });
});
