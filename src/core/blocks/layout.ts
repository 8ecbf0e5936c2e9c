/**
 * The seed reports' look, shared by the block renderers, the `new` skeleton and the test-fixture
 * generator (test/fixtures/render.ts), so that inserted blocks and generated fixtures cannot drift
 * apart: small grey goal labels, bold sub-labels, tables with a shaded header row and full-width
 * merged "Analys" rows, a front page as a borderless two-column table.
 */
import { para, run, tableXml, type CellSpec, type RowSpec } from '../ooxml/builders';
import { builtInStyleId, headingStyleId, tocStyleId } from '../ooxml/style-names';

// A4 with 2,5 cm side margins (11906 − 2 × 1418), as src/docx/package-writer lays out its pages.
// Repeated here because the core may not import the .docx adapter.
export const TEXT_WIDTH = 9070;

export const HEADER_FILL = 'D9E2F3';

export const VB_INDICATOR_HEADER = [
  'Indikator',
  'Periodens utfall',
  'Utfall män/ pojkar',
  'Utfall kvinnor/ flickor',
  'Periodens utfall VB 2019',
  'Prognos helår',
  'Årsmål',
  'KF:s årsmål',
  'Period',
];
export const VP_INDICATOR_HEADER = ['Indikator', 'Årsmål', 'KF:s årsmål', 'Periodicitet'];
export const VB_ACTIVITY_HEADER = ['Aktivitet', 'Startdatum', 'Slutdatum', 'Avvikelse'];
export const VP_ACTIVITY_HEADER = ['Aktivitet', 'Startdatum', 'Slutdatum'];

/** Style ids the layout writes; a Swedish Word's ids (`Rubrik1`) can be passed instead. */
export interface LayoutStyles {
  Title: string;
  Heading1: string;
  Heading2: string;
  Heading3: string;
  TOCHeading: string;
  TOC1: string;
  TOC2: string;
  TOC3: string;
}

/** Word's built-in English ids (src/core/ooxml/style-names.ts), what the layout writes unless told otherwise. */
export const ENGLISH_STYLES: LayoutStyles = {
  Title: builtInStyleId('Title'),
  Heading1: headingStyleId(1),
  Heading2: headingStyleId(2),
  Heading3: headingStyleId(3),
  TOCHeading: builtInStyleId('TOCHeading'),
  TOC1: tocStyleId(1),
  TOC2: tocStyleId(2),
  TOC3: tocStyleId(3),
};

export const TABLE_STYLE = 'Rapporttabell';

export function headerCells(texts: string[], widths: number[]): CellSpec[] {
  return texts.map((t, i) => ({ content: t, bold: true, shading: HEADER_FILL, width: widths[i] }));
}

export function analysRow(text: string, span: number): RowSpec {
  const xml =
    para('Analys', { spaceAfter: 0 }, { bold: true }) +
    text
      .split('\n')
      .map((t) => para(t, { spaceAfter: 0 }))
      .join('');
  return { cells: [{ content: xml, xml: true, gridSpan: span, width: TEXT_WIDTH }] };
}

export interface IndicatorRowCells {
  name: string;
  /** Cells after the name: VB layout 8 values, VP layout 3. */
  values: string[];
  status?: string;
  analys?: string;
}

export function indicatorTableXml(
  layout: 'vb' | 'vp',
  status: boolean,
  rows: IndicatorRowCells[],
  header?: string[],
): string {
  const head = header ?? (layout === 'vb' ? VB_INDICATOR_HEADER : VP_INDICATOR_HEADER);
  const valueWidth = layout === 'vb' ? 800 : 1300;
  const values = head.length - 1;
  const statusWidth = status ? 300 : 0;
  const nameWidth = TEXT_WIDTH - statusWidth - values * valueWidth;
  const widths = [...(status ? [statusWidth] : []), nameWidth, ...Array<number>(values).fill(valueWidth)];
  const out: RowSpec[] = [{ header: true, cells: headerCells([...(status ? [''] : []), ...head], widths) }];
  for (const r of rows) {
    const vals = [...r.values];
    while (vals.length < values) vals.push('');
    out.push({
      cells: [
        ...(status ? [{ content: r.status ?? '', width: statusWidth, align: 'center' as const }] : []),
        { content: r.name, width: nameWidth },
        ...vals.slice(0, values).map((v, i) => ({ content: v, width: widths[(status ? 2 : 1) + i] })),
      ],
    });
    if (r.analys) out.push(analysRow(r.analys, widths.length));
  }
  return tableXml({ columns: widths, rows: out, style: TABLE_STYLE });
}

