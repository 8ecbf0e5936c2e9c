/**
 * The report model → block values: the inverse of the renderers. Used to prove the round trip
 * (a rendered block reads back as the value it came from) and by the pane to edit a goal that is
 * already in the document. Texts come back as the parser reads them (spaces squashed).
 */
import { findBudgetTables, type BudgetTable, type ColumnRole } from '../budget/index';
import type { Activity, Enhetsmal, Indicator, IndicatorColumn, KfMal, Namndmal, Report, TextRef } from '../model';
import type { DocSnapshot } from '../snapshot';
import type {
  ActivityRowValue,
  BlockAssessment,
  BlockReportType,
  BudgetTableValue,
  EnhetsmalValue,
  IndicatorRowValue,
  KfGoalValue,
  NamndmalValue,
} from './schemas';
import { emptyIndicatorRow } from './schemas';

export interface ExtractContext {
  /** The report's type and year; the document's own when the parser found them. */
  reportType: BlockReportType;
  year: number;
}

/** The context from the parsed report, with fallbacks for documents that do not say. */
export function extractContext(report: Report, fallback: ExtractContext): ExtractContext {
  return { reportType: report.type ?? fallback.reportType, year: report.year ?? fallback.year };
}

const text = (ref: TextRef | null): string => ref?.text ?? '';

function assessment(a: { value: string | null } | null): BlockAssessment | null {
  const v = a?.value;
  return v === 'helt' || v === 'delvis' || v === 'inte' ? v : null;
}

const VALUE_COLUMNS: IndicatorColumn[] = [
  'utfall',
  'utfallMan',
  'utfallKvinnor',
  'utfallForegaende',
  'prognos',
  'arsmal',
  'kfArsmal',
  'period',
  'periodicitet',
];

export function extractIndicatorRow(ind: Indicator): IndicatorRowValue {
  const row: IndicatorRowValue = { ...emptyIndicatorRow(ind.name), analys: text(ind.analys) };
  for (const col of VALUE_COLUMNS) {
    const v = ind.values[col];
    if (v && col !== 'status' && col !== 'indikator') row[col] = v.parsed.raw.trim();
  }
  return row;
}

export function extractActivity(a: Activity): ActivityRowValue {
  return { text: a.text, start: text(a.start), end: text(a.end), deviation: a.deviation, analys: text(a.analys) };
}

export function extractEnhetsmal(e: Enhetsmal, ctx: ExtractContext): EnhetsmalValue {
  return {
    reportType: ctx.reportType,
    title: e.title,
    assessment: ctx.reportType === 'VP' ? null : assessment(e.assessment),
    forvantatResultat: text(e.forvantatResultat),
    analys: text(e.analys),
    arbetssatt: text(e.vp.arbetssatt),
    resursanvandning: text(e.vp.resursanvandning),
    uppfoljning: text(e.vp.uppfoljning),
    utveckling: text(e.vp.utveckling),
  };
}

export function extractNamndmal(n: Namndmal, ctx: ExtractContext): NamndmalValue {
  return {
    reportType: ctx.reportType,
    title: n.title,
    beskrivning: text(n.beskrivning),
    forvantatResultat: text(n.forvantatResultat),
    activities: n.activityTables.flatMap((t) => t.activities.map(extractActivity)),
    enhetsmal: n.enhetsmal.map((e) => extractEnhetsmal(e, ctx)),
  };
}

function extractKf(kf: KfMal, parent: { number: string; title: string } | null, ctx: ExtractContext): KfGoalValue {
  return {
    reportType: ctx.reportType,
    year: ctx.year,
    inriktningsmal: parent,
    kfMal: { number: kf.number ?? '', title: kf.title },
    assessment: assessment(kf.assessment),
    analys: text(kf.analys),
    indicators: kf.indicatorTables.flatMap((t) => t.indicators.map(extractIndicatorRow)),
    namndmal: kf.namndmal.map((n) => extractNamndmal(n, ctx)),
  };
}

/**
 * The KF goal sections of a report in document order. The first section under an inriktningsmål
 * carries it; the others continue under it (`inriktningsmal: null`), as the renderer writes them.
 */
export function extractKfGoals(report: Report, ctx: ExtractContext): KfGoalValue[] {
  return report.goals.flatMap((inr) =>
    inr.kfMal.map((kf, i) => extractKf(kf, i === 0 ? { number: inr.number ?? '', title: inr.title } : null, ctx)),
  );
}

// ---- Budget tables -------------------------------------------------------------------------------

function cellText(t: BudgetTable, rowIndex: number, ...roles: ColumnRole[]): string {
  const column = t.columns.find((c) => roles.includes(c.role));
  if (!column) return '';
  return t.rows[rowIndex].cells[column.index]?.raw.trim() ?? '';
}

function yearOf(t: BudgetTable, fallback: number, ...roles: ColumnRole[]): number {
  const header = t.columns.find((c) => roles.includes(c.role))?.header ?? '';
  const m = /\b(20\d\d)\b/.exec(header);
  return m ? Number(m[1]) : fallback;
}

function dataRows(t: BudgetTable): number[] {
  return t.rows.flatMap((r, i) => (r.role === 'item' || r.role === 'varav' ? [i] : []));
}

/** One budget table as a block value (computed columns and total rows dropped), or null for a form we do not write. */
export function extractBudgetTable(t: BudgetTable, fallbackYear: number): BudgetTableValue | null {
  const rows = dataRows(t);
  switch (t.kind) {
    case 'drift':
      return {
        kind: 'drift',
        year: yearOf(t, fallbackYear, 'budget'),
        rows: rows.map((i) => ({
          label: t.rows[i].label,
          varav: t.rows[i].role === 'varav',
          budget: cellText(t, i, 'budget'),
          justering: cellText(t, i, 'justering'),
          prognosFore: cellText(t, i, 'prognosFore', 'prognos'),
          prognosEfter: cellText(t, i, 'prognosEfter'),
        })),
      };
    case 'resultatenheter':
      return {
        kind: 'resultatenheter',
        year: yearOf(t, fallbackYear, 'bruttobudget'),
        rows: rows.map((i) => ({
          label: t.rows[i].label,
          bruttobudget: cellText(t, i, 'bruttobudget'),
          franForegaende: cellText(t, i, 'franForegaende'),
          resultat: cellText(t, i, 'resultat'),
        })),
      };
    case 'investeringar':
      return {
        kind: 'investeringar',
        year: yearOf(t, fallbackYear, 'budget'),
        rows: rows.map((i) => ({
          label: t.rows[i].label,
          budget: cellText(t, i, 'budget'),
          prognos: cellText(t, i, 'prognos', 'prognosEfter', 'prognosFore'),
          justering: cellText(t, i, 'justering'),
        })),
      };
    case 'omslutning':
      return {
        kind: 'omslutning',
        rows: rows.map((i) => ({
          label: t.rows[i].label,
          kostnader: cellText(t, i, 'kostnader'),
          intakter: cellText(t, i, 'intakter'),
        })),
      };
    default:
      return null;
  }
}

export function extractBudgetTables(
  snapshot: DocSnapshot,
  report: Report | null,
  fallbackYear: number,
): BudgetTableValue[] {
  return findBudgetTables(snapshot, report).flatMap((t) => {
    const v = extractBudgetTable(t, fallbackYear);
    return v ? [v] : [];
  });
}
