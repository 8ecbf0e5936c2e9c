/**
 * The document snapshot: a neutral, read-only picture of a Word document's body.
 *
 * Both adapters produce it — `src/docx` from a .docx package, `src/word` from the open document —
 * and everything in `src/core` works on it alone. It knows nothing of XML or of Office.js, so a
 * rule or a parser test can build one by hand.
 *
 * Locations: a `Loc` addresses an element by its index in `DocSnapshot.blocks` (the body's
 * paragraphs and tables in document order, with the content of block-level content controls
 * flattened into the list) and, inside a table, by row and cell (the cell index in `Row.cells`,
 * which is not the grid column when cells span columns). Both adapters resolve a `Loc` back to
 * the same place: the .docx adapter to a source range, the Word adapter to a Paragraph/TableCell.
 */

export interface Loc {
  /** Index into `DocSnapshot.blocks`. */
  block: number;
  /** Row index in the table at `block` (when the element is in a table). */
  row?: number;
  /** Cell index in that row's `cells`. */
  cell?: number;
  /** Paragraph index in that cell's `paragraphs` (when a single paragraph of a cell is meant). */
  paragraph?: number;
  /**
   * A picture of that paragraph: its index among the paragraph's in-line pictures (`Paragraph.pictures`
   * without the floating ones), so the Word adapter can select the picture itself; absent for other findings
   * and for floating pictures, which are shown by their paragraph.
   */
  picture?: number;
  /**
   * Set when the element is not in the body's block flow but in a page header or footer or a text box:
   * which one and which paragraph in it. `block` then names the body block an adapter that cannot reach
   * the story selects instead: 0 (the first page) for a header or footer, the anchor block for a text box.
   */
  story?: StoryLoc;
}

export interface StoryLoc {
  kind: 'header' | 'footer' | 'textBox';
  /** Index into `DocSnapshot.headersFooters` (header, footer) or `DocSnapshot.textBoxes` (text box). */
  index: number;
  /** Index into that story's `paragraphs`. */
  paragraph: number;
}

/** A page header or footer of one section, as Word shows it on the pages it applies to. */
export interface HeaderFooter {
  kind: 'header' | 'footer';
  /** Word's HeaderFooterType: Primary = default, FirstPage = first (w:titlePg), EvenPages = even. */
  type: 'default' | 'first' | 'even';
  /** Index of the document section (0-based) whose header or footer this is. */
  section: number;
  /** Its paragraphs in order, those in its tables and text boxes included. */
  paragraphs: Paragraph[];
}

/** A text box or shape with text (w:txbxContent): report text outside the body's block flow. */
export interface TextBox {
  /** The body block the text box is anchored in. */
  anchorBlock: number;
  /** Its paragraphs in order, those in its tables included. */
  paragraphs: Paragraph[];
}

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface Paragraph {
  kind: 'paragraph';
  /** Plain text of the paragraph; tabs as "\t", breaks as "\n", field results included, field codes not. */
  text: string;
  /** Style id as in the document (`Heading1`, `Rubrik1`, `TOC1`), or null for the default paragraph style. */
  styleId: string | null;
  /**
   * The style's name, lower-cased, with Word's built-in English name where the style is a built-in one
   * (`heading 1`, `toc 2`, `title`, `normal`); a Swedish Word's `Rubrik 1` is reported as `heading 1`.
   */
  styleName: string | null;
  /** Outline level 1–9 from the paragraph or its style chain (Word's outlineLvl + 1); null for body text. */
  outlineLevel: number | null;
  /** True when every run with visible text is bold (directly or by style). */
  bold: boolean;
  italic: boolean;
  runs: Run[];
  /** List numbering, when the paragraph is a list item. */
  numbering: { numId: string; level: number } | null;
  /**
   * The number Word shows before the text of a numbered paragraph ("1", "3.1", "1.5.", "a)"), computed
   * from numbering.xml and the paragraph's place in its list, without the trailing tab; null or absent
   * when the paragraph has no number or the adapter cannot compute it. Not part of `text`: Word's own
   * paragraph text leaves it out too, while Word's TOC entries and the reader's eye include it.
   */
  listNumber?: string | null;
  /**
   * Pictures anchored in the paragraph (inline and floating), in order. Absent when the adapter does not
   * read pictures; an empty list means it read none.
   */
  pictures?: Picture[];
  /** Hyperlinks in the paragraph, in order (absent when the adapter does not read them). */
  hyperlinks?: Hyperlink[];
  /**
   * The language of the paragraph's text (`sv-SE`) from its runs, run styles and paragraph style chain,
   * when every run with text has one; null when some text has none of its own (it then takes the
   * document default, `DocSnapshot.language.default`). Absent when the adapter does not read languages.
   */
  language?: string | null;
}

/** A picture (w:drawing, or a VML w:pict image) and its alternative text. */
export interface Picture {
  /** Floating (wp:anchor) rather than in line with the text (wp:inline). */
  floating: boolean;
  /** Alternative text (wp:docPr descr; Word: altTextDescription); null when absent or blank. */
  description: string | null;
  /** Alt text title (wp:docPr title; Word: altTextTitle); null when absent or blank. */
  title: string | null;
  /** Marked decorative ("Markera som dekorativ", a16:decorative val="1"): needs no alternative text. */
  decorative: boolean;
  /** The picture's name (wp:docPr name, "Bild 3"), for messages. */
  name: string | null;
}

/** A hyperlink and the text a reader hears for it. */
export interface Hyperlink {
  /** Visible text of the link. */
  text: string;
  /** External address, or "#bookmark" for a link inside the document; null when unknown. */
  target: string | null;
}

