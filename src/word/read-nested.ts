/**
 * Pictures and links in nested tables. read.ts reads a nested table from `Table.values` alone (it is not
 * addressable by `Loc`), so its paragraphs carried no pictures nor hyperlinks, and the Word adapter missed
 * `a11y-alt-text-missing` / `a11y-link-text` findings the .docx adapter gives for them (tika-017097 has 70
 * pictures in tables nested up to five deep). Word lists those paragraphs in `body.paragraphs` with their
 * `tableNestingLevel` (WordApi 1.3: 0 outside a table, else the level of the paragraph's table,
 * https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-tablenestinglevel-member),
 * and `Paragraph.inlinePictures` / `getHyperlinkRanges()` work there as anywhere, so the media are already
 * loaded (read-pictures.ts, read-hyperlinks.ts); only their place in the nested tables is to be found, with
 * no further load:
 *  - a nested table's own paragraphs (one level below the cell's table) are, in document order, the
 *    paragraphs of the tables built from their values, cell by cell — when the counts agree, the k-th gets
 *    the k-th's media. Whether Word's `Table.values` holds the text of tables nested in a cell is not
 *    documented (https://learn.microsoft.com/en-us/javascript/api/word/word.table#word-word-table-values-member
 *    speaks only of the table's text values; the fake joins a cell's own paragraphs); if it does, the
 *    counts disagree, nothing is placed and the user is told the check of those pictures may be incomplete;
 *  - deeper tables are not read at all (no values are loaded for them); a run of their paragraphs that holds
 *    pictures or links is kept as a one-cell table in the cell of the own paragraph before it. The a11y rules
 *    locate every nested paragraph at the top-level cell and walk a cell's paragraphs before its tables, as
 *    the .docx reader lists them, so the findings are the .docx adapter's; the one case that differs in
 *    order is a deeper table that opens its cell while that cell's own paragraphs hold pictures (the run is
 *    then kept in the cell before: Word's API gives no cell of a nested paragraph without a load each).
 */
import { table, type Paragraph, type Table } from '../core/snapshot';
import { normalizeText } from './read';

/** The media of one Word paragraph, as read.ts attaches them (undefined: none). */
export type MediaOf = (p: Word.Paragraph) => Pick<Paragraph, 'pictures' | 'hyperlinks'>;

export const NESTED_MEDIA_WARNING =
  'Bilder eller länkar i en tabell inuti en tabell kunde inte kopplas till sina celler; kontrollen av dem kan vara ofullständig.';

const hasMedia = (m: Pick<Paragraph, 'pictures' | 'hyperlinks'>): boolean =>
  (m.pictures?.length ?? 0) > 0 || (m.hyperlinks?.length ?? 0) > 0;

/**
 * Puts the media of a top-level cell's nested paragraphs (`nested`: the cell's paragraphs below `level`, in
 * document order) on the nested tables built from values (`tables`, changed in place). False when the nested
 * paragraphs do not match the tables' paragraphs and some media could not be placed.
 */
export function attachNestedMedia(
  tables: readonly Table[],
  nested: readonly Word.Paragraph[],
  level: number,
  mediaOf: MediaOf,
): boolean {
  const slots = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c)));
  const own = slots.flatMap((cell) => cell.paragraphs.map((p) => ({ cell, p })));
  const ownCount = nested.filter((p) => p.tableNestingLevel === level + 1).length;
  if (ownCount !== own.length) return !nested.some((p) => hasMedia(mediaOf(p)));
  let k = 0;
  let deeper: { media: Pick<Paragraph, 'pictures' | 'hyperlinks'>; text: string }[] = [];
  const flush = (): void => {
    if (deeper.some((d) => hasMedia(d.media))) {
      // Before any own paragraph (a cell that starts with a nested table): the first cell takes it.
      const cell = own[Math.max(0, k - 1)]?.cell ?? slots[0];
      const kept = table([[deeper.map((d) => d.text).join('\n')]]);
      kept.rows[0].cells[0].paragraphs.forEach((p, i) => Object.assign(p, withoutEmpty(deeper[i].media)));
      cell?.tables.push(kept);
    }
    deeper = [];
  };
  for (const p of nested) {
    if (p.tableNestingLevel > level + 1) {
      deeper.push({ media: mediaOf(p), text: normalizeText(p.text).replace(/\n/g, ' ') });
      continue;
    }
    flush();
    Object.assign(own[k++].p, withoutEmpty(mediaOf(p)));
  }
  flush();
  return true;
}

/** As the .docx reader, a paragraph without pictures or links has no such field at all. */
function withoutEmpty(m: Pick<Paragraph, 'pictures' | 'hyperlinks'>): Pick<Paragraph, 'pictures' | 'hyperlinks'> {
  return {
    ...(m.pictures?.length ? { pictures: m.pictures } : {}),
    ...(m.hyperlinks?.length ? { hyperlinks: m.hyperlinks } : {}),
  };
}
