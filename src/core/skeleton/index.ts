/**
 * A new report's skeleton, built from the catalog: the front page, a TOC field, every section the
 * template requires for the report type, and the chosen KF goal sections with their catalog
 * indicators. Where the unit must write something the skeleton leaves an empty paragraph (or an
 * empty cell), never instruction text — so "Kontrollera rapporten" on a fresh skeleton lists exactly
 * the places still to fill in, and a filled-in skeleton passes without errors.
 *
 * Built in two steps so that tests (and a future "fill from last year" feature) can fill the value
 * before rendering: `skeletonValue()` → `SkeletonValue` → `renderSkeleton()`.
 */
import { CATALOG_YEARS, catalogFor, indicatorsForGoal, type CatalogGoal, type CatalogYear } from '../catalog/index';
import { heading, para } from '../ooxml/builders';
import { reportTitleFor, templateFor } from '../template/index';
import { tocFieldXml, type TocLine } from '../toc/rebuild';
import { ENGLISH_STYLES, frontMatterXml, pageBreakXml, type LayoutStyles } from '../blocks/layout';
import { catalogIndicatorRow } from '../blocks/indicator-rows';
import { goalTitle, kfGoalBody, textParagraphs } from '../blocks/render';
import { kfGoalSchema, type BlockReportType, type KfGoalValue } from '../blocks/schemas';

export interface SkeletonOptions {
  type: BlockReportType;
  unit: string;
  year: number;
  /** KF goal numbers ("1.5"); all KF goals of the catalog when left out. */
  goals?: string[];
  /** The tjänsteutlåtande's date, YYYY-MM-DD (the caller's today: the core has no clock). */
  date: string;
  /** The budget years' catalogs to choose `year`'s from: the shipped ones by default (a test adds a year). */
  catalogs?: readonly CatalogYear[];
}

/** Put in place of the diarienummer: "XX" is what the checker flags as a figure still to fill in. */
export const DNR_PLACEHOLDER = 'HÄ ÅÅÅÅ/XXX';

export interface SkeletonSection {
  title: string;
  level: 1 | 2;
  /** Paragraph texts under the heading; empty: one empty paragraph to write in. */
  text: string;
  /** The goal sections stand here (the KF goals section). */
  goals?: boolean;
  /** Rendered blocks after the text (budget tables under the economy headings). */
  xml?: string;
}

export interface SkeletonValue {
  type: BlockReportType;
  year: number;
  front: { unit: string; dnr: string; date: string; title: string; handlaggare: string; till: string; telefon: string };
  sections: SkeletonSection[];
  goals: KfGoalValue[];
  /** Swedish, for the user: the goals come from another budget year's catalog (catalogFor's note). */
  catalogNote?: string;
}

/**
 * The sections of the report type's template for the year (src/core/template), in template order:
 * the top-level sections at level 1, their sub-sections at level 2, the goals section marked.
 */
export function requiredSections(type: BlockReportType, year: number | null = null): SkeletonSection[] {
  return templateFor(type, year).sections.flatMap((section) => [
    { title: section.title, level: 1 as const, text: '', ...(section.goals ? { goals: true } : {}) },
    ...section.children.map((child) => ({ title: child.title, level: 2 as const, text: '' })),
  ]);
}

export class UnknownGoalError extends Error {
  constructor(
    readonly numbers: string[],
    catalog: CatalogYear,
  ) {
    super(
      `Okänt KF-mål: ${numbers.join(', ')}. Katalogens mål är ${catalog.goals
        .filter((g) => g.level === 'kf-mal')
        .map((g) => g.number)
        .join(', ')}.`,
    );
  }
}

/** The KF goals to include, in catalog order; throws `UnknownGoalError` for numbers not in the catalog. */
export function selectGoals(numbers: string[] | undefined, catalog: CatalogYear): CatalogGoal[] {
  const kf = catalog.goals.filter((g) => g.level === 'kf-mal');
  if (!numbers) return kf;
  const wanted = numbers.map((n) => n.trim().replace(/,/g, '.').replace(/\.$/, ''));
  const unknown = wanted.filter((n) => !kf.some((g) => g.number === n));
  if (unknown.length) throw new UnknownGoalError(unknown, catalog);
  return kf.filter((g) => wanted.includes(g.number));
}

export function kfGoalValues(
  type: BlockReportType,
  year: number,
  selected: CatalogGoal[],
  catalog: CatalogYear,
): KfGoalValue[] {
  let previousParent: string | null = null;
  return selected.map((g) => {
    const parent = catalog.goals.find((p) => p.number === g.parent);
    const first = g.parent !== previousParent;
    previousParent = g.parent;
    return kfGoalSchema.parse({
      reportType: type,
      year,
      inriktningsmal: first && parent ? { number: parent.number, title: parent.title } : null,
      kfMal: { number: g.number, title: g.title },
      indicators: indicatorsForGoal(g.number, catalog).map((i) => catalogIndicatorRow(i, type, year)),
    });
  });
}

export function skeletonValue(o: SkeletonOptions): SkeletonValue {
  const unit = o.unit.trim();
  // The report's own budget year's goals; another year's with a note the caller shows.
  const catalog = catalogFor(o.year, o.catalogs ?? CATALOG_YEARS);
  return {
    type: o.type,
    year: o.year,
    front: {
      unit,
      dnr: DNR_PLACEHOLDER,
      date: o.date,
      title: reportTitleFor(o.type, o.year, unit),
      handlaggare: '',
      till: unit,
      telefon: '',
    },
    sections: requiredSections(o.type, o.year),
    goals: kfGoalValues(o.type, o.year, selectGoals(o.goals, catalog), catalog),
    ...(catalog.note ? { catalogNote: catalog.note } : {}),
  };
}

/** The headings of levels 1–3 in order, for the TOC's cached result. */
export function skeletonHeadings(v: SkeletonValue): TocLine[] {
  return v.sections.flatMap((s) => [
    { text: s.title, level: s.level, page: null },
    ...(s.goals
      ? v.goals.flatMap((g) => [
          ...(g.inriktningsmal ? [{ text: goalTitle(g.inriktningsmal), level: 2, page: null }] : []),
          { text: goalTitle(g.kfMal), level: 3, page: null },
        ])
      : []),
  ]);
}

/** The whole document body (front page, TOC, sections, goals) as WordprocessingML. */
export function renderSkeleton(v: SkeletonValue, styles: LayoutStyles = ENGLISH_STYLES): string {
  const out = [
    frontMatterXml(v.front, styles),
    para('Innehållsförteckning', { style: styles.TOCHeading }),
    tocFieldXml(skeletonHeadings(v), {
      styleIds: { 1: styles.TOC1, 2: styles.TOC2, 3: styles.TOC3 },
      tabPos: 9062,
      indentPerLevel: 220,
    }),
    pageBreakXml(),
  ];
  const level = { 1: styles.Heading1, 2: styles.Heading2 } as const;
  for (const s of v.sections) {
    out.push(heading(s.title, s.level, level[s.level]));
    if (s.goals) {
      for (const g of v.goals) out.push(kfGoalBody(g, { Heading2: styles.Heading2, Heading3: styles.Heading3 }));
      if (v.goals.length === 0) out.push(textParagraphs(s.text));
    } else {
      out.push(textParagraphs(s.text));
    }
    if (s.xml) out.push(s.xml);
  }
  return out.join('');
}
