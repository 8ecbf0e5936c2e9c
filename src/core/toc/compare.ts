/**
 * Compares a table of contents with the headings it should list. The result says, entry by entry,
 * what a reader of the printed report would find wrong: a heading not listed, an entry for a heading
 * that no longer exists, entries in another order than the text, a wrong indent, an edited title.
 */
import type { Heading, Report, Toc, TocEntry } from '../model';
import { cleanTocText, leadingNumber, similarity, tocKey } from './normalize';

/** The TOC field lists levels 1–3 (`\o "1-3"`), and so do the reports' typed lists. */
export const TOC_MAX_LEVEL = 3;

export type TocDifference =
  | { kind: 'missing'; heading: Heading }
  | { kind: 'extra'; entry: TocEntry }
  | { kind: 'moved'; entry: TocEntry; heading: Heading }
  | { kind: 'wrongLevel'; entry: TocEntry; heading: Heading }
  | { kind: 'changedText'; entry: TocEntry; heading: Heading };

const TOC_TITLE = /^innehålls?förteckning$|^innehåll$/;

export function isTocTitle(text: string): boolean {
  return TOC_TITLE.test(tocKey(text));
}

/**
 * The headings a TOC should list: levels 1–3 after the TOC. Front matter before the TOC
 * ("Förslag till beslut") is not listed in the city's reports, so it is not counted as missing.
 */
export function tocHeadings(report: Report, toc: Toc | null = report.toc): Heading[] {
  const after = toc ? toc.toBlock : -1;
  const titleBlock = toc?.heading?.loc.block ?? -1;
  // A heading guessed from bold text counts only where the TOC lists it: bold emphasis in the summary
  // of an unstyled export is not a heading the author left out of the TOC.
  const listed = toc ? new Set(toc.entries.map((e) => tocKey(e.text))) : null;
  return report.headings.filter(
    (h) =>
      h.level >= 1 &&
      h.level <= TOC_MAX_LEVEL &&
      h.loc.block > after &&
      h.loc.block !== titleBlock &&
      !isTocTitle(h.text) &&
      cleanTocText(h.text) !== '' &&
      (!h.guessed || listed === null || listed.has(tocKey(h.text))),
  );
}

/** Indices of a longest common subsequence of two key lists, as pairs [i, j]. */
function lcsPairs(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i][j] = a[i] === b[j] ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
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

/** Two titles count as the same heading edited when they carry the same goal number or are close enough. */
const CHANGED_TEXT_SIMILARITY = 0.7;

function changeScore(entry: TocEntry, heading: Heading): number {
  const a = leadingNumber(entry.text);
  const b = leadingNumber(heading.text);
  if (a !== null && b !== null) return a === b ? 1 : 0;
  const s = similarity(entry.text, heading.text);
  return s >= CHANGED_TEXT_SIMILARITY ? s : 0;
}

/**
 * Differences between TOC entries and headings, in heading order, extra entries last.
 * An empty list means the TOC lists exactly the headings, in order, at their levels.
 */
export function compareToc(entries: TocEntry[], headings: Heading[]): TocDifference[] {
  const eKeys = entries.map((e) => tocKey(e.text));
  const hKeys = headings.map((h) => tocKey(h.text));
  const entryOf = new Map<number, number>(); // heading index → entry index
  const pairKind = new Map<number, 'inOrder' | 'moved' | 'changedText'>();

  for (const [i, j] of lcsPairs(eKeys, hKeys)) {
    entryOf.set(j, i);
    pairKind.set(j, 'inOrder');
  }
  const usedEntries = new Set(entryOf.values());

  // Same text, but not where the order of the text puts it.
  for (let j = 0; j < headings.length; j++) {
    if (entryOf.has(j)) continue;
    const i = eKeys.findIndex((k, idx) => !usedEntries.has(idx) && k === hKeys[j]);
    if (i >= 0) {
      entryOf.set(j, i);
      pairKind.set(j, 'moved');
      usedEntries.add(i);
    }
  }

  // An entry left over that looks like a heading left over: the title was edited after the TOC was made.
  for (let j = 0; j < headings.length; j++) {
    if (entryOf.has(j)) continue;
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < entries.length; i++) {
      if (usedEntries.has(i)) continue;
      const score = changeScore(entries[i], headings[j]);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0) {
      entryOf.set(j, best);
      pairKind.set(j, 'changedText');
      usedEntries.add(best);
    }
  }

  const out: TocDifference[] = [];
  headings.forEach((heading, j) => {
    const i = entryOf.get(j);
    if (i === undefined) {
      out.push({ kind: 'missing', heading });
      return;
    }
    const entry = entries[i];
    const kind = pairKind.get(j);
    if (kind === 'moved') out.push({ kind: 'moved', entry, heading });
    if (kind === 'changedText') out.push({ kind: 'changedText', entry, heading });
    if (entry.level !== heading.level) out.push({ kind: 'wrongLevel', entry, heading });
  });
  entries.forEach((entry, i) => {
    if (!usedEntries.has(i)) out.push({ kind: 'extra', entry });
  });
  return out;
}

/** Compares the report's own TOC with its headings; empty when there is no TOC. */
export function compareReportToc(report: Report): TocDifference[] {
  if (!report.toc) return [];
  return compareToc(report.toc.entries, tocHeadings(report));
}
