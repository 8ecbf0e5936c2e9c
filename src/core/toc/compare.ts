/**
 * Compares a table of contents with the headings it should list. The result says, entry by entry,
 * what a reader of the printed report would find wrong: a heading not listed, an entry for a heading
 * that no longer exists, entries in another order than the text, a wrong indent, an edited title.
 *
 * Which headings a TOC should list depends on what it is. A Word TOC field lists what its instruction
 * selects (`\o`, `\t`, `\u`; see ./instruction.ts), wherever it stands in the document, the title before
 * the TOC included; a typed or TOC-styled list follows the city's reports: levels 1–3 after the TOC.
 * Word writes a numbered heading's list number into its entry ("1.2⇥Syfte"), so a heading is compared
 * with its number in front.
 */
import type { Heading, Report, Toc, TocEntry } from '../model';
import type { DocSnapshot, Paragraph } from '../snapshot';
import { isParagraph } from '../snapshot';
import { parseTocInstruction, tocLevelOf, type TocSwitches } from './instruction';
import { cleanTocText, leadingNumber, similarity, stripLeadingNumber, tocKey } from './normalize';

/** The city's typed TOCs list levels 1–3, and so does the field the rebuild writes when there is none. */
export const TOC_MAX_LEVEL = 3;

/** A heading as a TOC lists it. */
export interface TocHeading extends Heading {
  /** The list number Word shows before the heading ("1.2", "I."), which its TOC entry carries too. */
  number?: string | null;
  /** Numbered by Word's list numbering, but the adapter could not compute the number. */
  numberUnknown?: boolean;
}

export type TocDifference =
  | { kind: 'missing'; heading: TocHeading }
  | { kind: 'extra'; entry: TocEntry }
  | { kind: 'moved'; entry: TocEntry; heading: TocHeading }
  | { kind: 'wrongLevel'; entry: TocEntry; heading: TocHeading }
  | { kind: 'changedText'; entry: TocEntry; heading: TocHeading };

const TOC_TITLE = /^innehålls?förteckning$|^innehåll$/;

export function isTocTitle(text: string): boolean {
  return TOC_TITLE.test(tocKey(text));
}

/** The heading's text as its TOC entry shows it: list number, space, title. */
export function headingEntryText(h: TocHeading): string {
  return h.number ? `${h.number} ${cleanTocText(h.text)}` : cleanTocText(h.text);
}

function withNumber(h: Heading, p: Paragraph | undefined): TocHeading {
  if (!p) return h;
  if (p.listNumber) return { ...h, number: p.listNumber };
  // Numbered (directly or through its style), but the adapter could not say with what number.
  if (p.numbering) return { ...h, numberUnknown: true };
  return h;
}

function paragraphAt(snapshot: DocSnapshot, block: number): Paragraph | undefined {
  const b = snapshot.blocks[block];
  return b && isParagraph(b) ? b : undefined;
}

/** The TOC field the entries belong to, if the TOC is (or sits in) one. */
export function tocField(toc: Toc, snapshot: DocSnapshot): DocSnapshot['fields'][number] | null {
  return (
    snapshot.fields.find(
      (f) => f.type === 'TOC' && f.fromBlock <= Math.max(toc.toBlock, toc.fromBlock) && f.toBlock >= toc.fromBlock,
    ) ?? null
  );
}

/** The switches of a field TOC whose listed headings can be computed, else null (typed, styled, captions…). */
export function tocSwitches(toc: Toc | null, snapshot?: DocSnapshot): TocSwitches | null {
  if (!toc || toc.kind !== 'field' || !toc.instruction) return null;
  const sw = parseTocInstruction(toc.instruction);
  if (sw.notHeadings) return null;
  // TC fields' entries are listed too, and their text is not in the snapshot.
  if (sw.tcEntries && snapshot?.fields.some((f) => f.type === 'TC')) return null;
  return sw;
}

/** Why a field TOC is neither compared nor rebuilt (a list of figures, TC entries), or null. */
export function tocNotComparable(toc: Toc | null, snapshot: DocSnapshot): string | null {
  if (!toc || toc.kind !== 'field' || !toc.instruction) return null;
  const sw = parseTocInstruction(toc.instruction);
  if (sw.notHeadings) return sw.notHeadings;
  return sw.tcEntries && snapshot.fields.some((f) => f.type === 'TC') ? 'med poster från TC-fält' : null;
}

