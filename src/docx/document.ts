/**
 * `word/document.xml` → the body's blocks, fields and content controls, plus a source map of where every
 * block and table cell stands in the XML text, which the edit applier splices.
 *
 * The part is read into a light element tree (`xml-tree.ts`), the body one top-level element at a time as
 * it closes, by one reader per element kind (`body/`: blocks, paragraph, run, table), after mammoth.js's
 * lib/docx/body-reader. What counts as
 * body text follows what Word shows in the body: tracked insertions yes, deletions no; field results
 * yes, field instructions no; text boxes, drawings and footnote bodies are not body blocks. Block-level
 * content controls are flattened: their paragraphs and tables are ordinary blocks and the control is
 * remembered as a ContentControlSpan.
 */
import type { Block, ContentControlSpan, DocSnapshot, FieldSpan, TextBox } from '../core/snapshot';
import { attr, onOff } from './xml';
import type { Styles } from './styles';
import { ListCounter, type Numbering } from './numbering';
import type { SourceMap } from './source-map';
import { parseXmlTree, walkDescendants, type XmlNode } from './xml-tree';
import { ReadContext } from './body/context';
import { readBlocks, type BlockSink } from './body/blocks';

export type { Range, BlockSource, CellSource, ContainerSource, SourceMap } from './source-map';

/** A section's header and footer references (w:sectPr), in document order. */
export interface SectionRefs {
  refs: { kind: 'header' | 'footer'; type: 'default' | 'first' | 'even'; rId: string }[];
  /** w:titlePg: the first page has its own header and footer. */
  titlePage: boolean;
}

export interface DocumentRead {
  blocks: Block[];
  textBoxes: TextBox[];
  sections: SectionRefs[];
  fields: FieldSpan[];
  contentControls: ContentControlSpan[];
  warnings: string[];
  source: SourceMap;
}

const WORD_MAIN = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

export function readDocumentXml(
  text: string,
  part: string,
  styles: Styles,
  numbering: Numbering | null = null,
): DocumentRead {
  const blocks: Block[] = [];
  const contentControls: ContentControlSpan[] = [];
  const source: SourceMap = {
    bodyContentStart: -1,
    blocks: [],
    cells: [],
    containers: [],
    mainPrefix: 'w',
    rootNamespaces: {},
  };
  const ctx = new ReadContext(text, styles, () => blocks.length, {
    recordFields: true,
    lists: numbering ? new ListCounter(numbering, styles) : null,
  });
  const open: number[] = [];
  const container = (): number => (open.length ? open[open.length - 1] : -1);
  const sink: BlockSink = {
    paragraph(read, el) {
      source.blocks.push({ start: el.start, end: el.end, container: container() });
      source.cells.push(undefined);
      blocks.push(read.paragraph);
    },
    table(read, el) {
      source.blocks.push({ start: el.start, end: el.end, container: container() });
      source.cells.push(read.sources);
      blocks.push(read.table);
    },
    openControl(el) {
      const parent = container();
      open.push(source.containers.length);
      source.containers.push({ start: el.start, end: -1, parent, fromBlock: blocks.length, toBlock: -1 });
    },
    closeControl(el, props) {
      const c = source.containers[open.pop() ?? -1];
      if (!c) return;
      c.end = el.end;
      c.toBlock = blocks.length - 1;
      if (blocks.length > c.fromBlock)
        contentControls.push({ ...props, fromBlock: c.fromBlock, toBlock: blocks.length - 1 });
    },
  };

  const textBoxes: TextBox[] = [];
  ctx.onTextBox = (paragraphs) => textBoxes.push({ anchorBlock: blocks.length, paragraphs });

  // The body's blocks are read one top-level element at a time as the parser closes it (xml-tree.ts:
  // TreeStream), in document order as before; only the rest of the part stays as a tree.
  const sections: SectionRefs[] = [];
  const root = parseXmlTree(text, part, {
    container: 'body',
    open(body) {
      source.bodyContentStart = body.openEnd;
    },
    child(body) {
      readBlocks(body, ctx, sink);
      sections.push(...readSections(body));
    },
  });
  for (const [k, v] of Object.entries(root.attrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) {
      source.rootNamespaces[k] = v;
      if (WORD_MAIN.has(v)) source.mainPrefix = k === 'xmlns' ? '' : k.slice(6);
    }
  }

  const warnings = [...ctx.warnings];
  if (source.bodyContentStart < 0) warnings.push('Dokumentet saknar brödtext (w:body); inget innehåll kunde läsas.');
  if (ctx.fields.open) warnings.push('Ett fält i dokumentet saknar slut; fältets text kan vara ofullständig.');
  if (ctx.lostParagraphs)
    warnings.push(`${ctx.lostParagraphs} stycken i en felaktigt uppbyggd tabell kunde inte läsas.`);
  contentControls.sort((a, b) => a.fromBlock - b.fromBlock || b.toBlock - a.toBlock);
  return {
    blocks,
    textBoxes,
    sections,
    fields: ctx.fieldSpans ?? [],
    contentControls,
    warnings,
    source,
  };
}

function headerType(value: string | undefined): SectionRefs['refs'][number]['type'] | null {
  return value === undefined || value === 'default' ? 'default' : value === 'first' || value === 'even' ? value : null;
}

/** The sections' w:sectPr in order: in the last paragraph of each section, and the body's own last. */
function readSections(body: XmlNode): SectionRefs[] {
  const sections: SectionRefs[] = [];
  walkDescendants(body, (el) => {
    if (el.local === 'tbl' || el.local === 'txbxContent') return false;
    if (el.local !== 'sectPr') return;
    const section: SectionRefs = { refs: [], titlePage: false };
    for (const c of el.children) {
      if (c.local === 'titlePg') section.titlePage = onOff(c);
      else if (c.local === 'headerReference' || c.local === 'footerReference') {
        const type = headerType(attr(c, 'type'));
        const rId = attr(c, 'id');
        if (type && rId) section.refs.push({ kind: c.local === 'headerReference' ? 'header' : 'footer', type, rId });
      }
    }
    sections.push(section);
    return false;
  });
  return sections;
}

/** A block's text as edits name it: a paragraph's text, or a table's cells (tab) and rows (newline). */
export function blockText(block: Block): string {
  if (block.kind === 'paragraph') return block.text;
  return block.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n');
}

export type { DocSnapshot };
