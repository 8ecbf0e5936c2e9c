/**
 * The pane's state machines. Components render what these return; every call into Word goes
 * through `PaneServices`, and a failure leaves the previous result on screen with an error beside it.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { editsOf, type Finding } from '../../core/rules/types';
import type { Loc } from '../../core/snapshot';
import { type Strings, strings } from '../i18n';
import { describeError, type PaneError } from './errors';
import { groupFindings } from './findings';
import type { BlockDefinition, BlockValue, ChangeDescription, CheckPhase, PaneServices, Validation } from './types';

export const ServicesContext = createContext<PaneServices | null>(null);
export const StringsContext = createContext<Strings>(strings.sv);

export function useServices(): PaneServices {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('Rapportstöd: PaneServices saknas (ServicesContext.Provider).');
  return s;
}

export function useStrings(): Strings {
  return useContext(StringsContext);
}

type Busy = CheckPhase | 'applying' | null;

/** Where keyboard focus goes after an action, so it never falls back to <body>. */
export type FocusTarget = { kind: 'summary'; seq: number } | { kind: 'finding'; id: string; seq: number };

export interface CheckState {
  findings: Finding[] | null;
  ignored: string[];
  /** This check's findings that the document ignores (the user can show and restore them). */
  ignoredFindings: Finding[];
  /** The reader's and parser's notes from the last check (Swedish). */
  notes: string[];
  focus: FocusTarget | null;
  busy: Busy;
  error: PaneError | null;
  notice: string | null;
  selected: string | null;
  run(): Promise<void>;
  select(finding: Finding): Promise<void>;
  fix(finding: Finding): Promise<void>;
  ignore(finding: Finding): Promise<void>;
  /** Undoes Ignorera: the finding is checked again like any other. */
  restore(finding: Finding): Promise<void>;
}

