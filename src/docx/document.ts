/**
 * `word/document.xml` body → DocSnapshot in one saxes pass, plus a source map of where every block
 * and table cell stands in the XML text, which the edit applier splices.
 *
 * What counts as body text follows what Word shows in the body: tracked insertions yes, deletions no;
 * field results yes, field instructions no; text boxes, drawings and footnote bodies are not body
 * blocks. Block-level content controls are flattened: their paragraphs and tables are ordinary blocks
 * and the control is remembered as a ContentControlSpan.
 */
import type { Block, Cell, ContentControlSpan, DocSnapshot, FieldSpan, Paragraph, Row, Run, Table } from '../core/snapshot';
import { normaliseStyleName, resolveStyle, type Styles } from './styles';
import { attr, onOff, parseXml, type XmlElement } from './xml';

export interface Range {
  start: number;
  end: number;
}

export interface BlockSource extends Range {
  /** Index into `SourceMap.containers` of the innermost block-level content control, or -1 for the body. */
  container: number;
}

export interface CellSource extends Range {
  /** Where the cell's content starts (after w:tcPr) and ends (before `</w:tc>`). */
  contentStart: number;
  contentEnd: number;
  /** w:pPr of the cell's first paragraph. */
  firstPPr: Range | null;
  /** w:rPr of the first run with visible text (or of the first run at all). */
  firstRPr: Range | null;
  hasNestedTable: boolean;
  /** A footnote, endnote or comment reference, picture or embedded object, none of which is in the text. */
  hasNonText?: boolean;
}

/** Run or paragraph content the cell text leaves out and a rewrite of the cell would delete. */
const NON_TEXT = new Set(['drawing', 'pict', 'object', 'footnoteReference', 'endnoteReference', 'commentReference', 'commentRangeStart']);

export interface ContainerSource extends Range {
  parent: number;
  fromBlock: number;
  /** Inclusive; fromBlock - 1 when the control holds no block. */
  toBlock: number;
}

export interface SourceMap {
  /** After `<w:body>`; where insertBlocks(-1) goes. */
  bodyContentStart: number;
  blocks: BlockSource[];
  /** For each table block: rows → cells. Undefined for paragraphs. */
  cells: (CellSource[][] | undefined)[];
  containers: ContainerSource[];
  /** Prefix bound to WordprocessingML on the root element (`w` in practice). */
  mainPrefix: string;
  /** Namespace declarations on the root element, for validating inserted markup. */
  rootNamespaces: Record<string, string>;
}

export interface DocumentRead {
  blocks: Block[];
  fields: FieldSpan[];
  contentControls: ContentControlSpan[];
  warnings: string[];
  source: SourceMap;
}

