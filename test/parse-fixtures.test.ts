/**
 * The parser on real .docx fixtures (generated from the seed reports by test/fixtures/generate.ts),
 * read with the .docx adapter and compared with the hand-written expectations in
 * test/fixtures/expected/*.json.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readDocx } from '../src/docx/index';
import { parseReport } from '../src/core/parse/index';
import type {
  Activity,
  Enhetsmal,
  Indicator,
  IndicatorColumn,
  KfMal,
  Report,
  Section,
  TextRef,
} from '../src/core/model';

const dir = join(__dirname, 'fixtures');
const parse = (name: string): Report =>
  parseReport(readDocx(new Uint8Array(readFileSync(join(dir, 'docx', name)))).snapshot);
const expected = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(dir, 'expected', name), 'utf8'));

const kfGoals = (r: Report): KfMal[] => r.goals.flatMap((g) => g.kfMal);
const indicatorsOf = (k: KfMal): Indicator[] =>
  [
    ...k.indicatorTables,
    ...k.namndmal.flatMap((n) => [...n.indicatorTables, ...n.enhetsmal.flatMap((e) => e.indicatorTables)]),
  ].flatMap((t) => t.indicators);
const activitiesOf = (k: KfMal): Activity[] =>
  k.namndmal
    .flatMap((n) => [...n.activityTables, ...n.enhetsmal.flatMap((e) => e.activityTables)])
    .flatMap((t) => t.activities);
const kfIndicators = (k: KfMal): Indicator[] => k.indicatorTables.flatMap((t) => t.indicators);
const namndmalIndicators = (k: KfMal): Indicator[] =>
  k.namndmal
    .flatMap((n) => [...n.indicatorTables, ...n.enhetsmal.flatMap((e) => e.indicatorTables)])
    .flatMap((t) => t.indicators);
const kfActivities = (k: KfMal): Activity[] => k.activityTables.flatMap((t) => t.activities);
const flatten = (ss: readonly Section[]): Section[] => ss.flatMap((s) => [s, ...flatten(s.children)]);
const has = (t: TextRef | null): boolean => t !== null && t.text.trim() !== '';
const raw = (i: Indicator, c: IndicatorColumn): string => i.values[c]?.parsed.raw.trim() ?? '';
const VALUE_COLUMNS: IndicatorColumn[] = [
  'utfall',
  'utfallMan',
  'utfallKvinnor',
  'utfallForegaende',
  'prognos',
  'arsmal',
  'kfArsmal',
  'period',
];

interface KfExpect {
  number: string;
  title: string;
  namndmal: number;
  enhetsmal: number;
  indicators: number;
  activities: number;
}
interface EnhetsmalExpect {
  title: string;
  assessment: string;
  hasForvantatResultat: boolean;
  hasAnalys: boolean;
}
interface IndicatorExpect {
  kfGoal: string;
  name: string;
  outcome: string;
  target: string;
  kfTarget: string;
  period: string;
  hasAnalys: boolean;
}
interface ActivityExpect {
  kfGoal: string;
  nameStartsWith: string;
  start: string;
  end: string;
  deviation: boolean;
  hasAnalys: boolean;
}

interface FullKfExpect extends KfExpect {
  namndmalIndicators?: number;
  kfLevelActivities?: number;
  assessment?: string;
}
interface FullEnhetsmalExpect {
  kfGoal: string;
  title?: string;
  titleStartsWith?: string;
  assessment?: string;
  hasForvantatResultat?: boolean;
  hasAnalys?: boolean;
  vpParts?: Record<string, boolean>;
}
interface FullIndicatorExpect {
  kfGoal: string;
  name: string;
  values: string[];
  hasAnalys?: boolean;
}
interface FullActivityExpect {
  kfGoal: string;
  nameStartsWith: string;
  start: string;
  end: string;
  deviation?: boolean;
  hasAnalys?: boolean;
  level?: 'KF';
}

const VP_VALUE_COLUMNS: IndicatorColumn[] = ['arsmal', 'kfArsmal', 'periodicitet'];

function findEnhetsmal(r: Report, e: FullEnhetsmalExpect): Enhetsmal | undefined {
  const kf = kfGoals(r).find((k) => k.number === e.kfGoal);
  return kf?.namndmal
    .flatMap((n) => n.enhetsmal)
    .find((m) => (e.title !== undefined ? m.title === e.title : m.title.startsWith(e.titleStartsWith ?? '\u0000')));
}

/** Seeds 001–003: goals, counts per KF goal, enhetsmål, indicator values and activity dates as hand-read from the seed. */
function checkFullSeed(file: string, r: Report): void {
  const e = expected(file);
  expect(r).toMatchObject({ type: e.reportType, year: e.year, unit: e.unit });
  expect(r.goals.map((g) => ({ number: g.number, title: g.title }))).toEqual(e.inriktningsmal);
  const kfs = kfGoals(r);
  const wantedKf = e.kfGoals as FullKfExpect[];
  expect(
    kfs.map((k, i) => {
      const got: Record<string, unknown> = {
        number: k.number,
        title: k.title,
        namndmal: k.namndmal.length,
        enhetsmal: k.namndmal.reduce((n, m) => n + m.enhetsmal.length, 0),
        // Without a separate count, "indicators" is every indicator of the goal.
        indicators: (wantedKf[i]?.namndmalIndicators === undefined ? indicatorsOf(k) : kfIndicators(k)).length,
        activities: activitiesOf(k).length,
      };
      if (wantedKf[i]?.namndmalIndicators !== undefined) got.namndmalIndicators = namndmalIndicators(k).length;
      if (wantedKf[i]?.kfLevelActivities !== undefined) got.kfLevelActivities = kfActivities(k).length;
      if (wantedKf[i]?.assessment !== undefined) got.assessment = k.assessment?.raw;
      return got;
    }),
  ).toEqual(wantedKf);
  // Goals the expectation gives no KF-level activities have none.
  kfs.forEach((k, i) => {
    if (wantedKf[i].kfLevelActivities === undefined)
      expect({ kf: k.number, kfLevelActivities: kfActivities(k).length }).toEqual({
        kf: k.number,
        kfLevelActivities: 0,
      });
  });

  for (const em of e.enhetsmal as FullEnhetsmalExpect[]) {
    const found = findEnhetsmal(r, em);
    expect({ kfGoal: em.kfGoal, title: em.title ?? em.titleStartsWith, found: found !== undefined }).toEqual({
      kfGoal: em.kfGoal,
      title: em.title ?? em.titleStartsWith,
      found: true,
    });
    const m = found!;
    if (em.assessment !== undefined) expect(m.assessment?.raw).toBe(em.assessment);
    if (em.hasForvantatResultat !== undefined) expect(has(m.forvantatResultat)).toBe(em.hasForvantatResultat);
    if (em.hasAnalys !== undefined) expect(has(m.analys)).toBe(em.hasAnalys);
    if (em.vpParts) {
      const parts: Record<string, boolean> = {
        forvantatResultat: has(m.forvantatResultat),
        arbetssatt: has(m.vp.arbetssatt),
        resursanvandning: has(m.vp.resursanvandning),
        uppfoljning: has(m.vp.uppfoljning),
        utveckling: has(m.vp.utveckling),
      };
      expect(parts).toEqual(em.vpParts);
    }
  }

  const columns = e.indicatorLayout === 'VP' ? VP_VALUE_COLUMNS : VALUE_COLUMNS;
  for (const ind of e.indicators as FullIndicatorExpect[]) {
    const found = indicatorsOf(kfs.find((k) => k.number === ind.kfGoal)!).find((i) => i.name === ind.name);
    const actual: Record<string, unknown> = { name: ind.name, values: found && columns.map((c) => raw(found, c)) };
    const wanted: Record<string, unknown> = { name: ind.name, values: ind.values };
    if (ind.hasAnalys !== undefined) {
      actual.hasAnalys = found !== undefined && has(found.analys);
      wanted.hasAnalys = ind.hasAnalys;
    }
    expect(actual).toEqual(wanted);
  }

  for (const act of e.activities as FullActivityExpect[]) {
    const kf = kfs.find((k) => k.number === act.kfGoal)!;
    const pool = act.level === 'KF' ? kfActivities(kf) : activitiesOf(kf);
    const found = pool.find((a) => a.text.startsWith(act.nameStartsWith));
    const actual: Record<string, unknown> = {
      name: act.nameStartsWith,
      start: found?.start?.text,
      end: found?.end?.text,
    };
    const wanted: Record<string, unknown> = { name: act.nameStartsWith, start: act.start, end: act.end };
    if (act.deviation !== undefined) {
      actual.deviation = found?.deviation;
      wanted.deviation = act.deviation;
    }
    if (act.hasAnalys !== undefined) {
      actual.hasAnalys = found !== undefined && has(found.analys);
      wanted.hasAnalys = act.hasAnalys;
    }
    expect(actual).toEqual(wanted);
  }
}

