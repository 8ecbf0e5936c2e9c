/**
 * Shows a finding in the document: selects the paragraph, table row or cell a `Loc` names, which
 * also scrolls it into view. One sync finds the block (collections have no items before a sync),
 * the second carries the selection.
 */
import type { Loc } from '../core/snapshot';
import { queueLocate } from './read';

export const SELECT_MESSAGES = {
  gone: 'Stället i dokumentet finns inte längre. Kontrollera rapporten igen.',
} as const;

/** Returns null when selected, else a Swedish message saying why not. */
export async function selectLocation(context: Word.RequestContext, loc: Loc): Promise<string | null> {
  const finish = queueLocate(context, { texts: false });
  await context.sync();
  const located = finish();
  const ref = located.map.blocks[loc.block];
  if (!ref) return SELECT_MESSAGES.gone;

  // A picture finding selects the in-line picture itself (InlinePictureCollection.getFirst and
  // InlinePicture.getNext, WordApi 1.3), queued in the same batch as the selection.
  const selectIn = (p: Word.Paragraph): void => {
    if (loc.picture === undefined) {
      p.select('Select');
      return;
    }
    let picture = p.inlinePictures.getFirst();
    for (let i = 0; i < loc.picture; i++) picture = picture.getNext();
    picture.select('Select');
  };
  if (ref.kind === 'paragraph') {
    selectIn(located.paragraphs.items[ref.paragraph]);
  } else {
    const table = located.tables.items[ref.table];
    const values = table.values;
    if (loc.row === undefined) {
      table.select('Select');
    } else {
      const row = values[loc.row];
      if (!row || row.length === 0) return SELECT_MESSAGES.gone;
      if (loc.cell === undefined) {
        table.getCell(loc.row, 0).parentRow.select('Select');
      } else {
        if (loc.cell >= row.length) return SELECT_MESSAGES.gone;
        const cell = table.getCell(loc.row, loc.cell);
        if (loc.paragraph === undefined || loc.paragraph === 0) {
          if (loc.paragraph === 0) selectIn(cell.body.paragraphs.getFirst());
          else cell.body.select('Select');
        } else {
          let p = cell.body.paragraphs.getFirst();
          for (let i = 0; i < loc.paragraph; i++) p = p.getNext();
          selectIn(p);
        }
      }
    }
  }
  try {
    await context.sync();
  } catch {
    return SELECT_MESSAGES.gone;
  }
  return null;
}
