/**
 * Finds the table of contents. Reports exported from ILS-webb usually carry a *typed* list under
 * "Innehållsförteckning" rather than a Word TOC field, so four forms are recognised, best first:
 * a TOC field, a "Table of Contents" content control, a run of TOC-styled paragraphs, a typed list.
 */
import type { Toc, TocEntry, TextRef } from '../model';
import type { DocSnapshot, Paragraph } from '../snapshot';
import { isParagraph } from '../snapshot';
import { isBlank, loc, normalise, squash } from './text';
import { knownTitleLevel } from './labels';

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

/** The entry text without leaders and page number, for entries that may lack them. */
function cleanEntry(text: string): { text: string; page: string | null } {
  const e = splitEntry(text);
  if (e) return e;
  return { text: squash(text.replace(/[.…·_]{2,}\s*$/, '')), page: null };
}

/** Level of a typed entry without a TOC style: goal numbering, then known titles, then boldness. */
export function guessEntryLevel(text: string, bold: boolean, currentLevel1: string | null): number {
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

/** Builds entries from a block range, skipping the heading and empty paragraphs. */
function entriesIn(snapshot: DocSnapshot, from: number, to: number): TocEntry[] {
  const entries: TocEntry[] = [];
  let level1: string | null = null;
  for (let i = from; i <= to && i < snapshot.blocks.length; i++) {
    const b = snapshot.blocks[i];
    if (!isParagraph(b) || isBlank(b.text) || isTocHeadingText(b.text)) continue;
    const { text, page } = cleanEntry(b.text);
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
  const field = snapshot.fields.find((f) => f.type.toUpperCase() === 'TOC');
  if (!field) return null;
  return {
    kind: 'field',
    heading: headingBefore(snapshot, field.fromBlock - 1),
    fromBlock: field.fromBlock,
    toBlock: field.toBlock,
    entries: entriesIn(snapshot, field.fromBlock, field.toBlock),
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

function fromTypedList(snapshot: DocSnapshot): Toc | null {
  const blocks = snapshot.blocks;
  const headingIndex = blocks.findIndex((b) => isParagraph(b) && isTocHeadingText(b.text));
  if (headingIndex < 0) return null;
  const entries: TocEntry[] = [];
  let level1: string | null = null;
  let fromBlock = -1;
  let toBlock = -1;
  // A long entry may wrap onto a second paragraph that carries the leader and page number.
  let pending: { text: string; index: number; bold: boolean } | null = null;
  for (let i = headingIndex + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (!isParagraph(b)) break;
    if (isBlank(b.text)) continue;
    const parts = b.text.split('\n').filter((l) => !isBlank(l));
    let consumed = true;
    for (const line of parts) {
      const e = splitEntry(line);
      if (!e) {
        if (pending) {
          consumed = false;
          break;
        }
        pending = { text: squash(line), index: i, bold: b.bold };
        continue;
      }
      const text: string = pending ? squash(pending.text + ' ' + e.text) : e.text;
      const at: number = pending ? pending.index : i;
      const level = styleLevel(b) ?? guessEntryLevel(text, pending ? pending.bold : b.bold, level1);
      if (level === 1) level1 = text;
      entries.push({ text, level, page: e.page, loc: loc(at) });
      if (fromBlock < 0) fromBlock = at;
      toBlock = i;
      pending = null;
    }
    if (!consumed) break;
  }
  if (entries.length === 0) return null;
  return {
    kind: 'typed',
    heading: { text: squash((blocks[headingIndex] as Paragraph).text), loc: loc(headingIndex) },
    fromBlock,
    toBlock,
    entries,
    instruction: null,
  };
}

/** The document's table of contents, or null when it has none. */
export function detectToc(snapshot: DocSnapshot): Toc | null {
  return fromField(snapshot) ?? fromContentControl(snapshot) ?? fromStyles(snapshot) ?? fromTypedList(snapshot);
}

export { isTocHeadingText };
