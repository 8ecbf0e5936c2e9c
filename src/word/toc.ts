/**
 * The table of contents in the open document. Word can update a real TOC itself, which is better than
 * anything we write (it knows the page numbers), so that comes first: the TOC object model where the
 * host has it (WordApiDesktop 1.4), else the field API (WordApi 1.5). A typed TOC, or a host that
 * cannot update fields (Word on the web), gets the core's rebuilt field through insertOoxml, whose
 * cached result already lists the right entries. When neither works the user gets an instruction.
 *
 * The Word objects of `updateField` are typed structurally (only what it uses), so a test can pass a small
 * fake; `Word.RequestContext` satisfies these types, which `applyEditsUpdatingToc` checks at compile time.
 */
import type { Edit, ReplaceBlocks } from '../core/edits';
import { applyEdits, REFUSALS, type ApplyOptions, type ApplyResult } from './apply';

interface Loadable<T> {
  items: T[];
  load(propertyNames: string): unknown;
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
    };
  };
  sync(): Promise<unknown>;
}

export interface HostInfo {
  isSetSupported(name: string, minVersion: string): boolean;
  /** Word on the web: fields are read-only there for the most part. */
  isWeb: boolean;
}

export type TocWordOutcome =
  | { status: 'updated'; via: 'tablesOfContents' | 'fields'; count: number; message: string }
  | { status: 'replaced'; message: string }
  | { status: 'instruction'; message: string };

export const MESSAGES = {
  updated: 'Innehållsförteckningen uppdaterades.',
  replaced:
    'Innehållsförteckningen byggdes om efter rubrikerna. Sidnumren uppdateras när du väljer Referenser > Uppdatera tabell.',
  updateByHand:
    'Innehållsförteckningen kunde inte uppdateras härifrån. Klicka i den och välj Referenser > Uppdatera tabell > Uppdatera hela tabellen.',
} as const;

/**
 * Asks Word to update the document's TOC itself (it knows the page numbers): the TOC object model where the
 * host has it (WordApiDesktop 1.4), else the TOC fields (WordApi 1.5; not on Word on the web). Null when the
 * document has no TOC Word can update here, or the update failed.
 */
export async function updateField(context: TocContextLike, host: HostInfo): Promise<TocWordOutcome | null> {
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
