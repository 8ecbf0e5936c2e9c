/**
 * Block-level content (a body, a cell, a header, a text box): paragraphs and tables in order, looking
 * through the wrappers that can hold them (content controls, custom XML, insertions). A block-level
 * content control at the top level of the body is reported to the sink, which remembers its span.
 */
import { attr } from '../xml';
import { walkDescendants, type XmlNode } from '../xml-tree';
import { SKIP, type ReadContext } from './context';
import { readParagraph, type ParagraphRead } from './paragraph';
import { readTable, type TableRead } from './table';

export interface ControlProps {
  tag: string | null;
  title: string | null;
  docPartGallery: string | null;
}

export interface BlockSink {
  paragraph(read: ParagraphRead, el: XmlNode): void;
  table(read: TableRead, el: XmlNode): void;
  /** Block-level content controls outside tables; without these, a control is just a wrapper. */
  openControl?(el: XmlNode): void;
  closeControl?(el: XmlNode, props: ControlProps): void;
}

function readControlProps(sdtPr: XmlNode, props: ControlProps): void {
  walkDescendants(sdtPr, (el) => {
    if (el.local === 'tag') props.tag = attr(el, 'val') ?? null;
    else if (el.local === 'alias') props.title = attr(el, 'val') ?? null;
    else if (el.local === 'docPartGallery') props.docPartGallery = attr(el, 'val') ?? null;
  });
}

/** Reads the block-level children of `parent` into `sink`; `options.skip` names a property child to leave out (w:tcPr). */
export function readBlocks(parent: XmlNode, ctx: ReadContext, sink: BlockSink, options: { skip?: string } = {}): void {
  for (const el of parent.children) {
    if (el.local === options.skip || SKIP.has(el.local)) continue;
    switch (el.local) {
      case 'p':
        sink.paragraph(readParagraph(el, ctx), el);
        continue;
      case 'tbl':
        sink.table(readTable(el, ctx), el);
        continue;
      case 'sdtPr':
        continue;
      case 'sdt':
        if (ctx.tableDepth === 0 && sink.openControl && sink.closeControl) {
          const props: ControlProps = { tag: null, title: null, docPartGallery: null };
          sink.openControl(el);
          for (const pr of el.children) if (pr.local === 'sdtPr') readControlProps(pr, props);
          ctx.nested(() => readBlocks(el, ctx, sink));
          sink.closeControl(el, props);
          continue;
        }
        ctx.nested(() => readBlocks(el, ctx, sink));
        continue;
      // A run or row outside its paragraph or table says nothing Word shows.
      case 'r':
      case 'tr':
        continue;
      default:
        ctx.nested(() => readBlocks(el, ctx, sink));
    }
  }
}
