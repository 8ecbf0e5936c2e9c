/**
 * Rebuilds a table of contents as a real Word TOC field whose cached result already lists the right
 * entries. The cached result matters: LibreOffice, PDF converters and Word before its next field update
 * show it as it is, so it must be correct without Word's help. Page numbers are only known from the
 * old TOC; the rest is left to Word, which updates the field when it opens the document.
 */
import type { Edit, InsertBlocks, ReplaceBlocks, SetUpdateFieldsOnOpen } from '../edits';
import type { Report, Toc } from '../model';
import { complexFieldParagraphs, para, run } from '../ooxml/builders';
import { builtInStyleId, tocStyleId } from '../ooxml/style-names';
import type { Block, DocSnapshot } from '../snapshot';
import { matchToc, tocField, tocHeadings, type TocHeading, type TocMatch } from './compare';
import { DEFAULT_TOC_INSTRUCTION, omitsPage, parseTocInstruction } from './instruction';
import { cleanTocText, stripLeadingNumber, tocKey } from './normalize';
import { firstSectionTitle } from '../template/index';

/** What the rebuild writes when the document's TOC has no instruction of its own (a typed list). */
export const TOC_INSTRUCTION = DEFAULT_TOC_INSTRUCTION;

export interface TocLine {
  text: string;
  /** The heading's list number, written before a tab as Word writes it ("1⇥Sammanfattande analys"). */
  number?: string | null;
  level: number;
  /** Page number as shown in the old TOC, or null when unknown. */
  page: string | null;
}

export interface TocLayout {
  /** Paragraph style id per level (1–9); the document's own TOC styles when it has them. */
  styleIds: Record<number, string>;
  /** Position of the right tab with the dotted leader, in twips (A4 with 2.5 cm margins by default). */
  tabPos: number;
  /** Extra left indent per level below 1, in twips (Word's built-in TOC 2 indents 220). */
  indentPerLevel: number;
}

export const DEFAULT_TOC_LAYOUT: TocLayout = {
  styleIds: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => [level, tocStyleId(level)])),
  tabPos: 9062,
  indentPerLevel: 220,
};

/** One TOC paragraph. Indent and leader are written out so the line looks right even where the style is missing. */
export function tocLineXml(line: TocLine, layout: TocLayout = DEFAULT_TOC_LAYOUT): string {
  const level = Math.min(Math.max(line.level, 1), 9);
  const runs = line.number ? [run(`${line.number}\t`)] : [];
  runs.push(run(cleanTocText(line.text)));
  if (line.page) runs.push(run(`\t${line.page}`));
  return para(runs, {
    style: layout.styleIds[level] ?? tocStyleId(level),
    dottedTabAt: layout.tabPos,
    indent: (level - 1) * layout.indentPerLevel,
    spaceAfter: 100,
  });
}

/** The whole TOC field: begin and instruction in the first line, one paragraph per line, end in the last. */
export function tocFieldXml(
  lines: TocLine[],
  layout: TocLayout = DEFAULT_TOC_LAYOUT,
  instruction: string = TOC_INSTRUCTION,
): string {
  return complexFieldParagraphs(
    instruction,
    lines.map((l) => tocLineXml(l, layout)),
    { style: layout.styleIds[1] ?? tocStyleId(1) },
  );
}

/** The number an entry shows before the heading's title ("1.2" of "1.2 Syfte" for "Syfte"), or null. */
function leadingNumberOf(entryText: string, headingText: string): string | null {
  const entry = cleanTocText(entryText);
  const rest = stripLeadingNumber(entry);
  if (rest === entry || tocKey(rest) !== tocKey(headingText)) return null;
  return entry.slice(0, entry.length - rest.length).trim();
}

/**
 * The lines the TOC should hold: the headings (with their list numbers), and the old TOC's page numbers
 * where an entry lists the heading. `\n` in the instruction leaves page numbers out at its levels.
 */
export function tocLinesFor(headings: TocHeading[], toc: Toc | null, match?: TocMatch): TocLine[] {
  const m = match ?? (toc ? matchToc(toc.entries, headings) : null);
  const sw = toc?.instruction ? parseTocInstruction(toc.instruction) : null;
  return headings.map((h, j) => {
    const i = m?.entryOf.get(j);
    const entry = i !== undefined ? toc?.entries[i] : undefined;
    const page = entry?.page ?? null;
    // A heading whose number is unknown here keeps the number its entry shows (Word wrote it there).
    const shown = h.numberUnknown && entry ? leadingNumberOf(entry.text, h.text) : null;
    return {
      text: cleanTocText(h.text),
      number: h.number ?? shown,
      level: h.level,
      page: sw && omitsPage(sw, h.level) ? null : page,
    };
  });
}

