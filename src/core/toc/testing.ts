/**
 * Builds a snapshot and its report model by hand for TOC tests, the way the parser would: a list of
 * lines, each a body paragraph, a heading (style or layout) or a TOC entry.
 */
import type { Heading, Report, Toc, TocEntry } from '../model';
import { emptySnapshot, paragraph, type DocSnapshot, type Paragraph } from '../snapshot';

export type Line =
  | { text: string }
  | { heading: string; level: number; source?: 'style' | 'layout'; guessed?: true }
  | { entry: string; level: number; page?: string | null }
  | { tocTitle: string };

/** Swedish Word reports the built-in heading styles under their English names, with its own ids. */
function headingParagraph(text: string, level: number, source: 'style' | 'layout'): Paragraph {
  return source === 'style'
    ? paragraph(text, { styleId: `Rubrik${level}`, styleName: `heading ${level}`, outlineLevel: level })
    : paragraph(text, { bold: true });
}

export interface Built {
  snapshot: DocSnapshot;
  report: Report;
}

/**
 * `tocKind` says what the entries are: 'typed' (body text with dot leaders), 'styled' (TOC styles)
 * or 'field' (a TOC field over the entries, begin in the first entry and end in the last).
 */
export function buildReport(lines: Line[], tocKind: Toc['kind'] | null = 'typed', type: Report['type'] = 'VB'): Built {
  const snapshot = emptySnapshot();
  const headings: Heading[] = [];
  const entries: TocEntry[] = [];
  let tocTitle: Toc['heading'] = null;
  lines.forEach((line, block) => {
    if ('heading' in line) {
      const source = line.source ?? 'style';
      snapshot.blocks.push(headingParagraph(line.heading, line.level, source));
      headings.push({
        text: line.heading,
        level: line.level,
        loc: { block },
        source,
        ...(line.guessed ? { guessed: true as const } : {}),
      });
    } else if ('entry' in line) {
      const page = line.page === undefined ? String(block) : line.page;
      const typed = tocKind === 'typed';
      const text = typed ? `${line.entry} ${'.'.repeat(40)} ${page ?? ''}` : `${line.entry}\t${page ?? ''}`;
      snapshot.blocks.push(
        typed ? paragraph(text) : paragraph(text, { styleId: `Innehll${line.level}`, styleName: `toc ${line.level}` }),
      );
      entries.push({ text: line.entry, level: line.level, page, loc: { block } });
    } else if ('tocTitle' in line) {
      snapshot.blocks.push(
        paragraph(line.tocTitle, { styleId: 'Innehllsfrteckningsrubrik', styleName: 'toc heading' }),
      );
      tocTitle = { text: line.tocTitle, loc: { block } };
    } else {
      snapshot.blocks.push(paragraph(line.text));
    }
  });
  let toc: Toc | null = null;
  if (tocKind && entries.length > 0) {
    const fromBlock = entries[0].loc.block;
    const toBlock = entries[entries.length - 1].loc.block;
    toc = { kind: tocKind, heading: tocTitle, fromBlock, toBlock, entries, instruction: null };
    if (tocKind === 'field') {
      toc.instruction = 'TOC \\o "1-3" \\h \\z \\u';
      snapshot.fields.push({ type: 'TOC', instruction: toc.instruction, fromBlock, toBlock });
    }
  }
  const report: Report = {
    type,
    year: 2020,
    unit: 'Axelsbergs vård- och omsorgsboende',
    title: null,
    frontMatter: { dnr: null, date: null, handlaggare: null, till: null, telefon: null },
    headings,
    sections: [],
    goals: [],
    toc,
    otherTables: [],
    warnings: [],
  };
  return { snapshot, report };
}

/** The body of seed 000 (VB 2020, Axelsbergs vård- och omsorgsboende), shortened: headings of levels 1–3. */
export const SEED_HEADINGS: { heading: string; level: number; source?: 'style' | 'layout' }[] = [
  { heading: 'Sammanfattande analys', level: 1 },
  { heading: 'Uppföljning av Kommunfullmäktiges inriktningsmål', level: 1 },
  { heading: '1. En modern storstad med möjligheter och valfrihet för alla', level: 2, source: 'layout' },
  {
    heading: '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
    level: 3,
    source: 'layout',
  },
  {
    heading: '1.5. I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
    level: 3,
    source: 'layout',
  },
  { heading: 'Uppföljning av ekonomi', level: 1 },
  { heading: 'Analys av resultaträkning - uppföljning av driftbudget', level: 2 },
  { heading: 'Investeringar', level: 2 },
  { heading: 'Systematiskt kvalitetsarbete', level: 1 },
  { heading: 'Övrigt', level: 1 },
];

/** Front matter and TOC title before the entries. */
export const FRONT: Line[] = [
  { text: 'Axelsbergs vård- och omsorgsboende' },
  { text: 'Tjänsteutlåtande' },
  { text: 'Dnr: HÄ 2020/362' },
  { text: 'Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende' },
  { heading: 'Förslag till beslut', level: 1 },
  { text: 'Nämnden godkänner verksamhetsberättelsen.' },
  { tocTitle: 'Innehållsförteckning' },
];

/** Each heading followed by a line of body text, as in a report. */
export function body(headings: typeof SEED_HEADINGS = SEED_HEADINGS): Line[] {
  return headings.flatMap((h) => [h, { text: `Text under ${h.heading.slice(0, 20)}.` }]);
}