/** Subtrees that are never body text (or whose text is not what Word shows). */
const SKIP = new Set([
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

interface RunFrame {
  bold: boolean | null;
  italic: boolean | null;
  rStyle: string | null;
  parts: string[];
  rPr: Range | null;
  inRPr: boolean;
}

interface ParaFrame {
  start: number;
  styleId: string | null;
  outlineLvl: number | null;
  numId: string | null;
  ilvl: number | null;
  runs: Run[];
  parts: string[];
  inPPr: boolean;
  pPr: Range | null;
}

interface CellFrame {
  start: number;
  contentStart: number;
  paragraphs: Paragraph[];
  tables: Table[];
  gridSpan: number;
  vMerge: Cell['vMerge'];
  shading: string | null;
  firstPPr: Range | null | undefined;
  firstRPr: Range | null | undefined;
  fallbackRPr: Range | null;
  nonText: boolean;
}

interface RowFrame {
  cells: Cell[];
  sources: CellSource[];
  header: boolean;
  gridCol: number;
}

interface TableFrame {
  start: number;
  styleId: string | null;
  gridCols: number;
  rows: Row[];
  sources: CellSource[][];
  row: RowFrame | null;
  cell: CellFrame | null;
}

interface FieldFrame {
  instr: string[];
  inResult: boolean;
  beginBlock: number | null;
}

interface ControlFrame {
  depth: number;
  container: number;
  tag: string | null;
  title: string | null;
  docPartGallery: string | null;
}

const WORD_MAIN = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export function readDocumentXml(text: string, part: string, styles: Styles): DocumentRead {
  const blocks: Block[] = [];
  const fields: FieldSpan[] = [];
  const contentControls: ContentControlSpan[] = [];
  const warnings: string[] = [];
  const source: SourceMap = { bodyContentStart: -1, blocks: [], cells: [], containers: [], mainPrefix: 'w', rootNamespaces: {} };

  const names: string[] = [];
  let skipDepth = -1;
  let sdtPrDepth = -1;
  let sdtPrTarget: ControlFrame | null = null;
  let inBody = false;
  let bodyDone = false;
  let para: ParaFrame | null = null;
  let run: RunFrame | null = null;
  let textTarget: 'text' | 'instr' | null = null;
  const tables: TableFrame[] = [];
  const fieldStack: FieldFrame[] = [];
  let hiddenFields = 0;
  const controls: ControlFrame[] = [];
  let lostParagraphs = 0;

  const currentContainer = (): number => (controls.length ? controls[controls.length - 1].container : -1);
  const innerCell = (): CellFrame | null => (tables.length ? tables[tables.length - 1].cell : null);
  /** The cell whose source is tracked: a cell of a body-level table, not of a nested one. */
  const trackedCell = (): CellFrame | null => (tables.length === 1 ? tables[0].cell : null);

  function onRunOpen(el: XmlElement, parent: string): void {
    if (!run) return;
    if (run.inRPr) {
      if (el.local === 'b') run.bold = onOff(el);
      else if (el.local === 'i') run.italic = onOff(el);
      else if (el.local === 'rStyle') run.rStyle = attr(el, 'val') ?? null;
      return;
    }
    if (parent !== 'r') return;
    switch (el.local) {
      case 'rPr':
        run.inRPr = true;
        return;
      case 't':
        textTarget = 'text';
        return;
      case 'instrText':
        textTarget = 'instr';
        return;
      case 'tab':
      case 'ptab':
        if (hiddenFields === 0) run.parts.push('\t');
        return;
      case 'br': {
        const type = attr(el, 'type');
        if (hiddenFields === 0 && (type === undefined || type === 'textWrapping')) run.parts.push('\n');
        return;
      }
      case 'cr':
        if (hiddenFields === 0) run.parts.push('\n');
        return;
      case 'sym': {
        // Symbol-font characters (Wingdings status dots) live in the private use area, as Word reports them.
        const code = parseInt(attr(el, 'char') ?? '', 16);
        if (hiddenFields === 0 && Number.isFinite(code) && code > 0 && code <= 0xffff) run.parts.push(String.fromCharCode(code));
        return;
      }
      case 'noBreakHyphen':
        if (hiddenFields === 0) run.parts.push('-');
        return;
      case 'fldChar': {
        const type = attr(el, 'fldCharType');
        if (type === 'begin') {
          const bodyLevel = fieldStack.length === 0 && tables.length === 0;
          fieldStack.push({ instr: [], inResult: false, beginBlock: bodyLevel ? blocks.length : null });
          hiddenFields++;
        } else if (type === 'separate') {
          const top = fieldStack[fieldStack.length - 1];
          if (top && !top.inResult) {
            top.inResult = true;
            hiddenFields--;
          }
        } else if (type === 'end') {
          const top = fieldStack.pop();
          if (top) {
            if (!top.inResult) hiddenFields--;
            if (top.beginBlock !== null) pushField(top.instr.join(''), top.beginBlock, blocks.length);
          }
        }
        return;
      }
    }
  }

  function pushField(instruction: string, fromBlock: number, toBlock: number): void {
    const instr = instruction.trim();
    const type = (instr.split(/\s+/)[0] ?? '').toUpperCase();
    fields.push({ type, instruction: instr, fromBlock, toBlock });
  }

  function closeRun(): void {
    if (!run || !para) return;
    const text = run.parts.join('');
    const paraStyle = para.styleId ?? styles.defaultParagraphStyle;
    const bold =
      run.bold ?? resolveStyle(styles, run.rStyle, (s) => s.bold) ?? resolveStyle(styles, paraStyle, (s) => s.bold) ?? styles.defaultBold;
    const italic =
      run.italic ??
      resolveStyle(styles, run.rStyle, (s) => s.italic) ??
      resolveStyle(styles, paraStyle, (s) => s.italic) ??
      styles.defaultItalic;
    const cell = trackedCell();
    if (cell && cell.firstRPr === undefined) {
      if (text.trim()) cell.firstRPr = run.rPr;
      else if (!cell.fallbackRPr && run.rPr) cell.fallbackRPr = run.rPr;
    }
    if (text) {
      para.parts.push(text);
      const prev = para.runs[para.runs.length - 1];
      if (prev && prev.bold === bold && prev.italic === italic) prev.text += text;
      else para.runs.push({ text, bold, italic });
    }
    run = null;
  }

  function closeParagraph(el: XmlElement): void {
    if (!para) return;
    const p = para;
    para = null;
    const styleKey = p.styleId ?? styles.defaultParagraphStyle;
    const style = styleKey ? styles.byId.get(styleKey) : undefined;
    const styleName = style ? style.name : p.styleId ? normaliseStyleName(null, p.styleId) : null;
    // Word's built-in heading styles carry their outline level even where styles.xml omits it
    // (LibreOffice writes Heading 1 without w:outlineLvl).
    const builtInLevel = styleName ? /^heading ([1-9])$/.exec(styleName) : null;
    const lvl =
      p.outlineLvl ?? resolveStyle(styles, styleKey, (s) => s.outlineLvl) ?? (builtInLevel ? Number(builtInLevel[1]) - 1 : null);
    let numId = p.numId;
    let ilvl = p.ilvl;
    if (numId === null) {
      const styleNum = resolveStyle(styles, styleKey, (s) => s.numbering);
      if (styleNum) {
        numId = styleNum.numId;
        ilvl = ilvl ?? styleNum.level;
      }
    }
    const visible = p.runs.filter((r) => r.text.trim() !== '');
    const paragraph: Paragraph = {
      kind: 'paragraph',
      text: p.parts.join(''),
      styleId: p.styleId,
      styleName,
      outlineLevel: lvl !== null && lvl >= 0 && lvl <= 8 ? lvl + 1 : null,
      bold: visible.length > 0 && visible.every((r) => r.bold),
      italic: visible.length > 0 && visible.every((r) => r.italic),
      runs: p.runs,
      numbering: numId !== null && numId !== '0' ? { numId, level: ilvl ?? 0 } : null,
    };
    if (tables.length === 0) {
      source.blocks.push({ start: p.start, end: el.end, container: currentContainer() });
      source.cells.push(undefined);
      blocks.push(paragraph);
      return;
    }
    const cell = innerCell();
    if (!cell) {
      lostParagraphs++;
      return;
    }
    if (tables.length === 1 && cell.firstPPr === undefined) cell.firstPPr = p.pPr;
    cell.paragraphs.push(paragraph);
  }

  function closeTable(el: XmlElement): void {
    const t = tables.pop();
    if (!t) return;
    const widest = t.rows.reduce((m, r) => Math.max(m, r.cells.reduce((s, c) => Math.max(s, c.gridColumn + c.gridSpan), 0)), 0);
    const table: Table = { kind: 'table', rows: t.rows, styleId: t.styleId, columnCount: t.gridCols || widest };
    if (tables.length === 0) {
      source.blocks.push({ start: t.start, end: el.end, container: currentContainer() });
      source.cells.push(t.sources);
      blocks.push(table);
      return;
    }
    const cell = innerCell();
    if (cell) cell.tables.push(table);
  }

  parseXml(text, part, {
    open(el, depth) {
      names.length = depth;
      names.push(el.local);
      if (depth === 0) {
        for (const [k, v] of Object.entries(el.attrs)) {
          if (k === 'xmlns' || k.startsWith('xmlns:')) {
            source.rootNamespaces[k] = v;
            if (WORD_MAIN.has(v)) source.mainPrefix = k === 'xmlns' ? '' : k.slice(6);
          }
        }
      }
      if (skipDepth >= 0) return;
      const local = el.local;
      if (NON_TEXT.has(local) && inBody) {
        const cell = trackedCell();
        if (cell) cell.nonText = true;
      }
      if (sdtPrDepth >= 0) {
        if (sdtPrTarget) {
          if (local === 'tag') sdtPrTarget.tag = attr(el, 'val') ?? null;
          else if (local === 'alias') sdtPrTarget.title = attr(el, 'val') ?? null;
          else if (local === 'docPartGallery') sdtPrTarget.docPartGallery = attr(el, 'val') ?? null;
        }
        return;
      }
      if (!inBody) {
        if (local === 'body' && !bodyDone) {
          inBody = true;
          source.bodyContentStart = el.openEnd;
        }
        return;
      }
      if (SKIP.has(local)) {
        // The paragraph mark's own run properties live in pPr/rPr and say nothing about the text.
        skipDepth = depth;
        return;
      }
      const parent = names[depth - 1] ?? '';
      if (run) {
        onRunOpen(el, parent);
        return;
      }
      if (para && para.inPPr) {
        if (local === 'rPr') skipDepth = depth;
        else if (local === 'pStyle') para.styleId = attr(el, 'val') ?? null;
        else if (local === 'outlineLvl') para.outlineLvl = Number(attr(el, 'val') ?? '9');
        else if (local === 'numId') para.numId = attr(el, 'val') ?? null;
        else if (local === 'ilvl') para.ilvl = Number(attr(el, 'val') ?? '0');
        return;
      }
      const table = tables.length ? tables[tables.length - 1] : null;
      switch (local) {
        case 'p':
          para = { start: el.start, styleId: null, outlineLvl: null, numId: null, ilvl: null, runs: [], parts: [], inPPr: false, pPr: null };
          return;
        case 'pPr':
          if (para && parent === 'p') {
            para.inPPr = true;
            para.pPr = { start: el.start, end: el.end };
          }
          return;
        case 'r':
          if (para) run = { bold: null, italic: null, rStyle: null, parts: [], rPr: null, inRPr: false };
          return;
        case 'fldSimple':
          if (para && tables.length === 0 && fieldStack.length === 0) {
            pushField(attr(el, 'instr') ?? '', blocks.length, blocks.length);
          }
          return;
        case 'sdtPr':
          sdtPrDepth = depth;
          sdtPrTarget = controls.length && controls[controls.length - 1].depth === depth - 1 ? controls[controls.length - 1] : null;
          return;
        case 'sdt':
          if (!para && tables.length === 0) {
            const container = source.containers.length;
            source.containers.push({ start: el.start, end: -1, parent: currentContainer(), fromBlock: blocks.length, toBlock: -1 });
            controls.push({ depth, container, tag: null, title: null, docPartGallery: null });
          }
          return;
        case 'tbl':
          if (para) return;
          tables.push({ start: el.start, styleId: null, gridCols: 0, rows: [], sources: [], row: null, cell: null });
          return;
        case 'tblStyle':
          if (table && parent === 'tblPr' && !table.row) table.styleId = attr(el, 'val') ?? null;
          return;
        case 'gridCol':
          if (table && parent === 'tblGrid') table.gridCols++;
          return;
        case 'tr':
          if (table) table.row = { cells: [], sources: [], header: false, gridCol: 0 };
          return;
        case 'tblHeader':
          if (table?.row && parent === 'trPr') table.row.header = onOff(el);
          return;
        case 'gridBefore':
          if (table?.row && parent === 'trPr') table.row.gridCol = Number(attr(el, 'val') ?? '0') || 0;
          return;
        case 'tc':
          if (table?.row)
            table.cell = {
              start: el.start,
              contentStart: el.openEnd,
              paragraphs: [],
              tables: [],
              gridSpan: 1,
              vMerge: null,
              shading: null,
              firstPPr: undefined,
              firstRPr: undefined,
              fallbackRPr: null,
              nonText: false,
            };
          return;
        case 'gridSpan':
          if (table?.cell && parent === 'tcPr') table.cell.gridSpan = Math.max(1, Number(attr(el, 'val') ?? '1') || 1);
          return;
        case 'vMerge':
          if (table?.cell && parent === 'tcPr') table.cell.vMerge = attr(el, 'val') === 'restart' ? 'restart' : 'continue';
          return;
        case 'shd':
          if (table?.cell && parent === 'tcPr') {
            const fill = attr(el, 'fill');
            table.cell.shading = fill && fill.toLowerCase() !== 'auto' ? fill.toUpperCase() : null;
          }
          return;
      }
    },
    close(el, depth) {
      if (skipDepth >= 0) {
        if (depth === skipDepth) skipDepth = -1;
        return;
      }
      if (sdtPrDepth >= 0) {
        if (depth === sdtPrDepth) {
          sdtPrDepth = -1;
          sdtPrTarget = null;
        }
        return;
      }
      if (!inBody) return;
      const local = el.local;
      if (run) {
        if (local === 'r' && names[depth] === 'r' && !run.inRPr) closeRun();
        else if (local === 'rPr' && run.inRPr) {
          run.inRPr = false;
          run.rPr = { start: el.start, end: el.end };
        } else if (local === 't' || local === 'instrText') textTarget = null;
        return;
      }
      if (para && para.inPPr) {
        if (local === 'pPr') {
          para.inPPr = false;
          if (para.pPr) para.pPr.end = el.end;
        }
        return;
      }
      const table = tables.length ? tables[tables.length - 1] : null;
      switch (local) {
        case 'p':
          closeParagraph(el);
          return;
        case 'tcPr':
          if (table?.cell) table.cell.contentStart = el.end;
          return;
        case 'tc': {
          const c = table?.cell;
          if (!table || !c || !table.row) return;
          const cell: Cell = {
            paragraphs: c.paragraphs,
            tables: c.tables,
            text: c.paragraphs.map((p) => p.text).join('\n'),
            gridColumn: table.row.gridCol,
            gridSpan: c.gridSpan,
            vMerge: c.vMerge,
            shading: c.shading,
          };
          table.row.gridCol += c.gridSpan;
          table.row.cells.push(cell);
          table.row.sources.push({
            start: c.start,
            end: el.end,
            contentStart: el.selfClosing ? el.end : c.contentStart,
            contentEnd: el.selfClosing ? el.end : text.lastIndexOf('<', el.end - 1),
            firstPPr: c.firstPPr ?? null,
            firstRPr: c.firstRPr === undefined ? c.fallbackRPr : c.firstRPr,
            hasNestedTable: c.tables.length > 0,
            hasNonText: c.nonText,
          });
          table.cell = null;
          return;
        }
        case 'tr':
          if (table?.row) {
            table.rows.push({ cells: table.row.cells, header: table.row.header });
            table.sources.push(table.row.sources);
            table.row = null;
          }
          return;
        case 'tbl':
          closeTable(el);
          return;
        case 'sdt': {
          const top = controls[controls.length - 1];
          if (top && top.depth === depth) {
            controls.pop();
            const c = source.containers[top.container];
            c.end = el.end;
            c.toBlock = blocks.length - 1;
            if (blocks.length > c.fromBlock) {
              contentControls.push({
                tag: top.tag,
                title: top.title,
                docPartGallery: top.docPartGallery,
                fromBlock: c.fromBlock,
                toBlock: blocks.length - 1,
              });
            }
          }
          return;
        }
        case 'body':
          inBody = false;
          bodyDone = true;
          return;
      }
    },
    text(t) {
      if (skipDepth >= 0 || !run || textTarget === null) return;
      if (textTarget === 'text') {
        if (hiddenFields === 0) run.parts.push(t);
      } else {
        const top = fieldStack[fieldStack.length - 1];
        if (top && !top.inResult) top.instr.push(t);
      }
    },
  });

  if (source.bodyContentStart < 0) warnings.push('Dokumentet saknar brödtext (w:body); inget innehåll kunde läsas.');
  if (fieldStack.length) warnings.push('Ett fält i dokumentet saknar slut; fältets text kan vara ofullständig.');
  if (lostParagraphs) warnings.push(`${lostParagraphs} stycken i en felaktigt uppbyggd tabell kunde inte läsas.`);
  contentControls.sort((a, b) => a.fromBlock - b.fromBlock || b.toBlock - a.toBlock);
  return { blocks, fields, contentControls, warnings, source };
}

/** A block's text as edits name it: a paragraph's text, or a table's cells (tab) and rows (newline). */
export function blockText(block: Block): string {
  if (block.kind === 'paragraph') return block.text;
  return block.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n');
}

export type { DocSnapshot };
