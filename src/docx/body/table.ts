/**
 * w:tbl → Table with rows and cells placed on the table grid (w:gridBefore, w:gridSpan), vertical merges
 * and shading; for a top-level table also where each cell's content stands in the part, so a budget
 * cell can be rewritten in place.
 */
import type { Cell, Paragraph, Row, Table } from '../../core/snapshot';
import type { CellSource } from '../source-map';
import { attr, onOff } from '../xml';
import { walkDescendants, type XmlNode } from '../xml-tree';
import { CELL_NESTING_COST, NON_TEXT, SKIP, type CellTrack, type ReadContext } from './context';
import { readBlocks, type BlockSink } from './blocks';
import { readParagraph } from './paragraph';

export interface TableRead {
  table: Table;
  /** Rows → cells, where the table stands at the part's top level; empty for a nested table. */
  sources: CellSource[][];
}

interface RowState {
  cells: Cell[];
  sources: CellSource[];
  header: boolean;
  gridCol: number;
}

/** Content a rewrite of the cell would delete and its text leaves out (nested tables have their own flag). */
function hasNonText(tc: XmlNode): boolean {
  let found = false;
  walkDescendants(tc, (el) => {
    if (NON_TEXT.has(el.local)) found = true;
    return !found && !SKIP.has(el.local) && el.local !== 'tbl';
  });
  return found;
}

function readCell(tc: XmlNode, row: RowState, ctx: ReadContext): void {
  const tracked = ctx.tableDepth === 1;
  const track: CellTrack = { firstPPr: undefined, firstRPr: undefined, fallbackRPr: null };
  let gridSpan = 1;
  let vMerge: Cell['vMerge'] = null;
  let shading: string | null = null;
  let contentStart = tc.openEnd;
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  for (const el of tc.children) {
    if (el.local !== 'tcPr') continue;
    contentStart = el.end;
    for (const prop of el.children) {
      if (prop.local === 'gridSpan') gridSpan = Math.max(1, Number(attr(prop, 'val') ?? '1') || 1);
      else if (prop.local === 'vMerge') vMerge = attr(prop, 'val') === 'restart' ? 'restart' : 'continue';
      else if (prop.local === 'shd') {
        const fill = attr(prop, 'fill');
        shading = fill && fill.toLowerCase() !== 'auto' ? fill.toUpperCase() : null;
      }
    }
  }
  const sink: BlockSink = {
    paragraph: (read) => paragraphs.push(read.paragraph),
    table: (read) => tables.push(read.table),
  };
  const outer = ctx.trackedCell;
  ctx.trackedCell = tracked ? track : null;
  try {
    readBlocks(tc, ctx, sink, { skip: 'tcPr' });
  } finally {
    ctx.trackedCell = outer;
  }
  row.cells.push({
    paragraphs,
    tables,
    text: paragraphs.map((p) => p.text).join('\n'),
    gridColumn: row.gridCol,
    gridSpan,
    vMerge,
    shading,
  });
  row.gridCol += gridSpan;
  if (!tracked) return;
  row.sources.push({
    start: tc.start,
    end: tc.end,
    contentStart: tc.selfClosing ? tc.end : contentStart,
    contentEnd: tc.selfClosing ? tc.end : ctx.text.lastIndexOf('<', tc.end - 1),
    firstPPr: track.firstPPr ?? null,
    firstRPr: track.firstRPr === undefined ? track.fallbackRPr : track.firstRPr,
    hasNestedTable: tables.length > 0,
    hasNonText: hasNonText(tc),
  });
}

/** Children of a table or row outside any cell: wrappers are looked into, stray paragraphs counted as lost. */
function readTableLevel(
  parent: XmlNode,
  ctx: ReadContext,
  onRow: (tr: XmlNode) => void,
  onCell: ((tc: XmlNode) => void) | null,
  onProps: (el: XmlNode) => void,
): void {
  for (const el of parent.children) {
    if (SKIP.has(el.local) || el.local === 'sdtPr') continue;
    switch (el.local) {
      case 'tblPr':
      case 'tblGrid':
      case 'trPr':
        onProps(el);
        continue;
      case 'tr':
        if (!onCell) onRow(el);
        continue;
      case 'tc':
        if (onCell) onCell(el);
        else ctx.nested(() => readTableLevel(el, ctx, onRow, onCell, onProps));
        continue;
      case 'p':
        // A paragraph outside any cell has nowhere to go; its runs are still read for the fields they hold.
        readParagraph(el, ctx);
        ctx.lostParagraphs++;
        continue;
      case 'tbl':
        // A table outside any cell has nowhere to go either.
        readTable(el, ctx);
        continue;
      default:
        ctx.nested(() => readTableLevel(el, ctx, onRow, onCell, onProps));
    }
  }
}

export function readTable(tbl: XmlNode, ctx: ReadContext): TableRead {
  let styleId: string | null = null;
  let gridCols = 0;
  const rows: Row[] = [];
  const sources: CellSource[][] = [];
  const outer = ctx.trackedCell;
  ctx.trackedCell = null;
  ctx.tableDepth++;
  try {
    readTableLevel(
      tbl,
      ctx,
      (tr) => {
        const row: RowState = { cells: [], sources: [], header: false, gridCol: 0 };
        readTableLevel(
          tr,
          ctx,
          () => undefined,
          (tc) => ctx.nested(() => readCell(tc, row, ctx), CELL_NESTING_COST),
          (props) => {
            if (props.local !== 'trPr') return;
            for (const prop of props.children) {
              if (prop.local === 'tblHeader') row.header = onOff(prop);
              else if (prop.local === 'gridBefore') row.gridCol = Number(attr(prop, 'val') ?? '0') || 0;
            }
          },
        );
        rows.push({ cells: row.cells, header: row.header });
        sources.push(row.sources);
      },
      null,
      (props) => {
        if (props.local === 'tblPr') {
          for (const prop of props.children) if (prop.local === 'tblStyle') styleId = attr(prop, 'val') ?? null;
        } else if (props.local === 'tblGrid') {
          for (const prop of props.children) if (prop.local === 'gridCol') gridCols++;
        }
      },
    );
  } finally {
    ctx.tableDepth--;
    ctx.trackedCell = outer;
  }
  const widest = rows.reduce(
    (m, r) =>
      Math.max(
        m,
        r.cells.reduce((s, c) => Math.max(s, c.gridColumn + c.gridSpan), 0),
      ),
    0,
  );
  return {
    table: { kind: 'table', rows, styleId, columnCount: gridCols || widest },
    sources: ctx.tableDepth === 0 ? sources : [],
  };
}