export interface ActivityRowCells {
  name: string;
  start: string;
  end: string;
  deviation: string;
  analys?: string;
}

export function activityTableXml(layout: 'vb' | 'vp', rows: ActivityRowCells[]): string {
  const header = layout === 'vb' ? VB_ACTIVITY_HEADER : VP_ACTIVITY_HEADER;
  const widths = layout === 'vb' ? [TEXT_WIDTH - 3800, 1250, 1250, 1300] : [TEXT_WIDTH - 2500, 1250, 1250];
  const out: RowSpec[] = [{ header: true, cells: headerCells(header, widths) }];
  for (const r of rows) {
    const cells: CellSpec[] = [
      { content: r.name, width: widths[0] },
      { content: r.start, width: widths[1] },
      { content: r.end, width: widths[2] },
    ];
    if (layout === 'vb') cells.push({ content: r.deviation, width: widths[3] });
    out.push({ cells });
    if (r.analys) out.push(analysRow(r.analys, widths.length));
  }
  return tableXml({ columns: widths, rows: out, style: TABLE_STYLE });
}

/** A figures table (budget tables): label column left, figures right-aligned, some rows bold. */
export function gridTableXml(
  columns: number[],
  header: string[],
  rows: string[][],
  boldRows?: number[],
  alignments?: ('left' | 'right')[],
): string {
  const align = (i: number): 'left' | 'right' => alignments?.[i] ?? (i === 0 ? 'left' : 'right');
  const out: RowSpec[] = [
    {
      header: true,
      cells: header.map((h, i) => ({
        content: h,
        bold: true,
        shading: HEADER_FILL,
        width: columns[i],
        align: align(i),
      })),
    },
    ...rows.map((r, ri) => ({
      cells: r.map((v, i) => ({ content: v, width: columns[i], align: align(i), bold: boldRows?.includes(ri) })),
    })),
  ];
  return tableXml({ columns, rows: out, style: TABLE_STYLE });
}

/** "KF:s inriktningsmål:" and the other goal labels: small and grey, kept with the title below. */
export function labelXml(text: string): string {
  return para(text, { spaceAfter: 0, keepNext: true }, { size: 16, color: '595959' });
}

/** Bold sub-label: Beskrivning, Förväntat resultat, Analys, Arbetssätt … */
export function subLabelXml(text: string): string {
  return para(text, { keepNext: true, spaceAfter: 60 }, { bold: true });
}

export function assessmentXml(text: string, symbol?: string, symbolColor = '00B050'): string {
  return para(symbol ? [run(`${symbol} `, { color: symbolColor }), run(text)] : text, {});
}

export function pageBreakXml(): string {
  return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
}

export interface FrontMatterCells {
  unit: string;
  dnr: string;
  date: string;
  title: string;
  handlaggare: string;
  till: string;
  telefon: string;
}

/**
 * The front page as the city's Tjänsteutlåtande has it. `headingStyles: false` writes the title as
 * bold direct formatting (documents whose styles were lost).
 */
export function frontMatterXml(
  fm: FrontMatterCells,
  styles: LayoutStyles = ENGLISH_STYLES,
  headingStyles = true,
): string {
  const noBorders = (rows: RowSpec[]): string => tableXml({ columns: [4535, 4535], rows, borders: false });
  return [
    noBorders([
      {
        cells: [
          { content: fm.unit, bold: true },
          { content: ['Tjänsteutlåtande', `Dnr: ${fm.dnr}`, fm.date], align: 'right' },
        ],
      },
    ]),
    para(''),
    para(fm.title, headingStyles ? { style: styles.Title } : {}, headingStyles ? {} : { bold: true, size: 32 }),
    para('Förslag till beslut', {}, { bold: true }),
    para(''),
    noBorders([
      {
        cells: [
          { content: 'Handläggare', bold: true },
          { content: 'Till', bold: true },
        ],
      },
      { cells: [fm.handlaggare, fm.till] },
      { cells: [`Telefon: ${fm.telefon}`, ''] },
    ]),
    pageBreakXml(),
  ].join('');
}
