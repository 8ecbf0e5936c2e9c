/**
 * Table structure Word's API does not show, recovered from the table's OOXML as the .docx reader reads it:
 * vertical merges (`w:vMerge`; `Table.values` gives a merged cell's continuation as an empty cell, and
 * loading such a cell fails the batch, office-js #3200), grid spans where only `Table.values` was read
 * (the cell-by-cell read failed, or a nested table), and shading. Word's own texts stay; only where the
 * OOXML has the same rows and cells is anything taken from it.
 */
import type { Table } from '../core/snapshot';
import { mayHoldSymbols, restoreSymbols } from './read-symbols';

/** Some row's cell count differs from another's: a cell spans columns (a nested table read from values). */
function hasUnevenRows(t: Table): boolean {
  return t.rows.some((r) => r.cells.length !== t.rows[0].cells.length);
}

/**
 * A shape that suggests merges Word did not report: a status cell merged down over an Analys row — an empty
 * cell under a cell with text in the same grid column, in a row whose other cells span columns — or nested
 * tables with uneven rows, or rows that end short of the grid. An empty cell alone is common (an outcome not
 * yet filled in) and does not count.
 */
export function mayHoldMerges(t: Table): boolean {
  for (let r = 1; r < t.rows.length; r++) {
    const row = t.rows[r];
    if (!row.cells.some((c) => c.gridSpan > 1)) continue;
    for (const c of row.cells) {
      if (c.text.trim() !== '' || c.vMerge) continue;
      const above = t.rows[r - 1].cells.find((a) => a.gridColumn === c.gridColumn);
      if (above && above.text.trim() !== '') return true;
    }
  }
  // Rows that end short of the grid: cells skipped before or after (w:gridBefore, w:gridAfter), which the
  // cells' widths do not show, so the row's cells may stand in the wrong grid columns.
  if (
    t.rows.some(
      (r) =>
        r.cells.length > 0 && r.cells.reduce((end, c) => Math.max(end, c.gridColumn + c.gridSpan), 0) < t.columnCount,
    )
  )
    return true;
  return t.rows.some((r) => r.cells.some((c) => c.tables.some((n) => hasUnevenRows(n) || mayHoldMerges(n))));
}

/** A cell paragraph (of this table or a nested one) may hold a symbol read as "(". */
export function tableMayHoldSymbols(t: Table): boolean {
  return t.rows.some((r) =>
    r.cells.some((c) => c.paragraphs.some((p) => mayHoldSymbols(p.text)) || c.tables.some(tableMayHoldSymbols)),
  );
}

/** The same text, or the same but for the symbols Word's text gives as "(". */
function sameText(word: string, ooxml: string): boolean {
  return word === ooxml || restoreSymbols(word, ooxml) !== null;
}

function sameShape(a: Table, b: Table): boolean {
  return a.rows.length === b.rows.length && a.rows.every((r, i) => r.cells.length === b.rows[i].cells.length);
}

/**
 * Takes grid columns, spans, vertical merges and shading from the OOXML's reading of the same table, and
 * the symbols Word read as "(", into `word` (nested tables too). False when the rows or cells differ, so
 * nothing could be taken.
 */
export function mergeTableFromOoxml(word: Table, ooxml: Table): boolean {
  if (!sameShape(word, ooxml)) return false;
  word.columnCount = ooxml.columnCount;
  word.rows.forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      const from = ooxml.rows[r].cells[c];
      cell.gridColumn = from.gridColumn;
      cell.gridSpan = from.gridSpan;
      cell.vMerge = from.vMerge;
      cell.shading = cell.shading ?? from.shading;
      if (cell.paragraphs.length !== from.paragraphs.length && sameText(cell.text, from.text)) {
        // Read from Table.values alone, a manual line break and a paragraph mark are both a new line: the
        // OOXML tells which is which (its paragraphs have the text of Word's own, symbols restored).
        cell.paragraphs = from.paragraphs.map((p) => ({ ...p, runs: p.runs.map((r) => ({ ...r })) }));
        cell.text = from.text;
      } else if (cell.paragraphs.length === from.paragraphs.length) {
        cell.paragraphs.forEach((p, i) => {
          const text = restoreSymbols(p.text, from.paragraphs[i].text);
          if (text === null) return;
          p.text = text;
          p.runs = p.runs.length === 1 ? [{ ...p.runs[0], text }] : [{ text, bold: p.bold, italic: p.italic }];
        });
        cell.text = cell.paragraphs.map((p) => p.text).join('\n');
      }
      if (cell.tables.length === from.tables.length)
        cell.tables.forEach((t, i) => mergeTableFromOoxml(t, from.tables[i]));
    });
  });
  return true;
}
