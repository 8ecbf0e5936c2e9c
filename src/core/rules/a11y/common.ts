/**
 * What the accessibility rules share: their group in the lists, the walk over every paragraph (body
 * and table cells) with its location, and the few words of Word's own user interface the messages use.
 */
import { isBlank, squash } from '../../parse/text';
import { isParagraph, isTable, type DocSnapshot, type Loc, type Paragraph, type Table } from '../../snapshot';

/** The pack's own group in the pane and in `rapportstod check`, beside the report's sections. */
export const A11Y_GROUP = 'Tillgänglighet';

/** Subject of the findings about the document as a whole. */
export const DOCUMENT_SUBJECT = 'Dokumentet';

export interface PlacedParagraph {
  paragraph: Paragraph;
  loc: Loc;
}

/** Every paragraph of the body and of its top-level tables' cells, in document order. */
export function* allParagraphs(snapshot: DocSnapshot): Generator<PlacedParagraph> {
  for (let block = 0; block < snapshot.blocks.length; block++) {
    const b = snapshot.blocks[block];
    if (isParagraph(b)) {
      yield { paragraph: b, loc: { block } };
      continue;
    }
    for (let row = 0; row < b.rows.length; row++) {
      const cells = b.rows[row].cells;
      for (let cell = 0; cell < cells.length; cell++) {
        const ps = cells[cell].paragraphs;
        for (let paragraph = 0; paragraph < ps.length; paragraph++) {
          yield { paragraph: ps[paragraph], loc: { block, row, cell, paragraph } };
        }
        // Nested tables are not addressable beyond their cell; their paragraphs are located at it.
        for (const nested of cells[cell].tables) {
          for (const p of nestedParagraphs(nested)) yield { paragraph: p, loc: { block, row, cell } };
        }
      }
    }
  }
}

function* nestedParagraphs(t: Table): Generator<Paragraph> {
  for (const r of t.rows) {
    for (const c of r.cells) {
      yield* c.paragraphs;
      for (const n of c.tables) yield* nestedParagraphs(n);
    }
  }
}

/** The table at a block, or null. */
export function tableAt(snapshot: DocSnapshot, block: number): Table | null {
  const b = snapshot.blocks[block];
  return b && isTable(b) ? b : null;
}

/** What a reader calls a table: the text just above it ("Tabell 3 Resultatenheter"), else its first row. */
export function tableName(snapshot: DocSnapshot, block: number): string {
  for (let i = block - 1; i >= 0 && i >= block - 3; i--) {
    const b = snapshot.blocks[i];
    if (!isParagraph(b)) break;
    if (!isBlank(b.text)) {
      const t = squash(b.text);
      if (t.length <= 90) return t;
      break;
    }
  }
  const t = tableAt(snapshot, block);
  const first = t?.rows[0]?.cells.map((c) => squash(c.text)).filter((x) => x !== '') ?? [];
  return first.length
    ? `Tabellen med ${first.slice(0, 3).join(', ')}`
    : `Tabell ${snapshot.blocks.slice(0, block + 1).filter(isTable).length}`;
}

/** The first row's cell texts as a `markHeaderRow` edit checks them. */
export function firstRowText(t: Table): string {
  return (t.rows[0]?.cells ?? []).map((c) => c.text).join('\t');
}

/** Quotes a text for a message with Swedish quotation marks. */
export function q(text: string): string {
  return `”${squash(text)}”`;
}
