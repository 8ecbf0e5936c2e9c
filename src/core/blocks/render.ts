/**
 * Block values → WordprocessingML body content in the seed reports' layout. Each block is wrapped
 * in one content control tagged `rapportstod:<type>:<id>`, so the add-in can find what it inserted
 * (the parser reads through content controls, so the report is read the same either way).
 * Budget totals are computed here from the rows: a typed total is exactly what the checker flags.
 */
import { add, negate, sub, sum, ZERO, type Decimal } from '../numbers/decimal';
import { formatSwedishNumber, parseSwedishNumber, type NumberStyle } from '../numbers/swedish';
import { percentOf } from '../budget/arithmetic';
import { contentControl, heading, para } from '../ooxml/builders';
import { interpolate } from '../interpolate';
import {
  budgetInsert,
  budgetTablesFor,
  newestTemplateFile,
  templateFor,
  type ColumnRole,
  type GoalPart,
} from '../template/index';
import type { BudgetColumnData } from '../template/schema';
import {
  activityTableXml,
  assessmentXml,
  gridTableXml,
  indicatorTableXml,
  labelXml,
  subLabelXml,
  TEXT_WIDTH,
  VB_INDICATOR_HEADER,
  VP_INDICATOR_HEADER,
  ENGLISH_STYLES,
  type IndicatorRowCells,
} from './layout';
import type {
  ActivityRowValue,
  ActivityTableValue,
  BlockAssessment,
  BlockReportType,
  BudgetTableValue,
  EnhetsmalValue,
  IndicatorRowValue,
  IndicatorTableValue,
  KfGoalValue,
  NamndmalValue,
} from './schemas';

export type HeadingStyles = Pick<typeof ENGLISH_STYLES, 'Heading2' | 'Heading3'>;

export interface RenderOptions {
  /** Content-control id; a stable hash of the value when left out. */
  id?: string;
  /** Heading style ids (a Swedish Word's `Rubrik2` …); Word's built-in ids by default. */
  headings?: HeadingStyles;
  /** false: no content control around the block (the skeleton writes whole documents). */
  wrap?: boolean;
}

export const TAG_PREFIX = 'rapportstod';

