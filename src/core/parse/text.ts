/**
 * Text normalisation shared by the parse modules. Exported reports carry status symbols, odd
 * spacing and soft line breaks in places where the meaning is a fixed label, so every comparison
 * goes through these helpers rather than matching raw text.
 */
import type { Block, Loc, Paragraph, Table } from '../snapshot';
import { isParagraph } from '../snapshot';

/**
 * Status symbols ILS-webb puts before assessments, indicator names and activities; U+F020–U+F0FF are a
 * symbol font's characters (w:sym with Wingdings or Symbol: a status dot is U+F06C), as Word reports them.
 */
const SYMBOLS = /^[\s\u00a0\u202f\u200b\ufeff\uf020-\uf0ff●○◐◑◒◓◔◕⬤•·▪■□▲△▼▽◆◇★☆✓✔✗✘✕✖×—–\-−⚠!*]+/u;

/** Removes leading status symbols (and the spaces around them). */
export function stripSymbols(text: string): string {
  return text.replace(SYMBOLS, '').trim();
}

/** The leading status symbol(s), or null when the text starts with a letter or digit. */
export function leadingSymbol(text: string): string | null {
  const m = SYMBOLS.exec(text);
  if (!m) return null;
  const sym = m[0].replace(/[\s\u00a0\u202f\u200b\ufeff]+/g, '');
  return sym === '' ? null : sym;
}

/**
 * Whitespace runs that need rewriting: any run except a lone plain space. Leaving lone spaces unmatched
 * keeps `replace` from rebuilding every prose paragraph word by word; squash runs on every paragraph
 * several times and was the largest cost of a check (see BENCHMARKS.md).
 */
const UNSQUASHED = /(?! (?![\s\u00a0\u202f\u200b\ufeff]))[\s\u00a0\u202f\u200b\ufeff]+/g;

/** Collapses all whitespace (tabs, breaks, no-break spaces) to single spaces and trims. */
export function squash(text: string): string {
  return text.replace(UNSQUASHED, ' ').trim();
}

/** Lower-cased, symbol-free, whitespace-collapsed form for matching titles and labels. */
export function normalise(text: string): string {
  return squash(stripSymbols(squash(text))).toLowerCase();
}

/**
 * A letters-and-digits-only key without diacritics: "Utfall kvinn or/ flicko r" → "utfallkvinnorflickor",
 * "Arsmål" and "Årsmål" → "arsmal". Table headers are matched on this.
 */
export function compactKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

export function isBlank(text: string): boolean {
  return squash(text) === '';
}

export function paragraphAt(blocks: readonly Block[], index: number): Paragraph | null {
  const b = blocks[index];
  return b && isParagraph(b) ? b : null;
}

/** Whether a table block has any visible text. */
export function tableHasText(t: Table): boolean {
  return t.rows.some((r) => r.cells.some((c) => !isBlank(c.text)));
}

export function blockHasText(b: Block): boolean {
  return isParagraph(b) ? !isBlank(b.text) : tableHasText(b);
}

export function loc(block: number, row?: number, cell?: number, paragraph?: number): Loc {
  const l: Loc = { block };
  if (row !== undefined) l.row = row;
  if (cell !== undefined) l.cell = cell;
  if (paragraph !== undefined) l.paragraph = paragraph;
  return l;
}
