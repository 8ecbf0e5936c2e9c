/**
 * Rebuilds a table of contents as a real Word TOC field whose cached result already lists the right
 * entries. The cached result matters: LibreOffice, PDF converters and Word before its next field update
 * show it as it is, so it must be correct without Word's help. Page numbers are only known from the
 * old TOC; the rest is left to Word, which updates the field when it opens the document.
 */
import type { Edit, InsertBlocks, ReplaceBlocks, SetUpdateFieldsOnOpen } from '../edits';
import type { Heading, Report, Toc } from '../model';
import { complexFieldParagraphs, para, run } from '../ooxml/builders';
import type { Block, DocSnapshot } from '../snapshot';
import { compareToc, tocHeadings, type TocDifference } from './compare';
import { cleanTocText, tocKey } from './normalize';

export const TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u';

export interface TocLine {
  text: string;
  level: number;
  /** Page number as shown in the old TOC, or null when unknown. */
  page: string | null;
}

export interface TocLayout {
  /** Paragraph style id per level (1–3); the document's own TOC styles when it has them. */
  styleIds: Record<number, string>;
  /** Position of the right tab with the dotted leader, in twips (A4 with 2.5 cm margins by default). */
  tabPos: number;
  /** Extra left indent per level below 1, in twips (Word's built-in TOC 2 indents 220). */
  indentPerLevel: number;
}

export const DEFAULT_TOC_LAYOUT: TocLayout = {
  styleIds: { 1: 'TOC1', 2: 'TOC2', 3: 'TOC3' },
  tabPos: 9062,
  indentPerLevel: 220,
};

/** One TOC paragraph. Indent and leader are written out so the line looks right even where the style is missing. */
export function tocLineXml(line: TocLine, layout: TocLayout = DEFAULT_TOC_LAYOUT): string {
  const level = Math.min(Math.max(line.level, 1), 3);
  const runs = [run(cleanTocText(line.text))];
  if (line.page) runs.push(run(`\t${line.page}`));
  return para(runs, {
    style: layout.styleIds[level] ?? `TOC${level}`,
    dottedTabAt: layout.tabPos,
    indent: (level - 1) * layout.indentPerLevel,
    spaceAfter: 100,
  });
}

/** The whole TOC field: begin and instruction in the first line, one paragraph per line, end in the last. */
export function tocFieldXml(lines: TocLine[], layout: TocLayout = DEFAULT_TOC_LAYOUT): string {
  return complexFieldParagraphs(
    TOC_INSTRUCTION,
    lines.map((l) => tocLineXml(l, layout)),
    { style: layout.styleIds[1] ?? 'TOC1' },
  );
}

/** The lines the TOC should hold: the headings, with the old TOC's page numbers where the entry is recognisable. */
export function tocLinesFor(headings: Heading[], toc: Toc | null, differences?: TocDifference[]): TocLine[] {
  const pageByKey = new Map<string, string>();
  for (const e of toc?.entries ?? []) {
    const key = tocKey(e.text);
    if (e.page && !pageByKey.has(key)) pageByKey.set(key, e.page);
  }
  const pageByHeading = new Map<Heading, string>();
  for (const d of differences ?? (toc ? compareToc(toc.entries, headings) : [])) {
    if (d.kind === 'changedText' && d.entry.page) pageByHeading.set(d.heading, d.entry.page);
  }
  return headings.map((h) => ({
    text: cleanTocText(h.text),
    level: h.level,
    page: pageByKey.get(tocKey(h.text)) ?? pageByHeading.get(h) ?? null,
  }));
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
    const m = /^toc ([1-3])$/.exec(block.styleName);
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

/** Edits that replace the TOC with a field listing `lines`; the "Innehållsförteckning" title is kept. */
export function rebuildTocEdits(toc: Toc, snapshot: DocSnapshot, lines: TocLine[]): Edit[] {
  const { fromBlock, toBlock } = tocBlockRange(toc, snapshot);
  let ooxml = tocFieldXml(lines, layoutFrom(snapshot, fromBlock, toBlock));
  // A field may begin in the title's own paragraph; the title is then written back before the field.
  const titleBlock = toc.heading?.loc.block;
  if (titleBlock !== undefined && titleBlock >= fromBlock && titleBlock <= toBlock) {
    const title = snapshot.blocks[titleBlock];
    const style = title?.kind === 'paragraph' ? title.styleId ?? undefined : undefined;
    ooxml = para(cleanTocText(toc.heading?.text ?? 'Innehållsförteckning'), { style, keepNext: true }) + ooxml;
  }
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
  return snapshot.settings.updateFieldsOnOpen ? [replace] : [replace, UPDATE_ON_OPEN];
}

/**
 * Edits that insert a new TOC (title and field) before the first level-1 heading, for a report
 * that has none.
 */
export function insertTocEdits(report: Report, snapshot: DocSnapshot): Edit[] {
  const all = tocHeadings(report, null);
  // The reports put the TOC right before "Sammanfattande analys", after the front matter.
  const first =
    all.find((h) => tocKey(h.text) === 'sammanfattande analys') ?? all.find((h) => h.level === 1) ?? all[0];
  if (!first) return [];
  const headings = all.filter((h) => h.loc.block >= first.loc.block);
  const insert: InsertBlocks = {
    kind: 'insertBlocks',
    after: first.loc.block - 1,
    ooxml:
      para('Innehållsförteckning', { style: 'TOCHeading', keepNext: true, spaceAfter: 240 }, { bold: true, size: 28 }) +
      tocFieldXml(tocLinesFor(headings, null, [])),
    reason: 'En innehållsförteckning lades till före första rubriken',
  };
  return snapshot.settings.updateFieldsOnOpen ? [insert] : [insert, UPDATE_ON_OPEN];
}
