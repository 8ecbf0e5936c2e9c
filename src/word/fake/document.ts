/**
 * The document behind the fake Word: a mutable copy of a `DocSnapshot`'s blocks, with the few
 * tree walks the fake API needs (where a paragraph sits, how deep its table is) and a way to read the
 * current state back as a snapshot, so a test sees exactly what an edit did.
 */
import { IGNORED_FINDINGS_SETTING } from '../../core/ignored-findings';
import type { Block, DocSnapshot, HeaderFooter, Loc, Paragraph, Table, TextBox } from '../../core/snapshot';

export type Node = Paragraph | Table;

/** A span of sibling nodes: top-level blocks, or the paragraphs of one cell. */
export interface Span {
  container: Node[];
  /** First index in the span. */
  from: number;
  /** Last index (inclusive); `from - 1` for a collapsed point before `from`. */
  to: number;
}

export interface FakeField {
  code: string;
  from: Node;
  to: Node;
}

export interface FakeContentControl {
  tag: string | null;
  title: string | null;
  from: Node;
  to: Node;
}

/**
 * A comment in the fake document (WordApi 1.4 `Word.Comment`), anchored on a paragraph. `authorName` is
 * read-only in office-js (the signed-in user); see src/word/fake/api.ts for the doc citations.
 */
export interface FakeComment {
  id: string;
  content: string;
  authorName: string;
  /** The paragraph the comment's range starts in. */
  anchor: Paragraph;
  replies: { content: string; authorName: string }[];
}

export interface FakeStyle {
  type: string;
  name: string;
  outlineLevel: number | null;
}

export interface Selection {
  /** What was selected: the kind of Word object `select()` was called on. */
  kind: 'paragraph' | 'table' | 'row' | 'cell' | 'range' | 'body' | 'picture';
  loc: Loc;
  text: string;
}

export interface Write {
  op: string;
  loc: Loc;
  /** For insertions: how many blocks were inserted and how many replaced. */
  blocks?: number;
  removed?: number;
  /** A table landed inside a table cell (nested), or a paragraph was split by the insertion. */
  nested?: boolean;
  split?: boolean;
}

export interface Where {
  container: Node[];
  index: number;
  /** 0 at body level, 1 inside a top-level table, 2 in a nested table. */
  depth: number;
  /** Index of the top-level block that holds the node. */
  block: number;
  row?: number;
  cell?: number;
  paragraph?: number;
}

/** What Word.PageSetup says about a section's headers (WordApiDesktop 1.3). */
export interface FakePageSetupValues {
  differentFirstPageHeaderFooter: boolean;
  oddAndEvenPagesHeaderFooter: boolean;
}

/**
 * A symbol-font character (w:sym: Wingdings, Symbol; the .docx reader gives its private-use code point
 * U+F020–U+F0FF) comes back from Word's `Paragraph.text` as "(": office-js issues #2368 ("Word paragraphs
 * and ranges return incorrect text with arrow icons": a Wingdings arrow is returned as an opening
 * parenthesis) and #4477 (a symbol in brackets, "[*]", is returned as "[(]").
 */
