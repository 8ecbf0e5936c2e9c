/**
 * The city's report template as data, one file per budget year from which it applies
 * (src/core/template/data/<år>.json): the sections of each report type with their severities, the
 * parts of a VP's enhetsmål, and the economy section's budget tables (kinds, column roles, titles). A report uses the newest file whose year is not after the report's
 * year (the earliest file when the year is unknown or earlier). Rules, the parser's known titles and
 * the checks read it from here; adding a year is adding a file and listing it below.
 */
import type { ReportType } from '../model';
import type { Severity } from '../rules/types';
import data2020 from './data/2020.json';
import { budgetTablesOf, type BudgetTables } from './budget-tables';
import { templateFileSchema, type GoalPart, type TemplateFile, type TemplateSection } from './schema';
import { textKey } from './text-key';

export { sameTitle, textKey, withoutSectionNumber } from './text-key';
export {
  BUDGET_TABLE_KINDS,
  COLUMN_ROLES,
  INSERTABLE_BUDGET_KINDS,
  templateFileSchema,
  type BudgetTableKind,
  type ColumnRole,
  type GoalPart,
  type TemplateFile,
  type TemplateSection,
} from './schema';
export {
  budgetInsert,
  budgetKind,
  budgetTablesOf,
  type BudgetInsert,
  type BudgetKind,
  type BudgetTables,
} from './budget-tables';

/** Every template data file, validated when the module loads (and by `npm run build`). */
export const TEMPLATE_FILES: readonly TemplateFile[] = [data2020]
  .map((d) => templateFileSchema.parse(d))
  .sort((a, b) => a.budgetYear - b.budgetYear);

export interface ReportTemplate {
  budgetYear: number;
  type: ReportType;
  /** "en verksamhetsberättelse". */
  name: string;
  sections: TemplateSection[];
  enhetsmalParts: { part: GoalPart; label: string; severity: Extract<Severity, 'error' | 'warning'> }[];
}

/** The template file that applies to a report of this year: the newest not after it, else the earliest. */
export function templateFileFor(year: number | null, files: readonly TemplateFile[] = TEMPLATE_FILES): TemplateFile {
  let chosen = files[0];
  for (const f of files) if (year !== null && f.budgetYear <= year) chosen = f;
  return chosen;
}

/** The newest template file: what labels that belong to no report (the Infoga tab's block names) follow. */
export function newestTemplateFile(files: readonly TemplateFile[] = TEMPLATE_FILES): TemplateFile {
  return files[files.length - 1];
}

/** The budget tables of the template that applies to a report of this year (see `templateFileFor`). */
export function budgetTablesFor(year: number | null, files: readonly TemplateFile[] = TEMPLATE_FILES): BudgetTables {
  return budgetTablesOf(templateFileFor(year, files));
}

export function templateFor(
  type: ReportType,
  year: number | null,
  files: readonly TemplateFile[] = TEMPLATE_FILES,
): ReportTemplate {
  const file = templateFileFor(year, files);
  const t = file.reportTypes[type];
  const layout = file.layouts[t.layout];
  const withSeverities = (s: TemplateSection): TemplateSection => ({
    ...s,
    ...(t.severities[s.title] ?? {}),
    children: s.children.map(withSeverities),
  });
  return {
    budgetYear: file.budgetYear,
    type,
    name: t.name,
    sections: layout.sections.map(withSeverities),
    enhetsmalParts: layout.enhetsmalParts,
  };
}

/**
 * The title of the report type's first section ("Sammanfattande analys", a VP's "Inledning"): the
 * reports put the table of contents right before it, and messages say so by this title.
 */
export function firstSectionTitle(type: ReportType, year: number | null): string | null {
  return templateFor(type, year).sections[0]?.title ?? null;
}

/** The report types' names for forms and listings ("Verksamhetsberättelse (VB)"), from the newest template. */
export function reportTypeLabels(files: readonly TemplateFile[] = TEMPLATE_FILES): Record<ReportType, string> {
  const types = newestTemplateFile(files).reportTypes;
  return { VB: types.VB.label, T1: types.T1.label, T2: types.T2.label, VP: types.VP.label };
}

/** How a new report of this type and year is titled: "Verksamhetsberättelse VB 2020 för <enhet>". */
export function reportTitleFor(type: ReportType, year: number, unit: string): string {
  return `${templateFileFor(year).reportTypes[type].title} ${year} för ${unit}`;
}

/** True when a heading is the section (its title or an alias). */
export function isSection(heading: string, section: TemplateSection): boolean {
  const key = textKey(heading);
  return [section.title, ...section.aliases].some((t) => textKey(t) === key);
}

/**
 * The titles the parser knows as fixed headings, over every layout of every year: level 1, the
 * economy sections' sub-headings (level 2), and the economy sections themselves.
 */
export function knownTitles(): {
  level1: Set<string>;
  economy: Set<string>;
  economyParents: Set<string>;
  goalsSections: Set<string>;
} {
  const level1 = new Set<string>();
  // The goals section's own title where it is a fixed heading (not its aliases: a VP's
  // "Kommunfullmäktiges inriktningsmål" also stands as a goal-level heading).
  const goalsSections = new Set<string>();
  const economy = new Set<string>();
  const economyParents = new Set<string>();
  for (const file of TEMPLATE_FILES) {
    for (const layout of Object.values(file.layouts)) {
      for (const s of layout.sections) {
        if (s.fixedHeading) level1.add(textKey(s.title));
        if (s.fixedHeading && s.goals) goalsSections.add(textKey(s.title));
        if (!s.economy) continue;
        economyParents.add(textKey(s.title));
        for (const c of s.children) if (c.fixedHeading) economy.add(textKey(c.title));
      }
    }
  }
  return { level1, economy, economyParents, goalsSections };
}
