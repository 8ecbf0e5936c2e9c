/**
 * The table of contents in the open document. Word can update a real TOC itself, which is better than
 * anything we write (it knows the page numbers), so that comes first: the TOC object model where the
 * host has it (WordApiDesktop 1.4), else the field API (WordApi 1.5). A typed TOC, or a host that
 * cannot update fields (Word on the web), gets the core's rebuilt field through insertOoxml, whose
 * cached result already lists the right entries. When neither works the user gets an instruction.
 *
 * The Word objects are typed structurally (only what this file uses), so a test can pass a small fake;
 * `Word.RequestContext` satisfies these types, which `fixTocInWord` checks at compile time.
 */
import type { Edit, ReplaceBlocks } from '../core/edits';
import { applyEdits, onlyTocInside, REFUSALS, type ApplyOptions, type ApplyResult } from './apply';
import type { Toc } from '../core/model';
import { wrapInPackage, type PackageOptions } from './ooxml-package';

interface Loadable<T> {
  items: T[];
  load(propertyNames: string): unknown;
}

export interface RangeLike {
  expandTo(range: RangeLike): RangeLike;
  insertOoxml(ooxml: string, insertLocation: 'Replace'): unknown;
}

export interface ParagraphLike {
  text: string;
  tableNestingLevel: number;
  /** Localized style name ("Innehåll 1", "TOC 1"); WordApi 1.1. */
  style?: string;
  /** Built-in style as Word's enum value ("Toc1"); WordApi 1.3. */
  styleBuiltIn?: string;
  getRange(rangeLocation: 'Whole'): RangeLike;
}

export interface TocContextLike {
  document: {
    /**
     * WordApiDesktop 1.4. `update()` is in the API reference but missing from @types/office-js 1.0.612
     * (an unclosed doc comment swallows it), hence optional here.
     */
    tablesOfContents: Loadable<{ update?: () => void; updatePageNumbers(): void }>;
    body: {
      /** WordApi 1.5. */
      fields: { getByTypes(types: string[]): Loadable<{ updateResult(): void }> };
      paragraphs: Loadable<ParagraphLike>;
    };
  };
  sync(): Promise<unknown>;
}

export interface HostInfo {
  isSetSupported(name: string, minVersion: string): boolean;
  /** Word on the web: fields are read-only there for the most part. */
  isWeb: boolean;
}

export interface TocWordPlan {
  /** What the report model found: a field, TOC-styled paragraphs, typed text, or no TOC. */
  tocKind: Toc['kind'] | null;
  /** The core's rebuild (`computeTocFix`), null when the TOC already lists the headings. */
  replace: ReplaceBlocks | null;
}

export type TocWordOutcome =
  | { status: 'updated'; via: 'tablesOfContents' | 'fields'; count: number; message: string }
  | { status: 'replaced'; message: string }
  | { status: 'unchanged'; message: string }
  | { status: 'instruction'; message: string };

export const MESSAGES = {
  updated: 'Innehållsförteckningen uppdaterades.',
  replaced:
    'Innehållsförteckningen byggdes om efter rubrikerna. Sidnumren uppdateras när du väljer Referenser > Uppdatera tabell.',
  unchanged: 'Innehållsförteckningen stämmer redan med rubrikerna.',
  updateByHand:
    'Innehållsförteckningen kunde inte uppdateras härifrån. Klicka i den och välj Referenser > Uppdatera tabell > Uppdatera hela tabellen.',
  insertByHand:
    'Innehållsförteckningen är inskriven för hand och kunde inte ersättas härifrån. Ta bort den och välj ' +
    'Referenser > Innehållsförteckning för att infoga en som Word kan uppdatera.',
  changedSince: 'Innehållsförteckningen har ändrats sedan kontrollen. Kontrollera rapporten igen och försök på nytt.',
} as const;

/** A flat-OPC package around body content, the form `insertOoxml` accepts, with the styles it uses. */
export function ooxmlPackage(bodyXml: string, options: PackageOptions = {}): string {
  return wrapInPackage(bodyXml, options);
}

function sameText(a: string, b: string): boolean {
  const n = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  return n(a) === n(b);
}

/**
 * Snapshot block index of each body paragraph: body-level paragraphs are a block each, and the
 * paragraphs of one table together are one block (as the snapshot counts them).
 */
export function blockIndexOfParagraphs(paragraphs: { tableNestingLevel: number }[]): number[] {
  const out: number[] = [];
  let block = -1;
  let inTable = false;
  for (const p of paragraphs) {
    const nested = p.tableNestingLevel > 0;
    if (!nested || !inTable) block++;
    inTable = nested;
    out.push(block);
  }
  return out;
}

async function replaceWithField(context: TocContextLike, replace: ReplaceBlocks): Promise<TocWordOutcome | null> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(replace.field ? 'text,tableNestingLevel,style,styleBuiltIn' : 'text,tableNestingLevel');
  await context.sync();
  const blocks = blockIndexOfParagraphs(paragraphs.items);
  const first = paragraphs.items[blocks.indexOf(replace.fromBlock)];
  const last = paragraphs.items[blocks.lastIndexOf(replace.toBlock)];
  if (!first || !last) return { status: 'instruction', message: MESSAGES.changedSince };
  if (!sameText(first.text, replace.oldFirstText) || !sameText(last.text, replace.oldLastText)) {
    return { status: 'instruction', message: MESSAGES.changedSince };
  }
  // The core asks for exactly the field (`field: 'TOC'`); the .docx adapter cuts at the field's marks.
  // Here only whole paragraphs can be replaced, so when the first or last holds more than TOC entries
  // (a title, the next heading) nothing is written and the user updates the field in Word.
  if (replace.field && (!onlyTocInside(first) || !onlyTocInside(last))) {
    return { status: 'instruction', message: MESSAGES.updateByHand };
  }
  try {
    first.getRange('Whole').expandTo(last.getRange('Whole')).insertOoxml(ooxmlPackage(replace.ooxml), 'Replace');
    await context.sync();
  } catch {
    return null;
  }
  return { status: 'replaced', message: MESSAGES.replaced };
}