/** FNV-1a of the value's JSON: the same value gets the same id, so re-rendering is deterministic. */
export function blockId(value: unknown): string {
  let h = 0x811c9dc5;
  const s = JSON.stringify(value);
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function wrap(type: string, title: string, value: unknown, body: string, o: RenderOptions): string {
  if (o.wrap === false) return body;
  return contentControl(`${TAG_PREFIX}:${type}:${o.id ?? blockId(value)}`, title, body);
}

// ---- Texts and labels ----------------------------------------------------------------------------

/** The paragraphs of a text part; an empty part keeps one empty paragraph as the place to write. */
export function textParagraphs(text: string): string {
  const lines = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length ? lines.map((l) => para(l)).join('') : para('');
}

function part(labelText: string, text: string): string {
  return subLabelXml(labelText) + textParagraphs(text);
}

export const ASSESSMENT_TEXT: Record<BlockAssessment, string> = {
  helt: 'Uppfylls helt',
  delvis: 'Uppfylls delvis',
  inte: 'Uppfylls inte',
};

// Shape and colour both differ, so the status reads without colour vision and in grey print.
const ASSESSMENT_SYMBOL: Record<BlockAssessment, { symbol: string; color: string }> = {
  helt: { symbol: '●', color: '00B050' },
  delvis: { symbol: '◐', color: 'FFC000' },
  inte: { symbol: '○', color: 'C00000' },
};

function assessmentLine(a: BlockAssessment): string {
  const s = ASSESSMENT_SYMBOL[a];
  return assessmentXml(ASSESSMENT_TEXT[a], s.symbol, s.color);
}

// ---- Indicator tables ----------------------------------------------------------------------------

function previousPeriodHeader(type: BlockReportType, year: number): string {
  const label = type === 'T1' ? 'T1' : type === 'T2' ? 'T2' : 'VB';
  return `Periodens utfall ${label} ${year - 1}`;
}

/** The "Period" cell for a report: "VB 2020", "Tertial 1 2020". */
export function periodText(type: BlockReportType, year: number): string {
  if (type === 'T1') return `Tertial 1 ${year}`;
  if (type === 'T2') return `Tertial 2 ${year}`;
  return `VB ${year}`;
}

/** A bare number of a user's own indicator gets the indicator's unit ("12" → "12 st"). */
function withUnit(text: string, unit: string | undefined): string {
  const t = text.trim();
  if (!unit || t === '') return t;
  const p = parseSwedishNumber(t);
  if (p.kind !== 'number' || p.style.suffix !== '') return t;
  return unit === '%' ? `${t} %` : `${t} ${unit}`;
}

function indicatorCells(row: IndicatorRowValue, layout: 'vb' | 'vp'): IndicatorRowCells {
  const u = (s: string): string => withUnit(s, row.unit);
  const values =
    layout === 'vb'
      ? [
          u(row.utfall),
          u(row.utfallMan),
          u(row.utfallKvinnor),
          u(row.utfallForegaende),
          u(row.prognos),
          u(row.arsmal),
          u(row.kfArsmal),
          row.period,
        ]
      : [u(row.arsmal), u(row.kfArsmal), row.periodicitet];
  return { name: row.name.trim(), values, analys: row.analys.trim() || undefined };
}

export function indicatorTableBody(type: BlockReportType, year: number, rows: IndicatorRowValue[]): string {
  const layout = type === 'VP' ? 'vp' : 'vb';
  const header =
    layout === 'vb'
      ? VB_INDICATOR_HEADER.map((h, i) => (i === 4 ? previousPeriodHeader(type, year) : h))
      : VP_INDICATOR_HEADER;
  // The empty paragraph after the table keeps two inserted tables from merging into one.
  return (
    indicatorTableXml(
      layout,
      false,
      rows.map((r) => indicatorCells(r, layout)),
      header,
    ) + para('', { spaceAfter: 0 })
  );
}

export function renderIndicatorTable(value: IndicatorTableValue, o: RenderOptions = {}): string {
  return wrap(
    'indicatorTable',
    'Indikatortabell',
    value,
    indicatorTableBody(value.reportType, value.year, value.rows),
    o,
  );
}

// ---- Activity tables -----------------------------------------------------------------------------

export function activityTableBody(type: BlockReportType, rows: ActivityRowValue[]): string {
  const layout = type === 'VP' ? 'vp' : 'vb';
  const cells = rows.map((r) => ({
    name: r.text.trim(),
    start: r.start,
    end: r.end,
    deviation: r.deviation ? 'Avvikelse' : '',
    analys: r.analys.trim() || undefined,
  }));
  return activityTableXml(layout, cells) + para('', { spaceAfter: 0 });
}

export function renderActivityTable(value: ActivityTableValue, o: RenderOptions = {}): string {
  return wrap('activityTable', 'Aktivitetstabell', value, activityTableBody(value.reportType, value.rows), o);
}

// ---- Goals ---------------------------------------------------------------------------------------

/** The parts of a VP's enhetsmål, in order, as the newest template names them. */
export function vpGoalParts(): { part: GoalPart; label: string }[] {
  return templateFor('VP', null, [newestTemplateFile()]).enhetsmalParts;
}

export function enhetsmalBody(e: EnhetsmalValue): string {
  const out = [labelXml('Enhetsmål:'), para(e.title.trim(), {}, { bold: true })];
  if (e.reportType === 'VP') {
    // A VP's enhetsmål has the parts the template lists, under its labels (the block has no year: the newest).
    for (const p of vpGoalParts()) out.push(part(p.label, e[p.part]));
  } else {
    if (e.assessment) out.push(assessmentLine(e.assessment));
    out.push(part('Förväntat resultat', e.forvantatResultat), part('Analys', e.analys));
  }
  return out.join('');
}

export function renderEnhetsmal(value: EnhetsmalValue, o: RenderOptions = {}): string {
  return wrap('enhetsmal', 'Enhetsmål', value, enhetsmalBody(value), o);
}

export function namndmalBody(n: NamndmalValue): string {
  const out = [
    labelXml('Nämndmål:'),
    para(n.title.trim(), {}, { bold: true }),
    part('Beskrivning', n.beskrivning),
    part('Förväntat resultat', n.forvantatResultat),
  ];
  if (n.activities.length) out.push(activityTableBody(n.reportType, n.activities));
  for (const e of n.enhetsmal) out.push(enhetsmalBody(e));
  return out.join('');
}

export function renderNamndmal(value: NamndmalValue, o: RenderOptions = {}): string {
  return wrap('namndmal', 'Nämndmål', value, namndmalBody(value), o);
}

export function goalTitle(g: { number: string; title: string }): string {
  return `${g.number}. ${g.title.trim()}`;
}

export function kfGoalBody(g: KfGoalValue, headings: HeadingStyles = ENGLISH_STYLES): string {
  const out: string[] = [];
  if (g.inriktningsmal)
    out.push(labelXml('KF:s inriktningsmål:'), heading(goalTitle(g.inriktningsmal), 2, headings.Heading2));
  out.push(labelXml('KF:s mål för verksamhetsområdet:'), heading(goalTitle(g.kfMal), 3, headings.Heading3));
  if (g.assessment) out.push(assessmentLine(g.assessment));
  if (g.analys.trim()) out.push(part('Analys', g.analys));
  if (g.indicators.length) out.push(indicatorTableBody(g.reportType, g.year, g.indicators));
  for (const n of g.namndmal) out.push(namndmalBody(n));
  return out.join('');
}

export function renderKfGoal(value: KfGoalValue, o: RenderOptions = {}): string {
  return wrap('kfGoal', `KF-mål ${value.kfMal.number}`, value, kfGoalBody(value, o.headings), o);
}

// ---- Budget tables -------------------------------------------------------------------------------

const STYLE: Record<0 | 1, NumberStyle> = {
  0: { decimals: 0, thousands: ' ', decimalMark: ',', minus: '-', suffix: '' },
  1: { decimals: 1, thousands: ' ', decimalMark: ',', minus: '-', suffix: '' },
};

function num(text: string): Decimal | null {
  const p = parseSwedishNumber(text);
  return p.kind === 'number' ? p.value : null;
}

/** Σ of the figures given; '' when none of them is given (a column nobody filled stays blank). */
function total(texts: string[], decimals: 0 | 1): string {
  const values = texts.map(num).filter((v): v is Decimal => v !== null);
  return values.length ? formatSwedishNumber(sum(values), STYLE[decimals]) : '';
}

/** Avvikelse = Budget (+ justeringar) − Prognos; blank without a budget or a prognosis. */
function deviation(budget: string, justering: string, prognos: string, decimals: 0 | 1): string {
  const b = num(budget);
  const p = num(prognos);
  if (b === null || p === null) return '';
  return formatSwedishNumber(sub(add(b, num(justering) ?? ZERO), p), STYLE[decimals]);
}

const NUMBER_WIDTH = 1350;

function budgetColumns(count: number): number[] {
  return [TEXT_WIDTH - (count - 1) * NUMBER_WIDTH, ...Array<number>(count - 1).fill(NUMBER_WIDTH)];
}

/**
 * What each kind computes; the template says which columns it has and what they are called. A row's
 * computed cells come from its typed figures; the total row sums the counted rows' typed columns and
 * computes the rest from those sums, except where `sumsComputed` (Resultatenheter: every column of
 * the sum row is the sum of its column).
 */
interface BudgetArithmetic {
  decimals: 0 | 1;
  counted(row: Readonly<Record<string, unknown>>): boolean;
  computed(cells: Readonly<Record<string, string>>): Partial<Record<ColumnRole, string>>;
  sumsComputed: boolean;
}

const ARITHMETIC: Record<BudgetTableValue['kind'], BudgetArithmetic> = {
  drift: {
    decimals: 1,
    counted: (r) => r.varav !== true,
    computed: (c) => ({ avvikelse: deviation(c.budget ?? '', c.justering ?? '', c.prognosEfter ?? '', 1) }),
    sumsComputed: false,
  },
  resultatenheter: {
    decimals: 0,
    counted: () => true,
    computed(c) {
      const brutto = num(c.bruttobudget ?? '');
      const fran = num(c.franForegaende ?? '');
      const res = num(c.resultat ?? '');
      return {
        femProcent: brutto === null ? '' : formatSwedishNumber(percentOf(brutto, 5, 0), STYLE[0]),
        tillNasta:
          fran === null && res === null ? '' : formatSwedishNumber(negate(add(fran ?? ZERO, res ?? ZERO)), STYLE[0]),
      };
    },
    sumsComputed: true,
  },
  investeringar: {
    decimals: 1,
    counted: () => true,
    computed: (c) => ({ avvikelse: deviation(c.budget ?? '', c.justering ?? '', c.prognos ?? '', 1) }),
    sumsComputed: false,
  },
  omslutning: { decimals: 1, counted: () => true, computed: () => ({}), sumsComputed: false },
};

/** The typed figures of a row, by column role (the block values' row keys are the roles). */
function typedCells(
  row: Readonly<Record<string, unknown>>,
  columns: readonly BudgetColumnData[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of columns) {
    const v = row[c.role];
    if (c.form && typeof v === 'string') out[c.role] = v;
  }
  return out;
}

/** A budget table as the template of its year lays it out: caption, header, rows, and the computed total row. */
export function budgetTableBody(t: BudgetTableValue): string {
  const year = 'year' in t ? t.year : null;
  const spec = budgetInsert(budgetTablesFor(year), t.kind);
  const math = ARITHMETIC[t.kind];
  const columns = spec.columns;
  const yearData: Record<string, number> = year === null ? {} : { year, lastYear: year - 1, nextYear: year + 1 };
  const header = columns.map((c) => interpolate(c.header, yearData));
  const rows = t.rows.map((r): { counted: boolean; cells: string[] } => {
    const typed = typedCells(r, columns);
    const computed = math.computed(typed);
    const cells = columns.map((c) => (c.role === 'label' ? r.label.trim() : (typed[c.role] ?? computed[c.role] ?? '')));
    return { counted: math.counted(r), cells };
  });
  const counted = rows.filter((r) => r.counted).map((r) => r.cells);
  const sums: Record<string, string> = {};
  columns.forEach((c, i) => {
    if (c.role !== 'label' && (c.form || math.sumsComputed))
      sums[c.role] = total(
        counted.map((cells) => cells[i]),
        math.decimals,
      );
  });
  const computedSums = math.sumsComputed ? {} : math.computed(sums);
  const totals = columns.map((c) =>
    c.role === 'label' ? spec.totalLabel : (sums[c.role] ?? computedSums[c.role] ?? ''),
  );
  const caption = `${spec.title}${year === null ? '' : ` ${year}`} (${spec.unit})`;
  return (
    para(caption, { keepNext: true, spaceAfter: 60 }, { italic: true }) +
    gridTableXml(budgetColumns(columns.length), header, [...rows.map((r) => r.cells), totals], [rows.length]) +
    para('', { spaceAfter: 0 })
  );
}

export function renderBudgetTable(value: BudgetTableValue, o: RenderOptions = {}): string {
  const title = budgetInsert(budgetTablesFor('year' in value ? value.year : null), value.kind).title;
  return wrap(`budget-${value.kind}`, title, value, budgetTableBody(value), o);
}