export function useCheck(): CheckState {
  const services = useServices();
  const t = useStrings();
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [ignoredFindings, setIgnoredFindings] = useState<Finding[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const focusSeq = useRef(0);
  const focusOn = useCallback((target: { kind: 'summary' } | { kind: 'finding'; id: string }) => {
    focusSeq.current += 1;
    setFocus({ ...target, seq: focusSeq.current });
  }, []);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const running = useRef(false);

  const runCheck = useCallback(async () => {
    const result = await services.check((phase) => setBusy(phase));
    setFindings(result.findings);
    setIgnored(result.ignored);
    setIgnoredFindings(result.ignoredFindings ?? []);
    setNotes(result.notes ?? []);
  }, [services]);

  // Guards against a second click starting a second Word batch while one is running.
  const guarded = useCallback(
    async (work: () => Promise<string | null>) => {
      if (running.current) return;
      running.current = true;
      setError(null);
      setNotice(null);
      try {
        setNotice(await work());
      } catch (e) {
        setError(describeError(e, t));
        focusOn({ kind: 'summary' });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [t, focusOn],
  );

  const run = useCallback(
    () =>
      guarded(async () => {
        await runCheck();
        focusOn({ kind: 'summary' });
        return null;
      }),
    [guarded, runCheck, focusOn],
  );

  const select = useCallback(
    async (finding: Finding) => {
      setSelected(finding.id);
      try {
        await services.select(finding.location);
      } catch (e) {
        setError(describeError(e, t));
      }
    },
    [services, t],
  );

  const fix = useCallback(
    (finding: Finding) =>
      guarded(async () => {
        const edits = editsOf(finding);
        if (!edits.length) return null;
        setBusy('applying');
        await services.apply(edits);
        await runCheck();
        focusOn({ kind: 'summary' });
        return t.check.fixed;
      }),
    [guarded, services, runCheck, t, focusOn],
  );

  const ignore = useCallback(
    (finding: Finding) =>
      guarded(async () => {
        setBusy('applying');
        const ids = [...new Set([...ignored, finding.id])];
        await services.apply([{ kind: 'setIgnoredFindings', ids, reason: `Ignorera: ${finding.message}` }]);
        setIgnored(ids);
        setIgnoredFindings((prev) => [...prev.filter((f) => f.id !== finding.id), finding]);
        // Focus goes to the finding that takes its place in the list (the next one, else the one before).
        const list = groupFindings(findings ?? []).flatMap((g) => g.findings); // as the pane lists them
        const at = list.findIndex((f) => f.id === finding.id);
        const rest = list.filter((f) => f.id !== finding.id);
        const next = rest[Math.min(Math.max(at, 0), rest.length - 1)];
        setFindings(findings ? rest : findings);
        focusOn(next ? { kind: 'finding', id: next.id } : { kind: 'summary' });
        return t.check.ignored;
      }),
    [guarded, services, ignored, findings, t, focusOn],
  );

  const restore = useCallback(
    (finding: Finding) =>
      guarded(async () => {
        setBusy('applying');
        const ids = ignored.filter((id) => id !== finding.id);
        await services.apply([{ kind: 'setIgnoredFindings', ids, reason: `Återställ: ${finding.message}` }]);
        // Checked again, so the restored finding is judged on the document as it is now.
        await runCheck();
        focusOn({ kind: 'summary' });
        return t.check.restored;
      }),
    [guarded, services, ignored, runCheck, t, focusOn],
  );

  return {
    findings,
    ignored,
    ignoredFindings,
    notes,
    focus,
    busy,
    error,
    notice,
    selected,
    run,
    select,
    fix,
    ignore,
    restore,
  };
}

export interface RecomputeState {
  changes: ChangeDescription[] | null;
  refused: string[];
  /** What Word did with the table of contents (Swedish), shown as information. */
  notes: string[];
  busy: boolean;
  error: PaneError | null;
  run(): Promise<void>;
  select(loc: Loc): Promise<void>;
}

export function useRecompute(): RecomputeState {
  const services = useServices();
  const t = useStrings();
  const [changes, setChanges] = useState<ChangeDescription[] | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PaneError | null>(null);

  const run = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await services.recompute();
      setChanges(result.changes);
      setRefused(result.refused);
      setNotes(result.notes ?? []);
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }, [busy, services, t]);

  const select = useCallback(
    async (loc: Loc) => {
      try {
        await services.select(loc);
      } catch (e) {
        setError(describeError(e, t));
      }
    },
    [services, t],
  );

  return { changes, refused, notes, busy, error, run, select };
}

export interface InsertState {
  block: BlockDefinition | null;
  value: BlockValue;
  errors: Record<string, string>;
  ooxml: string | null;
  busy: boolean;
  error: PaneError | null;
  notice: string | null;
  chooseBlock(type: string): void;
  setField(name: string, value: string): void;
  insert(): Promise<void>;
}

/** The open document's report type and year as form values ("VB", "2020"), where it has them. */
type DocumentDefaults = Partial<Record<'reportType' | 'year', string>>;

function initialValue(block: BlockDefinition | null, defaults: DocumentDefaults = {}): BlockValue {
  if (!block) return {};
  const value: BlockValue = {};
  for (const f of block.fields)
    value[f.name] = defaults[f.name as keyof DocumentDefaults] ?? block.initial?.[f.name] ?? '';
  return value;
}

export function useInsert(): InsertState {
  const services = useServices();
  const t = useStrings();
  const [block, setBlock] = useState<BlockDefinition | null>(services.blocks[0] ?? null);
  const [value, setValue] = useState<BlockValue>(() => initialValue(services.blocks[0] ?? null));
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [defaults, setDefaults] = useState<DocumentDefaults>({});
  const edited = useRef(new Set<string>());

  // The forms default to the open document's year and report type (not this calendar year), unless
  // the user has typed their own already.
  useEffect(() => {
    let live = true;
    services
      .documentReport?.()
      .then((info) => {
        if (!live || !info) return;
        const found: DocumentDefaults = {};
        if (info.year) found.year = String(info.year);
        if (info.type) found.reportType = info.type;
        setDefaults(found);
        setValue((prev) => {
          const next = { ...prev };
          for (const [k, v] of Object.entries(found)) if (k in next && !edited.current.has(k)) next[k] = v;
          return next;
        });
      })
      .catch(() => {
        /* No document to read (yet): the forms keep their own defaults. */
      });
    return () => {
      live = false;
    };
  }, [services]);

  const validation: Validation = block ? block.validate(value) : { ok: false, errors: {} };
  let ooxml: string | null = null;
  if (block && validation.ok) {
    try {
      ooxml = block.render(value);
    } catch {
      ooxml = null;
    }
  }

  const chooseBlock = useCallback(
    (type: string) => {
      const next = services.blocks.find((b) => b.type === type) ?? null;
      setBlock(next);
      setValue(initialValue(next, defaults));
      edited.current.clear();
      setTouched(false);
      setNotice(null);
    },
    [services, defaults],
  );

  const setField = useCallback((name: string, v: string) => {
    edited.current.add(name);
    setValue((prev) => ({ ...prev, [name]: v }));
    setNotice(null);
  }, []);

  const insert = useCallback(async () => {
    setTouched(true);
    setError(null);
    setNotice(null);
    if (!block || !ooxml) {
      setError({ message: t.insert.fixErrors });
      return;
    }
    setBusy(true);
    try {
      const extra = block.edits?.(value);
      const placement = await services.insert(ooxml, block.label, extra);
      // The own indicators live in the document's add-in settings, which reach the file only on save;
      // where the block went is said when the cursor was in a table or mid-paragraph (the Word adapter's words).
      const own = extra?.some((e) => e.kind === 'setCustomIndicators');
      setNotice(
        [t.insert.inserted(block.label), placement, own ? t.insert.ownIndicatorsSaved : null].filter(Boolean).join(' '),
      );
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }, [block, ooxml, services, t, value]);

  const errors = touched && !validation.ok ? validation.errors : {};
  return { block, value, errors, ooxml, busy, error, notice, chooseBlock, setField, insert };
}
