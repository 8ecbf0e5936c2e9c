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

/**
 * At most this many paragraphs and tables per document: each package also carries the styles they use
 * (tens of KiB), and Word fails a response too large for it (office-js #719) — then nothing is recovered.
 */
export const MAX_OOXML_LOADS = 40;

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

function blocksOfOoxml(ooxml: string): Block[] | null {
  try {
    return readDocumentXml(ooxml, 'getOoxml', emptyStyles()).blocks;
  } catch {
    return null;
  }
}

/** Puts back the symbols of `p` from the same paragraph's text as the .docx reader reads it. */
function restoreParagraph(p: Paragraph, fromOoxml: string): void {
  const text = restoreSymbols(p.text, fromOoxml);
  if (text === null) return;
  p.text = text;
  p.runs = p.runs.length === 1 ? [{ ...p.runs[0], text }] : [{ text, bold: p.bold, italic: p.italic }];
}

/** What one package is asked for: a table, or a run of adjacent body paragraphs (a list of marked lines). */
type Unit = { table: number } | { paragraphs: number[] };

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
  const units: Unit[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'table') {
      if (simplified.has(i) || mayHoldMerges(b) || tableMayHoldSymbols(b)) units.push({ table: i });
      return;
    }
    if (!mayHoldSymbols(b.text)) return;
    // Adjacent paragraphs share one package (Range.expandTo, WordApi 1.3): a list of marked lines costs one.
    const last = units[units.length - 1];
    if (last && 'paragraphs' in last && last.paragraphs[last.paragraphs.length - 1] === i - 1) last.paragraphs.push(i);
    else units.push({ paragraphs: [i] });
  });
  const stories = (read.stories ?? []).filter((s) => mayHoldSymbols(s.paragraph.text));
  if (units.length + stories.length === 0) return { unrecoveredTables: simplified.size };
  if (units.length + stories.length > MAX_OOXML_LOADS) warnings.push(OOXML_WARNINGS.tooMany);
  // Tables read from values alone first: without their OOXML they have no grid at all.
  const first = (u: Unit): boolean => 'table' in u && simplified.has(u.table);
  const ordered = [...units.filter(first), ...units.filter((u) => !first(u))];
  const paragraphOf = (block: number): Word.Paragraph => {
    const ref = map.blocks[block];
    if (ref.kind !== 'paragraph') throw new Error('not a paragraph block');
    return paragraphs[ref.paragraph];
  };
  const loads = ordered.slice(0, MAX_OOXML_LOADS).map((unit) => {
    if ('table' in unit) {
      const ref = map.blocks[unit.table];
      const table = ref.kind === 'table' ? tables[ref.table] : null;
      return { unit, result: table ? table.getRange('Whole').getOoxml() : null };
    }
    const [from, to] = [paragraphOf(unit.paragraphs[0]), paragraphOf(unit.paragraphs[unit.paragraphs.length - 1])];
    const range = unit.paragraphs.length === 1 ? from : from.getRange('Whole').expandTo(to.getRange('Whole'));
    return { unit, result: range.getOoxml() };
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
  for (const { paragraph, result } of storyLoads) {
    const from = firstBlockOfOoxml(result.value, 'paragraph');
    if (from) restoreParagraph(paragraph, from.text);
  }
  let unrecovered = simplified.size;
  for (const { unit, result } of loads) {
    if (!result) continue;
    if ('paragraphs' in unit) {
      // Paired in order when the package holds exactly these paragraphs; otherwise Word's text stays.
      const read = (blocksOfOoxml(result.value) ?? []).filter((b) => b.kind === 'paragraph');
      if (read.length !== unit.paragraphs.length) continue;
      unit.paragraphs.forEach((block, k) => {
        const b = blocks[block];
        if (b.kind === 'paragraph') restoreParagraph(b, read[k].text);
      });
      continue;
    }
    const b = blocks[unit.table];
    const from = firstBlockOfOoxml(result.value, 'table');
    if (b.kind === 'table' && from && mergeTableFromOoxml(b, from) && simplified.has(unit.table)) unrecovered--;
  }
  return { unrecoveredTables: unrecovered };
}
