/**
 * What the Infoga forms refuse or mend before anything reaches the document: a decimal point, a year
 * out of range, an enhetsmål that is not met without an Analys (issue 12, part 4).
 */
import { budgetForms, formBlocks, type FormBlock } from '../src/core/blocks/forms';
import { figureSchema } from '../src/core/blocks/schemas';
import { readDocx } from '../src/docx/index';
import { createDocx } from '../src/docx/package-writer';
import { defaultBlocks } from '../src/taskpane/services/blocks';

const byType = (forms: readonly FormBlock[], type: string): FormBlock => {
  const f = forms.find((b) => b.type === type);
  if (!f) throw new Error(type);
  return f;
};
const drift = byType(budgetForms(2020), 'budget-drift');
const enhetsmal = byType(formBlocks(2020), 'enhetsmal');

function tableTexts(ooxml: string): string[][] {
  const table = readDocx(createDocx(ooxml)).snapshot.blocks.find((b) => b.kind === 'table');
  if (!table || table.kind !== 'table') throw new Error('ingen tabell');
  return table.rows.map((r) => r.cells.map((c) => c.text));
}

describe('figures typed with a decimal point', () => {
  it('are read as Swedish numbers and written with a decimal comma', () => {
    expect(figureSchema.parse('609.6')).toBe('609,6');
    expect(figureSchema.parse('-3.5')).toBe('-3,5');
    expect(figureSchema.parse('609,6')).toBe('609,6');
    expect(figureSchema.parse('48 712')).toBe('48 712');
    expect(figureSchema.parse('')).toBe('');
  });

  it('never reach the table as typed, and Totalt adds them up', () => {
    const value = { year: '2020', rows: 'Äldreomsorg; 609.6; ; 613.1; 613.1\nFörskola; 686,4; ; 682,9; 682,9' };
    expect(drift.validate(value)).toEqual({ ok: true });
    const rows = tableTexts(drift.render(value));
    expect(rows[1].slice(0, 5)).toEqual(['Äldreomsorg', '609,6', '', '613,1', '613,1']);
    expect(rows.flat().some((t) => t.includes('609.6') || t.includes('613.1'))).toBe(false);
    expect(rows[3].slice(0, 2)).toEqual(['Totalt', '1 296,0']);
  });

  it('with three digits after the point are refused, since 48.712 may be thousands', () => {
    const result = drift.validate({ year: '2020', rows: 'Äldreomsorg; 48.712; ; 613,1; 613,1' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.rows).toBe(
      'Rad 1, Budget: 48.712 kan betyda både 48 712 och 48,712: skriv det med mellanslag eller decimalkomma.',
    );
  });
});

describe('a year outside the sensible range', () => {
  const message = 'Året ska vara mellan 2000 och 2099.';
  it('says so in the budget and goal forms', () => {
    const kf = byType(formBlocks(2020), 'kfGoal');
    expect(drift.validate({ year: '1999', rows: 'Äldreomsorg; 609,6; ; 613,1; 613,1' })).toEqual({
      ok: false,
      errors: { year: message },
    });
    expect(kf.validate({ goal: '1.5', reportType: 'VB', year: '1999' })).toEqual({
      ok: false,
      errors: { year: message },
    });
  });

  it('says so in the pane’s indicator table, not "fyra siffror"', () => {
    const block = defaultBlocks.find((b) => b.type === 'indicatorTable')!;
    expect(block.validate({ goal: '3.2', reportType: 'VB', year: '1999', own: '' })).toEqual({
      ok: false,
      errors: { year: message },
    });
    expect(block.validate({ goal: '3.2', reportType: 'VB', year: '20', own: '' })).toEqual({
      ok: false,
      errors: { year: 'Skriv året med fyra siffror, t.ex. 2020.' },
    });
  });
});

describe('an enhetsmål that is not met', () => {
  const base = { reportType: 'VB', title: 'Fler besök', forvantatResultat: 'Fler besök än 2019.', analys: '' };
  it('needs an Analys before it is inserted', () => {
    expect(enhetsmal.validate({ ...base, assessment: 'delvis' })).toEqual({
      ok: false,
      errors: { analys: 'Målet uppfylls delvis: skriv en analys av varför och vad enheten gör åt det.' },
    });
    expect(enhetsmal.validate({ ...base, assessment: 'inte', analys: '  ' })).toEqual({
      ok: false,
      errors: { analys: 'Målet uppfylls inte: skriv en analys av varför och vad enheten gör åt det.' },
    });
  });

  it('is fine with an Analys; a goal met in full or not yet assessed needs none here', () => {
    expect(enhetsmal.validate({ ...base, assessment: 'delvis', analys: 'Färre besök under pandemin.' })).toEqual({
      ok: true,
    });
    expect(enhetsmal.validate({ ...base, assessment: 'helt' })).toEqual({ ok: true });
    expect(enhetsmal.validate({ ...base, assessment: '' })).toEqual({ ok: true });
  });
});