async function updateField(context: TocContextLike, host: HostInfo): Promise<TocWordOutcome | null> {
  if (host.isSetSupported('WordApiDesktop', '1.4')) {
    const tocs = context.document.tablesOfContents;
    tocs.load('items');
    await context.sync();
    if (tocs.items.length > 0) {
      // update() rebuilds entries and page numbers; updatePageNumbers() alone would keep stale entries.
      for (const toc of tocs.items) {
        if (typeof toc.update === 'function') toc.update();
        else toc.updatePageNumbers();
      }
      await context.sync();
      return { status: 'updated', via: 'tablesOfContents', count: tocs.items.length, message: MESSAGES.updated };
    }
  }
  // Word on the web lists fields but does not update a TOC field from an add-in.
  if (!host.isWeb && host.isSetSupported('WordApi', '1.5')) {
    // 'TOC' is the value of Word.FieldType.toc; the enum object exists only inside Office.
    const fields = context.document.body.fields.getByTypes(['TOC']);
    fields.load('items');
    await context.sync();
    if (fields.items.length > 0) {
      for (const field of fields.items) field.updateResult();
      try {
        await context.sync();
      } catch {
        return null;
      }
      return { status: 'updated', via: 'fields', count: fields.items.length, message: MESSAGES.updated };
    }
  }
  return null;
}

/**
 * Brings the document's TOC up to date. A field TOC is updated by Word where it can; otherwise, and
 * for a typed TOC, the rebuilt field replaces the old entries (the "Innehållsförteckning" title stays).
 */
export async function updateTocInWord(
  context: TocContextLike,
  plan: TocWordPlan,
  host: HostInfo,
): Promise<TocWordOutcome> {
  if (plan.tocKind === 'field') {
    const updated = await updateField(context, host);
    if (updated) return updated;
    if (plan.replace)
      return (
        (await replaceWithField(context, plan.replace)) ?? { status: 'instruction', message: MESSAGES.updateByHand }
      );
    return { status: 'instruction', message: MESSAGES.updateByHand };
  }
  if (!plan.replace) return { status: 'unchanged', message: MESSAGES.unchanged };
  return (await replaceWithField(context, plan.replace)) ?? { status: 'instruction', message: MESSAGES.insertByHand };
}

/** What the running host supports, from Office's globals. */
export function currentHost(): HostInfo {
  return {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // `PlatformType` is absent from some hosts' Office object (and from the fake); no platform means not the web.
    isWeb:
      Office.context.diagnostics?.platform !== undefined &&
      Office.context.diagnostics.platform === Office.PlatformType?.OfficeOnline,
  };
}

/** Entry point for the task pane: one `Word.run` batch. */
export function fixTocInWord(plan: TocWordPlan): Promise<TocWordOutcome> {
  return Word.run((context: Word.RequestContext) => updateTocInWord(context, plan, currentHost()));
}

/** A replaceBlocks edit that rebuilds a table of contents (its content is a TOC field). */
export function isTocRebuild(edit: Edit): edit is ReplaceBlocks {
  return edit.kind === 'replaceBlocks' && /<w:instrText[^>]*>\s*TOC\b/.test(edit.ooxml);
}

/**
 * Räkna om and Åtgärda with Word's own TOC update first: the other edits are applied (all or nothing);
 * then a TOC field the document has is updated by Word (it knows the page numbers); only when there is
 * none, or the host cannot update it, is the TOC rebuilt from the core's edit. `setUpdateFieldsOnOpen`
 * is left out: no Word API sets w:updateFields, so the pane must not claim it (after Word's own update
 * the page numbers are right; after a rebuild `MESSAGES.replaced` tells the user how to refresh them).
 */
export async function applyEditsUpdatingToc(
  context: Word.RequestContext,
  edits: Edit[],
  options: ApplyOptions = {},
  host: HostInfo = currentHost(),
): Promise<ApplyResult & { toc?: TocWordOutcome }> {
  const toc = edits.filter(isTocRebuild);
  const rest = edits.filter((e) => !isTocRebuild(e) && e.kind !== 'setUpdateFieldsOnOpen');
  if (toc.length === 0) return applyEdits(context, rest, options);
  const first = rest.length ? await applyEdits(context, rest, options) : { applied: [], refused: [] };
  if (options.atomic && first.refused.length) {
    return {
      ...first,
      refused: [...first.refused, ...toc.map((edit) => ({ edit, reason: REFUSALS.notAlone(first.refused[0].reason) }))],
    };
  }
  const updated = await updateField(context, host).catch(() => null);
  if (updated) return { ...first, applied: [...first.applied, ...toc], toc: updated };
  const rebuilt = await applyEdits(context, toc, options);
  const outcome: TocWordOutcome =
    rebuilt.applied.length === toc.length
      ? { status: 'replaced', message: MESSAGES.replaced }
      : { status: 'instruction', message: MESSAGES.updateByHand };
  return {
    applied: [...first.applied, ...rebuilt.applied],
    refused: [...first.refused, ...rebuilt.refused],
    ...(first.placement ? { placement: first.placement } : {}),
    toc: outcome,
  };
}
