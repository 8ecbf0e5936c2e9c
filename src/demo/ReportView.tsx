/**
 * The document behind the shim as plain HTML: Word's current selection highlighted, the cursor drawn
 * as a caret line, and a click on a paragraph or a cell placing the cursor there, as in Word.
 */
import type { CSSProperties } from 'react';
import { useEffect, useRef } from 'react';
import type { Block, DocSnapshot, Loc } from '../core/snapshot';

const MARK: CSSProperties = { outline: '2px solid #0f6cbd', backgroundColor: '#ebf3fc' };

function isAt(sel: Loc | null, block: number, row?: number, cell?: number): boolean {
  if (!sel || sel.block !== block) return false;
  if (row === undefined) return sel.row === undefined;
  if (sel.row !== row) return false;
  return cell === undefined ? sel.cell === undefined : sel.cell === cell;
}

/** Where the cursor is: a caret line between blocks, where an insertion lands. */
function Caret() {
  return (
    <div className="caret" data-testid="cursor" role="img" aria-label="Markören">
      <span>markören</span>
    </div>
  );
}

function BlockView({
  block,
  index,
  selection,
  onPlace,
}: {
  block: Block;
  index: number;
  selection: Loc | null;
  onPlace(loc: Loc): void;
}) {
  if (block.kind === 'paragraph') {
    const style: CSSProperties = {
      margin: '0 0 6px',
      fontWeight: block.bold || block.outlineLevel ? 600 : 400,
      fontStyle: block.italic ? 'italic' : undefined,
      fontSize: block.outlineLevel === 1 ? 20 : block.outlineLevel === 2 ? 16 : block.outlineLevel === 3 ? 14 : 13,
      whiteSpace: 'pre-wrap',
      ...(isAt(selection, index) ? MARK : {}),
    };
    const Tag =
      block.outlineLevel && block.outlineLevel <= 3 ? (`h${block.outlineLevel + 1}` as 'h2' | 'h3' | 'h4') : 'p';
    return (
      <Tag style={style} data-block={index} onClick={() => onPlace({ block: index })}>
        {block.text || '\u00a0'}
      </Tag>
    );
  }
  return (
    <table
      data-block={index}
      style={{
        borderCollapse: 'collapse',
        margin: '0 0 10px',
        fontSize: 11,
        width: '100%',
        ...(isAt(selection, index) ? MARK : {}),
      }}
    >
      <tbody>
        {block.rows.map((row, r) => (
          <tr key={r} data-row={r} style={isAt(selection, index, r) ? MARK : undefined}>
            {row.cells.map((c, k) =>
              c.vMerge === 'continue' ? null : (
                <td
                  key={k}
                  colSpan={c.gridSpan}
                  data-cell={k}
                  onClick={() => onPlace({ block: index, row: r, cell: k })}
                  style={{
                    border: '1px solid #bdbdbd',
                    padding: '2px 4px',
                    verticalAlign: 'top',
                    whiteSpace: 'pre-wrap',
                    backgroundColor: c.shading ? `#${c.shading}` : row.header || r === 0 ? '#f3f3f3' : undefined,
                    ...(isAt(selection, index, r, k) ? MARK : {}),
                  }}
                >
                  {c.text}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportView({
  snapshot,
  selection,
  cursor,
  onPlace,
}: {
  snapshot: DocSnapshot;
  selection: Loc | null;
  /** Index of the top-level block the cursor follows; -1 for the start of the document. */
  cursor: number;
  onPlace(loc: Loc): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selection || !ref.current) return;
    const el = ref.current.querySelector(`[data-block="${selection.block}"]`);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selection]);
  return (
    <div ref={ref} aria-label="Rapporten" role="document">
      {cursor < 0 ? <Caret /> : null}
      {snapshot.blocks.map((b, i) => (
        <div key={i} className="block">
          <BlockView block={b} index={i} selection={selection} onPlace={onPlace} />
          {cursor === i ? <Caret /> : null}
        </div>
      ))}
    </div>
  );
}
