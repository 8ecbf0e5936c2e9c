/**
 * A fake Office host for tests, the browser demo and the benchmark: `createFakeOffice(snapshot)` gives
 * `Office` and `Word` objects with the subset of the API `src/word` uses, backed by the snapshot's
 * blocks (see `api.ts` for the office-js semantics it keeps), and `installFakeOffice` puts them on
 * the global object the way Office's script tag does.
 */
import type { DocSnapshot } from '../../core/snapshot';
import { FakeDocument, type FakeFaults, type FakePageSetupValues } from './document';
import { FakeRequestContext, type FakeStats } from './api';

export { FakeDocument } from './document';
export type { FakePageSetupValues, Selection as FakeSelection, Write as FakeWrite } from './document';
export { FakeOfficeError, FakeRequestContext } from './api';
export { parseBodyXml } from '../ooxml-body';

export interface FakeOfficeOptions {
  /** Supported requirement sets and their highest version, e.g. `{ WordApi: '1.3' }`. Default: WordApi 1.5. */
  requirementSets?: Record<string, string>;
  /** Office UI language, e.g. `sv-SE` (default) or `en-US`; Word's localized style names follow it. */
  displayLanguage?: string;
  theme?: 'light' | 'dark';
  /**
   * How many sections the document has (a .docx's w:sectPr count). Default: as many as the snapshot's
   * headers and footers name, at least one; later sections that only inherit a header need this to exist.
   */
  sections?: number;
  /** Each section's Section.pageSetup (WordApiDesktop 1.3) header settings; a section left out shows all. */
  pageSetups?: FakePageSetupValues[];
  /**
   * Make the fake fail like some hosts do: `{ fields: 'NotImplemented' }` fails loading `body.fields`,
   * `{ reviewedText: 'NotImplemented' }` fails `getReviewedText`, `{ trackingMode: … }` loading `changeTrackingMode`
   * (hosts without WordApi 1.4 have neither; the fake fails both when `requirementSets.WordApi` is below 1.4).
   * `{ pageSetup: 'GeneralException' }` fails loading `Section.pageSetup`, `{ listItem: … }` loading a list item
   * (see FakePageSetup and FakeListItem in api.ts for the hosts that do).
   */
  faults?: FakeFaults;
}

export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: 'succeeded' | 'failed'; error?: { message: string } }) => void): void;
}

/** The part of `Office` the add-in uses. */
export interface FakeOfficeNamespace {
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: FakeSettings };
    officeTheme: {
      bodyBackgroundColor: string;
      bodyForegroundColor: string;
      controlBackgroundColor: string;
      controlForegroundColor: string;
    };
  };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  HostType: { Word: 'Word' };
  AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
}

/** The part of `Word` the add-in uses. */
export interface FakeWordNamespace {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  InsertLocation: { replace: 'Replace'; start: 'Start'; end: 'End'; before: 'Before'; after: 'After' };
  SelectionMode: { select: 'Select'; start: 'Start'; end: 'End' };
}

export interface FakeOffice {
  Office: FakeOfficeNamespace;
  Word: FakeWordNamespace;
  doc: FakeDocument;
  /** A new request context, typed as Word's, for calling the adapter directly. */
  context(): Word.RequestContext;
  syncCount(): number;
  stats: FakeStats;
  /** Every API call the adapter made (`load …`, `select …`, `insertOoxml …`, `sync`), in order. */
  calls: string[];
  /** Clears the counters, e.g. between the read and the apply of a benchmark. */
  resetCounters(): void;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function createFakeOffice(snapshot: DocSnapshot, options: FakeOfficeOptions = {}): FakeOffice {
  const doc = new FakeDocument(snapshot);
  doc.displayLanguage = options.displayLanguage ?? 'sv-SE';
  doc.faults = { ...options.faults };
  doc.sectionCount = options.sections ?? null;
  doc.pageSetups = options.pageSetups ?? [];
  const wordApi = (options.requirementSets ?? { WordApi: '1.5' })['WordApi'] ?? '1.1';
  if (compareVersions(wordApi, '1.4') < 0) {
    doc.faults.reviewedText ??= 'ApiNotFound';
    doc.faults.trackingMode ??= 'ApiNotFound';
  }
  const stats: FakeStats = { syncs: 0, loadedProperties: 0, loadedItems: 0 };
  const calls: string[] = [];
  const sets = options.requirementSets ?? { WordApi: '1.5' };
  const pending: Record<string, unknown> = JSON.parse(JSON.stringify(doc.savedSettings)) as Record<string, unknown>;
  const dark = options.theme === 'dark';

  // The fake implements the members the adapter uses; Word's full class types are far larger, so the
  // one cast to them lives here and nowhere else.
  const newContext = (): Word.RequestContext =>
    new FakeRequestContext(doc, stats, calls) as unknown as Word.RequestContext;

  const office: FakeOfficeNamespace = {
    context: {
      displayLanguage: doc.displayLanguage,
      requirements: {
        isSetSupported(name: string, minVersion = '1.1'): boolean {
          const have = sets[name];
          return have !== undefined && compareVersions(have, minVersion) >= 0;
        },
      },
      document: {
        settings: {
          get: (name) => (name in pending ? JSON.parse(JSON.stringify(pending[name])) : null),
          set: (name, value) => {
            pending[name] = JSON.parse(JSON.stringify(value));
          },
          remove: (name) => {
            delete pending[name];
          },
          saveAsync: (callback) => {
            doc.savedSettings = JSON.parse(JSON.stringify(pending)) as Record<string, unknown>;
            calls.push('settings.saveAsync');
            callback?.({ status: 'succeeded' });
          },
        },
      },
      officeTheme: dark
        ? {
            bodyBackgroundColor: '#1F1F1F',
            bodyForegroundColor: '#F3F3F3',
            controlBackgroundColor: '#2B2B2B',
            controlForegroundColor: '#FFFFFF',
          }
        : {
            bodyBackgroundColor: '#FFFFFF',
            bodyForegroundColor: '#000000',
            controlBackgroundColor: '#FFFFFF',
            controlForegroundColor: '#000000',
          },
    },
    onReady(callback) {
      const info = { host: 'Word', platform: 'PC' };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Word: 'Word' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };

  const word: FakeWordNamespace = {
    async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(doc, stats, calls);
      const result = await batch(context as unknown as Word.RequestContext);
      // Word.run flushes what the batch queued after its last sync.
      if (context.hasPending) await context.sync();
      return result;
    },
    InsertLocation: { replace: 'Replace', start: 'Start', end: 'End', before: 'Before', after: 'After' },
    SelectionMode: { select: 'Select', start: 'Start', end: 'End' },
  };

  return {
    Office: office,
    Word: word,
    doc,
    context: newContext,
    syncCount: () => stats.syncs,
    stats,
    calls,
    resetCounters() {
      stats.syncs = 0;
      stats.loadedProperties = 0;
      stats.loadedItems = 0;
      calls.length = 0;
    },
  };
}

/** Sets `Office` and `Word` on a global object (window in the browser shim, globalThis in tests). */
export function installFakeOffice(target: object, fake: FakeOffice): () => void {
  const g = target as Record<string, unknown>;
  const before = { Office: g['Office'], Word: g['Word'] };
  g['Office'] = fake.Office;
  g['Word'] = fake.Word;
  return () => {
    g['Office'] = before.Office;
    g['Word'] = before.Word;
  };
}
