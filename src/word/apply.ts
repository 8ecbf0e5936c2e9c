/**
 * Applies the core's edits to the open document. One read sync finds the blocks and checks every
 * edit's expected text; then everything that passed is written in one batch and one sync. An edit
 * is either applied whole or refused with a Swedish reason, and none is written over text the user
 * changed since the check: the user's words are never lost to a stale fix.
 */
import { CUSTOM_INDICATORS_SETTING, mergeCustomIndicators, parseCustomIndicators } from '../core/catalog/custom';
import { IGNORED_FINDINGS_SETTING } from '../core/ignored-findings';
import type { Edit, InsertBlocks, MarkHeaderRow, ReplaceBlocks, SetCellText } from '../core/edits';
import { parseBodyXml } from './ooxml-body';
import { wrapInPackage } from './ooxml-package';
import { documentStyleIds } from './ooxml-styles';
import { normalizeText, OBJECT_PLACEHOLDERS, queueLocate, type Located, type TableRef } from './read';
import { supports, unsupportedMessage } from './requirements';

export interface ApplyResult {
  applied: Edit[];
  refused: { edit: Edit; reason: string }[];
  /**
   * Where content inserted at the cursor went, in Swedish for the pane to show ("… infogades efter
   * tabellen …"); absent when nothing was inserted at the cursor.
   */
  placement?: string;
}

/** Where an insertion at the cursor lands, so it never splits the user's paragraph or nests in their table. */
export const PLACEMENTS = {
  afterTable: 'Markören stod i en tabell. Innehållet infogades efter tabellen, inte inuti den.',
  afterParagraph: 'Innehållet infogades efter stycket där markören stod, så att stycket inte delades.',
  afterSelection: 'Det markerade lämnades orört. Innehållet infogades efter stycket där markeringen slutar.',
  beforeParagraph: 'Markören stod först i ett stycke. Innehållet infogades före stycket.',
} as const;

export const REFUSALS = {
  cellChanged: (now: string) => `Cellens text har ändrats sedan kontrollen (nu: "${now}"). Kontrollera rapporten igen.`,
  noTable: 'Tabellen finns inte längre på samma plats i dokumentet. Kontrollera rapporten igen.',
  noCell: 'Cellen finns inte längre i tabellen. Kontrollera rapporten igen.',
  nonText: 'Cellen innehåller mer än text (fotnot, bild, kommentar eller objekt) och ändras inte automatiskt.',
  nestedTable:
    'Cellen har flera stycken i en tabell med inbäddade tabeller och ändras inte automatiskt; ändra den för hand.',
  blocksChanged: 'Texten har ändrats sedan kontrollen. Kontrollera rapporten igen.',
  noBlocks: 'Delen av dokumentet som skulle ändras finns inte längre. Kontrollera rapporten igen.',
  overlap: 'Samma del av dokumentet ändras redan av en annan ändring i samma omgång.',
  tocSharesParagraph:
    'Innehållsförteckningens fält delar stycke med annan text (en rubrik eller en titel) och byggs inte om härifrån, så att ingen text försvinner. Klicka i förteckningen och välj Referenser > Uppdatera tabell.',
  badXml: (detail: string) => `Innehållet som skulle infogas är inte giltigt och har inte infogats (${detail}).`,
  // Office has no API to group an add-in's edits into one undo step (office-js #1827): each write may be its own.
  writeFailed: (detail: string) =>
    `Word kunde inte genomföra ändringarna (${detail}). Kontrollera dokumentet och ångra vid behov med Ctrl+Z – Word kan behöva flera ångra-steg, ett för varje ändring som hann göras – och kör sedan kontrollen igen.`,
  notAlone: (cause: string) => `Inget ändrades, eftersom en annan ändring i samma omgång inte kunde göras: ${cause}`,
  settingsFailed: (detail: string) => `Inställningen kunde inte sparas i dokumentet: ${detail}.`,
  rowChanged: 'Tabellens första rad har ändrats sedan kontrollen. Kontrollera rapporten igen.',
  // Word's API (WordApi 1.3–1.9) has no property for the document's default language, and setting a
  // language on text needs the preview Range.languageId: the user does it in Word, in four clicks.
  languageByHand:
    'Word låter inte tillägg ändra dokumentets standardspråk. Markera all text (Ctrl+A), välj Granska > Språk > Ange korrekturspråk, välj Svenska (Sverige) och klicka på Använd som standard.',
} as const;

