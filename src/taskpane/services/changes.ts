import type { Edit } from '../../core/edits';
import { type DocSnapshot, isParagraph, isTable } from '../../core/snapshot';
import type { ChangeDescription } from './types';

/** The text a reader would call the table by: the nearest non-empty paragraph above it. */
function tableName(snapshot: DocSnapshot, block: number): string {
  for (let i = block - 1; i >= 0 && i >= block - 5; i--) {
    const b = snapshot.blocks[i];
    if (isParagraph(b) && b.text.trim()) return b.text.trim();
    if (isTable(b)) break;
  }
  return `Tabell ${snapshot.blocks.slice(0, block + 1).filter(isTable).length}`;
}

function rowName(snapshot: DocSnapshot, block: number, row: number): string {
  const b = snapshot.blocks[block];
  if (!b || !isTable(b)) return String(row + 1);
  return b.rows[row]?.cells[0]?.text.trim() || String(row + 1);
}

/** Describes edits against the snapshot they were computed from (before they were applied). */
export function describeEdits(snapshot: DocSnapshot, edits: readonly Edit[], tocLabel: string): ChangeDescription[] {
  return edits.flatMap((e): ChangeDescription[] => {
    switch (e.kind) {
      case 'setCellText':
        return [
          {
            table: tableName(snapshot, e.loc.block),
            row: rowName(snapshot, e.loc.block, e.loc.row),
            oldText: e.oldText,
            newText: e.newText,
            reason: e.reason,
            loc: e.loc,
          },
        ];
      case 'replaceBlocks':
        return [{ table: tocLabel, row: '', oldText: '', newText: '', reason: e.reason, loc: { block: e.fromBlock } }];
      case 'setUpdateFieldsOnOpen':
      case 'insertBlocks':
        return [{ table: tocLabel, row: '', oldText: '', newText: '', reason: e.reason, loc: null }];
      case 'setIgnoredFindings':
      case 'setCustomIndicators':
        return [];
      // Accessibility fixes: the reason names what changed; they are not cells of a table.
      case 'setDocumentTitle':
        return [{ table: '', row: '', oldText: '', newText: e.title, reason: e.reason, loc: null }];
      case 'setDefaultLanguage':
        return [{ table: '', row: '', oldText: '', newText: e.language, reason: e.reason, loc: null }];
      case 'markHeaderRow':
        return [
          {
            table: tableName(snapshot, e.block),
            row: rowName(snapshot, e.block, 0),
            oldText: '',
            newText: '',
            reason: e.reason,
            loc: { block: e.block, row: 0 },
          },
        ];
    }
  });
}
