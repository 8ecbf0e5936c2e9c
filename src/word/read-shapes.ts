/**
 * Where the body's text boxes stand: the .docx reader anchors a text box at the block whose paragraph holds
 * it (its w:drawing or w:pict run), so a finding in a fact box points there. Word's `Shape` has no parent
 * paragraph (WordApiDesktop 1.2: `parentCanvas`, `parentGroup` only), but `Paragraph.shapes` (the same set)
 * lists "the Shape objects anchored in the paragraph", so one load per paragraph in the second batch, matched
 * by `Shape.id`, finds it — only for documents that have text boxes (known from the first batch's
 * `Body.shapes`). Hosts without WordApiDesktop 1.2 (Word on the web) read no text boxes at all: neither
 * shapes nor their anchors are in WordApi, and the body's OOXML, the only other way to them, carries every
 * style, list and picture of the report (megabytes, in one response).
 */

/** What the first batch loads of `Body.shapes`: the kind, and the id a paragraph's shapes are matched by. */
export const SHAPE_PROPS = 'items/type,items/id';

/**
 * What the second batch loads of `Paragraph.shapes`, here and for floating pictures (read-pictures.ts): one
 * set of properties, so the two loads of the same collection in one batch cannot leave each other's unloaded.
 */
export const PARAGRAPH_SHAPE_PROPS = 'items/id,items/type,items/name,items/altTextDescription,items/textWrap/type';

export interface AnchorLoad {
  /** `Paragraph.shapes` of each body paragraph, by its index in `body.paragraphs`. */
  perParagraph: Word.ShapeCollection[];
}

/** Queues each body paragraph's shapes in the batch being built; null (nothing queued) without text boxes. */
export function queueShapeAnchors(paragraphs: readonly Word.Paragraph[], textBoxes: number): AnchorLoad | null {
  if (textBoxes === 0) return null;
  return { perParagraph: paragraphs.map((p) => p.shapes.load(PARAGRAPH_SHAPE_PROPS)) };
}

/**
 * Shape id → the block of the paragraph it is anchored in (`blockOfParagraph`: index in body.paragraphs →
 * block). Shapes not found (the load failed, or Word lists the shape in no paragraph) are absent.
 */
export function anchorBlocks(load: AnchorLoad | null, blockOfParagraph: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  if (!load) return out;
  try {
    load.perParagraph.forEach((shapes, i) => {
      for (const s of shapes.items) if (!out.has(s.id) && blockOfParagraph[i] >= 0) out.set(s.id, blockOfParagraph[i]);
    });
  } catch {
    // Not loaded: the batch that queued it was given up (see readOpenDocument's fallbacks).
    out.clear();
  }
  return out;
}
