/**
 * Finds the table of contents. Reports exported from ILS-webb usually carry a *typed* list under
 * "Innehållsförteckning" rather than a Word TOC field, so four forms are recognised, best first:
 * a TOC field, a "Table of Contents" content control, a run of TOC-styled paragraphs, a typed list.
 *
 * The range found is what a rebuild replaces, so it is kept tight: a field's heading-styled last
 * paragraph (Word's end mark at the start of the next heading) is not an entry; a typed list ends
 * where its lines stop looking like TOC lines — at a blank line followed by a line that is not one, at
 * another caption list (a list of figures, appendices), or at the first heading.
 */
import type { Toc, TocEntry, TextRef } from '../model';
import type { DocSnapshot, Paragraph } from '../snapshot';
import { isParagraph } from '../snapshot';
import { isBlank, loc, normalise, squash } from './text';
import { knownTitleLevel } from './labels';
import { isNoEntriesPlaceholder, parseTocInstruction } from '../toc/instruction';

const TOC_STYLE = /^toc\s*([1-9])$/;
const TOC_HEADING = /^(innehållsförteckning|innehåll|table of contents|contents)$/;

/** "Title ........ 12", "Title\t12", "Title …… 12" → title and page; null when no page number ends the line. */
export function splitEntry(text: string): { text: string; page: string } | null {
  const t = text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+$/, '');
  const m = /^(.*?\S)\s*(?:[.…·_]{2,}[\s.…·_]*|\s*\t[\s\t.…·_]*)(\d{1,4}|[ivxlc]{1,6})$/i.exec(t);
  if (!m) return null;
  const title = squash(m[1].replace(/[.…·_\s]+$/, ''));
  if (title === '') return null;
  return { text: title, page: m[2] };
}

/**
 * The entry text without leaders and page number, for entries that may lack them. In a Word TOC line
 * the page is whatever follows the last tab, in any numbering ("iv", "أ").
 */
function cleanEntry(text: string, wordLine = false): { text: string; page: string | null } {
  const e = splitEntry(text);
  if (e) return e;
  const tab = wordLine ? /^(.*\S)\t[\s\u200b-\u200f]*(\S{1,8})\s*$/u.exec(text) : null;
  if (tab && squash(tab[1]) !== '') return { text: squash(tab[1]), page: tab[2] };
  return { text: squash(text.replace(/[.…·_]{2,}\s*$/, '')), page: null };
}

/** Level of a typed entry without a TOC style: goal numbering, then known titles, then boldness. */
export function guessEntryLevel(text: string, bold: boolean, currentLevel1: string | null): number {
  // A known section title keeps its level behind a section number ("1 Sammanfattande analys").
  const unnumbered = text.replace(/^\d+(?:\.\d+)*\.?\s+/, '');
  const titled = unnumbered !== text ? knownTitleLevel(unnumbered, currentLevel1) : null;
  if (titled !== null) return titled;
  if (/^\d{1,2}\.\d{1,2}\.?\s/.test(text)) return 3;
  if (/^\d{1,2}\.\s/.test(text)) return 2;
  const known = knownTitleLevel(text, currentLevel1);
  if (known !== null) return known;
  return bold ? 1 : 2;
}

function styleLevel(p: Paragraph): number | null {
  const m = TOC_STYLE.exec(p.styleName ?? '');
  return m ? Number(m[1]) : null;
}

function isTocHeadingText(text: string): boolean {
  return TOC_HEADING.test(normalise(text).replace(/[.:]+$/, ''));
}

/** A paragraph that is a heading (style or outline level), not a TOC line. */
function isHeadingParagraph(p: Paragraph): boolean {
  if (styleLevel(p) !== null) return false;
  return (
    /^heading\s*[1-9]$/.test(p.styleName ?? '') ||
    (p.outlineLevel !== null && p.outlineLevel >= 1 && p.outlineLevel <= 9)
  );
}

/** Builds entries from a block range, skipping the heading, empty paragraphs and Word's "no entries" text. */
function entriesIn(snapshot: DocSnapshot, from: number, to: number, wordLines = false): TocEntry[] {
  const entries: TocEntry[] = [];
  let level1: string | null = null;
  for (let i = from; i <= to && i < snapshot.blocks.length; i++) {
    const b = snapshot.blocks[i];
    if (!isParagraph(b) || isBlank(b.text) || isTocHeadingText(b.text) || isNoEntriesPlaceholder(b.text)) continue;
    const { text, page } = cleanEntry(b.text, wordLines || styleLevel(b) !== null);
    if (text === '') continue;
    const level = styleLevel(b) ?? guessEntryLevel(text, b.bold, level1);
    if (level === 1) level1 = text;
    entries.push({ text, level, page, loc: loc(i) });
  }
  return entries;
}