/**
 * The paragraphs Word lists for this instruction, in document order, table cells included, the TOC's own
 * paragraphs left out. A heading whose paragraph holds the field's end mark at its start (Word's
 * "Executive Summary" right after the TOC) stands outside the field, so it is listed.
 */
export function wordTocHeadings(
  snapshot: DocSnapshot,
  sw: TocSwitches,
  exclude: { fromBlock: number; toBlock: number } | null,
): TocHeading[] {
  const out: TocHeading[] = [];
  const consider = (p: Paragraph, loc: Heading['loc']): void => {
    const level = tocLevelOf(p, sw);
    // A heading's own text: a tab in it is layout ("\tPartial Class"), not a page number.
    const text = p.text.replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim();
    if (level === null || text === '') return;
    out.push(withNumber({ text, level, loc, source: 'style' }, p));
  };
  snapshot.blocks.forEach((b, block) => {
    if (exclude && block >= exclude.fromBlock && block <= exclude.toBlock) return;
    if (isParagraph(b)) {
      consider(b, { block });
      return;
    }
    b.rows.forEach((r, row) =>
      r.cells.forEach((c, cell) =>
        c.paragraphs.forEach((p, paragraph) => consider(p, { block, row, cell, paragraph })),
      ),
    );
  });
  return out;
}

/**
 * The headings a TOC should list. A field TOC: what its instruction selects. Otherwise levels 1–3 after
 * the TOC: front matter before it ("Förslag till beslut") is not listed in the city's reports.
 * Without a snapshot the list numbers are unknown and a field is treated like a typed list.
 */
export function tocHeadings(report: Report, toc: Toc | null = report.toc, snapshot?: DocSnapshot): TocHeading[] {
  const sw = tocSwitches(toc, snapshot);
  if (toc && sw && snapshot) {
    const word = wordTocHeadings(snapshot, sw, { fromBlock: toc.fromBlock, toBlock: toc.toBlock });
    // A heading without a heading style (an unstyled export) that the TOC lists already is kept: Word
    // drops it at its next update, which the rebuild warns about, but it is not a line "without a heading".
    const listedKeys = new Set(toc.entries.map((e) => tocKey(e.text)));
    const chosen = new Set(word.map((h) => h.loc.block));
    const kept = report.headings.filter(
      (h) =>
        h.source === 'layout' && !chosen.has(h.loc.block) && h.loc.row === undefined && listedKeys.has(tocKey(h.text)),
    );
    if (kept.length === 0) return word;
    return [...word, ...kept.map((h) => withNumber(h, paragraphAt(snapshot, h.loc.block)))].sort(
      (a, b) => a.loc.block - b.loc.block || (a.loc.row ?? -1) - (b.loc.row ?? -1),
    );
  }
  const after = toc ? toc.toBlock : -1;
  const titleBlock = toc?.heading?.loc.block ?? -1;
  // A heading guessed from bold text counts only where the TOC lists it: bold emphasis in the summary
  // of an unstyled export is not a heading the author left out of the TOC.
  const listed = toc ? new Set(toc.entries.map((e) => tocKey(e.text))) : null;
  return report.headings
    .filter(
      (h) =>
        h.level >= 1 &&
        h.level <= TOC_MAX_LEVEL &&
        h.loc.block > after &&
        h.loc.block !== titleBlock &&
        !isTocTitle(h.text) &&
        cleanTocText(h.text) !== '' &&
        (!h.guessed || listed === null || listed.has(tocKey(h.text))),
    )
    .map((h) => (h.loc.row === undefined && snapshot ? withNumber(h, paragraphAt(snapshot, h.loc.block)) : h));
}

/** Whether an entry lists a heading: same title, with or without the heading's list number. */
function entryMatches(entryKey: string, h: TocHeading, full: string, bare: string): boolean {
  if (entryKey === full || entryKey === bare) return true;
  // A numbered heading whose number is not known here (an adapter that does not compute numbers, as
  // Word's API gives none): the entry's leading number is taken to be Word's. An unnumbered heading's
  // entry has no number in Word's TOC, so there a leading number is a difference.
  return h.numberUnknown === true && tocKey(stripLeadingNumber(entryKey)) === bare;
}

