/**
 * `PaneServices` on top of the engine: the Word adapter (read, select, apply) and the core (check,
 * fix). The same code runs in Word and in the demo, where the adapter talks to the Office shim.
 */
import type { Edit } from '../../core/edits';
import type { Finding } from '../../core/rules/types';
import type { DocSnapshot, Loc } from '../../core/snapshot';
import { describeEdits } from './changes';
import { NotReportError, UnsupportedError } from './errors';
import type { BlockDefinition, ChangeDescription, CheckPhase, CheckResult, PaneServices } from './types';

export interface Engine {
  readOpenDocument(): Promise<DocSnapshot>;
  checkSnapshot(snapshot: DocSnapshot): Finding[];
  computeFixes(snapshot: DocSnapshot): Edit[];
  selectLocation(loc: Loc): Promise<void>;
  applyEdits(edits: Edit[]): Promise<void>;
  /** Whether Word supports the API set (Office.context.requirements.isSetSupported). */
  isSetSupported(name: string, version: string): boolean;
  displayLanguage(): string;
  prefersDark(): boolean;
}

// Yields to the browser so the progress indicator paints before a long synchronous check.
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createPaneServices(engine: Engine, blocks: BlockDefinition[], tocLabel = 'Innehållsförteckningen'): PaneServices {
  const requireWord = () => {
    if (!engine.isSetSupported('WordApi', '1.3')) throw new UnsupportedError('WordApi 1.3 saknas');
  };
  const read = async () => {
    requireWord();
    return engine.readOpenDocument();
  };

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
      const findings = engine.checkSnapshot(snapshot).filter((f) => !skip.has(f.id));
      return { findings, ignored };
    },

    async select(loc: Loc) {
      requireWord();
      await engine.selectLocation(loc);
    },

    async apply(edits: Edit[]) {
      requireWord();
      if (edits.length) await engine.applyEdits(edits);
    },

    async recompute(): Promise<ChangeDescription[]> {
      const snapshot = await read();
      const edits = engine.computeFixes(snapshot);
      if (edits.length === 0) return [];
      // One batch: the adapter checks every edit's old text first and applies all or nothing.
      await engine.applyEdits(edits);
      return describeEdits(snapshot, edits, tocLabel);
    },

    async insert(ooxml: string, reason: string) {
      requireWord();
      await engine.applyEdits([{ kind: 'insertBlocks', after: 'selection', ooxml, reason }]);
    },
  };
}
