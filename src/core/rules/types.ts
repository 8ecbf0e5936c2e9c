/**
 * Check rules, shaped like ESLint rules: each module exports a `Rule` with `meta` (id, messages,
 * fixable, Swedish docs) and `check(context)`, which reports findings through the context by message
 * id. Rules are pure: they read the report model and the snapshot, never the document.
 */
import type { CatalogYear } from '../catalog/index';
import type { Edit } from '../edits';
import type { Report } from '../model';
import type { DocSnapshot, Loc } from '../snapshot';
import type { Analysis } from './analysis';

export { interpolate } from '../interpolate';

export type Severity = 'error' | 'warning' | 'tip';

export interface Finding {
  /** Stable id of this finding in this document (rule, kind, subject and occurrence), used by "Ignorera". */
  id: string;
  rule: string;
  kind: string;
  /** The key of the rule's `meta.messages` entry the finding was reported with. */
  messageId: string;
  severity: Severity;
  /** Text of the element concerned: indicator name, activity text, goal title, section heading, row label. */
  subject: string;
  /** Swedish message for the user. */
  message: string;
  /** Title of the level-1 section the finding is in ("Dokumentet" for the document as a whole). */
  section: string;
  location: Loc;
  /**
   * The group the pane and `check` list the finding under instead of its section, for rules about the
   * document as a whole rather than one part of the report ("Tillgänglighet"). Absent: its section.
   */
  group?: string;
  /**
   * Edits that fix the finding safely (only from rules with `meta.fixable`): Åtgärda applies them for
   * this finding, and `rapportstod fix` / Räkna om apply those of every finding, as ESLint's --fix.
   */
  fix?: Edit[];
  /**
   * Edits offered for this finding only (Åtgärda), never applied by `fix` / Räkna om — ESLint's
   * suggestions: a change the user should choose, such as inserting a table of contents.
   */
  suggestion?: Edit[];
}

/**
 * One message a rule can report, as ESLint's `meta.messages`, with what ESLint keeps in the config
 * instead: the severity. A kind means one thing (what is wrong); a rule that reports the same kind at
 * two severities (a missing Dnr is an error, a missing handläggare a warning) has a message for each.
 */
export interface MessageSpec {
  /** The finding's kind: stable, in `check --json`, in docs/rules.md and the README. */
  kind: string;
  severity: Severity;
  /** Swedish, ending with a full stop; `{{name}}` is filled from the report's `data`. */
  text: string;
}

export interface RuleMeta {
  id: string;
  messages: Record<string, MessageSpec>;
  /** True when the rule's findings may carry edits that fix them (applied by Åtgärda, Räkna om and `fix`). */
  fixable: boolean;
  /** True when the rule's findings may offer a suggestion (applied by Åtgärda only). */
  hasSuggestions?: boolean;
  /** A rule pack's own group in the lists ("Tillgänglighet"); absent: findings are grouped by section. */
  group?: string;
  docs: {
    /** Swedish: what the rule checks. */
    description: string;
    /** Swedish: how to fix what it reports. */
    howToFix: string;
  };
}

/** What a rule reports: the message by id with its data, the element and where it is. */
export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  subject: string;
  location: Loc;
  /** The section the finding belongs to, when it is not the one holding `location` (e.g. "Dokumentet"). */
  section?: string;
  fix?: Edit[];
  suggest?: Edit[];
}

export interface RuleContext {
  /**
   * The parsed report. Named `model` rather than `report` because `report(...)` is the ESLint-style
   * method that records a finding; an interface cannot have both under one name.
   */
  model: Report;
  snapshot: DocSnapshot;
  /** Budget issues and the TOC rebuild, computed once per check for every rule that asks. */
  analysis: Analysis;
  /**
   * The goal and indicator catalog of the report's own budget year (`catalogFor(report.year)`): the
   * rules judge indicators by this year's data, never by a default year's.
   */
  catalog: CatalogYear;
  /** Reports a finding; the runner fills in kind, severity and message from `meta.messages`. */
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** The edits Åtgärda applies for one finding: its fix, else its suggestion. */
export function editsOf(finding: Pick<Finding, 'fix' | 'suggestion'>): Edit[] {
  return finding.fix ?? finding.suggestion ?? [];
}

/** The kinds a rule reports, each with the severities its messages give it (for docs and tests). */
export function kindsOf(meta: RuleMeta): Map<string, Severity[]> {
  const kinds = new Map<string, Severity[]>();
  for (const m of Object.values(meta.messages)) {
    const list = kinds.get(m.kind) ?? [];
    if (!list.includes(m.severity)) list.push(m.severity);
    kinds.set(m.kind, list);
  }
  return kinds;
}
