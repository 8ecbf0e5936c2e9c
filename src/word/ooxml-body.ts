/**
 * Turns the WordprocessingML the adapter hands to `insertOoxml` back into snapshot blocks: `apply`
 * uses it to refuse malformed content before anything is written, and the fake Word to show a test
 * what an insertion did. It parses with namespaces on: a package that forgets a namespace
 * declaration fails here as it would in Word.
 *
 * This is deliberately small (text, styles, bold/italic, tables, spans, content controls flattened);
 * the real reader of .docx files is `src/docx`.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { paragraph, type Block, type Cell, type Paragraph, type Row, type Run, type Table } from '../core/snapshot';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** Lower-case built-in name for the style ids the product writes (`Heading1`, `TOC2`, `Title`). */
export function styleNameForId(styleId: string | null): string | null {
  if (styleId === null) return null;
  const heading = /^(?:Heading|Rubrik)(\d)$/.exec(styleId);
  if (heading) return `heading ${heading[1]}`;
  const toc = /^(?:TOC|Innehll|Innehåll)(\d)$/i.exec(styleId);
  if (toc) return `toc ${toc[1]}`;
  if (styleId === 'Title' || styleId === 'Rubrik') return 'title';
  if (styleId === 'Normal') return 'normal';
  if (styleId === 'ListParagraph' || styleId === 'Liststycke') return 'list paragraph';
  return styleId.toLowerCase();
}

interface ParaBuild {
  styleId: string | null;
  outline: number | null;
  numbering: { numId: string; level: number } | null;
  runs: Run[];
  runBold: boolean;
  runItalic: boolean;
  inRPr: boolean;
  text: string;
}

interface CellBuild {
  paragraphs: Paragraph[];
  tables: Table[];
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
  shading: string | null;
}

interface TableBuild {
  rows: Row[];
  styleId: string | null;
  grid: number;
  row: { cells: Cell[]; header: boolean } | null;
  cell: CellBuild | null;
}

function attr(node: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(node.attributes)) {
    if (a.local === local && (a.uri === W || a.uri === '')) return a.value;
  }
  return undefined;
}

/** What a style reference resolves to in the document that receives the content. */
export interface StyleResolution {
  styleId: string;
  styleName: string | null;
  outlineLevel: number | null;
}

export interface ParseOptions {
  /**
   * Resolves a style reference as the receiving document does; null drops it (the content gets the
   * default style). Without it, our own ids are read by their names (`Heading2` → `heading 2`).
   */
  resolveStyle?: (styleId: string, type: 'paragraph' | 'table') => StyleResolution | null;
}

function defaultResolution(styleId: string): StyleResolution {
  return { styleId, styleName: styleNameForId(styleId), outlineLevel: headingLevel(styleId) };
}

function finishParagraph(p: ParaBuild, options: ParseOptions): Paragraph {
  const visible = p.runs.filter((r) => r.text.trim() !== '');
  const bold = visible.length > 0 && visible.every((r) => r.bold);
  const italic = visible.length > 0 && visible.every((r) => r.italic);
  const style = p.styleId === null ? null : (options.resolveStyle ?? defaultResolution)(p.styleId, 'paragraph');
  return paragraph(p.runs.map((r) => r.text).join(''), {
    styleId: style?.styleId ?? null,
    styleName: style?.styleName ?? null,
    outlineLevel: p.outline ?? style?.outlineLevel ?? null,
    bold,
    italic,
    runs: p.runs.filter((r) => r.text !== ''),
    numbering: p.numbering,
  });
}

