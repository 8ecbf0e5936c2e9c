/**
 * The table of contents: compare it with the headings, and rebuild it when they differ.
 */
import type { Edit } from '../edits';
import type { Report } from '../model';
import type { DocSnapshot } from '../snapshot';
import { compareToc, tocHeadings, type TocDifference } from './compare';
import { rebuildTocEdits, tocLinesFor } from './rebuild';
import { cleanTocText } from './normalize';

export * from './compare';
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
  if (!toc) return { edits: [], changes: [], warnings: [] };
  const headings = tocHeadings(report, toc);
  const differences = compareToc(toc.entries, headings);
  if (differences.length === 0) return { edits: [], changes: [], warnings: [] };
  const lines = tocLinesFor(headings, toc, differences);
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
    warnings.push('Sidnummer saknas för nya rader tills Word uppdaterar innehållsförteckningen (F9 eller när dokumentet öppnas).');
  }
  return { edits: rebuildTocEdits(toc, snapshot, lines), changes: changesFor(differences), warnings };
}
