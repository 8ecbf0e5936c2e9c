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

  if (ref.kind === 'paragraph') {
    located.paragraphs.items[ref.paragraph].select('Select');
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
          if (loc.paragraph === 0) cell.body.paragraphs.getFirst().select('Select');
          else cell.body.select('Select');
        } else {
          let p = cell.body.paragraphs.getFirst();
          for (let i = 0; i < loc.paragraph; i++) p = p.getNext();
          p.select('Select');
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
