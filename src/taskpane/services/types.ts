/**
 * What the pane needs from the outside world. Components and hooks depend on this interface only,
 * so they can be tested with a fake and wired to Word (or the demo's shim) in one place.
 */
import type { Edit } from '../../core/edits';
import type { Finding } from '../../core/rules/types';
import type { Loc } from '../../core/snapshot';
import type { ReviewCommentsService } from './review-comments';

// The block and form types are the core's (src/core/blocks/forms.ts): one definition for the pane and the core.
export type {
  FormValue as BlockValue,
  FormOption as FieldOption,
  FormField as FieldDef,
  FormValidation as Validation,
  FormBlock as BlockDefinition,
} from '../../core/blocks/forms';
import type { FormBlock as BlockDefinition } from '../../core/blocks/forms';

/** A field's value: the text the user typed or chose. */
export type FieldValue = string;

export type CheckPhase = 'reading' | 'checking';

export interface CheckResult {
  /** Findings the user has not ignored. */
  findings: Finding[];
  /** Ids the document says to ignore. */
  ignored: string[];
  /** The findings of this check that those ids hide (shown on request, so Ignorera can be undone). */
  ignoredFindings?: Finding[];
  /**
   * What the reader and the parser could not read well (Swedish): a table that could not be placed, an
   * unreadable header, Track Changes on, no catalog for the report's year. Findings may be missing where a
   * note says so, so the pane shows them beside the findings rather than hiding them in a log.
   */
  notes?: string[];
}

/** One change made by "Räkna om", described for the user. */
export interface ChangeDescription {
  table: string;
  row: string;
  /** Column header, when a cell changed. */
  column?: string;
  oldText: string;
  newText: string;
  reason: string;
  loc: Loc | null;
}

export interface RecomputeResult {
  changes: ChangeDescription[];
  /** Swedish reasons for fixes that were not written (the text changed since it was read). */
  refused: string[];
  /** What Word did with the table of contents, when it matters to the user (Swedish). */
  notes?: string[];
}

export interface PaneServices {
  displayLanguage(): string;
  /** Office theme → dark or light. */
  prefersDark(): boolean;
  blocks: BlockDefinition[];
  check(onPhase?: (phase: CheckPhase) => void): Promise<CheckResult>;
  select(loc: Loc): Promise<void>;
  /** Applies edits in one batch; throws (and changes nothing) when any edit cannot be applied. */
  apply(edits: Edit[]): Promise<void>;
  /** Computes the budget and TOC fixes on a fresh snapshot, applies them, and says what changed. */
  recompute(): Promise<RecomputeResult>;
  /** The open document's report type and year, to default the Infoga forms to; null when unknown. */
  documentReport?(): Promise<{ type: string | null; year: number | null } | null>;
  /** Inserts at the cursor, with `extra` edits (the own indicators' settings) in the same all-or-nothing batch. */
  insert(ooxml: string, reason: string, extra?: Edit[]): Promise<string | void>;
  /** The findings as Word comments and their removal (issue 17); absent where there is no Word to write them in. */
  reviewComments?: ReviewCommentsService;
}