export interface Cell {
  paragraphs: Paragraph[];
  /** Tables nested in this cell, in order. They are not addressable by `Loc` beyond this cell. */
  tables: Table[];
  /** The cell's text: its paragraphs' texts joined with "\n". */
  text: string;
  /** First grid column this cell occupies (0-based), after gridSpan of earlier cells. */
  gridColumn: number;
  /** Number of grid columns spanned (w:gridSpan), 1 by default. */
  gridSpan: number;
  /** Vertical merge: 'restart' starts a merged region, 'continue' continues the one above; null when none. */
  vMerge: 'restart' | 'continue' | null;
  /** Fill colour of the cell's shading as RRGGBB, when set. */
  shading: string | null;
}

export interface Row {
  cells: Cell[];
  /** True for a repeated header row (w:tblHeader) — the first row is often a header without it. */
  header: boolean;
}

export interface Table {
  kind: 'table';
  rows: Row[];
  styleId: string | null;
  /** Number of grid columns (w:tblGrid), or the widest row when the grid is missing. */
  columnCount: number;
}

export type Block = Paragraph | Table;

/** A field (complex or simple) that starts at body level, e.g. a TOC field. */
export interface FieldSpan {
  /** First word of the instruction, upper-cased: `TOC`, `PAGE`, `REF`. */
  type: string;
  /** Full instruction text, e.g. `TOC \o "1-3" \h \z \u`. */
  instruction: string;
  /** Block index of the paragraph holding the field's begin. */
  fromBlock: number;
  /** Block index of the paragraph holding the field's end (inclusive). */
  toBlock: number;
}

/** A block-level content control (w:sdt) and the blocks it wraps. */
export interface ContentControlSpan {
  tag: string | null;
  title: string | null;
  /** Document-part gallery, e.g. `Table of Contents` for Word's TOC container. */
  docPartGallery: string | null;
  fromBlock: number;
  /** Inclusive. */
  toBlock: number;
}

/** An indicator the user added that the catalog does not know. */
export interface CustomIndicator {
  name: string;
  /** `%`, `st`, `kr` … ; empty when the values carry no unit. */
  unit: string;
  /** Whether a higher or a lower value is better; 'none' means the checker does not judge the target. */
  direction: 'higher' | 'lower' | 'none';
  /** About people: outcomes for women and men are expected. */
  aboutIndividuals: boolean;
}

/** The document's properties (docProps/core.xml; Word: document.properties). */
export interface DocProperties {
  /** dc:title; null when absent or blank. */
  title: string | null;
  /** dc:creator; null when absent or blank. */
  author: string | null;
}

export interface DocSnapshot {
  blocks: Block[];
  /** Document properties; absent when the adapter does not read them. */
  properties?: DocProperties;
  /**
   * The language of text without one of its own: w:lang w:val in styles.xml's w:docDefaults
   * (`sv-SE`), null when none is set. Absent when the adapter cannot read it (Word's API has no such
   * property before the preview `Range.languageId`).
   */
  language?: { default: string | null };
  fields: FieldSpan[];
  contentControls: ContentControlSpan[];
  settings: {
    /** w:updateFields: Word refreshes fields (TOC page numbers) when it opens the document. */
    updateFieldsOnOpen: boolean;
    /** Finding ids the user chose to ignore for this document (kept in the document's settings). */
    ignoredFindings: string[];
    /**
     * The user's own indicators (not in the catalog), kept in the add-in's document settings
     * (`rapportstodIndicators`), so their direction and unit survive a reload. Absent: none stored.
     */
    customIndicators?: CustomIndicator[];
  };
  /** Page headers and footers of every section; absent when the adapter did not read them. */
  headersFooters?: HeaderFooter[];
  /** Text boxes anchored in the body, in document order; absent when the adapter did not read them. */
  textBoxes?: TextBox[];
  /** Things the reader noticed and worked around (Swedish, for the user). */
  warnings: string[];
}

export function isParagraph(block: Block): block is Paragraph {
  return block.kind === 'paragraph';
}

export function isTable(block: Block): block is Table {
  return block.kind === 'table';
}

/** Builds a paragraph with defaults; meant for tests and for adapters filling in a few fields. */
export function paragraph(text: string, props: Partial<Omit<Paragraph, 'kind' | 'text'>> = {}): Paragraph {
  const bold = props.bold ?? false;
  const italic = props.italic ?? false;
  return {
    kind: 'paragraph',
    text,
    styleId: props.styleId ?? null,
    styleName: props.styleName ?? null,
    outlineLevel: props.outlineLevel ?? null,
    bold,
    italic,
    runs: props.runs ?? (text ? [{ text, bold, italic }] : []),
    numbering: props.numbering ?? null,
  };
}

/** Builds a table from rows of cell texts (a cell text may hold "\n" for several paragraphs). */
export function table(rows: string[][], props: { header?: boolean; styleId?: string | null } = {}): Table {
  const columnCount = rows.reduce((max, r) => Math.max(max, r.length), 0);
  return {
    kind: 'table',
    styleId: props.styleId ?? null,
    columnCount,
    rows: rows.map((cells, r) => ({
      header: r === 0 && (props.header ?? false),
      cells: cells.map((text, c) => ({
        paragraphs: text.split('\n').map((t) => paragraph(t)),
        tables: [],
        text,
        gridColumn: c,
        gridSpan: 1,
        vMerge: null,
        shading: null,
      })),
    })),
  };
}

export function emptySnapshot(blocks: Block[] = []): DocSnapshot {
  return {
    blocks,
    fields: [],
    contentControls: [],
    settings: { updateFieldsOnOpen: false, ignoredFindings: [] },
    warnings: [],
  };
}
