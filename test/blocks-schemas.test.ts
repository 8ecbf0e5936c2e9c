/**
 * Block schemas and the registry: invalid input gives Swedish messages tied to the field, defaults
 * come from the catalog, and nothing invalid can be rendered.
 */
import {
  activityTableSchema,
  blockTypes,
  BlockValueError,
  budgetTableSchema,
  enhetsmalSchema,
  fieldErrors,
  findBlockType,
  indicatorTableSchema,
  isIsoDate,
  kfGoalSchema,
  namndmalSchema,
} from '../src/core/blocks/index';
import { catalogFor, indicatorsForGoal } from '../src/core/catalog/index';
import { formBlocks } from '../src/core/blocks/forms';

const errorsOf = (schema: { safeParse(v: unknown): Parameters<typeof fieldErrors>[0] }, value: unknown) =>
  fieldErrors(schema.safeParse(value));

describe('block schemas', () => {
  it('dates must be real dates written YYYY-MM-DD, and start not after end', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020-13-01')).toBe(false);
    const errors = errorsOf(activityTableSchema, {
      reportType: 'VB',
      rows: [
        { text: 'Temavecka', start: '2020-05-01', end: '2020-04-30' },
        { text: 'Utbildning', start: '2020-02-30', end: '2020-12-31' },
        { text: 'Inköp', start: '1/3 2020', end: '2020-12-31' },
        { text: '  ', start: '2020-01-01', end: '2020-12-31' },
      ],
    });
    expect(errors).toEqual([
      { path: 'rows.0.end', message: 'Startdatum får inte ligga efter slutdatum.' },
      { path: 'rows.1.start', message: 'Startdatum är inget verkligt datum.' },
      { path: 'rows.2.start', message: 'Startdatum skrivs ÅÅÅÅ-MM-DD, t.ex. 2020-01-31.' },
      { path: 'rows.3.text', message: 'Aktivitetens text saknas.' },
    ]);
  });

  it('a VP activity table has no Avvikelse; a VP enhetsmål no assessment; VB/T no VP parts', () => {
    expect(
      errorsOf(activityTableSchema, {
        reportType: 'VP',
        rows: [{ text: 'A', start: '2021-01-01', end: '2021-12-31', deviation: true }],
      }),
    ).toEqual([{ path: 'rows.0.deviation', message: 'En verksamhetsplan har ingen Avvikelse-kolumn.' }]);
    expect(
      errorsOf(enhetsmalSchema, { reportType: 'VP', title: 'Mål', assessment: 'helt' }).map((e) => e.path),
    ).toEqual(['assessment']);
    expect(errorsOf(enhetsmalSchema, { reportType: 'VB', title: 'Mål', arbetssatt: 'Så här' })).toEqual([
      { path: 'arbetssatt', message: 'Den delen finns bara i en verksamhetsplan (VP).' },
    ]);
    expect(errorsOf(enhetsmalSchema, { reportType: 'VB', title: 'Mål', assessment: 'bra' })).toEqual([
      { path: 'assessment', message: 'Bedömningen ska vara Uppfylls helt, Uppfylls delvis eller Uppfylls inte.' },
    ]);
  });

  it('goal sections: titles, numbers, the KF goal under its inriktningsmål, the year', () => {
    const errors = errorsOf(kfGoalSchema, {
      reportType: 'VB',
      year: 20,
      inriktningsmal: { number: '1', title: 'En modern storstad' },
      kfMal: { number: '3.2', title: '' },
    });
    expect(errors).toEqual([
      { path: 'year', message: 'Året ska vara mellan 2000 och 2099.' },
      { path: 'kfMal.title', message: 'Målets titel saknas.' },
      { path: 'kfMal.number', message: 'Mål 3.2 hör inte till inriktningsmål 1.' },
    ]);
    expect(
      errorsOf(kfGoalSchema, {
        reportType: 'VB',
        year: 2020,
        inriktningsmal: { number: '1', title: 'En modern storstad' },
        kfMal: { number: '3.2', title: 'Skattemedel' },
      }),
    ).toEqual([{ path: 'kfMal.number', message: 'Mål 3.2 hör inte till inriktningsmål 1.' }]);
    expect(errorsOf(namndmalSchema, { reportType: 'XX', title: 'Mål' })).toEqual([
      { path: 'reportType', message: 'Välj rapporttyp: VB, T1, T2 eller VP.' },
    ]);
  });

  it("a user's own indicator: name required, unit and direction accepted, an unknown direction refused", () => {
    const ok = indicatorTableSchema.safeParse({
      reportType: 'VB',
      year: 2020,
      rows: [{ name: 'Antal studiebesök', unit: 'st', direction: 'higher', utfall: '12' }],
    });
    expect(ok.success).toBe(true);
    expect(
      errorsOf(indicatorTableSchema, { reportType: 'VB', year: 2020, rows: [{ name: '', direction: 'upp' }] }),
    ).toEqual([
      { path: 'rows.0.name', message: 'Indikatorns namn saknas.' },
      { path: 'rows.0.direction', message: 'Riktningen ska vara högre, lägre eller ingen.' },
    ]);
    expect(errorsOf(indicatorTableSchema, { reportType: 'VB', year: 2020, rows: [] })).toEqual([
      { path: 'rows', message: 'Lägg till minst en indikator.' },
    ]);
  });

  it('budget figures are Swedish numbers; varav rows are marked and labelled as such', () => {
    const errors = errorsOf(budgetTableSchema, {
      kind: 'drift',
      year: 2020,
      rows: [
        { label: 'Äldreomsorg', budget: '609,6', prognosFore: 'ca 600', prognosEfter: '613,1' },
        { label: 'varav hemtjänst', varav: true, budget: '1.234,5', prognosFore: '1', prognosEfter: '1' },
      ],
    });
    expect(errors).toEqual([
      { path: 'rows.0.prognosFore', message: 'Skriv ett tal med decimalkomma, t.ex. 609,6 eller -3,5.' },
      { path: 'rows.1.budget', message: 'Skriv ett tal med decimalkomma, t.ex. 609,6 eller -3,5.' },
    ]);
    expect(
      errorsOf(budgetTableSchema, {
        kind: 'drift',
        year: 2020,
        rows: [
          { label: 'Äldreomsorg', budget: '1', prognosFore: '1', prognosEfter: '1' },
          { label: 'varav hemtjänst', budget: '1', prognosFore: '1', prognosEfter: '1' },
        ],
      }),
    ).toEqual([{ path: 'rows.1.label', message: 'Varav-rader ska börja med "varav", och bara de.' }]);
    expect(errorsOf(budgetTableSchema, { kind: 'saldo', rows: [] }).map((e) => e.path)).toEqual(['kind']);
  });
});