export function symbolsAsWord(text: string): string {
  return text.replace(/[\uf020-\uf0ff]/g, '(');
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** How the fake fails like some hosts do: each string is the error code to fail with; `maxItemsPerSync` fails a larger sync. */
export interface FakeFaults {
  /** Fails loading `body.fields`. */
  fields?: string;
  reviewedText?: string;
  trackingMode?: string;
  maxItemsPerSync?: number;
  /** Fails `getOoxml`. */
  ooxml?: string;
  /** Fails loading `Section.pageSetup` (see FakePageSetup). */
  pageSetup?: string;
  /** Fails loading a paragraph's list item (see FakeListItem). */
  listItem?: string;
}

export class FakeDocument {
  blocks: Block[];
  fields: FakeField[];
  contentControls: FakeContentControl[];
  /** Office document settings as saved in the document (after `saveAsync`). */
  savedSettings: Record<string, unknown>;
  updateFieldsOnOpen: boolean;
  /** Where the cursor is: a caret after this top-level block (null: start of the document). */
  cursorAfter: Node | null = null;
  /**
   * A finer cursor, when set (it wins over `cursorAfter`): a caret at `offset` in a paragraph (body or
   * table cell), or a selection from there to `end`. Word's cursor is always inside a paragraph.
   */
  selection: { paragraph: Paragraph; offset: number; end?: { paragraph: Paragraph; offset: number } } | null = null;
  /** Every `select()` in order; the last one is what Word shows selected. */
  selections: Selection[] = [];
  /** Every write that reached the document, in order, with where it landed (before it ran). */
  writes: Write[] = [];
  /** Error codes to fail with, as some hosts do: `fields` fails loading `body.fields`. */
  faults: FakeFaults = {};
  /** Word's UI language: decides the localized style names (`Rubrik 1`). */
  displayLanguage = 'sv-SE';
  /** The document's comments, in document order of insertion (Body.getComments). */
  comments: FakeComment[] = [];
  /** The signed-in user: Word makes them the author of every comment an add-in inserts. */
  userName = 'Anna Användare';
  /** Word's comment ids are opaque strings; the fake numbers them. */
  nextCommentId = 1;
  /**
   * The document's styles by id (styles.xml): those its paragraphs and tables use, and those an
   * insertion imported. `name` is the lower-case built-in English name for built-in styles.
   */
  styles = new Map<string, FakeStyle>();
  /**
   * Track Changes. `deletions` holds a paragraph's tracked deletions (text struck through, still in the
   * document) at offsets of its current text; `Paragraph.text` shows them, `getReviewedText('Current')`
   * does not (office-js #1267, #2314, #5286). With `changeTrackingMode` on, the API's own writes are
   * tracked: `insertText(…, 'Replace')` leaves the old text as a deletion before the new (#5188).
   */
  deletions = new Map<Paragraph, { at: number; text: string }[]>();
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  /** docProps/core.xml's title and author, as Document.properties shows them (null: not set). */
  properties: { title: string | null; author: string | null };

  /** Page headers and footers per section (Section.getHeader/getFooter), and the body's text boxes (Body.shapes). */
  headersFooters: HeaderFooter[];
  /**
   * How many sections Document.sections has (FakeOfficeOptions.sections); null: as many as the headers
   * and footers name. A snapshot lists a header only where it first shows, not in the sections that inherit it.
   */
  sectionCount: number | null = null;
  /** Each section's Section.pageSetup header settings (FakeOfficeOptions.pageSetups); missing: all shown. */
  pageSetups: FakePageSetupValues[] = [];
  textBoxes: TextBox[];
  /** The block each text box is anchored in, so the anchor follows it when blocks are inserted before it. */
  private readonly anchors = new Map<TextBox, Node>();

  /** The paragraph a text box is anchored in (a table's first paragraph); null when its block is gone. */
  textBoxAnchor(t: TextBox): Paragraph | null {
    const node = this.anchors.get(t);
    if (!node || !this.locate(node)) return null;
    return node.kind === 'paragraph' ? node : (tableParagraphs(node, 1)[0]?.p ?? null);
  }

  constructor(snapshot: DocSnapshot) {
    this.blocks = clone(snapshot.blocks);
    this.headersFooters = clone(snapshot.headersFooters ?? []);
    this.textBoxes = clone(snapshot.textBoxes ?? []);
    for (const t of this.textBoxes) {
      const anchor = this.blocks[t.anchorBlock];
      if (anchor) this.anchors.set(t, anchor);
    }
    const at = (i: number): Node => this.blocks[Math.max(0, Math.min(i, this.blocks.length - 1))];
    this.fields = snapshot.fields.map((f) => ({ code: f.instruction, from: at(f.fromBlock), to: at(f.toBlock) }));
    this.contentControls = snapshot.contentControls.map((c) => ({
      tag: c.tag,
      title: c.title,
      from: at(c.fromBlock),
      to: at(c.toBlock),
    }));
    this.savedSettings = snapshot.settings.ignoredFindings.length
      ? { [IGNORED_FINDINGS_SETTING]: [...snapshot.settings.ignoredFindings] }
      : {};
    this.updateFieldsOnOpen = snapshot.settings.updateFieldsOnOpen;
    const addStyles = (nodes: readonly Node[]): void => {
      for (const n of nodes) {
        if (n.kind === 'paragraph') {
          if (n.styleId && !this.styles.has(n.styleId)) {
            const name = n.styleName ?? n.styleId.toLowerCase();
            const heading = /^heading (\d)$/.exec(name);
            this.styles.set(n.styleId, { type: 'paragraph', name, outlineLevel: heading ? Number(heading[1]) : null });
          }
        } else {
          if (n.styleId && !this.styles.has(n.styleId))
            this.styles.set(n.styleId, { type: 'table', name: n.styleId.toLowerCase(), outlineLevel: null });
          for (const r of n.rows) for (const c of r.cells) addStyles([...c.paragraphs, ...c.tables]);
        }
      }
    };
    addStyles(this.blocks);
    this.properties = { title: snapshot.properties?.title ?? null, author: snapshot.properties?.author ?? null };
  }

  /** A paragraph's text as Word's `Paragraph.text` gives it: tracked deletions included, in place. */
  wordText(p: Paragraph): string {
    const dels = this.deletions.get(p);
    if (!dels?.length) return symbolsAsWord(p.text);
    let out = '';
    let from = 0;
    for (const d of [...dels].sort((a, b) => a.at - b.at)) {
      out += p.text.slice(from, d.at) + d.text;
      from = Math.max(from, d.at);
    }
    return symbolsAsWord(out + p.text.slice(from));
  }

  /** Marks `text` as deleted with Track Changes before offset `at` of the paragraph's current text. */
  addDeletion(p: Paragraph, at: number, text: string): void {
    this.deletions.set(p, [...(this.deletions.get(p) ?? []), { at, text }]);
  }

  get lastSelection(): Selection | null {
    return this.selections[this.selections.length - 1] ?? null;
  }

  /** Puts the cursor at the end of top-level block `index` (what a user click does). */
  setCursor(index: number): void {
    this.cursorAfter = this.blocks[index] ?? null;
    this.selection = null;
  }

  /** Puts a caret `offset` characters into a paragraph, or selects up to `end` (a user's click or drag). */
  setSelection(paragraph: Paragraph, offset: number, end?: { paragraph: Paragraph; offset: number }): void {
    this.selection = { paragraph, offset, ...(end ? { end } : {}) };
  }

  /**
   * The caret as a point in a paragraph: the fine selection, or the one `cursorAfter` means — the end
   * of that paragraph, or the start of the paragraph after that table (Word keeps one after every table).
   */
  caret(): { paragraph: Paragraph; offset: number; end: { paragraph: Paragraph; offset: number } } | null {
    if (this.selection)
      return {
        ...this.selection,
        end: this.selection.end ?? { paragraph: this.selection.paragraph, offset: this.selection.offset },
      };
    const at = (paragraph: Paragraph, offset: number) => ({ paragraph, offset, end: { paragraph, offset } });
    const i = this.cursorAfter ? this.blocks.indexOf(this.cursorAfter) : -1;
    const here = this.blocks[i];
    if (here?.kind === 'paragraph') return at(here, here.text.length);
    const next = this.blocks[i + 1];
    if (next?.kind === 'paragraph') return at(next, 0);
    return null;
  }

  /** The document as it is now, as a snapshot (a copy). */
  snapshot(): DocSnapshot {
    this.refreshCellTexts();
    const index = (n: Node): number => this.blocks.indexOf(n);
    const ignored = this.savedSettings[IGNORED_FINDINGS_SETTING];
    return {
      blocks: clone(this.blocks),
      properties: { ...this.properties },
      fields: this.fields
        .filter((f) => index(f.from) >= 0 && index(f.to) >= 0)
        .map((f) => ({
          type: (f.code.trim().split(/\s+/)[0] ?? '').toUpperCase(),
          instruction: f.code.trim(),
          fromBlock: index(f.from),
          toBlock: index(f.to),
        })),
      contentControls: this.contentControls
        .filter((c) => index(c.from) >= 0 && index(c.to) >= 0)
        .map((c) => ({
          tag: c.tag,
          title: c.title,
          docPartGallery: null,
          fromBlock: index(c.from),
          toBlock: index(c.to),
        })),
      settings: {
        updateFieldsOnOpen: this.updateFieldsOnOpen,
        ignoredFindings: Array.isArray(ignored) ? ignored.filter((x): x is string => typeof x === 'string') : [],
      },
      headersFooters: clone(this.headersFooters),
      textBoxes: clone(this.textBoxes).map((t, i) => {
        const anchor = this.anchors.get(this.textBoxes[i]);
        const at = anchor ? index(anchor) : -1;
        return at >= 0 ? { ...t, anchorBlock: at } : t;
      }),
      warnings: [],
    };
  }

  /** Keeps `Cell.text` equal to its paragraphs after an edit, as the snapshot promises. */
  refreshCellTexts(): void {
    const visit = (t: Table): void => {
      for (const r of t.rows) {
        for (const c of r.cells) {
          c.text = c.paragraphs.map((p) => p.text).join('\n');
          c.tables.forEach(visit);
        }
      }
    };
    for (const b of this.blocks) if (b.kind === 'table') visit(b);
  }

  private index: Map<Node, Where> | null = null;

  /** Forget cached positions; the fake calls it at every sync and after every write. */
  invalidate(): void {
    this.index = null;
  }

  /** Finds a paragraph or table anywhere in the body (positions cached until the next change). */
  locate(node: Node): Where | null {
    if (!this.index) {
      const index = new Map<Node, Where>();
      for (let i = 0; i < this.blocks.length; i++) {
        const b = this.blocks[i];
        index.set(b, { container: this.blocks, index: i, depth: 0, block: i });
        if (b.kind === 'table') indexTable(b, 1, i, index, null);
      }
      this.index = index;
    }
    return this.index.get(node) ?? null;
  }

  /** All paragraphs in document order with their table depth (Word's `body.paragraphs`). */
  allParagraphs(nodes: readonly Node[] = this.blocks, depth = 0): { p: Paragraph; depth: number }[] {
    const out: { p: Paragraph; depth: number }[] = [];
    for (const n of nodes) {
      if (n.kind === 'paragraph') out.push({ p: n, depth });
      else out.push(...tableParagraphs(n, depth + 1));
    }
    return out;
  }

  /** All tables in document order, outer before inner (Word's `body.tables` includes nested ones). */
  allTables(nodes: readonly Node[] = this.blocks, depth = 1): { table: Table; depth: number }[] {
    const out: { table: Table; depth: number }[] = [];
    for (const n of nodes) {
      if (n.kind === 'table') {
        out.push({ table: n, depth });
        for (const r of n.rows) for (const c of r.cells) out.push(...this.allTables(c.tables, depth + 1));
      }
    }
    return out;
  }
}

export function tableParagraphs(t: Table, depth: number): { p: Paragraph; depth: number }[] {
  const out: { p: Paragraph; depth: number }[] = [];
  for (const r of t.rows) {
    for (const c of r.cells) {
      for (const p of c.paragraphs) out.push({ p, depth });
      for (const inner of c.tables) out.push(...tableParagraphs(inner, depth + 1));
    }
  }
  return out;
}

function indexTable(
  t: Table,
  depth: number,
  block: number,
  index: Map<Node, Where>,
  outer: { row: number; cell: number } | null,
): void {
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r];
    for (let c = 0; c < row.cells.length; c++) {
      const cell = row.cells[c];
      // Inside nested tables the Loc stays on the outer cell: a Loc does not address deeper.
      const place = outer ?? { row: r, cell: c };
      cell.paragraphs.forEach((p, pi) => {
        index.set(p, {
          container: cell.paragraphs,
          index: pi,
          depth,
          block,
          row: place.row,
          cell: place.cell,
          paragraph: outer ? undefined : pi,
        });
      });
      cell.tables.forEach((inner, ti) => {
        index.set(inner, {
          container: cell.tables,
          index: ti,
          depth: depth + 1,
          block,
          row: place.row,
          cell: place.cell,
        });
        indexTable(inner, depth + 1, block, index, place);
      });
    }
  }
}