function blockText(block: Block | undefined): string {
  if (!block) return '';
  if (block.kind === 'paragraph') return block.text;
  return block.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n');
}

/** The document's own TOC paragraph styles (a Swedish Word names them `Innehll1`…), by level. */
function layoutFrom(snapshot: DocSnapshot, from: number, to: number): TocLayout {
  const styleIds: Record<number, string> = { ...DEFAULT_TOC_LAYOUT.styleIds };
  for (let b = from; b <= to; b++) {
    const block = snapshot.blocks[b];
    if (block?.kind !== 'paragraph' || !block.styleId || !block.styleName) continue;
    const m = /^toc ([1-9])$/.exec(block.styleName);
    if (m) styleIds[Number(m[1])] = block.styleId;
  }
  return { ...DEFAULT_TOC_LAYOUT, styleIds };
}

/**
 * The blocks to replace: the entries, widened to the whole TOC field when there is one, so that no
 * field begin or end is left without its partner.
 */
export function tocBlockRange(toc: Toc, snapshot: DocSnapshot): { fromBlock: number; toBlock: number } {
  let fromBlock = toc.fromBlock;
  let toBlock = toc.toBlock;
  for (const f of snapshot.fields) {
    if (f.type === 'TOC' && f.fromBlock <= toBlock && f.toBlock >= fromBlock) {
      fromBlock = Math.min(fromBlock, f.fromBlock);
      toBlock = Math.max(toBlock, f.toBlock);
    }
  }
  return { fromBlock, toBlock };
}

const UPDATE_ON_OPEN: SetUpdateFieldsOnOpen = {
  kind: 'setUpdateFieldsOnOpen',
  reason: 'Word uppdaterar sidnumren i innehållsförteckningen när dokumentet öppnas',
};

/**
 * Edits that replace the TOC with a field listing `lines`, under the document's own instruction when it has
 * one. For a field, exactly the field is replaced (`field: 'TOC'`): text before its begin mark or after its
 * end mark in the same paragraphs — a title, the next heading — stays where it is, with its bookmarks.
 */
export function rebuildTocEdits(toc: Toc, snapshot: DocSnapshot, lines: TocLine[]): Edit[] {
  const field = tocField(toc, snapshot);
  const { fromBlock, toBlock } = tocBlockRange(toc, snapshot);
  const instruction = field ? field.instruction.trim() : TOC_INSTRUCTION;
  const ooxml = tocFieldXml(lines, layoutFrom(snapshot, fromBlock, toBlock), instruction || TOC_INSTRUCTION);
  const replace: ReplaceBlocks = {
    kind: 'replaceBlocks',
    fromBlock,
    toBlock,
    oldFirstText: blockText(snapshot.blocks[fromBlock]),
    oldLastText: blockText(snapshot.blocks[toBlock]),
    ooxml,
    reason:
      toc.kind === 'field'
        ? 'Innehållsförteckningen uppdaterades efter rubrikerna'
        : 'Den inskrivna innehållsförteckningen ersattes med en innehållsförteckning som Word kan uppdatera',
  };
  if (field && field.fromBlock === fromBlock && field.toBlock === toBlock) replace.field = 'TOC';
  return snapshot.settings.updateFieldsOnOpen ? [replace] : [replace, UPDATE_ON_OPEN];
}

/**
 * Edits that insert a new TOC (title and field) before the first level-1 heading, for a report
 * that has none.
 */
export function insertTocEdits(report: Report, snapshot: DocSnapshot): Edit[] {
  const all = tocHeadings(report, null, snapshot);
  // The reports put the TOC right before the template's first section ("Sammanfattande analys"),
  // after the front matter; a report of unknown type is taken for a VB/T, the common case.
  const firstTitle = firstSectionTitle(report.type ?? 'VB', report.year);
  const first =
    (firstTitle === null ? undefined : all.find((h) => tocKey(h.text) === tocKey(firstTitle))) ??
    all.find((h) => h.level === 1) ??
    all[0];
  if (!first) return [];
  const headings = all.filter((h) => h.loc.block >= first.loc.block);
  const insert: InsertBlocks = {
    kind: 'insertBlocks',
    after: first.loc.block - 1,
    ooxml:
      para(
        'Innehållsförteckning',
        { style: builtInStyleId('TOCHeading'), keepNext: true, spaceAfter: 240 },
        { bold: true, size: 28 },
      ) + tocFieldXml(tocLinesFor(headings, null)),
    reason: 'En innehållsförteckning lades till före första rubriken',
  };
  return snapshot.settings.updateFieldsOnOpen ? [insert] : [insert, UPDATE_ON_OPEN];
}
