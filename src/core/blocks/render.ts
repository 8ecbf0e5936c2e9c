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
  type ENGLISH_STYLES,
  type IndicatorRowCells,
} from './layout';
import type {
  ActivityRowValue,
  ActivityTableValue,
  BlockAssessment,
  BlockReportType,
  BudgetTableValue,
  DriftTableValue,
  EnhetsmalValue,
  IndicatorRowValue,
  IndicatorTableValue,
  InvesteringarTableValue,
  KfGoalValue,
  NamndmalValue,
  OmslutningTableValue,
  ResultatenheterTableValue,
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
function textParagraphs(text: string): string {
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

export function enhetsmalBody(e: EnhetsmalValue): string {
  const out = [labelXml('Enhetsmål:'), para(e.title.trim(), {}, { bold: true })];
  if (e.reportType === 'VP') {
    out.push(
      part('Förväntat resultat', e.forvantatResultat),
      part('Arbetssätt', e.arbetssatt),
      part('Resursanvändning', e.resursanvandning),
      part('Uppföljning', e.uppfoljning),
      part('Utveckling', e.utveckling),
    );
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

export function kfGoalBody(
  g: KfGoalValue,
  headings: HeadingStyles = { Heading2: 'Heading2', Heading3: 'Heading3' },
): string {
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

export function driftTableBody(t: DriftTableValue): string {
  const header = [
    'Mnkr',
    `Budget ${t.year} (netto)`,
    'Begärda budgetjusteringar',
    `Prognos ${t.year} (före resultatöverföringar)`,
    `Prognos ${t.year} (efter resultatöverföringar)`,
    'Avvikelse (+/-)',
  ];
  const rows = t.rows.map((r) => [
    r.label.trim(),
    r.budget,
    r.justering,
    r.prognosFore,
    r.prognosEfter,
    deviation(r.budget, r.justering, r.prognosEfter, 1),
  ]);
  const items = t.rows.filter((r) => !r.varav);
  const totals = [
    'Totalt',
    total(
      items.map((r) => r.budget),
      1,
    ),
    total(
      items.map((r) => r.justering),
      1,
    ),
    total(
      items.map((r) => r.prognosFore),
      1,
    ),
    total(
      items.map((r) => r.prognosEfter),
      1,
    ),
  ];
  totals.push(deviation(totals[1], totals[2], totals[4], 1));
  return (
    para(`Uppföljning av driftbudget ${t.year} (mnkr)`, { keepNext: true, spaceAfter: 60 }, { italic: true }) +
    gridTableXml(budgetColumns(6), header, [...rows, totals], [rows.length]) +
    para('', { spaceAfter: 0 })
  );
}

export function resultatenheterTableBody(t: ResultatenheterTableValue): string {
  const y = t.year;
  const header = [
    'Resultatenhetens namn',
    `Resultatenheternas bruttobudget ${y}`,
    `Varav 5 % av resultatenheternas bruttobudget ${y}`,
    `Resultatöverföring från ${y - 1} Överskott (-) Underskott (+)`,
    `Beräknat resultat ${y} Överskott (-) Underskott (+)`,
    `Beräknad resultatöverföring till ${y + 1} (max 10 %) Överskott (+) Underskott (-)`,
  ];
  const computed = t.rows.map((r) => {
    const brutto = num(r.bruttobudget);
    const fran = num(r.franForegaende);
    const res = num(r.resultat);
    const fem = brutto === null ? '' : formatSwedishNumber(percentOf(brutto, 5, 0), STYLE[0]);
    const till =
      fran === null && res === null ? '' : formatSwedishNumber(negate(add(fran ?? ZERO, res ?? ZERO)), STYLE[0]);
    return [r.label.trim(), r.bruttobudget, fem, r.franForegaende, r.resultat, till];
  });
  const totals = [
    'Summa resultatenheter',
    ...[1, 2, 3, 4, 5].map((c) =>
      total(
        computed.map((r) => r[c]),
        0,
      ),
    ),
  ];
  return (
    para(`Resultatenheter ${y} (tkr)`, { keepNext: true, spaceAfter: 60 }, { italic: true }) +
    gridTableXml(budgetColumns(6), header, [...computed, totals], [computed.length]) +
    para('', { spaceAfter: 0 })
  );
}

export function investeringarTableBody(t: InvesteringarTableValue): string {
  const header = [
    'Investeringar, mnkr netto',
    `Budget ${t.year}`,
    `Prognos ${t.year}`,
    'Budgetjusteringar',
    'Avvikelse',
  ];
  const rows = t.rows.map((r) => [
    r.label.trim(),
    r.budget,
    r.prognos,
    r.justering,
    deviation(r.budget, r.justering, r.prognos, 1),
  ]);
  const totals = [
    'Totalt',
    total(
      t.rows.map((r) => r.budget),
      1,
    ),
    total(
      t.rows.map((r) => r.prognos),
      1,
    ),
    total(
      t.rows.map((r) => r.justering),
      1,
    ),
  ];
  totals.push(deviation(totals[1], totals[3], totals[2], 1));
  return (
    para(`Investeringar ${t.year} (mnkr)`, { keepNext: true, spaceAfter: 60 }, { italic: true }) +
    gridTableXml(budgetColumns(5), header, [...rows, totals], [rows.length]) +
    para('', { spaceAfter: 0 })
  );
}

export function omslutningTableBody(t: OmslutningTableValue): string {
  const header = ['Omslutningsförändring (mnkr)', 'Kostnader', 'Intäkter'];
  const rows = t.rows.map((r) => [r.label.trim(), r.kostnader, r.intakter]);
  const totals = [
    'Summa',
    total(
      t.rows.map((r) => r.kostnader),
      1,
    ),
    total(
      t.rows.map((r) => r.intakter),
      1,
    ),
  ];
  return (
    para('Omslutningsförändringar (mnkr)', { keepNext: true, spaceAfter: 60 }, { italic: true }) +
    gridTableXml(budgetColumns(3), header, [...rows, totals], [rows.length]) +
    para('', { spaceAfter: 0 })
  );
}

export function budgetTableBody(t: BudgetTableValue): string {
  switch (t.kind) {
    case 'drift':
      return driftTableBody(t);
    case 'resultatenheter':
      return resultatenheterTableBody(t);
    case 'investeringar':
      return investeringarTableBody(t);
    case 'omslutning':
      return omslutningTableBody(t);
  }
}

const BUDGET_TITLES: Record<BudgetTableValue['kind'], string> = {
  drift: 'Uppföljning av driftbudget',
  resultatenheter: 'Resultatenheter',
  investeringar: 'Investeringar',
  omslutning: 'Omslutningsförändringar',
};

export function renderBudgetTable(value: BudgetTableValue, o: RenderOptions = {}): string {
  return wrap(`budget-${value.kind}`, BUDGET_TITLES[value.kind], value, budgetTableBody(value), o);
}
