/**
 * Snapshot → report model. Never throws: whatever the document is, the caller gets a `Report`, and
 * anything the parser could not make sense of becomes a Swedish warning instead of an error, so a
 * check can still run on the parts that were understood.
 */
import type { OtherTable, Report } from '../model';
import type { DocSnapshot } from '../snapshot';
import { isParagraph } from '../snapshot';
import { parseFrontMatter } from './frontmatter';
import { parseGoals } from './goals';
import { detectHeadings } from './headings';
import { linesBefore } from './lines';
import { findTitle } from './report-type';
import { buildSections, sectionTitleAt } from './sections';
import { isLevel1Title } from './labels';
import { isBlank, squash } from './text';
import { detectToc } from './toc';

export const NOT_A_REPORT_WARNING =
  'Dokumentet ser inte ut som en rapport (verksamhetsberättelse, tertialrapport eller verksamhetsplan): ingen rapporttitel, inga mål och inga kända avsnitt hittades.';
export const NO_TITLE_WARNING =
  'Rapportens titel (t.ex. "Verksamhetsberättelse VB 2020 för …") hittades inte, så rapporttyp och år är okända.';
export const PARSE_ERROR_WARNING = 'Dokumentet kunde inte tolkas helt; kontrollen kan vara ofullständig.';

/** How far into the document the title and front matter are looked for when no TOC or heading bounds them. */
const FRONT_LIMIT = 60;

function emptyReport(warnings: string[]): Report {
  return {
    type: null,
    year: null,
    unit: null,
    title: null,
    frontMatter: { dnr: null, date: null, handlaggare: null, till: null, telefon: null },
    headings: [],
    sections: [],
    goals: [],
    toc: null,
    otherTables: [],
    warnings,
  };
}

function captionBefore(snapshot: DocSnapshot, block: number): string | null {
  for (let i = block - 1; i >= 0 && i >= block - 3; i--) {
    const b = snapshot.blocks[i];
    if (!isParagraph(b)) return null;
    if (isBlank(b.text)) continue;
    return squash(b.text);
  }
  return null;
}

export function parseReport(snapshot: DocSnapshot): Report {
  try {
    return parseUnsafe(snapshot);
  } catch (e) {
    // A parser bug must not stop the user's check; the message says what part is missing.
    const detail = e instanceof Error ? ` (${e.message})` : '';
    return emptyReport([PARSE_ERROR_WARNING + detail]);
  }
}

function parseUnsafe(snapshot: DocSnapshot): Report {
  const toc = detectToc(snapshot);
  const tocStart = toc?.heading?.loc.block ?? toc?.fromBlock ?? snapshot.blocks.length;
  const title = findTitle(linesBefore(snapshot, Math.min(tocStart, FRONT_LIMIT)));
  // The report title may carry a heading style; it names the report, it is not a section.
  const headings = detectHeadings(snapshot, toc).filter((h) => h.loc.block !== title?.title.loc.block);
  const firstLevel1 = headings.find((h) => h.level === 1)?.loc.block ?? snapshot.blocks.length;
  const frontEnd = Math.min(tocStart, firstLevel1, FRONT_LIMIT);
  const frontMatter = parseFrontMatter(snapshot, frontEnd);
  const sections = buildSections(snapshot, headings);
  const goals = parseGoals(snapshot, headings);

  const warnings: string[] = [];
  const known = headings.some((h) => h.level === 1 && isLevel1Title(h.text));
  if (!title && goals.range === null && !known) {
    return { ...emptyReport([NOT_A_REPORT_WARNING]), frontMatter, headings, sections, toc };
  }
  if (!title) warnings.push(NO_TITLE_WARNING);
  warnings.push(...goals.warnings);

  const otherBlocks = new Set<number>([...goals.otherTableBlocks, ...goals.strayTableBlocks]);
  snapshot.blocks.forEach((b, i) => {
    if (isParagraph(b)) return;
    const inGoals = goals.range !== null && i >= goals.range[0] && i <= goals.range[1];
    if (!inGoals) otherBlocks.add(i);
  });
  const otherTables: OtherTable[] = [...otherBlocks]
    .sort((a, b) => a - b)
    .map((block) => ({ block, section: sectionTitleAt(sections, block), caption: captionBefore(snapshot, block) }));

  return {
    type: title?.type ?? null,
    year: title?.year ?? null,
    unit: title?.unit ?? null,
    title: title?.title ?? null,
    frontMatter,
    headings,
    sections,
    goals: goals.goals,
    toc,
    otherTables,
    warnings,
  };
}
