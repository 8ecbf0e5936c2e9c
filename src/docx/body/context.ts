/**
 * State shared by the element readers while one part's blocks are read: the styles, the complex
 * fields open across runs and paragraphs, how deep the readers are in tables, and the warnings
 * collected so far. An element reader returns its value; what it noticed and worked around goes to
 * `warnings`, which the part reader returns next to its value (mammoth.js's Result, without one
 * object per element).
 */
import type { FieldSpan, Hyperlink, Paragraph } from '../../core/snapshot';
import type { Range } from '../source-map';
import type { Styles } from '../styles';
import type { ListCounter } from '../numbering';
import type { XmlNode } from '../xml-tree';

/** Subtrees that are never body text (or whose text is not what Word shows). */
export const SKIP = new Set([
  'drawing',
  'pict',
  'object',
  'txbxContent',
  'Fallback',
  'del',
  'moveFrom',
  'delText',
  'delInstrText',
  'pPrChange',
  'rPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'tblGridChange',
  'sectPrChange',
  'numberingChange',
  'sectPr',
  'sdtEndPr',
  'customXmlPr',
  'smartTagPr',
  'oMathParaPr',
]);

/** Run or paragraph content the cell text leaves out and a rewrite of the cell would delete. */
export const NON_TEXT = new Set([
  'drawing',
  'pict',
  'object',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
  'commentRangeStart',
]);

/**
 * Deeper than this, content is left out with a warning: the readers recurse, and a hostile file must not
 * overflow the stack. A wrapper costs 1, a table cell `CELL_NESTING_COST` (it takes several readers'
 * frames), so about 500 nested tables or 1000 nested wrappers are read; real reports nest a few levels.
 */
export const MAX_NESTING = 1000;
export const CELL_NESTING_COST = 2;

/** What the edit applier needs to rewrite a cell of a body-level table in its own formatting. */
export interface CellTrack {
  firstPPr: Range | null | undefined;
  firstRPr: Range | null | undefined;
  fallbackRPr: Range | null;
}

interface FieldFrame {
  instr: string[];
  inResult: boolean;
  beginBlock: number | null;
  /** A HYPERLINK field's target and the result text shown so far (its visible link text). */
  link: { target: string | null; parts: string[] } | null;
}

/**
 * Where a HYPERLINK field leads: its address and its `\l` location ("address#location", as Word's
 * `Range.hyperlink` gives it; "#location" alone for a link inside the document); null when it names neither.
 * Syntax: https://support.microsoft.com/en-us/office/field-codes-hyperlink-field-864f8577-eb2a-4e55-8c90-40631748ef53
 */
export function hyperlinkFieldTarget(instruction: string): string | null {
  const args = [...instruction.matchAll(/\\([a-zA-Z])(?:\s*(?:"([^"]*)"|([^\s\\"]\S*)))?|"([^"]*)"|(\S+)/g)];
  let address: string | null = null;
  let location: string | null = null;
  for (const m of args.slice(1)) {
    if (m[1]) {
      if (m[1].toLowerCase() === 'l') location = m[2] ?? m[3] ?? null;
    } else if (address === null) address = m[4] ?? m[5] ?? null;
  }
  if (address && location) return `${address}#${location}`;
  return address ?? (location ? `#${location}` : null);
}

/**
 * Complex fields (w:fldChar begin/separate/end) span runs and paragraphs: between begin and separate
 * is the instruction, which is not text; between separate and end is the result, which is.
 */
export class FieldTracker {
  private readonly stack: FieldFrame[] = [];
  /** Open fields still in their instruction part: while > 0, run text is not shown. */
  hidden = 0;

  get open(): number {
    return this.stack.length;
  }

  begin(beginBlock: number | null): void {
    this.stack.push({ instr: [], inResult: false, beginBlock, link: null });
    this.hidden++;
  }

