/**
 * The parser on real .docx fixtures (generated from the seed reports by test/fixtures/generate.ts),
 * read with the .docx adapter and compared with the hand-written expectations in
 * test/fixtures/expected/*.json.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readDocx } from '../src/docx/index';
import { parseReport } from '../src/core/parse/index';
import type { Activity, Indicator, IndicatorColumn, KfMal, Report, TextRef } from '../src/core/model';

const dir = join(__dirname, 'fixtures');
const parse = (name: string): Report => parseReport(readDocx(new Uint8Array(readFileSync(join(dir, 'docx', name)))).snapshot);
const expected = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, 'expected', name), 'utf8'));

const kfGoals = (r: Report): KfMal[] => r.goals.flatMap((g) => g.kfMal);
const indicatorsOf = (k: KfMal): Indicator[] =>
  [...k.indicatorTables, ...k.namndmal.flatMap((n) => [...n.indicatorTables, ...n.enhetsmal.flatMap((e) => e.indicatorTables)])].flatMap((t) => t.indicators);
const activitiesOf = (k: KfMal): Activity[] =>
  k.namndmal.flatMap((n) => [...n.activityTables, ...n.enhetsmal.flatMap((e) => e.activityTables)]).flatMap((t) => t.activities);
const has = (t: TextRef | null): boolean => t !== null && t.text.trim() !== '';
const raw = (i: Indicator, c: IndicatorColumn): string => i.values[c]?.parsed.raw.trim() ?? '';
const VALUE_COLUMNS: IndicatorColumn[] = ['utfall', 'utfallMan', 'utfallKvinnor', 'utfallForegaende', 'prognos', 'arsmal', 'kfArsmal', 'period'];

interface KfExpect { number: string; title: string; namndmal: number; enhetsmal: number; indicators: number; activities: number }
interface EnhetsmalExpect { title: string; assessment: string; hasForvantatResultat: boolean; hasAnalys: boolean }
interface IndicatorExpect { kfGoal: string; name: string; outcome: string; target: string; kfTarget: string; period: string; hasAnalys: boolean }
interface ActivityExpect { kfGoal: string; nameStartsWith: string; start: string; end: string; deviation: boolean; hasAnalys: boolean }

function checkSeed000Like(r: Report): void {
  const e = expected('seed-000.json');
  expect(r).toMatchObject({ type: e.reportType, year: e.year, unit: e.unit });
  expect(r.frontMatter.dnr?.text).toBe(e.dnr);
  expect(r.frontMatter.date?.text).toBe(e.date);
  expect(r.goals.map((g) => ({ number: g.number, title: g.title }))).toEqual(e.inriktningsmal);
  const kfs = kfGoals(r);
  expect(
    kfs.map((k) => ({
      number: k.number,
      title: k.title,
      namndmal: k.namndmal.length,
      enhetsmal: k.namndmal.reduce((n, m) => n + m.enhetsmal.length, 0),
      indicators: indicatorsOf(k).length,
      activities: activitiesOf(k).length,
    })),
  ).toEqual(e.kfGoals as KfExpect[]);
  const ems = kfs.flatMap((k) => k.namndmal.flatMap((n) => n.enhetsmal));
  expect(
    ems.map((m) => ({ title: m.title, assessment: m.assessment?.raw ?? '', hasForvantatResultat: has(m.forvantatResultat), hasAnalys: has(m.analys) })),
  ).toEqual(e.enhetsmal as EnhetsmalExpect[]);
  for (const ind of e.indicators as IndicatorExpect[]) {
    const found = indicatorsOf(kfs.find((k) => k.number === ind.kfGoal)!).find((i) => i.name === ind.name);
    expect(found).toBeDefined();
    const actual: Record<string, unknown> = { outcome: raw(found!, 'utfall'), target: raw(found!, 'arsmal'), kfTarget: raw(found!, 'kfArsmal'), period: raw(found!, 'period'), hasAnalys: has(found!.analys) };
    // An expectation lists only the fields its author checked.
    const { kfGoal: _k, name: _n, ...wanted } = ind;
    expect(Object.fromEntries(Object.keys(wanted).map((k) => [k, actual[k]]))).toEqual(wanted);
  }
  for (const act of e.activities as ActivityExpect[]) {
    const found = activitiesOf(kfs.find((k) => k.number === act.kfGoal)!).find((a) => a.text.startsWith(act.nameStartsWith));
    expect(found).toBeDefined();
    expect({ start: found!.start?.text, end: found!.end?.text, deviation: found!.deviation, hasAnalys: has(found!.analys) }).toEqual({
      start: act.start,
      end: act.end,
      deviation: act.deviation,
      hasAnalys: act.hasAnalys,
    });
  }
  const toc = e.toc as { entries: number; first: { text: string; page: string }; last: { text: string; page: string } };
  expect(r.toc).not.toBeNull();
  // "typed": entries written as text, not produced by a TOC field.
  expect(r.toc!.kind).not.toBe('field');
  expect(r.toc!.entries).toHaveLength(toc.entries);
  expect(r.toc!.entries[0]).toMatchObject(toc.first);
  expect(r.toc!.entries[r.toc!.entries.length - 1]).toMatchObject(toc.last);
  const economy = r.sections.find((s) => s.title === 'Uppföljning av ekonomi')!;
  const economyExpect = e.economySections as Record<string, string>;
  expect(Object.fromEntries(economy.children.map((c) => [c.title, c.hasOwnContent ? 'content' : 'empty']))).toEqual(economyExpect);
}

describe('parse on .docx fixtures', () => {
  it('seed-000.docx', () => checkSeed000Like(parse('seed-000.docx')));
  it.each(['swedish-styles.docx', 'swedish-names.docx', 'labels-only.docx'])('%s parses as seed 000', (name) => checkSeed000Like(parse(name)));

  it('seed-004.docx', () => {
    const e = expected('seed-004.json');
    const r = parse('seed-004.docx');
    expect(r).toMatchObject({ type: e.reportType, year: e.year, unit: e.unit });
    expect(r.goals.map((g) => g.number)).toEqual(e.inriktningsmal);
    expect(kfGoals(r).map((k) => k.number)).toEqual(e.kfGoals);
    for (const ind of e.indicators as { kfGoal: string; name: string; values: string[] }[]) {
      const found = indicatorsOf(kfGoals(r).find((k) => k.number === ind.kfGoal)!).find((i) => i.name === ind.name);
      expect(found && VALUE_COLUMNS.map((c) => raw(found, c))).toEqual(ind.values);
    }
    for (const act of e.activities as { kfGoal: string; name: string; start: string; end: string; analys: string }[]) {
      const found = activitiesOf(kfGoals(r).find((k) => k.number === act.kfGoal)!).find((a) => a.text === act.name);
      expect(found && { start: found.start?.text, end: found.end?.text, analys: found.analys?.text }).toEqual({ start: act.start, end: act.end, analys: act.analys });
    }
    expect(r.toc?.entries).toHaveLength((e.toc as { entries: number }).entries);
  });

  const others = expected('others.json') as Record<string, Record<string, unknown>>;
  it('seed-002.docx (VP)', () => {
    const e = others['seed-002.docx'];
    const r = parse('seed-002.docx');
    expect(r).toMatchObject({ type: e.reportType, year: e.year, unit: e.unit });
    const tables = kfGoals(r).flatMap((k) => k.indicatorTables);
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.every((t) => t.layout === e.indicatorLayout)).toBe(true);
    expect(tables[0].columns).toEqual(['indikator', 'arsmal', 'kfArsmal', 'periodicitet']);
    const ems = kfGoals(r).flatMap((k) => k.namndmal.flatMap((n) => n.enhetsmal));
    expect(ems.some((m) => has(m.vp.arbetssatt) && m.vp.uppfoljning !== null)).toBe(true);
  });
  it('seed-003.docx', () => {
    const e = others['seed-003.docx'];
    expect(parse('seed-003.docx')).toMatchObject({ type: e.reportType, year: e.year, unit: e.unit });
  });
  it('complete-vb.docx', () => {
    const e = others['complete-vb.docx'];
    const r = parse('complete-vb.docx');
    expect(r).toMatchObject({ type: e.reportType, year: e.year, unit: e.unit });
    const kfs = kfGoals(r);
    expect(kfs.map((k) => k.number)).toEqual(e.kfGoals);
    expect(kfs.flatMap((k) => k.namndmal.flatMap((n) => n.enhetsmal))).toHaveLength(e.enhetsmal as number);
    expect(kfs.flatMap(indicatorsOf)).toHaveLength(e.indicators as number);
    expect(kfs.flatMap(activitiesOf)).toHaveLength(e.activities as number);
  });
  it('not-a-report.docx', () => {
    const r = parse('not-a-report.docx');
    expect(r.type).toBeNull();
    expect(r.goals).toEqual([]);
    expect(r.warnings[0]).toMatch(/inte ut som en rapport/);
  });
});