/**
 * Whether a whole paragraph can go with a TOC field that begins or ends in it: a TOC entry (Word's TOC
 * styles) or an empty paragraph. Otherwise a title before the field's begin mark or a heading after its
 * end mark shares the paragraph, and Word's API replaces whole ranges only, never from a field mark.
 */
export function onlyTocInside(p: { text: string; style?: string; styleBuiltIn?: string }): boolean {
  if (p.text.trim() === '') return true;
  return (
    /^toc\d$/i.test(p.styleBuiltIn ?? '') || /^(toc|innehåll|innehållsförteckning)\s*\d$/i.test((p.style ?? '').trim())
  );
}

function fieldParagraphsOnlyToc(located: Located, fromBlock: number, toBlock: number): boolean {
  return [fromBlock, toBlock].every((b) => {
    const ref = located.map.blocks[b];
    if (!ref || ref.kind !== 'paragraph') return false;
    const p = located.paragraphs.items[ref.paragraph];
    return onlyTocInside({ text: p.text, style: p.style, styleBuiltIn: p.styleBuiltIn });
  });
}

function blockText(located: Located, block: number): string | null {
  const ref = located.map.blocks[block];
  if (!ref) return null;
  if (ref.kind === 'paragraph') return normalizeText(located.paragraphs.items[ref.paragraph].text);
  const values = located.tables.items[ref.table].values;
  // As the core and the .docx adapter write it: cells joined by tabs, rows by newlines.
  return values.map((row) => row.map((v) => normalizeText(v)).join('\t')).join('\n');
}

/** `body.tables` lists tables in document order, each outer table before the ones nested in it. */
function hasNestedTables(located: Located, ref: TableRef): boolean {
  const items = located.tables.items;
  const level = items[ref.table].nestingLevel;
  const next = items[ref.table + 1];
  return next !== undefined && next.nestingLevel > level;
}