  separate(): void {
    const top = this.stack[this.stack.length - 1];
    if (top && !top.inResult) {
      top.inResult = true;
      this.hidden--;
      const instruction = top.instr.join('').trim();
      // Word keeps a hyperlink as a HYPERLINK field too; its result is the link's visible text.
      if (/^HYPERLINK\b/i.test(instruction)) top.link = { target: hyperlinkFieldTarget(instruction), parts: [] };
    }
  }

  /** HYPERLINK fields ended since the last call, with their visible text, in the order they ended. */
  readonly endedLinks: Hyperlink[] = [];

  /** Shown text: part of the innermost HYPERLINK field's result, if one is open. */
  shownText(text: string): void {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const link = this.stack[i].link;
      if (link) {
        link.parts.push(text);
        return;
      }
    }
  }

  /** Closes the innermost field; returns its instruction and begin block when it began at body level. */
  end(): { instruction: string; beginBlock: number } | null {
    const top = this.stack.pop();
    if (!top) return null;
    if (!top.inResult) this.hidden--;
    if (top.link) this.endedLinks.push({ text: top.link.parts.join(''), target: top.link.target });
    return top.beginBlock === null ? null : { instruction: top.instr.join(''), beginBlock: top.beginBlock };
  }

  instruction(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top && !top.inResult) top.instr.push(text);
  }
}

export function fieldSpan(instruction: string, fromBlock: number, toBlock: number): FieldSpan {
  const instr = instruction.trim();
  const type = (instr.split(/\s+/)[0] ?? '').toUpperCase();
  return { type, instruction: instr, fromBlock, toBlock };
}

export class ReadContext {
  readonly warnings: string[] = [];
  readonly fields = new FieldTracker();
  /** Fields that begin outside tables, by block index; null where the part has no body-level blocks to point at (headers). */
  readonly fieldSpans: FieldSpan[] | null;
  /** Tables open around the element being read (0 at the part's top level). */
  tableDepth = 0;
  /** The cell of a top-level table being read, whose source the edit applier needs; null elsewhere. */
  trackedCell: CellTrack | null = null;
  /** Paragraphs directly in a table or row, outside any cell (a malformed table): read, then dropped. */
  lostParagraphs = 0;
  private nesting = 0;
  private tooDeep = false;

  constructor(
    /** The part's decoded text, which source offsets index. */
    readonly text: string,
    readonly styles: Styles,
    /** Index the next top-level block will get: where a field beginning now starts. */
    readonly blockIndex: () => number,
    options: { recordFields: boolean; lists?: ListCounter | null },
  ) {
    this.fieldSpans = options.recordFields ? [] : null;
    this.lists = options.lists ?? null;
  }

  /** Counts numbered paragraphs for their number text; null when the package has no numbering part. */
  readonly lists: ListCounter | null;

  /** Runs `read` one nesting level deeper, or skips it with one warning when the file nests too deep. */
  nested(read: () => void, cost = 1): void {
    if (this.nesting + cost > MAX_NESTING) {
      if (!this.tooDeep)
        this.warnings.push(
          'Dokumentet är för djupt nästlat (tabeller i tabeller eller liknande); det som står djupast lästes inte.',
        );
      this.tooDeep = true;
      return;
    }
    this.nesting += cost;
    try {
      read();
    } finally {
      this.nesting -= cost;
    }
  }

  /** Whether a field beginning now begins at the top level of the part (so its block span is kept). */
  atTopLevel(): boolean {
    return this.fieldSpans !== null && this.fields.open === 0 && this.tableDepth === 0 && this.storyDepth === 0;
  }

  /** Text boxes open around the element being read: their content is not in the part's block flow. */
  storyDepth = 0;

  /** Receives the paragraphs of each text box met while reading; null: text boxes are left out. */
  onTextBox: ((paragraphs: Paragraph[]) => void) | null = null;
}

/** Visits the children of a wrapper element (hyperlink, ins, smartTag, customXml, sdtContent …) as if they stood in its place. */
export type ChildVisitor = (el: XmlNode) => void;
