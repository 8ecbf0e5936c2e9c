/**
 * `rapportstod new`: the skeleton is a report the checker recognises, with every required section
 * and the chosen goals; on a fresh skeleton the checker only asks for text to be written, and a
 * skeleton with that text filled in has no errors.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';
import { readDocx } from '../src/docx/index';
import { createDocx } from '../src/docx/package-writer';
import { checkSnapshot } from '../src/core/check';
import { catalogFor, indicatorsForGoal } from '../src/core/catalog/index';
import { extractKfGoals } from '../src/core/blocks/extract';
import { renderSkeleton, skeletonValue, type SkeletonValue } from '../src/core/skeleton/index';
import type { BlockReportType } from '../src/core/blocks/schemas';

function io(): { out: string[]; err: string[]; io: { out(t: string): void; err(t: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rapportstod-new-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the checker may ask for on a fresh skeleton: text and figures still to be written. */
const MISSING_TEXT_KINDS = new Set([
  'section-empty',
  'header-field-missing',
  'indicator-value-missing',
  'gender-split-missing',
  'expected-result-missing',
  'description-missing',
  'assessment-missing',
]);

async function newReport(
  type: BlockReportType,
  extra: string[] = [],
): Promise<{ code: number; file: string; err: string }> {
  const file = join(dir, `${type}-${Math.random().toString(36).slice(2)}.docx`);
  const c = io();
  const code = await main(
    ['new', '--type', type, '--unit', 'Axelsbergs vård- och omsorgsboende', '--year', '2020', ...extra, '-o', file],
    c.io,
  );
  return { code, file, err: c.err.join('') };
}

describe('rapportstod new', () => {
  it.each(['VB', 'T1', 'T2', 'VP'] as const)(
    '%s: a report of that type with all sections, goals and indicators from the catalog',
    async (type) => {
      const { code, file } = await newReport(type, ['--goals', '1.5,3.2']);
      expect(code).toBe(0);
      const { report, findings } = checkSnapshot(readDocx(new Uint8Array(readFileSync(file))).snapshot);
      expect(report.type).toBe(type);
      expect(report.year).toBe(2020);
      expect(report.unit).toBe('Axelsbergs vård- och omsorgsboende');
      expect(report.toc?.kind).toBe('field');
      expect(report.goals.map((g) => [g.number, g.kfMal.map((k) => k.number)])).toEqual([
        ['1', ['1.5']],
        ['3', ['3.2']],
      ]);
      const goals = extractKfGoals(report, { reportType: type, year: 2020 });
      expect(goals[0].indicators.map((i) => i.name)).toEqual(
        indicatorsForGoal('1.5', catalogFor(2020)).map((i) => i.name),
      );
      expect(
        goals[0].indicators.every((i) =>
          type === 'VP' ? i.periodicitet !== '' : i.period === (type === 'VB' ? 'VB 2020' : `Tertial ${type[1]} 2020`),
        ),
      ).toBe(true);
      // Only text to be written, and the Dnr placeholder.
      const other = findings.filter((f) => !MISSING_TEXT_KINDS.has(f.kind));
      expect(other.map((f) => `${f.kind}: ${f.subject}`)).toEqual(['placeholder-text: Dnr: HÄ ÅÅÅÅ/XXX']);
      expect(findings.some((f) => f.kind === 'header-field-missing' && f.subject === 'Handläggare')).toBe(true);
      expect(findings.filter((f) => f.kind === 'section-empty').length).toBeGreaterThanOrEqual(type === 'VP' ? 6 : 6);
      // No TOC finding: the field's cached result already lists the headings.
      expect(findings.filter((f) => f.rule === 'table-of-contents')).toEqual([]);
    },
  );

  it('without --goals every KF goal of the catalog is included, grouped under its inriktningsmål', async () => {
    const { code, file } = await newReport('VB');
    expect(code).toBe(0);
    const report = checkSnapshot(readDocx(new Uint8Array(readFileSync(file))).snapshot).report;
    expect(report.goals.map((g) => g.number)).toEqual(['1', '2', '3']);
    expect(report.goals.flatMap((g) => g.kfMal).length).toBeGreaterThanOrEqual(8);
  });

  it('bad arguments: exit 2 with a Swedish message, no file written', async () => {
    const cases: [string[], RegExp][] = [
      [['--unit', 'X', '--year', '2020', '-o', join(dir, 'a.docx')], /Ange rapporttyp/],
      [['--type', 'VX', '--unit', 'X', '--year', '2020', '-o', join(dir, 'a.docx')], /Okänd rapporttyp "VX"/],
      [['--type', 'VB', '--year', '2020', '-o', join(dir, 'a.docx')], /enhetens namn/],
      [['--type', 'VB', '--unit', 'X', '--year', '20', '-o', join(dir, 'a.docx')], /fyra siffror/],
      [['--type', 'VB', '--unit', 'X', '--year', '2020'], /utfilen/],
      [
        ['--type', 'VB', '--unit', 'X', '--year', '2020', '--goals', '1.5,9.9', '-o', join(dir, 'a.docx')],
        /Okänt KF-mål: 9\.9/,
      ],
      [
        ['--type', 'VB', '--unit', 'X', '--year', '2020', '--bogus', '-o', join(dir, 'a.docx')],
        /Okänd flagga: --bogus/,
      ],
      [['--type', 'VB', '--unit', 'X', '--year', '2020', '-o', join(dir, 'a.txt')], /\.docx/],
    ];
    for (const [args, message] of cases) {
      const c = io();
      expect(await main(['new', ...args], c.io)).toBe(2);
      expect(c.err.join('')).toMatch(message);
    }
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);
  });

  it('never overwrites an existing file', async () => {
    const file = join(dir, 'finns.docx');
    writeFileSync(file, 'användarens text');
    const c = io();
    expect(await main(['new', '--type', 'VB', '--unit', 'X', '--year', '2020', '-o', file], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/finns redan/);
    expect(readFileSync(file, 'utf8')).toBe('användarens text');
  });
});

/** Fills what a unit writes: texts, front page, outcomes equal to the targets. */
function fill(v: SkeletonValue): SkeletonValue {
  return {
    ...v,
    front: { ...v.front, dnr: 'HÄ 2020/362', handlaggare: 'Anna Lindqvist', telefon: '08-508 23 100' },
    sections: v.sections.map((s) => ({ ...s, text: `Text om ${s.title.toLowerCase()} för 2020.` })),
    goals: v.goals.map((g) => ({
      ...g,
      indicators: g.indicators.map((i) => ({
        ...i,
        utfall: '80 %',
        utfallMan: '79 %',
        utfallKvinnor: '81 %',
        arsmal: '80 %',
        prognos: v.type === 'VB' || v.type === 'VP' ? '' : '80 %',
      })),
    })),
  };
}

describe('a filled skeleton', () => {
  it.each(['VB', 'T1', 'T2', 'VP'] as const)('%s has no errors', (type) => {
    const value = fill(
      skeletonValue({
        type,
        unit: 'Fruängsgårdens vård- och omsorgsboende',
        year: 2020,
        date: '2021-02-03',
        goals: ['1.5', '3.2'],
      }),
    );
    // With its title property, as `rapportstod new` writes it (an untitled document is an accessibility error).
    const { findings } = checkSnapshot(
      readDocx(createDocx(renderSkeleton(value), { title: value.front.title })).snapshot,
    );
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.kind}: ${f.subject}`)).toEqual([]);
  });
});
