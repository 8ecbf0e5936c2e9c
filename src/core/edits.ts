/**
 * Edits: what the core asks an adapter to change. The core never touches the document itself;
 * `src/docx` applies edits to a package and `src/word` to the open document, both in one batch.
 * An edit names what it expects to find (`oldText`), so an adapter refuses to write over text that
 * changed since the snapshot was taken instead of losing the user's words.
 */
import type { CustomIndicator, Loc } from './snapshot';

/** Replace the text of one table cell, keeping the formatting of its first run. */
export interface SetCellText {
  kind: 'setCellText';
  loc: Required<Pick<Loc, 'block' | 'row' | 'cell'>>;
  oldText: string;
  newText: string;
  /** Swedish, for the change list: "Totalt: summan av raderna". */
  reason: string;
  /** What the cell is, for a change list in columns: table title, row label, column header. */
  where?: { table: string; row: string; column: string };
}

/**
 * Replace blocks [fromBlock, toBlock] (inclusive) with WordprocessingML body content
 * (`<w:p>`/`<w:tbl>`/`<w:sdt>` elements, `w:` prefix, no namespace declarations).
 * Used to rebuild a table of contents.
 */
export interface ReplaceBlocks {
  kind: 'replaceBlocks';
  fromBlock: number;
  toBlock: number;
  /** Text of the first and last replaced block, checked before replacing. */
  oldFirstText: string;
  oldLastText: string;
  ooxml: string;
  reason: string;
  /**
   * Set when [fromBlock, toBlock] are the paragraphs holding a field's begin and end marks (a TOC):
   * only the field is replaced, and whatever stands before its begin mark in `fromBlock` or after its
   * end mark in `toBlock` (a title, the next heading, their bookmarks) is kept. An adapter that cannot
   * replace at that precision must refuse when those paragraphs hold anything outside the field.
   */
  field?: 'TOC';
}

/** Insert WordprocessingML body content after a block, or at the selection (Word only). */
export interface InsertBlocks {
  kind: 'insertBlocks';
  /** Block index to insert after; -1 inserts at the start of the body; 'selection' in Word. */
  after: number | 'selection';
  ooxml: string;
  reason: string;
}

/** Ask Word to refresh fields (TOC page numbers) when it opens the document. */
export interface SetUpdateFieldsOnOpen {
  kind: 'setUpdateFieldsOnOpen';
  reason: string;
}

/** Replace the list of ignored finding ids kept in the document. */
export interface SetIgnoredFindings {
  kind: 'setIgnoredFindings';
  ids: string[];
  reason: string;
}

/**
 * Store the user's own indicators in the document's settings. They are merged by name into the ones
 * already stored (an indicator of the same name is replaced), so inserting a second table never
 * forgets the first one's indicators.
 */
export interface SetCustomIndicators {
  kind: 'setCustomIndicators';
  indicators: CustomIndicator[];
  reason: string;
}

/**
 * Set the document's title property (docProps/core.xml dc:title; Word: document.properties.title),
 * which screen readers and the browser tab of a published PDF show instead of the file name.
 */
export interface SetDocumentTitle {
  kind: 'setDocumentTitle';
  title: string;
  reason: string;
}

/**
 * Set the language of text without one of its own (w:lang in styles.xml's w:docDefaults), so a screen
 * reader reads the report with Swedish pronunciation. The Word API cannot set it (see src/word/apply.ts).
 */
export interface SetDefaultLanguage {
  kind: 'setDefaultLanguage';
  /** BCP 47 tag, `sv-SE`. */
  language: string;
  reason: string;
}

/** Mark the first row of a table as its header row (w:tblHeader, "Upprepa som rubrikrad"). */
export interface MarkHeaderRow {
  kind: 'markHeaderRow';
  block: number;
  /** The first row's cell texts joined with "\t", checked before the row is marked. */
  oldText: string;
  reason: string;
}

export type Edit =
  | SetCellText
  | ReplaceBlocks
  | InsertBlocks
  | SetUpdateFieldsOnOpen
  | SetIgnoredFindings
  | SetCustomIndicators
  | SetDocumentTitle
  | SetDefaultLanguage
  | MarkHeaderRow;