describe('block registry', () => {
  const defaults = { reportType: 'VB' as const, year: 2020, goal: '1.5' };

  it('lists every block type with Swedish and English labels', () => {
    expect(blockTypes.map((b) => b.type)).toEqual([
      'kfGoal',
      'namndmal',
      'enhetsmal',
      'indicatorTable',
      'activityTable',
      'budget-drift',
      'budget-resultatenheter',
      'budget-investeringar',
      'budget-omslutning',
    ]);
    for (const b of blockTypes) expect(b.label.sv && b.label.en).toBeTruthy();
  });

  it('the KF goal and indicator table defaults come from the catalog and render as they are', () => {
    const kf = findBlockType('kfGoal')!;
    const value = kf.defaultValue(defaults);
    expect(kf.validate(value)).toEqual([]);
    const xml = kf.render(value, { id: 'x' });
    expect(xml).toMatch(/^<w:sdt><w:sdtPr><w:alias w:val="KF-mål 1.5"\/><w:tag w:val="rapportstod:kfGoal:x"\/>/);
    expect(xml).toContain('1. En modern storstad med möjligheter och valfrihet för alla');
    for (const ind of indicatorsForGoal('1.5', catalogFor(2020)))
      expect(xml).toContain(ind.name.replace(/&/g, '&amp;'));
    const table = findBlockType('indicatorTable')!;
    expect(table.validate(table.defaultValue({ ...defaults, reportType: 'VP' }))).toEqual([]);
  });

  it('forms that need the user: defaults with empty titles are refused with field messages, not rendered', () => {
    const namndmal = findBlockType('namndmal')!;
    const value = namndmal.defaultValue(defaults);
    expect(namndmal.validate(value)).toEqual([{ path: 'title', message: 'Nämndmålets titel saknas.' }]);
    expect(() => namndmal.render(value)).toThrow(BlockValueError);
    expect(() => namndmal.render(value)).toThrow('Blocket kan inte infogas: title: Nämndmålets titel saknas.');
    for (const type of [
      'activityTable',
      'budget-drift',
      'budget-resultatenheter',
      'budget-investeringar',
      'budget-omslutning',
    ]) {
      const b = findBlockType(type)!;
      expect(b.validate(b.defaultValue(defaults)).map((e) => e.path)).toEqual([
        'rows.0.' + (type === 'activityTable' ? 'text' : 'label'),
      ]);
    }
  });
});

describe('Infoga forms over the registry', () => {
  const forms = formBlocks(2020);
  const byType = (t: string) => forms.find((f) => f.type === t)!;

  it('a KF goal form renders the goal with its catalog indicators; no goal chosen is a message on the goal field', () => {
    const kf = byType('kfGoal');
    expect(kf.validate({ goal: '', reportType: 'VB', year: '2020' })).toEqual({
      ok: false,
      errors: { goal: 'Välj ett KF-mål.' },
    });
    expect(kf.validate({ goal: '3.2', reportType: 'VB', year: '20' })).toEqual({
      ok: false,
      errors: { year: 'Skriv året med fyra siffror, t.ex. 2020.' },
    });
    const xml = kf.render({ goal: '3.2', reportType: 'VP', year: '2021' });
    expect(xml).toContain('3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna');
    expect(xml).toContain('Periodicitet');
  });

  it('activity and enhetsmål forms: dates and titles checked per field, VP fields only in a VP', () => {
    const act = byType('activityTable');
    expect(
      act.validate({
        reportType: 'VB',
        text: 'Temavecka',
        start: '2020-05-01',
        end: '2020-04-01',
        deviation: 'ja',
        analys: '',
      }),
    ).toEqual({
      ok: false,
      errors: { end: 'Startdatum får inte ligga efter slutdatum.' },
    });
    expect(
      act.render({
        reportType: 'VB',
        text: 'Temavecka',
        start: '2020-05-01',
        end: '2020-05-31',
        deviation: 'ja',
        analys: 'Flyttad till hösten.',
      }),
    ).toContain('>Avvikelse<');
    const em = byType('enhetsmal');
    expect(em.validate({ reportType: 'VB', title: '' })).toEqual({
      ok: false,
      errors: { title: 'Enhetsmålets titel saknas.' },
    });
    expect(em.fields.find((f) => f.name === 'arbetssatt')!.visible!({ reportType: 'VP' })).toBe(true);
    expect(em.fields.find((f) => f.name === 'arbetssatt')!.visible!({ reportType: 'VB' })).toBe(false);
    // A VB value with stale VP text in hidden fields is still insertable: hidden fields are left out.
    expect(em.validate({ reportType: 'VB', title: 'Mål', assessment: 'helt', arbetssatt: 'kvar från VP' })).toEqual({
      ok: true,
    });
  });
});
