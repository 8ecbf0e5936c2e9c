/**
 * `PaneServices` on top of the engine: the Word adapter (read, select, apply) and the core (check,
 * fix). The same code runs in Word and in the demo, where the adapter talks to the Office shim.
 */
import type { Edit } from '../../core/edits';
import type { Change } from '../../core/fix';
import type { ReportType } from '../../core/model';
import type { Finding } from '../../core/rules/types';
import type { DocSnapshot, Loc } from '../../core/snapshot';
import { describeEdits } from './changes';
import { NotReportError, UnsupportedError } from './errors';
import type {
  BlockDefinition,
  ChangeDescription,
  CheckPhase,
  CheckResult,
  PaneServices,
  RecomputeResult,
} from './types';

export interface Engine {
  readOpenDocument(): Promise<DocSnapshot>;
  /** `checkSnapshot` of src/core/check.ts (it leaves out the ids the document ignores). */
  checkSnapshot(snapshot: DocSnapshot): {
    findings: Finding[];
    report?: { type: ReportType | null; warnings?: readonly string[] };
    /** The check's own notes (the catalog year it used, when not the report's). */
    notes?: readonly string[];
  };
  /** `computeFixes` of src/core/fix.ts, given the parsed report. */
  computeFixes(snapshot: DocSnapshot): { edits: Edit[]; changes: Change[]; notReport?: string };
  selectLocation(loc: Loc): Promise<void>;
  /** Applies what it safely can; refuses (with a Swedish reason) an edit whose text changed since the check. */
  applyEdits(edits: Edit[]): Promise<{
    applied: Edit[];
    refused: { edit: Edit; reason: string }[];
    placement?: string;
    /** What became of the table of contents (Word updated its field, or it was rebuilt), in Swedish. */
    toc?: { message: string };
  }>;
  /** Whether Word supports the API set (Office.context.requirements.isSetSupported). */
  isSetSupported(name: string, version: string): boolean;
  /** The report's type and year (parseReport), for the Infoga forms' defaults; optional. */
  reportOf?(snapshot: DocSnapshot): { type: ReportType | null; year: number | null };
  displayLanguage(): string;
  prefersDark(): boolean;
}

// Yields to the browser so the progress indicator paints before a long synchronous check.
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createPaneServices(
  engine: Engine,
  blocks: BlockDefinition[],
  tocLabel = 'Innehållsförteckningen',
): PaneServices {
  const requireWord = () => {
    if (!engine.isSetSupported('WordApi', '1.3')) throw new UnsupportedError('WordApi 1.3 saknas');
  };
  const read = async () => {
    requireWord();
    return engine.readOpenDocument();
  };

  /** Resolves to where an insertion at the cursor went (Swedish, from the Word adapter), if it says. */
  async function apply(edits: Edit[]): Promise<string | undefined> {
    requireWord();
    if (!edits.length) return undefined;
    const { refused, placement } = await engine.applyEdits(edits);
    if (refused.length) throw new Error(refused.map((r) => r.reason).join(' '));
    return placement;
  }

  return {
    blocks,
    displayLanguage: () => engine.displayLanguage(),
    prefersDark: () => engine.prefersDark(),

    async check(onPhase?: (phase: CheckPhase) => void): Promise<CheckResult> {
      onPhase?.('reading');
      const snapshot = await read();
      if (snapshot.blocks.length === 0) throw new NotReportError('Dokumentet är tomt.');
      onPhase?.('checking');
      await nextFrame();
      const ignored = snapshot.settings.ignoredFindings;
      const skip = new Set(ignored);
      // The check runs without the document's ignore list, so the pane can show what it hides.
      const result = engine.checkSnapshot({ ...snapshot, settings: { ...snapshot.settings, ignoredFindings: [] } });
      // A letter or a memo passes every rule; "no findings" would be a lie, so say what it is.
      if (result.report && result.report.type === null)
        throw new NotReportError('Ingen rapporttitel, inga mål och inga kända avsnitt.');
      const findings = result.findings.filter((f) => !skip.has(f.id));
      // The same notes as `rapportstod check` prints: the reader's, then the parser's, each once.
      const notes = [...new Set([...snapshot.warnings, ...(result.report?.warnings ?? []), ...(result.notes ?? [])])];
      return { findings, ignored, ignoredFindings: result.findings.filter((f) => skip.has(f.id)), notes };
    },

    async documentReport() {
      if (!engine.reportOf) return null;
      return engine.reportOf(await read());
    },

    async select(loc: Loc) {
      requireWord();
      await engine.selectLocation(loc);
    },

    apply: async (edits) => {
      await apply(edits);
    },

    async recompute(): Promise<RecomputeResult> {
      const snapshot = await read();
      const { edits, changes: all, notReport } = engine.computeFixes(snapshot);
      // As the check says: a document that is not a report is left as it is.
      if (notReport) throw new NotReportError(notReport);
      if (edits.length === 0) return { changes: [], refused: [] };
      // The adapter checks every edit's old text before writing and refuses those the user changed meanwhile.
      const { applied, refused, toc } = await engine.applyEdits(edits);
      const done = new Set(applied);
      const appliedLocs = new Set(applied.flatMap((e) => (e.kind === 'setCellText' ? [JSON.stringify(e.loc)] : [])));
      const changes = all.filter((c) => appliedLocs.has(JSON.stringify(c.loc)));
      const cells: ChangeDescription[] = changes.map((c) => ({
        table: c.table,
        row: c.row,
        column: c.column,
        oldText: c.old,
        newText: c.new,
        reason: c.column,
        loc: c.loc,
      }));
      const described = new Set(changes.map((c) => JSON.stringify(c.loc)));
      // Edits the change list does not cover (the TOC rebuild) are described from the snapshot.
      const rest = applied.filter(
        (e) => done.has(e) && (e.kind !== 'setCellText' || !described.has(JSON.stringify(e.loc))),
      );
      const reasons = refused.map((r) => r.reason);
      // Word's own TOC update or the rebuild says what the user still has to do (page numbers, by hand).
      const notes = toc && !reasons.includes(toc.message) ? [toc.message] : [];
      return { changes: [...cells, ...describeEdits(snapshot, rest, tocLabel)], refused: reasons, notes };
    },

    async insert(ooxml: string, reason: string, extra: Edit[] = []) {
      return apply([{ kind: 'insertBlocks', after: 'selection', ooxml, reason }, ...extra]);
    },
  };
}
