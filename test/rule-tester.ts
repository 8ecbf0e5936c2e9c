/**
 * A small RuleTester in the manner of ESLint's: each case gives a report model (built by hand with
 * the builders below, or parsed from a snapshot) and exactly the findings the rule must report, in
 * document order — a missing finding and an unexpected one both fail the case. Each expected finding
 * names its message id, kind, severity, subject and location; a finding that carries a fix must state
 * it (as ESLint requires `output`), and one that does not must not.
 */
import type { Edit } from '../src/core/edits';
import { runRules } from '../src/core/rules/run';
import type {
  Activity,
  ActivityTable,
  Assessment,
  AssessmentValue,
  Enhetsmal,
  Indicator,
  IndicatorColumn,
  IndicatorTable,
  IndicatorValue,
  Inriktningsmal,
  KfMal,
  Namndmal,
  Report,
  ReportType,
  Section,
  TextRef,
} from '../src/core/model';
import { parseSwedishNumber } from '../src/core/numbers/swedish';
import { interpolate, type Finding, type Rule, type Severity } from '../src/core/rules/types';
import { type DocSnapshot, type Loc, emptySnapshot } from '../src/core/snapshot';

export interface ExpectedFinding {
  messageId: string;
  kind: string;
  severity: Severity;
  subject: string;
  location: Loc;
  /** The message's data: the message must be exactly the template filled with it. */
  data?: Record<string, string | number>;
  /** Or words the message must contain (it is Swedish and specific, so tests pin the important part). */
  message?: string | RegExp;
  /** The edits the finding carries; required when it carries any. */
  fix?: Edit[];
}

export interface RuleCase {
  name: string;
  report: Report;
  snapshot?: DocSnapshot;
}

export interface InvalidRuleCase extends RuleCase {
  findings: ExpectedFinding[];
}

/** Runs one rule through the same pipeline as `checkSnapshot` (ids, sections, severities, order). */
export function runRule(rule: Rule, report: Report, snapshot: DocSnapshot = emptySnapshot()): Finding[] {
  return runRules([rule], report, snapshot);
}

function describeFinding(f: Pick<Finding, 'messageId' | 'kind' | 'subject' | 'severity' | 'location'>): string {
  return `${f.messageId} (${f.kind}) [${f.severity}] «${f.subject}» @ ${JSON.stringify(f.location)}`;
}

