/**
 * "Kontrollera rapporten": parse the snapshot, run every rule, and hand back findings that the
 * task pane and the CLI can list as they are — with ids, severities and the section they are in,
 * sorted in document order.
 */
import { CATALOG_YEARS, catalogFor, type CatalogYear } from './catalog/index';
import type { Report } from './model';
import { parseReport } from './parse/index';
import { a11yRules } from './rules/a11y/index';
import { activityDates } from './rules/activity-dates';
import { budgetSums } from './rules/budget-sums';
import { goalAnalysis } from './rules/goal-analysis';
import { goalAssessment } from './rules/goal-assessment';
import { goalTexts } from './rules/goal-texts';
import { headerFields } from './rules/header-fields';
import { indicatorValues } from './rules/indicator-values';
import { numberFormat } from './rules/number-format';
import { placeholderText } from './rules/placeholder-text';
import { requiredSections } from './rules/required-sections';
import { createAnalysis } from './rules/analysis';
import { runRules } from './rules/run';
import { tableOfContents } from './rules/table-of-contents';
import type { Finding, Rule, Severity } from './rules/types';
import type { DocSnapshot } from './snapshot';

export { DOCUMENT_SECTION, compareLoc, findingId, runRules, sectionOf } from './rules/run';

/**
 * Every rule "Kontrollera rapporten" runs, in the order their findings are listed when two share
 * a location. Budget and TOC rules: add one import above and one line at the marked spot below.
 */
export const allRules: Rule[] = [
  headerFields,
  requiredSections,
  goalAssessment,
  goalAnalysis,
  goalTexts,
  indicatorValues,
  activityDates,
  placeholderText,
  // Budget rules (src/core/rules/budget-sums.ts, number-format.ts) go here.
  budgetSums,
  numberFormat,
  // TOC rule (src/core/rules/table-of-contents.ts) goes here.
  tableOfContents,
  // The accessibility pack (src/core/rules/a11y/), listed in its own group "Tillgänglighet".
  ...a11yRules,
];

export interface CheckOptions {
  /** Finding ids to leave out (the user chose "Ignorera"); added to those kept in the document. */
  ignored?: string[];
  /** Rules to run instead of `allRules` (tests, or a task pane that runs a subset). */
  rules?: readonly Rule[];
  /**
   * The budget years' catalogs to choose the report's from (the shipped ones by default; a test adds
   * a made-up year). The rules get the one for the report's own year.
   */
  catalogs?: readonly CatalogYear[];
}

export interface CheckResult {
  report: Report;
  findings: Finding[];
  /**
   * What the user should know about the check itself (Swedish): the report's budget year has no catalog
   * of its own, or is unknown, so its goals and indicators were compared with another year's.
   */
  notes: string[];
}

export function checkSnapshot(snapshot: DocSnapshot, options: CheckOptions = {}): CheckResult {
  const report = parseReport(snapshot);
  const ignored = new Set([...(options.ignored ?? []), ...snapshot.settings.ignoredFindings]);
  const catalog = catalogFor(report.year, options.catalogs ?? CATALOG_YEARS);
  const findings = runRules(
    options.rules ?? allRules,
    report,
    snapshot,
    createAnalysis(report, snapshot),
    catalog,
  ).filter((f) => !ignored.has(f.id));
  // A document that is not a report has no budget year to speak of; saying so would only confuse.
  const notes = report.type !== null && catalog.note ? [catalog.note] : [];
  return { report, findings, notes };
}

export interface SectionGroup {
  section: string;
  findings: Finding[];
  counts: Record<Severity, number>;
}

/** The list a finding is shown in: its rule pack's group ("Tillgänglighet") or else its section. */
export function groupOf(f: Pick<Finding, 'group' | 'section'>): string {
  return f.group ?? f.section;
}

/** Findings grouped by section (or rule pack group), groups in the order their first finding appears. */
export function groupBySection(findings: readonly Finding[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const f of findings) {
    const key = groupOf(f);
    let g = groups.get(key);
    if (!g) {
      g = { section: key, findings: [], counts: { error: 0, warning: 0, tip: 0 } };
      groups.set(key, g);
    }
    g.findings.push(f);
    g.counts[f.severity]++;
  }
  return [...groups.values()];
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, tip: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
