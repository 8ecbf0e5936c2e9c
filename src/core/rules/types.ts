/**
 * Check rules, shaped like ESLint rules: each module exports a `Rule` with `meta` (id, kinds,
 * default severity, Swedish docs and messages) and `check(context)`, which reports findings through
 * the context. Rules are pure: they read the report model and the snapshot, never the document.
 */
import type { Edit } from '../edits';
import type { Report } from '../model';
import type { DocSnapshot, Loc } from '../snapshot';

export type Severity = 'error' | 'warning' | 'tip';

export interface Finding {
  /** Stable id of this finding in this document (rule, kind, subject and location), used by "Ignorera". */
  id: string;
  rule: string;
  kind: string;
  severity: Severity;
  /** Text of the element concerned: indicator name, activity text, goal title, section heading, row label. */
  subject: string;
  /** Swedish message for the user. */
  message: string;
  /** Title of the level-1 section the finding is in ("Dokumentet" for the document as a whole). */
  section: string;
  location: Loc;
  /** Edits that fix the finding safely, when there is such a fix. */
  fix?: Edit[];
}

export interface RuleMeta {
  id: string;
  /** The kinds of finding this rule reports, each with its default severity. */
  kinds: Record<string, Severity>;
  docs: {
    /** Swedish: what the rule checks. */
    description: string;
    /** Swedish: how to fix what it reports. */
    howToFix: string;
  };
}

export interface RuleContext {
  /**
   * The parsed report. Named `model` rather than `report` because `report(...)` is the ESLint-style
   * method that records a finding; an interface cannot have both under one name.
   */
  model: Report;
  snapshot: DocSnapshot;
  /** Reports a finding; `id` and `section` are filled in from the location when left out. */
  report(finding: Omit<Finding, 'id' | 'rule' | 'section' | 'severity'> & { severity?: Severity; section?: string }): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