function headingBefore(snapshot: DocSnapshot, from: number): TextRef | null {
  for (let i = from; i >= 0 && i >= from - 3; i--) {
    const b = snapshot.blocks[i];
    if (!b || !isParagraph(b)) return null;
    if (isBlank(b.text)) continue;
    return isTocHeadingText(b.text) ? { text: squash(b.text), loc: loc(i) } : null;
  }
  return null;
}

function fromField(snapshot: DocSnapshot): Toc | null {
  // A list of figures (`TOC \c "Figure"`) is a TOC field too, but not the table of contents.
  const field = snapshot.fields.find(
    (f) => f.type.toUpperCase() === 'TOC' && parseTocInstruction(f.instruction).notHeadings === null,
  );
  if (!field) return null;
  let from = field.fromBlock;
  let to = field.toBlock;
  let heading = headingBefore(snapshot, from - 1);
  // The field may begin in the title's own paragraph ("Innehållsförteckning" then the begin mark).
  const first = snapshot.blocks[from];
  if (from < to && first && isParagraph(first) && isTocHeadingText(first.text)) {
    heading = { text: squash(first.text), loc: loc(from) };
    from++;
  }
  // Word may put the end mark at the start of the next heading's paragraph: that heading is not an entry.
  const last = snapshot.blocks[to];
  if (to > from && last && isParagraph(last) && isHeadingParagraph(last)) to--;
  return {
    kind: 'field',
    heading,
    fromBlock: from,
    toBlock: to,
    entries: entriesIn(snapshot, from, to, true),
    instruction: field.instruction,
  };
}

function fromContentControl(snapshot: DocSnapshot): Toc | null {
  const cc = snapshot.contentControls.find((c) => /table of contents/i.test(c.docPartGallery ?? ''));
  if (!cc) return null;
  let from = cc.fromBlock;
  let heading: TextRef | null = null;
  // Word's TOC container starts with its own "Innehållsförteckning" heading paragraph.
  for (let i = cc.fromBlock; i <= cc.toBlock; i++) {
    const b = snapshot.blocks[i];
    if (!b || !isParagraph(b) || isBlank(b.text)) continue;
    if (isTocHeadingText(b.text)) {
      heading = { text: squash(b.text), loc: loc(i) };
      from = i + 1;
    }
    break;
  }
  return {
    kind: 'field',
    heading: heading ?? headingBefore(snapshot, cc.fromBlock - 1),
    fromBlock: from,
    toBlock: cc.toBlock,
    entries: entriesIn(snapshot, from, cc.toBlock),
    instruction: null,
  };
}

function fromStyles(snapshot: DocSnapshot): Toc | null {
  const blocks = snapshot.blocks;
  const first = blocks.findIndex((b) => isParagraph(b) && styleLevel(b) !== null && !isBlank(b.text));
  if (first < 0) return null;
  let last = first;
  for (let i = first + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isParagraph(b)) break;
    if (styleLevel(b) !== null) last = i;
    else if (!isBlank(b.text)) break;
  }
  return {
    kind: 'styled',
    heading: headingBefore(snapshot, first - 1),
    fromBlock: first,
    toBlock: last,
    entries: entriesIn(snapshot, first, last),
    instruction: null,
  };
}

/** Column labels above a typed list ("Page No.", "Sida"): not entries, and not part of the list. */
const COLUMN_LABEL = /^(page|page no|page number|pages|sida|sidan|sid|sidnr|sidnummer|s)\.?$/;

/** Titles of the other lists that may follow a TOC: they end it. */
const CAPTION_LIST_TITLE =
  /^(figurförteckning|tabellförteckning|bildförteckning|diagramförteckning|bilageförteckning|bilagor|förteckning över (figurer|tabeller|bilagor)|list of (figures|tables|illustrations|charts|exhibits|appendices|attachments)|table of (figures|tables)|figures|tables|appendices|attachments)$/;

