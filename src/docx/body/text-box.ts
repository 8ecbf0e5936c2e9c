/**
 * Text boxes and shapes with text (w:txbxContent, in DrawingML's wps:txbx and in VML's v:textbox): their
 * paragraphs are report text the placeholder checks must see, but not blocks of the body, so they go to
 * the context's text-box sink and leave the body's block order and locations as they are. Where
 * mc:AlternateContent offers the same box twice (DrawingML and a VML fallback), only the choice is read.
 */
import type { Paragraph, Table } from '../../core/snapshot';
import { walkDescendants, type XmlNode } from '../xml-tree';
import type { ReadContext } from './context';
import { readBlocks } from './blocks';

/** A table's paragraphs in reading order, nested tables' included. */
export function tableParagraphs(table: Table): Paragraph[] {
  return table.rows.flatMap((r) => r.cells.flatMap((c) => [...c.paragraphs, ...c.tables.flatMap(tableParagraphs)]));
}

/** Every paragraph of a story (a header, footer or text box), its tables' paragraphs in place. */
export function readStoryParagraphs(container: XmlNode, ctx: ReadContext): Paragraph[] {
  const out: Paragraph[] = [];
  const saved = { tableDepth: ctx.tableDepth, trackedCell: ctx.trackedCell };
  ctx.tableDepth = 0;
  ctx.trackedCell = null;
  ctx.storyDepth++;
  try {
    ctx.nested(() =>
      readBlocks(container, ctx, {
        paragraph: (read) => out.push(read.paragraph),
        table: (read) => out.push(...tableParagraphs(read.table)),
      }),
    );
  } finally {
    ctx.storyDepth--;
    ctx.tableDepth = saved.tableDepth;
    ctx.trackedCell = saved.trackedCell;
  }
  return out;
}

export function readTextBoxes(el: XmlNode, ctx: ReadContext): void {
  const sink = ctx.onTextBox;
  if (!sink) return;
  walkDescendants(el, (d) => {
    if (d.local === 'Fallback') return false;
    if (d.local !== 'txbxContent') return;
    sink(readStoryParagraphs(d, ctx));
    return false;
  });
}
