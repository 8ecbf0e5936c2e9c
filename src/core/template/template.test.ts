import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { recognizeBudgetTable } from '../budget/recognize';
import { parseTitle } from '../parse/report-type';
import { table } from '../snapshot';
import {
  budgetTablesOf,
  knownTitles,
  reportTitleFor,
  reportTypeLabels,
  TEMPLATE_FILES,
  templateFileSchema,
  templateFor,
  textKey,
  type TemplateFile,
} from './index';

const DATA = join(__dirname, 'data');

describe('template data files', () => {
  it.each(readdirSync(DATA).filter((f) => f.endsWith('.json')))('%s is valid and named by its budget year', (name) => {
    const parsed = templateFileSchema.safeParse(JSON.parse(readFileSync(join(DATA, name), 'utf8')));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    if (parsed.success) expect(`${parsed.data.budgetYear}.json`).toBe(name);
  });

  it('every file in data/ is loaded', () => {
    expect(TEMPLATE_FILES.map((f) => `${f.budgetYear}.json`).sort()).toEqual(
      readdirSync(DATA)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    );
  });

  it('rejects a section without a title, a tip for something missing and an unknown layout, in Swedish', () => {
    const read = (): TemplateFile => JSON.parse(readFileSync(join(DATA, '2020.json'), 'utf8')) as TemplateFile;
    const messages = (data: TemplateFile): string[] => {
      const result = templateFileSchema.safeParse(data);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    const bad = read();
    bad.layouts['VB/T'].sections[0].title = ' ';
    (bad.layouts['VB/T'].sections[1] as { missing: string }).missing = 'tip';
    expect(messages(bad)).toEqual([
      'Avsnittet saknar rubrik.',
      'Allvarsgrad för något som saknas ska vara "error" eller "warning".',
    ]);
    const unknownLayout = read();
    unknownLayout.reportTypes.VP.layout = 'VP 2030';
    expect(messages(unknownLayout)).toEqual(['Layouten "VP 2030" finns inte under layouts.']);
  });
});

describe('templateFor', () => {
  it('gives a VB the five sections and a T1 a lighter Systematiskt kvalitetsarbete', () => {
    expect(templateFor('VB', 2020).sections.map((s) => s.title)).toEqual([
      'Sammanfattande analys',
      'Uppföljning av Kommunfullmäktiges inriktningsmål',
      'Uppföljning av ekonomi',
      'Systematiskt kvalitetsarbete',
      'Övrigt',
    ]);
    const kvalitet = (type: 'VB' | 'T1') =>
      templateFor(type, 2020).sections.find((s) => s.title === 'Systematiskt kvalitetsarbete');
    expect([kvalitet('VB')?.missing, kvalitet('VB')?.empty]).toEqual(['error', 'warning']);
    expect([kvalitet('T1')?.missing, kvalitet('T1')?.empty]).toEqual(['warning', 'tip']);
    expect(templateFor('VP', 2021).enhetsmalParts.map((p) => p.label)).toEqual([
      'Förväntat resultat',
      'Arbetssätt',
      'Resursanvändning',
      'Uppföljning',
      'Utveckling',
    ]);
  });

  it('takes a new budget year from its own file, and earlier years from the file before', () => {
    const base = TEMPLATE_FILES[0];
    const next: TemplateFile = templateFileSchema.parse({
      ...base,
      budgetYear: 2026,
      layouts: {
        ...base.layouts,
        'VB/T': {
          ...base.layouts['VB/T'],
          sections: [
            ...base.layouts['VB/T'].sections,
            { title: 'Hållbarhetsredovisning', missing: 'error', empty: 'warning' },
          ],
        },
      },
    });
    const files = [base, next];
    expect(templateFor('VB', 2026, files).sections.map((s) => s.title)).toContain('Hållbarhetsredovisning');
    expect(templateFor('VB', 2027, files).budgetYear).toBe(2026);
    expect(templateFor('VB', 2025, files).sections.map((s) => s.title)).not.toContain('Hållbarhetsredovisning');
    expect(templateFor('VB', null, files).budgetYear).toBe(base.budgetYear);
    expect(templateFor('VB', 2010, files).budgetYear).toBe(base.budgetYear);
  });
});

describe('textKey', () => {
  it.each([
    [
      'Analys av resultaträkning – uppföljning av driftbudget',
      'Analys av resultaträkning - uppföljning av driftbudget',
    ],
    ['3.1 Investeringar', 'Investeringar'],
    ['1.5. Medel för lokaländamål:', 'medel för lokaländamål'],
    ['Sys\u00adtematiskt kvalitets\u001farbete', 'Systematiskt kvalitetsarbete'],
    ['  UPPFÖLJNING\u00a0av  ekonomi.', 'Uppföljning av ekonomi'],
    ['● Övrigt', 'Övrigt'],
  ])('%j is the title %j', (a, b) => {
    expect(textKey(a)).toBe(textKey(b));
  });

  it('keeps different titles apart', () => {
    expect(textKey('Investeringar')).not.toBe(textKey('Medel för lokaländamål'));
    expect(textKey('2020 års resultat')).toBe('2020 års resultat');
  });
});

describe('knownTitles', () => {
  it('knows the goals section as a heading only where the template makes it a fixed one', () => {
    const { goalsSections } = knownTitles();
    // VB/T's goals section is a fixed heading; a VP's "Kommunfullmäktiges inriktningsmål" is not
    // (the same words head goal levels), so the goal parser does not skip it as the section's own.
    expect(goalsSections).toEqual(new Set([textKey('Uppföljning av Kommunfullmäktiges inriktningsmål')]));
    expect(goalsSections.has(textKey('2 Uppföljning av kommunfullmäktiges inriktningsmål'))).toBe(true);
  });
});

describe('budget tables in the template', () => {
  const base = TEMPLATE_FILES[0];
  const withTables = (budgetTables: unknown) => templateFileSchema.safeParse({ ...base, budgetTables });
  const messages = (r: ReturnType<typeof withTables>) => (r.success ? [] : r.error.issues.map((i) => i.message));

  it('a renamed column is data: a header word the template maps to a role makes the table readable', () => {
    const header = ['Mnkr', 'Anslag 2023', 'Utfall 2023', 'Avvikelse'];
    const rows = [header, ['Äldreomsorg', '609,6', '613,1', '-3,5'], ['Totalt', '609,6', '613,1', '-3,5']];
    expect(recognizeBudgetTable(table(rows), { block: 0 })).toBeNull();
    const renamed = templateFileSchema.parse({
      ...base,
      budgetTables: {
        ...base.budgetTables,
        columnRoles: [
          { role: 'budget', header: 'anslag' },
          { role: 'prognos', header: 'utfall' },
          ...base.budgetTables.columnRoles,
        ],
      },
    });
    const t = recognizeBudgetTable(table(rows), { block: 0, tables: budgetTablesOf(renamed) });
    expect(t?.kind).toBe('drift');
    expect(t?.title).toBe('Uppföljning av driftbudget');
    expect(t?.columns.map((c) => c.role)).toEqual(['label', 'budget', 'prognos', 'avvikelse']);
  });

  it('refuses a pattern that is no regular expression, an unknown role, and a missing kind Infoga writes', () => {
    const t = base.budgetTables;
    expect(messages(withTables({ ...t, notBudgetHeaders: 'indikator(' }))).toEqual([
      'Mönstret är inte ett giltigt reguljärt uttryck.',
    ]);
    expect(messages(withTables({ ...t, columnRoles: [{ role: 'saldo', header: 'saldo' }] }))[0]).toMatch(
      /^Kolumnens roll ska vara en av label, budget/,
    );
    expect(messages(withTables({ ...t, kinds: t.kinds.filter((k) => k.kind !== 'omslutning') }))).toEqual([
      'Tabellsorten omslutning saknas eller saknar insert (Infoga skriver den).',
    ]);
    const drift = t.kinds.find((k) => k.kind === 'drift')!;
    expect(messages(withTables({ ...t, kinds: [...t.kinds, drift] }))).toEqual([
      'Tabellsorten drift finns två gånger.',
    ]);
  });

  it('every table title the blocks, forms and recogniser use comes from here', () => {
    const titles = new Set(budgetTablesOf(base).kinds.map((k) => k.title));
    expect(titles).toEqual(
      new Set(['Uppföljning av driftbudget', 'Resultatenheter', 'Investeringar', 'Omslutningsförändringar']),
    );
  });
});

describe('report types in the template', () => {
  it('names each type for the forms, and titles a new report so that the parser knows its type, year and unit', () => {
    expect(reportTypeLabels()).toEqual({
      VB: 'Verksamhetsberättelse (VB)',
      T1: 'Tertialrapport 1 (T1)',
      T2: 'Tertialrapport 2 (T2)',
      VP: 'Verksamhetsplan (VP)',
    });
    for (const type of ['VB', 'T1', 'T2', 'VP'] as const) {
      const title = reportTitleFor(type, 2021, 'Axelsbergs vård- och omsorgsboende');
      expect([title, parseTitle(title)]).toEqual([
        title,
        expect.objectContaining({ type, year: 2021, unit: 'Axelsbergs vård- och omsorgsboende' }),
      ]);
    }
  });
});
