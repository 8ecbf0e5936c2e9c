/**
 * One more batch, only for documents that need it: the OOXML (`getOoxml`, WordApi 1.1) of the few paragraphs
 * and tables where Word's text API loses what the .docx adapter sees — symbol-font characters read as "("
 * (read-symbols.ts) and table structure Word does not report (read-tables.ts) — read with the .docx
 * reader itself (`readDocumentXml`), so both adapters map w:sym, w:gridSpan and w:vMerge the same way.
 * A whole body's OOXML would carry every style, list and picture of the report (megabytes); a paragraph's
 * or a table's carries only what it holds.
 */
import type { Block, Paragraph } from '../core/snapshot';
import { readDocumentXml } from '../docx/document';
import { emptyStyles } from '../docx/styles';
import type { BlockMap } from './read';
import { mayHoldSymbols, restoreSymbols } from './read-symbols';
import { mayHoldMerges, mergeTableFromOoxml, tableMayHoldSymbols } from './read-tables';

/** At most this many paragraphs and tables per document: each package also carries the styles they use. */
export const MAX_OOXML_LOADS = 60;

export const OOXML_WARNINGS = {
  tooMany:
    'Dokumentet har många stycken med symboler eller sammanfogade tabellceller; en del av dem lästes som Word visar dem i text, utan symbolerna.',
  failed:
    'Word kunde inte läsa symboler och sammanfogade tabellceller ur dokumentets OOXML; de lästes som Word visar dem i text.',
} as const;

/** The first block of that kind in a getOoxml package, as the .docx reader reads it; null when unreadable. */
export function firstBlockOfOoxml<K extends Block['kind']>(ooxml: string, kind: K): Extract<Block, { kind: K }> | null {
  try {
    const blocks = readDocumentXml(ooxml, 'getOoxml', emptyStyles()).blocks;
    return (blocks.find((b) => b.kind === kind) as Extract<Block, { kind: K }> | undefined) ?? null;
  } catch {
    // A package the reader refuses (DocxError) leaves Word's own reading as it is.
    return null;
  }
}

function restoreParagraph(p: Paragraph, ooxml: string): void {
  const from = firstBlockOfOoxml(ooxml, 'paragraph');
  const text = from ? restoreSymbols(p.text, from.text) : null;
  if (text === null) return;
  p.text = text;
  p.runs = p.runs.length === 1 ? [{ ...p.runs[0], text }] : [{ text, bold: p.bold, italic: p.italic }];
}

export interface OoxmlRecovery {
  /** Tables read from `Table.values` alone (`simplified`) that the OOXML could not complete. */
  unrecoveredTables: number;
}

/**
 * Reads the OOXML of the blocks that need it in one batch and one sync (none when no block does) and
 * completes `blocks` in place. `simplified`: indices of tables read from `Table.values` alone.
 */
export async function recoverFromOoxml(
  context: Word.RequestContext,
  read: {
    blocks: Block[];
    map: BlockMap;
    paragraphs: readonly Word.Paragraph[];
    tables: readonly Word.Table[];
    simplified: ReadonlySet<number>;
    /** Paragraphs of page headers, footers and text boxes, with the Word paragraph each was read from. */
    stories?: readonly { word: Word.Paragraph; paragraph: Paragraph }[];
  },
  warnings: string[],
): Promise<OoxmlRecovery> {
  const { blocks, map, paragraphs, tables, simplified } = read;
  const wanted: number[] = [];
  blocks.forEach((b, i) => {
    const needs =
      b.kind === 'paragraph' ? mayHoldSymbols(b.text) : simplified.has(i) || mayHoldMerges(b) || tableMayHoldSymbols(b);
    if (needs) wanted.push(i);
  });
  const stories = (read.stories ?? []).filter((s) => mayHoldSymbols(s.paragraph.text));
  if (wanted.length + stories.length === 0) return { unrecoveredTables: simplified.size };
  if (wanted.length + stories.length > MAX_OOXML_LOADS) warnings.push(OOXML_WARNINGS.tooMany);
  const loads = wanted.slice(0, MAX_OOXML_LOADS).map((i) => {
    const ref = map.blocks[i];
    const result =
      ref.kind === 'paragraph' ? paragraphs[ref.paragraph].getOoxml() : tables[ref.table].getRange('Whole').getOoxml();
    return { block: i, result };
  });
  const storyLoads = stories
    .slice(0, Math.max(0, MAX_OOXML_LOADS - loads.length))
    .map((s) => ({ paragraph: s.paragraph, result: s.word.getOoxml() }));
  try {
    await context.sync();
  } catch {
    warnings.push(OOXML_WARNINGS.failed);
    return { unrecoveredTables: simplified.size };
  }
  for (const { paragraph, result } of storyLoads) restoreParagraph(paragraph, result.value);
  let unrecovered = simplified.size;
  for (const { block, result } of loads) {
    const b = blocks[block];
    if (b.kind === 'paragraph') {
      restoreParagraph(b, result.value);
      continue;
    }
    const from = firstBlockOfOoxml(result.value, 'table');
    if (from && mergeTableFromOoxml(b, from) && simplified.has(block)) unrecovered--;
  }
  return { unrecoveredTables: unrecovered };
}
