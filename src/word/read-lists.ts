/**
 * List and heading numbers ("1", "3.1", "1.5.", "a)") as Word shows them before a paragraph's text, for
 * `Paragraph.listNumber`: the .docx reader computes them from numbering.xml; Word computes them itself and
 * gives them as `ListItem.listString` (WordApi 1.3), which `Paragraph.text` leaves out as the snapshot does.
 */

export interface ListLoad {
  /** Paragraph → its list item, queued in the batch being built; read after that batch's sync. */
  items: Map<Word.Paragraph, Word.ListItem>;
}

/**
 * Queues `listItemOrNullObject.listString` for the paragraphs the first batch found to be list items
 * (`isListItem`), in the batch being built: no sync of its own, and nothing for documents without lists.
 */
export function queueListStrings(paragraphs: readonly Word.Paragraph[]): ListLoad {
  const items = new Map<Word.Paragraph, Word.ListItem>();
  for (const p of paragraphs) {
    if (p.isListItem) items.set(p, p.listItemOrNullObject.load('listString'));
  }
  return { items };
}

/**
 * The number Word shows before the paragraph, without the tab after it; null when the paragraph is not a
 * list item, the list shows no number (w:numFmt none) or the load did not run (its batch failed).
 */
export function listNumberOf(load: ListLoad | null, p: Word.Paragraph): string | null {
  const item = load?.items.get(p);
  if (!item) return null;
  try {
    if (item.isNullObject) return null;
    const text = item.listString.replace(/\t+$/, '');
    return text === '' ? null : text;
  } catch {
    // Not loaded: the batch that queued it was given up (see readOpenDocument's fallbacks).
    return null;
  }
}