/** An entry of a list of figures, tables or appendices ("Figure 3", "Tabell 2", "Appendix A"). */
const CAPTION_ENTRY =
  /^(figur|figure|fig\.|tabell|table|bild|diagram|chart|graph|exhibit|illustration|bilaga|appendix|annex|attachment)\s*([0-9]+|[A-Z]\b)/i;

/** Longer than this, a line without a page number is prose, not a TOC line. */
const MAX_TOC_LINE = 200;

interface TocLine {
  text: string;
  page: string | null;
  /** Ends like a TOC line: a page number, or a tab / leader with "N/A", a dash or nothing after it. */
  paged: boolean;
}

function tocLineOf(line: string): TocLine {
  const e = splitEntry(line);
  if (e) return { ...e, paged: true };
  const m = /^(.*?\S)\s*(?:\t|[.…·_]{3,})[\s.…·_]*(n\/a|–|—|-)?\s*$/i.exec(line.replace(/[\u00a0\u202f]/g, ' '));
  if (m && squash(m[1]) !== '') return { text: squash(m[1]), page: null, paged: true };
  return { text: squash(line), page: null, paged: false };
}

function listKey(text: string): string {
  return normalise(text).replace(/[.:]+$/, '');
}

interface Candidate extends TocLine {
  index: number;
  bold: boolean;
  styleLevel: number | null;
}

function fromTypedList(snapshot: DocSnapshot): Toc | null {
  const blocks = snapshot.blocks;
  const headingIndex = blocks.findIndex((b) => isParagraph(b) && isTocHeadingText(b.text));
  if (headingIndex < 0) return null;
  const accepted: Candidate[] = [];
  // Lines without a page number: a parent entry or the first half of a wrapped one when TOC lines follow.
  let pending: Candidate[] = [];
  let blankBefore = false;
  const isCaption = (c: Candidate | undefined): boolean => c !== undefined && CAPTION_ENTRY.test(c.text);
  scan: for (let i = headingIndex + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isParagraph(b)) break;
    if (isBlank(b.text)) {
      blankBefore = true;
      continue;
    }
    for (const raw of b.text.split('\n').filter((l) => !isBlank(l))) {
      const key = listKey(raw);
      if (accepted.length === 0 && pending.length === 0 && COLUMN_LABEL.test(key)) continue;
      if (CAPTION_LIST_TITLE.test(key) || isTocHeadingText(raw)) break scan;
      const line: Candidate = { ...tocLineOf(raw), index: i, bold: b.bold, styleLevel: styleLevel(b) };
      if (line.paged) {
        // A list of figures or appendices after a blank line is another list, not more of the TOC.
        if (blankBefore && accepted.length > 0 && isCaption(line) && !isCaption(accepted[accepted.length - 1]))
          break scan;
        const prev = pending[pending.length - 1];
        // The second half of a wrapped entry: right below the first half and starting in lower case.
        if (
          prev &&
          !blankBefore &&
          prev.index === i - (b === blocks[prev.index] ? 0 : 1) &&
          /^\p{Ll}/u.test(line.text)
        ) {
          pending.pop();
          accepted.push(...pending, { ...line, text: squash(`${prev.text} ${line.text}`), index: prev.index });
        } else {
          accepted.push(...pending, line);
        }
        pending = [];
      } else {
        if (isHeadingParagraph(b) || line.text.length > MAX_TOC_LINE || pending.length >= 6) break scan;
        // After a blank line, a line that is not a TOC line ends the list unless TOC lines follow it.
        pending.push(line);
      }
      blankBefore = false;
    }
  }
  if (accepted.length === 0) return null;
  const entries: TocEntry[] = [];
  let level1: string | null = null;
  for (const c of accepted) {
    const level = c.styleLevel ?? guessEntryLevel(c.text, c.bold, level1);
    if (level === 1) level1 = c.text;
    entries.push({ text: c.text, level, page: c.page, loc: loc(c.index) });
  }
  return {
    kind: 'typed',
    heading: { text: squash((blocks[headingIndex] as Paragraph).text), loc: loc(headingIndex) },
    fromBlock: accepted[0].index,
    toBlock: accepted[accepted.length - 1].index,
    entries,
    instruction: null,
  };
}

/** The document's table of contents, or null when it has none. */
export function detectToc(snapshot: DocSnapshot): Toc | null {
  return fromField(snapshot) ?? fromContentControl(snapshot) ?? fromStyles(snapshot) ?? fromTypedList(snapshot);
}

export { isTocHeadingText };
