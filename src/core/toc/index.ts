/**
 * The table of contents: compare it with the headings, and rebuild it when they differ.
 */
import type { Edit } from '../edits';
import type { Report, Toc } from '../model';
import type { DocSnapshot } from '../snapshot';
import { compareToc, matchToc, tocHeadings, tocNotComparable, type TocDifference } from './compare';
import { rebuildTocEdits, tocLinesFor } from './rebuild';
import { cleanTocText } from './normalize';

export * from './compare';
export * from './instruction';
export * from './normalize';
export * from './rebuild';

export type TocChangeAction = 'added' | 'removed' | 'moved' | 'changed';

export interface TocChange {
  entry: string;
  action: TocChangeAction;
}

export interface TocFix {
  edits: Edit[];
  changes: TocChange[];
  /** Swedish notes for the user about what Word will do with the rebuilt TOC. */
  warnings: string[];
  /**
   * Set when a typed list cannot be told from other text with confidence: more than a third of its lines
   * list no heading. Such a TOC is reported and never rebuilt (a rebuild could replace text that is not TOC).
   */
  ambiguous?: { unmatched: number; lines: number };
}

/** More than this share of typed lines listing no heading makes a typed TOC ambiguous. */
export const AMBIGUOUS_SHARE = 1 / 3;

/** Lines of a typed or TOC-styled list that list no heading, when too many do; null otherwise. */
export function ambiguity(toc: Toc, differences: TocDifference[]): TocFix['ambiguous'] | null {
  if (toc.kind === 'field' || toc.entries.length === 0) return null;
  const unmatched = differences.filter((d) => d.kind === 'extra').length;
  return unmatched > toc.entries.length * AMBIGUOUS_SHARE ? { unmatched, lines: toc.entries.length } : null;
}

export function changesFor(differences: TocDifference[]): TocChange[] {
  const out: TocChange[] = [];
  const seen = new Set<string>();
  const add = (entry: string, action: TocChangeAction): void => {
    const key = `${action}\u0000${entry}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ entry, action });
  };
  for (const d of differences) {
    switch (d.kind) {
      case 'missing':
        add(cleanTocText(d.heading.text), 'added');
        break;
      case 'extra':
        add(cleanTocText(d.entry.text), 'removed');
        break;
      case 'moved':
        add(cleanTocText(d.heading.text), 'moved');
        break;
      case 'changedText':
      case 'wrongLevel':
        add(cleanTocText(d.heading.text), 'changed');
        break;
    }
  }
  return out;
}

/**
 * The edits that bring the report's TOC in line with its headings, and what they change. No edits when
 * the report has no TOC (inserting one is the rule's fix, which the user asks for) or the TOC is right.
 */
export function computeTocFix(report: Report, snapshot: DocSnapshot): TocFix {
  const toc = report.toc;
  // A TOC listing TC fields' entries: what Word would list is not known here, so it is left to Word.
  if (!toc || tocNotComparable(toc, snapshot)) return { edits: [], changes: [], warnings: [] };
  const headings = tocHeadings(report, toc, snapshot);
  const match = matchToc(toc.entries, headings);
  const differences = compareToc(toc.entries, headings, match);
  if (differences.length === 0) return { edits: [], changes: [], warnings: [] };
  const ambiguous = ambiguity(toc, differences);
  if (ambiguous) return { edits: [], changes: [], warnings: [], ambiguous };
  const lines = tocLinesFor(headings, toc, match);
  const warnings: string[] = [];
  const unstyled = headings.filter((h) => h.source === 'layout');
  if (unstyled.length > 0) {
    // `\o` collects headings by outline level only: Word drops these when it updates the field.
    warnings.push(
      `${unstyled.length} rubriker har inget rubrikformat (till exempel "${cleanTocText(unstyled[0].text)}"). ` +
        'De står i innehållsförteckningen nu, men Word tar bort dem när fältet uppdateras. ' +
        'Ge dem formatet Rubrik 1–3 för att behålla dem.',
    );
  }
  if (lines.some((l) => l.page === null)) {
    warnings.push(
      'Sidnummer saknas för nya rader tills Word uppdaterar innehållsförteckningen (F9 eller när dokumentet öppnas).',
    );
  }
  return { edits: rebuildTocEdits(toc, snapshot, lines), changes: changesFor(differences), warnings };
}
