/**
 * A new budget year is data: a test-only catalog (goals + indicators) and template for 2023 in
 * test/fixtures/budget-year-2023 are used for 2023 reports by the same code that uses 2020's, and a
 * year without its own data falls back to the nearest earlier one with a note, never silently.
 *
 * What "no code change" means, honestly: the browser bundle cannot list a folder, so a shipped year is
 * also one import line in src/core/catalog/years.ts and src/core/template/index.ts; the build's
 * validation (validateCatalogYears) fails when that line is forgotten, as the last test shows.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  CATALOG_YEARS,
  catalogFor,
  findGoal,
  findIndicator,
  indicatorsForGoal,
  loadCatalogYear,
} from '../src/core/catalog/index';
import { findBlockType } from '../src/core/blocks/index';
import { formBlocks } from '../src/core/blocks/forms';
import { checkSnapshot } from '../src/core/check';
import { renderSkeleton, skeletonValue } from '../src/core/skeleton/index';
import { readDocx } from '../src/docx/index';
import { createDocx } from '../src/docx/package-writer';
import { TEMPLATE_FILES, templateFileSchema, templateFor } from '../src/core/template/index';
import { CATALOG_DIR, validateCatalogYears } from '../scripts/validate-catalog';

const FIXTURES = join(__dirname, 'fixtures', 'budget-year-2023');
const json = (...parts: string[]): unknown => JSON.parse(readFileSync(join(FIXTURES, ...parts), 'utf8'));

const year2023 = loadCatalogYear(json('catalog', '2023', 'goals.json'), json('catalog', '2023', 'indicators.json'));
const catalogs = [...CATALOG_YEARS, year2023];
const templates = [...TEMPLATE_FILES, templateFileSchema.parse(json('template', '2023.json'))];

describe('goal and indicator catalog per budget year', () => {
  it('uses a new year’s data file for that year and later, without a note', () => {
    const c = catalogFor(2023, catalogs);
    expect(c.budgetYear).toBe(2023);
    expect(c.note).toBeNull();
    expect(findGoal('1.1', c)?.title).toBe(
      'Stockholm är en stad där barn och unga växer upp under trygga förhållanden',
    );
    expect(indicatorsForGoal('1.1', c).map((i) => i.name)).toEqual([
      'Andel unga med sommarjobb',
      'Andel unga som avbryter sitt sommarjobb',
    ]);
    expect(findIndicator('Andel unga med sommarjobb', c)?.kfArsmal).toBe('40 %');
    // 2020's goals are not 2023's: the old title is unknown there.
    expect(
      findGoal('I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande', c),
    ).toBeNull();
    expect(catalogFor(2024, catalogs)).toMatchObject({
      budgetYear: 2023,
      note: expect.stringContaining('för 2024') as unknown,
    });
  });

  it('a file covering two budget years (2020–2021) serves both without a note', () => {
    expect(catalogFor(2021, catalogs)).toMatchObject({ budgetYear: 2020, validThrough: 2021, note: null });
    expect(catalogFor(2020, catalogs).note).toBeNull();
  });

  it('falls back to the nearest earlier year with a visible note', () => {
    const c = catalogFor(2022, catalogs);
    expect(c.budgetYear).toBe(2020);
    expect(c.note).toBe(
      'Målkatalogen har inga mål och indikatorer för 2022; katalogen för 2020 används, och målen kan ha ändrats sedan dess.',
    );
    expect(findGoal('1.5', c)?.number).toBe('1.5');
    expect(catalogFor(null, catalogs).note).toBe('Rapportens budgetår är okänt; målkatalogen för 2020 används.');
    expect(catalogFor(2019, catalogs)).toMatchObject({
      budgetYear: 2020,
      note: expect.stringContaining('för 2019') as unknown,
    });
  });

  it('refuses a year whose two files disagree on the budget year', () => {
    const indicators = { ...(json('catalog', '2023', 'indicators.json') as object), budgetYear: 2024 };
    expect(() => loadCatalogYear(json('catalog', '2023', 'goals.json'), indicators)).toThrow(
      'budgetår 2023 men indicators.json 2024',
    );
  });

  it('a new skeleton says when its goals come from another year', () => {
    const shipped = Math.max(...CATALOG_YEARS.map((y) => y.budgetYear));
    const later = skeletonValue({ type: 'VB', unit: 'Enhet X', year: shipped + 5, date: '2026-01-01' });
    expect(later.catalogNote).toContain(`för ${shipped + 5}; katalogen för ${shipped} används`);
    expect(later.goals.length).toBeGreaterThan(0);
    expect(
      skeletonValue({ type: 'VB', unit: 'Enhet X', year: shipped, date: '2026-01-01' }).catalogNote,
    ).toBeUndefined();
  });
});

/**
 * A 2023 report, written from the skeleton with 2023's goals: "Andel unga som avbryter sitt
 * sommarjobb" is lower-is-better in 2023's catalog, which its wording ("Andel …") would not tell.
 */