export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
  describe(rule.meta.id, () => {
    it('documents itself in Swedish and declares its messages', () => {
      expect(rule.meta.docs.description.length).toBeGreaterThan(20);
      expect(rule.meta.docs.howToFix.length).toBeGreaterThan(20);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      for (const [id, m] of Object.entries(rule.meta.messages)) {
        expect([id, m.kind]).toEqual([id, expect.stringMatching(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)]);
        expect([id, m.text]).toEqual([id, expect.stringMatching(/[.!?]$/)]);
      }
    });

    it('has an invalid case for every message, and shows a fix when it is fixable', () => {
      const reported = new Set(cases.invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
      expect(Object.keys(rule.meta.messages).filter((id) => !reported.has(id))).toEqual([]);
      const fixes = cases.invalid.some((c) => c.findings.some((f) => f.fix !== undefined));
      expect(fixes).toBe(rule.meta.fixable);
    });

    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = runRule(rule, c.report, c.snapshot);
        expect(findings.map(describeFinding)).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = runRule(rule, c.report, c.snapshot);
        expect(findings.map(describeFinding)).toEqual(c.findings.map(describeFinding));
        findings.forEach((f, i) => {
          const e = c.findings[i];
          const spec = rule.meta.messages[e.messageId];
          expect(f.rule).toBe(rule.meta.id);
          expect(spec?.kind).toBe(e.kind);
          expect(spec?.severity).toBe(e.severity);
          if (e.data !== undefined) expect(f.message).toBe(interpolate(spec.text, e.data));
          if (typeof e.message === 'string') expect(f.message).toContain(e.message);
          else if (e.message) expect(f.message).toMatch(e.message);
          expect(f.message).toMatch(/[.!?]$/);
          expect(f.message).not.toMatch(/\{\{/);
          expect(f.fix).toEqual(e.fix);
        });
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Report builders. Blocks are numbered by a counter so that every element gets its own location,
// in document order, as the parser would give them.

let nextBlock = 0;

/** Resets the block counter (call in a builder function before building a report). */
export function resetBlocks(): void {
  nextBlock = 0;
}

function loc(): Loc {
  return { block: nextBlock++ };
}

export function text(value: string): TextRef {
  return { text: value, loc: loc() };
}

export function assessment(raw: string): Assessment {
  const t = raw
    .replace(/^[^A-Za-zÅÄÖåäö]+/, '')
    .trim()
    .toLowerCase();
  const value: AssessmentValue | null =
    t === 'uppfylls helt'
      ? 'helt'
      : t === 'uppfylls delvis'
        ? 'delvis'
        : t === 'uppfylls inte'
          ? 'inte'
          : t === 'ingen'
            ? 'ingen'
            : null;
  return { raw, value, loc: loc() };
}

export type IndicatorSpec = Partial<Record<IndicatorColumn, string>> & { name: string; analys?: string };

const VB_COLUMNS: IndicatorColumn[] = [
  'indikator',
  'utfall',
  'utfallMan',
  'utfallKvinnor',
  'utfallForegaende',
  'prognos',
  'arsmal',
  'kfArsmal',
  'period',
];
const VP_COLUMNS: IndicatorColumn[] = ['indikator', 'arsmal', 'kfArsmal', 'periodicitet'];

export function indicatorTable(
  specs: IndicatorSpec[],
  layout: 'VB/T' | 'VP' = 'VB/T',
  columns?: IndicatorColumn[],
): IndicatorTable {
  const block = nextBlock++;
  const cols = columns ?? (layout === 'VP' ? VP_COLUMNS : VB_COLUMNS);
  let row = 1;
  const indicators: Indicator[] = specs.map((spec) => {
    const r = row++;
    const values: Partial<Record<IndicatorColumn, IndicatorValue>> = {};
    cols.forEach((column, cell) => {
      if (column === 'indikator') return;
      values[column] = { column, parsed: parseSwedishNumber(spec[column] ?? ''), loc: { block, row: r, cell } };
    });
    const analys = spec.analys === undefined ? null : { text: spec.analys, loc: { block, row: row++, cell: 0 } };
    return { name: spec.name, loc: { block, row: r, cell: 0 }, status: null, values, analys };
  });
  return { layout, block, columns: cols, indicators };
}

export type ActivitySpec = { text: string; start?: string; end?: string; deviation?: boolean; analys?: string };

export function activityTable(specs: ActivitySpec[], layout: 'VB/T' | 'VP' = 'VB/T'): ActivityTable {
  const block = nextBlock++;
  let row = 1;
  const activities: Activity[] = specs.map((spec) => {
    const r = row++;
    const ref = (t: string | undefined, cell: number): TextRef | null =>
      t === undefined ? null : { text: t, loc: { block, row: r, cell } };
    const analys = spec.analys === undefined ? null : { text: spec.analys, loc: { block, row: row++, cell: 0 } };
    return {
      text: spec.text,
      loc: { block, row: r, cell: 0 },
      start: ref(spec.start, 1),
      end: ref(spec.end, 2),
      deviation: spec.deviation ?? false,
      analys,
    };
  });
  return { layout, block, activities };
}

export interface EnhetsmalSpec {
  title: string;
  assessment?: string;
  forvantatResultat?: string;
  analys?: string;
  arbetssatt?: string;
  resursanvandning?: string;
  uppfoljning?: string;
  utveckling?: string;
  activities?: ActivitySpec[];
}

export function enhetsmal(spec: EnhetsmalSpec): Enhetsmal {
  const l = loc();
  const opt = (v: string | undefined): TextRef | null => (v === undefined ? null : text(v));
  return {
    title: spec.title,
    loc: l,
    assessment: spec.assessment === undefined ? null : assessment(spec.assessment),
    forvantatResultat: opt(spec.forvantatResultat),
    vp: {
      arbetssatt: opt(spec.arbetssatt),
      resursanvandning: opt(spec.resursanvandning),
      uppfoljning: opt(spec.uppfoljning),
      utveckling: opt(spec.utveckling),
    },
    analys: opt(spec.analys),
    activityTables: spec.activities ? [activityTable(spec.activities)] : [],
    indicatorTables: [],
  };
}

export interface NamndmalSpec {
  title: string;
  assessment?: string;
  beskrivning?: string;
  forvantatResultat?: string;
  analys?: string;
  activities?: ActivitySpec[];
  activityLayout?: 'VB/T' | 'VP';
  enhetsmal?: EnhetsmalSpec[];
}

export function namndmal(spec: NamndmalSpec): Namndmal {
  const l = loc();
  const opt = (v: string | undefined): TextRef | null => (v === undefined ? null : text(v));
  const a = spec.assessment === undefined ? null : assessment(spec.assessment);
  const beskrivning = opt(spec.beskrivning);
  const forvantatResultat = opt(spec.forvantatResultat);
  const analys = opt(spec.analys);
  const activityTables = spec.activities ? [activityTable(spec.activities, spec.activityLayout)] : [];
  return {
    title: spec.title,
    loc: l,
    assessment: a,
    beskrivning,
    forvantatResultat,
    analys,
    activityTables,
    indicatorTables: [],
    enhetsmal: (spec.enhetsmal ?? []).map(enhetsmal),
  };
}

export interface KfMalSpec {
  number: string;
  title: string;
  assessment?: string;
  analys?: string;
  indicators?: IndicatorSpec[];
  indicatorLayout?: 'VB/T' | 'VP';
  /** Activities directly under the KF goal, before any nämndmål (as district reports have them). */
  activities?: ActivitySpec[];
  namndmal?: NamndmalSpec[];
}

export function kfMal(spec: KfMalSpec): KfMal {
  const l = loc();
  const a = spec.assessment === undefined ? null : assessment(spec.assessment);
  const analys = spec.analys === undefined ? null : text(spec.analys);
  const indicatorTables = spec.indicators ? [indicatorTable(spec.indicators, spec.indicatorLayout)] : [];
  return {
    number: spec.number,
    title: spec.title,
    loc: l,
    assessment: a,
    analys,
    indicatorTables,
    activityTables: spec.activities ? [activityTable(spec.activities)] : [],
    namndmal: (spec.namndmal ?? []).map(namndmal),
  };
}

export function inriktningsmal(number: string, title: string, kf: KfMalSpec[]): Inriktningsmal {
  const l = loc();
  return { number, title, loc: l, kfMal: kf.map(kfMal) };
}

export interface SectionSpec {
  title: string;
  /** Whether the section has text of its own (default true when it has no children). */
  content?: boolean;
  children?: SectionSpec[];
}

export function sections(specs: SectionSpec[], level = 1): Section[] {
  return specs.map((spec) => {
    const from = nextBlock++;
    const own = spec.content ?? !(spec.children && spec.children.length);
    if (own) nextBlock++;
    const children = sections(spec.children ?? [], level + 1);
    return {
      title: spec.title,
      level,
      loc: { block: from },
      fromBlock: from,
      toBlock: nextBlock - 1,
      hasOwnContent: own,
      children,
    };
  });
}

export const VB_SECTIONS: SectionSpec[] = [
  { title: 'Sammanfattande analys' },
  { title: 'Uppföljning av Kommunfullmäktiges inriktningsmål' },
  {
    title: 'Uppföljning av ekonomi',
    content: false,
    children: [
      { title: 'Analys av resultaträkning - uppföljning av driftbudget' },
      { title: 'Investeringar' },
      { title: 'Medel för lokaländamål' },
      { title: 'Övrigt' },
    ],
  },
  { title: 'Systematiskt kvalitetsarbete' },
  { title: 'Övrigt' },
];

export interface ReportSpec {
  type?: ReportType | null;
  year?: number | null;
  sections?: Section[];
  goals?: Inriktningsmal[];
  frontMatter?: Partial<Report['frontMatter']>;
}

/** A report with everything a complete one has unless the spec says otherwise. */
export function makeReport(spec: ReportSpec = {}): Report {
  const secs = spec.sections ?? [];
  const headings = flatten(secs).map((s) => ({ text: s.title, level: s.level, loc: s.loc, source: 'style' as const }));
  const type = spec.type === undefined ? 'VB' : spec.type;
  return {
    type,
    year: spec.year === undefined ? 2020 : spec.year,
    unit: 'Axelsbergs vård- och omsorgsboende',
    title: { text: `Verksamhetsberättelse ${type ?? ''} 2020`, loc: { block: 0 } },
    frontMatter: {
      dnr: { text: 'HÄ 2020/362', loc: { block: 0 } },
      date: { text: '2021-02-03', loc: { block: 0 } },
      handlaggare: { text: 'Hossein Ahmadian', loc: { block: 0 } },
      till: null,
      telefon: null,
      ...spec.frontMatter,
    },
    headings,
    sections: secs,
    goals: spec.goals ?? [],
    toc: null,
    otherTables: [],
    warnings: [],
  };
}

function flatten(secs: Section[]): Section[] {
  return secs.flatMap((s) => [s, ...flatten(s.children)]);
}