const headingTexts = (r: Report): string[] => r.headings.map((h) => h.text);

/** A title may stand once as a section of a given level: no summary sub-heading promoted to a second section. */
function expectNoDuplicateSections(r: Report): void {
  const keys = flatten(r.sections).map((s) => `${s.level} ${s.title.toLowerCase()}`);
  expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
}

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
    ems.map((m) => ({
      title: m.title,
      assessment: m.assessment?.raw ?? '',
      hasForvantatResultat: has(m.forvantatResultat),
      hasAnalys: has(m.analys),
    })),
  ).toEqual(e.enhetsmal as EnhetsmalExpect[]);
  for (const ind of e.indicators as IndicatorExpect[]) {
    const found = indicatorsOf(kfs.find((k) => k.number === ind.kfGoal)!).find((i) => i.name === ind.name);
    expect(found).toBeDefined();
    const actual: Record<string, unknown> = {
      outcome: raw(found!, 'utfall'),
      target: raw(found!, 'arsmal'),
      kfTarget: raw(found!, 'kfArsmal'),
      period: raw(found!, 'period'),
      hasAnalys: has(found!.analys),
    };
    // An expectation lists only the fields its author checked.
    const { kfGoal: _k, name: _n, ...wanted } = ind;
    expect(Object.fromEntries(Object.keys(wanted).map((k) => [k, actual[k]]))).toEqual(wanted);
  }
  for (const act of e.activities as ActivityExpect[]) {
    const found = activitiesOf(kfs.find((k) => k.number === act.kfGoal)!).find((a) =>
      a.text.startsWith(act.nameStartsWith),
    );
    expect(found).toBeDefined();
    expect({
      start: found!.start?.text,
      end: found!.end?.text,
      deviation: found!.deviation,
      hasAnalys: has(found!.analys),
    }).toEqual({
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
  expect(Object.fromEntries(economy.children.map((c) => [c.title, c.hasOwnContent ? 'content' : 'empty']))).toEqual(
    economyExpect,
  );
  expect(r.sections.map((s) => s.title)).toEqual([
    'Sammanfattande analys',
    'Uppföljning av Kommunfullmäktiges inriktningsmål',
    'Uppföljning av ekonomi',
    'Systematiskt kvalitetsarbete',
    'Övrigt',
  ]);
  expectNoDuplicateSections(r);
}

describe('parse on .docx fixtures', () => {
  it('seed-000.docx', () => checkSeed000Like(parse('seed-000.docx')));
  it.each(['swedish-styles.docx', 'swedish-names.docx', 'labels-only.docx'])('%s parses as seed 000', (name) =>
    checkSeed000Like(parse(name)),
  );

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
      expect(found && { start: found.start?.text, end: found.end?.text, analys: found.analys?.text }).toEqual({
        start: act.start,
        end: act.end,
        analys: act.analys,
      });
    }
    expect(r.toc?.entries).toHaveLength((e.toc as { entries: number }).entries);
  });

  it('seed-001.docx (T1, whole district)', () => {
    const r = parse('seed-001.docx');
    checkFullSeed('seed-001.json', r);
    const e = expected('seed-001.json').headings as {
      level1: string[];
      economyLevel2: string[];
      summarySubHeadings: string[];
      textSubHeadings: string[];
    };
    expect(r.sections.map((s) => s.title)).toEqual(e.level1);
    expect(r.sections.filter((s) => s.title === 'Uppföljning av ekonomi')).toHaveLength(1);
    expectNoDuplicateSections(r);
    const economy = r.sections.find((s) => s.title === 'Uppföljning av ekonomi')!;
    expect(economy.children.map((c) => c.title)).toEqual(e.economyLevel2);
    // The summary's bold sub-headings stay in its text: the summary has no subsections and runs up to the goals.
    const summary = r.sections[0];
    expect(summary.children).toEqual([]);
    expect(summary.toBlock + 1).toBe(r.sections[1].fromBlock);
    for (const t of [...e.summarySubHeadings, ...e.textSubHeadings]) {
      expect(r.headings.filter((h) => h.text === t && h.loc.block <= summary.toBlock)).toEqual([]);
    }
    expect(headingTexts(r)).not.toEqual(expect.arrayContaining(e.textSubHeadings));
    // KF-level activity tables are no longer listed among the other tables.
    const kfTableBlocks = new Set(kfGoals(r).flatMap((k) => k.activityTables.map((t) => t.block)));
    expect(kfTableBlocks.size).toBe(9);
    expect(r.otherTables.filter((t) => kfTableBlocks.has(t.block))).toEqual([]);
  });

  const others = expected('others.json') as Record<string, Record<string, unknown>>;
  it('seed-002.docx (VP)', () => {
    const e = expected('seed-002.json');
    const r = parse('seed-002.docx');
    checkFullSeed('seed-002.json', r);
    const tables = kfGoals(r).flatMap((k) => [
      ...k.indicatorTables,
      ...k.namndmal.flatMap((n) => [...n.indicatorTables, ...n.enhetsmal.flatMap((m) => m.indicatorTables)]),
    ]);
    expect(tables.length).toBeGreaterThan(0);
    expect(tables.every((t) => t.layout === e.indicatorLayout)).toBe(true);
    expect(tables[0].columns).toEqual(['indikator', 'arsmal', 'kfArsmal', 'periodicitet']);
    expect(
      kfGoals(r)
        .flatMap((k) => k.namndmal.flatMap((n) => n.activityTables))
        .every((t) => t.layout === 'VP'),
    ).toBe(true);
    const level1 = r.sections.map((s) => s.title);
    expect(level1).toEqual(expect.arrayContaining(e.level1 as string[]));
    for (const t of e.textSubHeadings as string[]) expect(flatten(r.sections).map((s) => s.title)).not.toContain(t);
    expectNoDuplicateSections(r);
  });
  it('seed-003.docx', () => {
    const e = expected('seed-003.json');
    const r = parse('seed-003.docx');
    checkFullSeed('seed-003.json', r);
    expect(r.toc).not.toBeNull();
    // "typed": written as text (TOC-styled lines), not the result of a TOC field.
    expect(r.toc!.kind).not.toBe('field');
    expect(r.toc!.entries.length).toBeGreaterThan(0);
    const economy = r.sections.find((s) => s.title === 'Uppföljning av ekonomi')!;
    expect(Object.fromEntries(economy.children.map((c) => [c.title, c.hasOwnContent ? 'content' : 'empty']))).toEqual(
      e.economySections,
    );
    for (const t of e.textSubHeadings as string[]) expect(flatten(r.sections).map((s) => s.title)).not.toContain(t);
    expectNoDuplicateSections(r);
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