function headingLevel(styleId: string | null): number | null {
  const m = styleId ? /^(?:Heading|Rubrik)(\d)$/.exec(styleId) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Parses either a flat-OPC package (`pkg:package`, the body of its `/word/document.xml` part) or a
 * bare `w:document`. Throws a Swedish error when the XML is not well formed.
 */
export function parseBodyXml(xml: string, options: ParseOptions = {}): Block[] {
  const parser = new SaxesParser({ xmlns: true });
  const out: Block[] = [];
  const tables: TableBuild[] = [];
  let para: ParaBuild | null = null;
  let inText = false;
  let inBody = false;
  let currentPart: string | null = null;
  let sawPackage = false;
  let numId = '';
  let numLevel = 0;

  const emitParagraph = (p: Paragraph): void => {
    const t = tables[tables.length - 1];
    if (t?.cell) t.cell.paragraphs.push(p);
    else out.push(p);
  };
  const emitTable = (table: Table): void => {
    const t = tables[tables.length - 1];
    if (t?.cell) t.cell.tables.push(table);
    else out.push(table);
  };

  parser.on('error', (e) => {
    throw new Error(`Ogiltig WordprocessingML: ${e.message}`);
  });
  parser.on('opentag', (node) => {
    if (node.uri === PKG) {
      sawPackage = true;
      if (node.local === 'part') currentPart = node.attributes['pkg:name']?.value ?? null;
      return;
    }
    if (node.uri !== W) return;
    if (node.local === 'body') {
      inBody = !sawPackage || currentPart === '/word/document.xml';
      return;
    }
    if (!inBody) return;
    switch (node.local) {
      case 'p':
        para = {
          styleId: null,
          outline: null,
          numbering: null,
          runs: [],
          runBold: false,
          runItalic: false,
          inRPr: false,
          text: '',
        };
        break;
      case 'pStyle':
        if (para) para.styleId = attr(node, 'val') ?? null;
        break;
      case 'outlineLvl':
        if (para) para.outline = Number(attr(node, 'val') ?? '9') + 1;
        break;
      case 'ilvl':
        numLevel = Number(attr(node, 'val') ?? '0');
        break;
      case 'numId':
        numId = attr(node, 'val') ?? '';
        if (para) para.numbering = { numId, level: numLevel };
        break;
      case 'r':
        if (para) {
          para.runBold = false;
          para.runItalic = false;
          para.text = '';
        }
        break;
      case 'rPr':
        if (para) para.inRPr = true;
        break;
      case 'b':
        if (para?.inRPr) para.runBold = attr(node, 'val') !== '0' && attr(node, 'val') !== 'false';
        break;
      case 'i':
        if (para?.inRPr) para.runItalic = attr(node, 'val') !== '0' && attr(node, 'val') !== 'false';
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
        if (para && !para.inRPr) para.text += '\t';
        break;
      case 'br':
        if (para) para.text += '\n';
        break;
      case 'tbl':
        tables.push({ rows: [], styleId: null, grid: 0, row: null, cell: null });
        break;
      case 'tblStyle': {
        const t = tables[tables.length - 1];
        if (t && !t.row) t.styleId = attr(node, 'val') ?? null;
        break;
      }
      case 'gridCol': {
        const t = tables[tables.length - 1];
        if (t) t.grid += 1;
        break;
      }
      case 'tr': {
        const t = tables[tables.length - 1];
        if (t) t.row = { cells: [], header: false };
        break;
      }
      case 'tblHeader': {
        const t = tables[tables.length - 1];
        if (t?.row) t.row.header = true;
        break;
      }
      case 'tc': {
        const t = tables[tables.length - 1];
        if (t) t.cell = { paragraphs: [], tables: [], gridSpan: 1, vMerge: null, shading: null };
        break;
      }
      case 'gridSpan': {
        const c = tables[tables.length - 1]?.cell;
        if (c) c.gridSpan = Number(attr(node, 'val') ?? '1');
        break;
      }
      case 'vMerge': {
        const c = tables[tables.length - 1]?.cell;
        if (c) c.vMerge = attr(node, 'val') === 'restart' ? 'restart' : 'continue';
        break;
      }
      case 'shd': {
        const c = tables[tables.length - 1]?.cell;
        const fill = attr(node, 'fill');
        if (c && !para && fill && fill !== 'auto') c.shading = fill.toUpperCase();
        break;
      }
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && para) para.text += text;
  });
  parser.on('closetag', (node) => {
    if (node.uri === PKG && node.local === 'part') currentPart = null;
    if (node.uri !== W) return;
    if (node.local === 'body') {
      inBody = false;
      return;
    }
    if (!inBody) return;
    switch (node.local) {
      case 't':
        inText = false;
        break;
      case 'rPr':
        if (para) para.inRPr = false;
        break;
      case 'r':
        if (para) para.runs.push({ text: para.text, bold: para.runBold, italic: para.runItalic });
        break;
      case 'p':
        if (para) emitParagraph(finishParagraph(para, options));
        para = null;
        break;
      case 'tc': {
        const t = tables[tables.length - 1];
        if (t?.cell && t.row) {
          const c = t.cell;
          const gridColumn = t.row.cells.reduce((sum, x) => sum + x.gridSpan, 0);
          t.row.cells.push({
            paragraphs: c.paragraphs,
            tables: c.tables,
            text: c.paragraphs.map((p) => p.text).join('\n'),
            gridColumn,
            gridSpan: c.gridSpan,
            vMerge: c.vMerge,
            shading: c.shading,
          });
        }
        if (t) t.cell = null;
        break;
      }
      case 'tr': {
        const t = tables[tables.length - 1];
        if (t?.row) t.rows.push(t.row);
        if (t) t.row = null;
        break;
      }
      case 'tbl': {
        const t = tables.pop();
        if (t) {
          const widest = t.rows.reduce(
            (m, r) =>
              Math.max(
                m,
                r.cells.reduce((s, c) => s + c.gridSpan, 0),
              ),
            0,
          );
          const styleId =
            t.styleId === null
              ? null
              : options.resolveStyle
                ? (options.resolveStyle(t.styleId, 'table')?.styleId ?? null)
                : t.styleId;
          emitTable({ kind: 'table', rows: t.rows, styleId, columnCount: t.grid || widest });
        }
        break;
      }
      default:
        break;
    }
  });
  parser.write(xml).close();
  return out;
}

/** A style defined in a package's styles part: its type, name and outline level (1-based, or null). */
export interface PackageStyle {
  type: string;
  name: string;
  outlineLevel: number | null;
}

/**
 * The styles a flat-OPC package defines in its `/word/styles.xml` part, by id; null when the package
 * has no styles part (then Word ignores the style references in its document part).
 */
export function packageStyles(xml: string): Map<string, PackageStyle> | null {
  const parser = new SaxesParser({ xmlns: true });
  let inStyles = false;
  let found = false;
  let current: { id: string; style: PackageStyle } | null = null;
  const out = new Map<string, PackageStyle>();
  parser.on('error', (e) => {
    throw new Error(`Ogiltig WordprocessingML: ${e.message}`);
  });
  parser.on('opentag', (node) => {
    if (node.uri === PKG && node.local === 'part') inStyles = node.attributes['pkg:name']?.value === '/word/styles.xml';
    if (!inStyles || node.uri !== W) return;
    if (node.local === 'styles') found = true;
    else if (node.local === 'style')
      current = {
        id: attr(node, 'styleId') ?? '',
        style: { type: attr(node, 'type') ?? 'paragraph', name: '', outlineLevel: null },
      };
    else if (node.local === 'name' && current) current.style.name = attr(node, 'val') ?? '';
    else if (node.local === 'outlineLvl' && current) {
      const level = Number(attr(node, 'val') ?? '9') + 1;
      current.style.outlineLevel = level >= 1 && level <= 9 ? level : null;
    }
  });
  parser.on('closetag', (node) => {
    if (node.uri === PKG && node.local === 'part') inStyles = false;
    if (node.uri === W && node.local === 'style' && current) {
      out.set(current.id, current.style);
      current = null;
    }
  });
  parser.write(xml).close();
  return found ? out : null;
}
