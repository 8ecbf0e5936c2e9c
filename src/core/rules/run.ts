/**
 * The rule runner: completes what rules report (kind, severity and text from the rule's messages, the section from
 * the location, a stable id) and sorts findings in document order. Kept apart from `check.ts` so
 * that rule tests run on hand-made reports without the parser.
 */
import { catalogFor, type CatalogYear } from '../catalog/index';
import type { Report, Section } from '../model';
import type { DocSnapshot, Loc } from '../snapshot';
import type { Edit } from '../edits';
import { createAnalysis, type Analysis } from './analysis';
import { interpolate, type Finding, type Rule, type RuleContext } from './types';

/** Section label for findings outside any level-1 section. */
export const DOCUMENT_SECTION = 'Dokumentet';

type Draft = Omit<Finding, 'id'> & { order: number };

/**
 * Runs rules on a parsed report and completes their findings. A rule that throws does not stop
 * the others: the user gets a warning that one check could not run, and the rest of the list.
 */
export function runRules(
  rules: readonly Rule[],
  report: Report,
  snapshot: DocSnapshot,
  analysis: Analysis = createAnalysis(report, snapshot),
  catalog: CatalogYear = catalogFor(report.year),
): Finding[] {
  const drafts = draftFindings(rules, report, snapshot, analysis, catalog);
  drafts.sort((a, b) => compareLoc(a.location, b.location) || a.order - b.order);
  return withIds(drafts);
}

/**
 * The fixes the rules' findings carry, in the order the rules reported them (rule by rule), for
 * `fix` and Räkna om: the same edits Åtgärda applies one finding at a time.
 */
export function reportedFixes(
  rules: readonly Rule[],
  report: Report,
  snapshot: DocSnapshot,
  analysis: Analysis,
  catalog: CatalogYear = catalogFor(report.year),
): Edit[][] {
  return draftFindings(rules, report, snapshot, analysis, catalog).flatMap((d) => (d.fix ? [d.fix] : []));
}

function draftFindings(
  rules: readonly Rule[],
  report: Report,
  snapshot: DocSnapshot,
  analysis: Analysis,
  catalog: CatalogYear,
): Draft[] {
  const drafts: Draft[] = [];
  for (const rule of rules) {
    const context: RuleContext = {
      model: report,
      snapshot,
      analysis,
      catalog,
      report({ messageId, data, section, fix, suggest, ...rest }) {
        const spec = rule.meta.messages[messageId];
        if (!spec) throw new Error(`Regeln ${rule.meta.id} rapporterade okänt meddelande "${messageId}"`);
        // As ESLint: a rule that offers fixes says so in its meta, so fix/Räkna om know whom to ask.
        if (fix && !rule.meta.fixable)
          throw new Error(`Regeln ${rule.meta.id} har en åtgärd men är inte markerad som fixable`);
        if (suggest && !rule.meta.hasSuggestions)
          throw new Error(`Regeln ${rule.meta.id} har ett förslag men är inte markerad med hasSuggestions`);
        drafts.push({
          ...rest,
          rule: rule.meta.id,
          kind: spec.kind,
          messageId,
          severity: spec.severity,
          message: interpolate(spec.text, data),
          section: section ?? sectionOf(report.sections, rest.location.block) ?? DOCUMENT_SECTION,
          ...(fix ? { fix } : {}),
          ...(suggest ? { suggestion: suggest } : {}),
          ...(rule.meta.group ? { group: rule.meta.group } : {}),
          order: drafts.length,
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      drafts.push({
        rule: rule.meta.id,
        kind: 'rule-failed',
        messageId: 'ruleFailed',
        severity: 'warning',
        subject: rule.meta.id,
        message: `Kontrollen ${rule.meta.id} kunde inte köras färdigt (${error instanceof Error ? error.message : String(error)}). Övriga kontroller har körts.`,
        section: DOCUMENT_SECTION,
        location: { block: 0 },
        order: drafts.length,
      });
    }
  }
  return drafts;
}

/**
 * Ids hash rule, kind and subject, plus which occurrence of that triple it is. The block index is
 * deliberately left out: a user who ignores a finding and then writes a paragraph above it would
 * otherwise see it come back, since every later block index shifts.
 */
function withIds(drafts: Draft[]): Finding[] {
  const seen = new Map<string, number>();
  return drafts.map(({ order: _order, ...f }) => {
    const key = `${f.rule}\u0000${f.kind}\u0000${normalizeSubject(f.subject)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { id: findingId(`${key}\u0000${n}`), ...f };
  });
}

function normalizeSubject(subject: string): string {
  return subject.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** FNV-1a, 32 bits, twice with different seeds: short, stable across runs and platforms. */
export function findingId(key: string): string {
  const hash = (seed: number): number => {
    let h = seed;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  };
  return hash(0x811c9dc5).toString(36).padStart(7, '0') + hash(0x050c5d1f).toString(36).padStart(7, '0');
}

export function compareLoc(a: Loc, b: Loc): number {
  return (
    a.block - b.block ||
    (a.row ?? -1) - (b.row ?? -1) ||
    (a.cell ?? -1) - (b.cell ?? -1) ||
    (a.paragraph ?? -1) - (b.paragraph ?? -1)
  );
}

/** Title of the level-1 section holding a block (the outermost section when none is level 1). */
export function sectionOf(sections: readonly Section[], block: number): string | null {
  for (const s of sections) {
    if (block < s.fromBlock || block > s.toBlock) continue;
    if (s.level <= 1) return s.title;
    return sectionOf(s.children, block) ?? s.title;
  }
  return null;
}