function report2023(): Uint8Array {
  const value = skeletonValue({ type: 'VB', unit: 'Enhet X', year: 2023, date: '2023-12-01', catalogs });
  for (const row of value.goals.flatMap((g) => g.indicators)) {
    Object.assign(row, { utfall: '12 %', utfallMan: '11 %', utfallKvinnor: '13 %', arsmal: '5 %' });
  }
  return createDocx(renderSkeleton(value));
}
const AVBRYTER = 'Andel unga som avbryter sitt sommarjobb';

describe('a report is checked against its own budget year’s goals', () => {
  const snapshot = readDocx(report2023()).snapshot;
  const about = <F extends { subject: string; rule: string }>(findings: F[]): F[] =>
    findings.filter((f) => f.subject === AVBRYTER && f.rule === 'goal-analysis');

  it('with 2023’s catalog the rules know the indicator is lower-is-better: 12 % against 5 % needs an analysis', () => {
    const { report, findings } = checkSnapshot(snapshot, { catalogs });
    expect(report.year).toBe(2023);
    expect(about(findings)).toEqual([
      expect.objectContaining({
        kind: 'analysis-missing',
        severity: 'error',
        message: 'Utfallet 12 % når inte årsmålet 5 % (lägre är bättre) och det saknas analys.',
      }),
    ]);
  });

  it('without 2023’s catalog (the shipped years only) the same report gets the wording’s guess, never an error', () => {
    expect(about(checkSnapshot(snapshot).findings).map((f) => [f.kind, f.severity])).toEqual([
      ['direction-unknown', 'tip'],
    ]);
  });

  it('the Infoga forms and block defaults offer the year’s own goals and indicators', () => {
    const forms = formBlocks(2023, catalogs);
    const table = forms.find((f) => f.type === 'indicatorTable')!;
    const goalField = table.fields.find((f) => f.name === 'goal')!;
    const options = (year: string) =>
      typeof goalField.options === 'function' ? goalField.options({ year }).map((o) => o.value) : [];
    expect(options('2023')).toEqual(['1.1']);
    expect(options('2020')).toContain('1.5');
    const xml = table.render({ goal: '1.1', reportType: 'VB', year: '2023', own: '' });
    expect(xml).toContain(AVBRYTER);
    expect(table.validate({ goal: '1.5', reportType: 'VB', year: '2023', own: '' })).toEqual({
      ok: false,
      errors: { goal: 'Katalogen har inga indikatorer för det här målet; skriv egna indikatorer nedan.' },
    });
    const kf = findBlockType('kfGoal')!.defaultValue({ reportType: 'VB', year: 2023 }, catalogs);
    expect(kf).toMatchObject({ kfMal: { number: '1.1' }, inriktningsmal: { title: 'Ett Stockholm som håller ihop' } });
  });
});

describe('report template per budget year', () => {
  const titles = (year: number) => templateFor('VB', year, templates).sections.map((s) => s.title);

  it('a section added in the new year’s file is required from that year on, not before', () => {
    expect(titles(2023)).toContain('Klimatbudget');
    expect(titles(2025)).toContain('Klimatbudget');
    expect(titles(2022)).not.toContain('Klimatbudget');
    expect(templateFor('T1', 2023, templates).sections.find((s) => s.title === 'Klimatbudget')?.missing).toBe('error');
  });
});

describe('the build’s check of the year folders', () => {
  it('passes the shipped catalog', () => {
    expect(validateCatalogYears()).toEqual([]);
    expect(validateCatalogYears(CATALOG_DIR)).toEqual([]);
  });

  it('says when a year folder is not listed in years.ts (the one line a new year needs)', () => {
    const dir = join(FIXTURES, 'catalog');
    expect(validateCatalogYears(dir, [2020])).toEqual([
      '2023/: budgetåret finns inte i src/core/catalog/years.ts och används därför aldrig.',
    ]);
    expect(validateCatalogYears(dir, [2020, 2023])).toEqual([]);
  });
});