function same(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** Word objects for a block: its whole range, and the object itself for insertions after it. */
function rangeOf(located: Located, block: number): Word.Range {
  const ref = located.map.blocks[block];
  return ref.kind === 'paragraph'
    ? located.paragraphs.items[ref.paragraph].getRange('Whole')
    : located.tables.items[ref.table].getRange('Whole');
}

function validXml(ooxml: string): string | null {
  try {
    parseBodyXml(wrapInPackage(ooxml));
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function saveSettings(): Promise<string | null> {
  return new Promise((resolve) => {
    Office.context.document.settings.saveAsync((result) => {
      resolve(result.status === Office.AsyncResultStatus.Failed ? (result.error?.message ?? 'okänt fel') : null);
    });
  });
}

export interface ApplyOptions {
  /**
   * All or nothing: when any edit fails its check, none is written. The task pane applies a fix or a
   * recompute this way, so the user never gets half of a change; the CLI-like callers that want every
   * safe edit pass false.
   */
  atomic?: boolean;
}

export async function applyEdits(
  context: Word.RequestContext,
  edits: Edit[],
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const applied: Edit[] = [];
  const refused: { edit: Edit; reason: string }[] = [];
  const needsDocument = edits.some(
    (e) =>
      e.kind === 'setCellText' || e.kind === 'replaceBlocks' || e.kind === 'insertBlocks' || e.kind === 'markHeaderRow',
  );

  let located: Located | null = null;
  let styleIds = new Map<string, string>();
  let cursor: CursorLoad | null = null;
  let placement: string | undefined;
  if (needsDocument) {
    const inserts = edits.some((e) => e.kind === 'replaceBlocks' || e.kind === 'insertBlocks');
    const finish = queueLocate(context, { texts: edits.some((e) => e.kind === 'replaceBlocks'), styles: inserts });
    if (edits.some((e) => e.kind === 'insertBlocks' && e.after === 'selection')) cursor = queueCursor(context);
    await context.sync();
    located = finish();
    // The document's ids of built-in styles (a Swedish Word's Rubrik2), for the packages' style references.
    if (inserts)
      styleIds = documentStyleIds(
        located.paragraphs.items.map((p) => ({ style: p.style, styleBuiltIn: p.styleBuiltIn })),
      );
  }

  // Verify everything before writing anything.
  const accepted: Edit[] = [];
  const replaced: [number, number][] = [];
  const cellsSet = new Set<string>();
  /** Paragraphs in each edited cell now; `oldText` cannot tell them from manual line breaks. */
  const cellParagraphs = new Map<Edit, number>();
  const inReplaced = (block: number): boolean => replaced.some(([a, b]) => block >= a && block <= b);
  for (const edit of edits) {
    const reason = verify(edit);
    if (reason) refused.push({ edit, reason });
    else accepted.push(edit);
  }

  function verify(edit: Edit): string | null {
    switch (edit.kind) {
      case 'setCellText': {
        const { block, row, cell } = edit.loc;
        const ref = located!.map.blocks[block];
        if (!ref || ref.kind !== 'table') return REFUSALS.noTable;
        const value = located!.tables.items[ref.table].values[row]?.[cell];
        if (value === undefined) return REFUSALS.noCell;
        if (!same(value, edit.oldText)) return REFUSALS.cellChanged(normalizeText(value));
        // Word's text gives a footnote or endnote mark, a picture or an object as one placeholder
        // character (office-js #6942); insertText "Replace" would delete it (office-js #2749).
        if (value.search(OBJECT_PLACEHOLDERS) >= 0) return REFUSALS.nonText;
        // `values` separates a cell's paragraphs with "\r" and keeps a manual line break as "\v".
        const paragraphCount = value.split(/\r\n|\r/).length;
        // Which cell a nested table sits in is not known from this read; walking a cell's paragraphs
        // with getNext() could step into it, so only a one-paragraph cell is rewritten there.
        if (paragraphCount > 1 && hasNestedTables(located!, ref)) return REFUSALS.nestedTable;
        const key = `${block}:${row}:${cell}`;
        if (inReplaced(block) || cellsSet.has(key)) return REFUSALS.overlap;
        cellsSet.add(key);
        cellParagraphs.set(edit, paragraphCount);
        return null;
      }
      case 'replaceBlocks': {
        if (!supports('insertOoxml')) return unsupportedMessage('insertOoxml');
        const { fromBlock, toBlock } = edit;
        const count = located!.map.blocks.length;
        if (fromBlock < 0 || toBlock < fromBlock || toBlock >= count) return REFUSALS.noBlocks;
        const first = blockText(located!, fromBlock);
        const last = blockText(located!, toBlock);
        if (first === null || last === null || !same(first, edit.oldFirstText) || !same(last, edit.oldLastText))
          return REFUSALS.blocksChanged;
        // The core asks for exactly the field (`field: 'TOC'`), which the .docx adapter cuts at the field's
        // marks; Word replaces whole paragraphs, so it writes only when they hold nothing but the TOC.
        if (edit.field && !fieldParagraphsOnlyToc(located!, fromBlock, toBlock)) return REFUSALS.tocSharesParagraph;
        for (let b = fromBlock; b <= toBlock; b++) {
          if (inReplaced(b) || [...cellsSet].some((k) => k.startsWith(`${b}:`))) return REFUSALS.overlap;
        }
        const bad = validXml(edit.ooxml);
        if (bad) return REFUSALS.badXml(bad);
        replaced.push([fromBlock, toBlock]);
        return null;
      }
      case 'insertBlocks': {
        if (!supports('insertOoxml')) return unsupportedMessage('insertOoxml');
        if (edit.after !== 'selection') {
          if (edit.after < -1 || edit.after >= located!.map.blocks.length) return REFUSALS.noBlocks;
          // Inserting after a block that another edit replaces would land in the replaced content.
          if (
            edit.after >= 0 &&
            replaced.some(([a, b]) => edit.after !== 'selection' && edit.after >= a && edit.after < b)
          )
            return REFUSALS.overlap;
        }
        const bad = validXml(edit.ooxml);
        return bad ? REFUSALS.badXml(bad) : null;
      }
      case 'setIgnoredFindings':
      case 'setCustomIndicators':
        return supports('settings') ? null : unsupportedMessage('settings');
      case 'setUpdateFieldsOnOpen':
        return null;
      // document.properties is WordApi 1.3, the add-in's minimum.
      case 'setDocumentTitle':
        return null;
      case 'setDefaultLanguage':
        return REFUSALS.languageByHand;
      case 'markHeaderRow': {
        const ref = located!.map.blocks[edit.block];
        if (!ref || ref.kind !== 'table') return REFUSALS.noTable;
        const first = located!.tables.items[ref.table].values[0] ?? [];
        if (!same(first.join('\t'), edit.oldText)) return REFUSALS.rowChanged;
        if (inReplaced(edit.block)) return REFUSALS.overlap;
        return null;
      }
    }
  }

  if (options.atomic && refused.length > 0) {
    const first = refused[0].reason;
    for (const edit of accepted) refused.push({ edit, reason: REFUSALS.notAlone(first) });
    return { applied, refused };
  }

  // One batch of writes, in the order the edits were given.
  const documentEdits = accepted.filter(
    (e) =>
      e.kind === 'setCellText' ||
      e.kind === 'replaceBlocks' ||
      e.kind === 'insertBlocks' ||
      e.kind === 'markHeaderRow' ||
      e.kind === 'setDocumentTitle',
  );
  if (documentEdits.length > 0) {
    const lastInserted = new Map<string, Word.Range>();
    for (const edit of documentEdits) {
      if (edit.kind === 'setDocumentTitle') context.document.properties.title = edit.title;
      else if (!located) continue;
      else if (edit.kind === 'setCellText') queueSetCellText(located, edit, cellParagraphs.get(edit) ?? 1);
      else if (edit.kind === 'replaceBlocks') queueReplace(located, edit, lastInserted, styleIds);
      else if (edit.kind === 'insertBlocks')
        placement = queueInsert(context, located, edit, lastInserted, styleIds, cursor) ?? placement;
      else if (edit.kind === 'markHeaderRow') queueMarkHeaderRow(located, edit);
    }
    try {
      await context.sync();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      // Office does not roll back a failed batch: what ran before the failure stays (Ctrl+Z undoes it),
      // so the user is told to look rather than that nothing changed.
      for (const edit of accepted) refused.push({ edit, reason: REFUSALS.writeFailed(detail) });
      return { applied, refused };
    }
  }

  for (const edit of accepted) {
    if (edit.kind === 'setIgnoredFindings') {
      Office.context.document.settings.set(IGNORED_FINDINGS_SETTING, [...edit.ids]);
      const failure = await saveSettings();
      if (failure) {
        refused.push({ edit, reason: REFUSALS.settingsFailed(failure) });
        continue;
      }
    }
    if (edit.kind === 'setCustomIndicators') {
      // Merged into what is stored; an unreadable old list is replaced rather than kept broken.
      const stored = parseCustomIndicators(Office.context.document.settings.get(CUSTOM_INDICATORS_SETTING)).indicators;
      Office.context.document.settings.set(CUSTOM_INDICATORS_SETTING, mergeCustomIndicators(stored, edit.indicators));
      const failure = await saveSettings();
      if (failure) {
        refused.push({ edit, reason: REFUSALS.settingsFailed(failure) });
        continue;
      }
    }
    // No Word API sets w:updateFields (Word.Document has no such property, and Office.context.document
    // .settings is the add-in's own store): the edit is left out, neither applied nor refused, so nothing
    // claims "Word uppdaterar sidnumren när dokumentet öppnas" in Word.
    if (edit.kind === 'setUpdateFieldsOnOpen') continue;
    applied.push(edit);
  }
  return placement && applied.some((e) => e.kind === 'insertBlocks')
    ? { applied, refused, placement }
    : { applied, refused };
}

/**
 * Replaces the text of the cell's first paragraph; extra paragraphs go. Word gives text inserted with
 * "Replace" the formatting of the range it replaces (office-js #4276), so a bold total stays bold, and
 * the cell's own properties (shading, borders, alignment) are never touched.
 */
function queueSetCellText(located: Located, edit: SetCellText, oldParagraphs: number): void {
  const ref = located.map.blocks[edit.loc.block] as TableRef;
  const cell = located.tables.items[ref.table].getCell(edit.loc.row, edit.loc.cell);
  const first = cell.body.paragraphs.getFirst();
  // getNext() past a cell's last paragraph walks into the next cell, so this count must be exact.
  // Resolve the old extra paragraphs before the new text adds its own.
  const extra: Word.Paragraph[] = [];
  let p = first;
  for (let i = 1; i < oldParagraphs; i++) {
    p = p.getNext();
    extra.push(p);
  }
  first.insertText(edit.newText, 'Replace');
  for (const x of extra) x.delete();
}

/**
 * Table.headerRowCount (WordApi 1.3) is Word's "Upprepa som rubrikrad": setting it to 1 marks the first
 * row as the header (the rule offers it only for a table with no header row).
 */
function queueMarkHeaderRow(located: Located, edit: MarkHeaderRow): void {
  const ref = located.map.blocks[edit.block] as TableRef;
  const t = located.tables.items[ref.table];
  t.headerRowCount = 1;
}

function anchorKey(after: InsertBlocks['after']): string {
  return String(after);
}

function queueReplace(
  located: Located,
  edit: ReplaceBlocks,
  lastInserted: Map<string, Word.Range>,
  styleIds: ReadonlyMap<string, string>,
): void {
  const range = rangeOf(located, edit.fromBlock).expandTo(rangeOf(located, edit.toBlock));
  const inserted = range.insertOoxml(wrapInPackage(edit.ooxml, { styleIds }), 'Replace');
  // Content inserted "after" the last replaced block follows the new content.
  lastInserted.set(anchorKey(edit.toBlock), inserted);
}

interface CursorLoad {
  selection: Word.Range;
  /** The innermost table holding the cursor and up to two tables around it (nested tables). */
  tables: Word.Table[];
  first: Word.Paragraph;
  last: Word.Paragraph;
  /** Whether the cursor's start is the start of its paragraph ('Equal'). */
  atStart: OfficeExtension.ClientResult<string>;
}

/**
 * Loads what decides where content "at the cursor" goes, in the locate sync: whether the cursor is in a
 * table (WordApi 1.3 `parentTableOrNullObject`), its paragraphs, whether it is empty and at the start of
 * its paragraph (`compareLocationWith`, WordApi 1.3).
 */
function queueCursor(context: Word.RequestContext): CursorLoad {
  const selection = context.document.getSelection();
  selection.load('isEmpty');
  const inner = selection.parentTableOrNullObject;
  inner.load('isNullObject,nestingLevel');
  const middle = inner.parentTableOrNullObject;
  middle.load('isNullObject,nestingLevel');
  const outer = middle.parentTableOrNullObject;
  outer.load('isNullObject,nestingLevel');
  const first = selection.paragraphs.getFirst();
  const last = selection.paragraphs.getLast();
  const atStart = first.getRange('Start').compareLocationWith(selection.getRange('Start'));
  return { selection, tables: [inner, middle, outer], first, last, atStart };
}

/**
 * Inserting block content at the cursor itself would split the paragraph it is in, or nest a table in the
 * user's table cell (Word inserts where the range is). So the content goes after the enclosing top-level
 * table, or after the paragraph (before it when the cursor is at its very start), and the user is told.
 */
function insertAtCursor(cursor: CursorLoad, pkg: string): { inserted: Word.Range; placement: string } {
  const tables = cursor.tables.filter((t) => !t.isNullObject);
  const top = tables.find((t) => t.nestingLevel === 1) ?? tables[tables.length - 1];
  if (top) return { inserted: top.getRange('Whole').insertOoxml(pkg, 'After'), placement: PLACEMENTS.afterTable };
  if (cursor.selection.isEmpty && cursor.atStart.value === 'Equal') {
    return {
      inserted: cursor.first.getRange('Whole').insertOoxml(pkg, 'Before'),
      placement: PLACEMENTS.beforeParagraph,
    };
  }
  return {
    inserted: cursor.last.getRange('Whole').insertOoxml(pkg, 'After'),
    placement: cursor.selection.isEmpty ? PLACEMENTS.afterParagraph : PLACEMENTS.afterSelection,
  };
}

function queueInsert(
  context: Word.RequestContext,
  located: Located,
  edit: InsertBlocks,
  lastInserted: Map<string, Word.Range>,
  styleIds: ReadonlyMap<string, string>,
  cursor: CursorLoad | null,
): string | undefined {
  const pkg = wrapInPackage(edit.ooxml, { styleIds });
  const key = anchorKey(edit.after);
  const previous = lastInserted.get(key);
  let inserted: Word.Range;
  let placement: string | undefined;
  if (previous) {
    // Several insertions at one place keep their given order.
    inserted = previous.insertOoxml(pkg, 'After');
  } else if (edit.after === 'selection') {
    if (cursor) {
      ({ inserted, placement } = insertAtCursor(cursor, pkg));
    } else {
      inserted = context.document.getSelection().insertOoxml(pkg, 'After');
    }
  } else if (edit.after === -1) {
    inserted = context.document.body.insertOoxml(pkg, 'Start');
  } else {
    inserted = rangeOf(located, edit.after).insertOoxml(pkg, 'After');
  }
  lastInserted.set(key, inserted);
  return placement;
}