/** Indices of a longest common subsequence under `same`, as pairs [i, j]. */
function lcsPairs(n: number, m: number, same: (i: number, j: number) => boolean): [number, number][] {
  const len: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i][j] = same(i, j) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(i, j) && len[i][j] === len[i + 1][j + 1] + 1) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (len[i + 1][j] >= len[i][j + 1]) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** Two titles count as the same heading edited when they carry the same number or are close enough. */
const CHANGED_TEXT_SIMILARITY = 0.7;

function changeScore(entry: TocEntry, heading: TocHeading): number {
  // The same title under another number: the heading was renumbered since the TOC was made.
  if (tocKey(stripLeadingNumber(cleanTocText(entry.text))) === tocKey(heading.text)) return 1;
  const a = leadingNumber(entry.text);
  const b = leadingNumber(headingEntryText(heading));
  if (a !== null && b !== null) return a === b ? 1 : 0;
  // Without the heading's number, the entry's own number says nothing: compare the titles.
  const s = Math.max(
    similarity(entry.text, headingEntryText(heading)),
    similarity(stripLeadingNumber(cleanTocText(entry.text)), heading.text),
  );
  return s >= CHANGED_TEXT_SIMILARITY ? s : 0;
}

export interface TocMatch {
  /** Heading index → entry index, for every heading listed by some entry. */
  entryOf: Map<number, number>;
  kind: Map<number, 'inOrder' | 'moved' | 'changedText'>;
  used: Set<number>;
}

/** Pairs entries with headings: in order first, then out of order, then edited titles. */
export function matchToc(entries: TocEntry[], headings: TocHeading[]): TocMatch {
  const eKeys = entries.map((e) => tocKey(e.text));
  const full = headings.map((h) => tocKey(headingEntryText(h)));
  const bare = headings.map((h) => tocKey(h.text));
  const same = (i: number, j: number): boolean => entryMatches(eKeys[i], headings[j], full[j], bare[j]);
  const entryOf = new Map<number, number>();
  const kind = new Map<number, 'inOrder' | 'moved' | 'changedText'>();
  for (const [i, j] of lcsPairs(entries.length, headings.length, same)) {
    entryOf.set(j, i);
    kind.set(j, 'inOrder');
  }
  const used = new Set(entryOf.values());
  // Same text, but not where the order of the text puts it.
  for (let j = 0; j < headings.length; j++) {
    if (entryOf.has(j)) continue;
    const i = eKeys.findIndex((_k, idx) => !used.has(idx) && same(idx, j));
    if (i >= 0) {
      entryOf.set(j, i);
      kind.set(j, 'moved');
      used.add(i);
    }
  }
  // An entry left over that looks like a heading left over: the title was edited after the TOC was made.
  for (let j = 0; j < headings.length; j++) {
    if (entryOf.has(j)) continue;
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < entries.length; i++) {
      if (used.has(i)) continue;
      const score = changeScore(entries[i], headings[j]);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) {
      entryOf.set(j, best);
      kind.set(j, 'changedText');
      used.add(best);
    }
  }
  return { entryOf, kind, used };
}

/**
 * Differences between TOC entries and headings, in heading order, extra entries last.
 * An empty list means the TOC lists exactly the headings, in order, at their levels.
 */
export function compareToc(
  entries: TocEntry[],
  headings: TocHeading[],
  match: TocMatch = matchToc(entries, headings),
): TocDifference[] {
  const out: TocDifference[] = [];
  headings.forEach((heading, j) => {
    const i = match.entryOf.get(j);
    if (i === undefined) {
      out.push({ kind: 'missing', heading });
      return;
    }
    const entry = entries[i];
    const kind = match.kind.get(j);
    if (kind === 'moved') out.push({ kind: 'moved', entry, heading });
    if (kind === 'changedText') out.push({ kind: 'changedText', entry, heading });
    if (entry.level !== heading.level) out.push({ kind: 'wrongLevel', entry, heading });
  });
  entries.forEach((entry, i) => {
    if (!match.used.has(i)) out.push({ kind: 'extra', entry });
  });
  return out;
}

/** Compares the report's own TOC with its headings; empty when there is no TOC. */
export function compareReportToc(report: Report, snapshot?: DocSnapshot): TocDifference[] {
  if (!report.toc) return [];
  return compareToc(report.toc.entries, tocHeadings(report, report.toc, snapshot));
}
