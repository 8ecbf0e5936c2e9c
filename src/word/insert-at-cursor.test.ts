/**
 * Inserting at the cursor. Word inserts block content where the range is: at a caret mid-paragraph it
 * splits the paragraph, in a table cell it nests a table in the cell (the fake models both, see
 * `insertAtCaret` in fake/api.ts). The adapter never does that: it inserts after the enclosing top-level
 * table or paragraph (before it when the caret is at its start) and says where it went (`placement`).
 */
import { heading, para } from '../core/ooxml/builders';
import { emptySnapshot, paragraph, table, type Paragraph, type Table } from '../core/snapshot';
import { applyEdits, PLACEMENTS } from './apply';
import { wrapInPackage } from './ooxml-package';
import { fakeOfficePerTest } from './test-helpers';

const setup = fakeOfficePerTest();

const TABLE_XML =
  '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>' +
  `<w:tr><w:tc>${para('Indikator')}</w:tc><w:tc>${para('Utfall')}</w:tc></w:tr></w:tbl>`;
const BLOCK = heading('Nytt mål', 2) + TABLE_XML + para('');

function report() {
  return emptySnapshot([
    paragraph('Sammanfattande analys', { styleId: 'Heading1', styleName: 'heading 1', outlineLevel: 1 }),
    paragraph('Enheten nådde sina mål.'),
    table([
      ['Indikator', 'Utfall'],
      ['Andel trygga', '89 %'],
    ]),
    paragraph('Slut.'),
  ]);
}

function texts(blocks: readonly (Paragraph | Table)[]): string[] {
  return blocks.map((b) =>
    b.kind === 'paragraph' ? b.text : `[tabell ${b.rows[0].cells.map((c) => c.text).join('|')}]`,
  );
}

const insert = { kind: 'insertBlocks' as const, after: 'selection' as const, ooxml: BLOCK, reason: 'Mål' };

describe('the fake inserts at the caret as Word does', () => {
  it('splits the paragraph at a caret mid-paragraph, and nests a table in the cell the caret is in', async () => {
    const fake = setup(report());
    fake.doc.setSelection(fake.doc.blocks[1] as Paragraph, 'Enheten'.length);
    const context = fake.context();
    context.document.getSelection().insertOoxml(wrapInPackage(BLOCK), 'After');
    await context.sync();
    expect(texts(fake.doc.blocks).slice(1, 6)).toEqual([
      'Enheten',
      'Nytt mål',
      '[tabell Indikator|Utfall]',
      '',
      ' nådde sina mål.',
    ]);
    expect(fake.doc.writes.at(-1)).toMatchObject({ split: true });

    const cellCaret = setup(report());
    const cell = (cellCaret.doc.blocks[2] as Table).rows[1].cells[1];
    cellCaret.doc.setSelection(cell.paragraphs[0], 2);
    const c2 = cellCaret.context();
    c2.document.getSelection().insertOoxml(wrapInPackage(BLOCK), 'After');
    await c2.sync();
    expect(cell.tables).toHaveLength(1);
    expect(cellCaret.doc.writes.at(-1)).toMatchObject({ nested: true });
  });
});

describe('applyEdits inserts at the cursor without splitting or nesting', () => {
  it('a caret mid-paragraph: after the paragraph, which stays whole', async () => {
    const fake = setup(report());
    fake.doc.setSelection(fake.doc.blocks[1] as Paragraph, 'Enheten'.length);
    const result = await applyEdits(fake.context(), [insert]);
    expect(result.refused).toEqual([]);
    expect(result.placement).toBe(PLACEMENTS.afterParagraph);
    expect(texts(fake.doc.snapshot().blocks)).toEqual([
      'Sammanfattande analys',
      'Enheten nådde sina mål.',
      'Nytt mål',
      '[tabell Indikator|Utfall]',
      '',
      '[tabell Indikator|Utfall]',
      'Slut.',
    ]);
    expect(fake.doc.writes.some((w) => w.split || w.nested)).toBe(false);
    // Still the 2 syncs of every insertion: the cursor is read in the locate sync.
    expect(fake.syncCount()).toBe(2);
  });

  it('a caret in a table cell: after the table, which is left as it was', async () => {
    const fake = setup(report());
    const t = fake.doc.blocks[2] as Table;
    fake.doc.setSelection(t.rows[1].cells[0].paragraphs[0], 3);
    const result = await applyEdits(fake.context(), [insert]);
    expect(result.placement).toBe(PLACEMENTS.afterTable);
    const blocks = fake.doc.snapshot().blocks;
    expect(texts(blocks).slice(2, 5)).toEqual(['[tabell Indikator|Utfall]', 'Nytt mål', '[tabell Indikator|Utfall]']);
    expect((blocks[2] as Table).rows[1].cells.every((c) => c.tables.length === 0)).toBe(true);
    expect((blocks[2] as Table).rows[1].cells[0].text).toBe('Andel trygga');
  });

  it('a caret in a table nested in a cell: after the outer table', async () => {
    const snapshot = report();
    const outer = snapshot.blocks[2] as Table;
    outer.rows[1].cells[1].tables.push(table([['inre', 'tabell']]));
    const fake = setup(snapshot);
    const inner = (fake.doc.blocks[2] as Table).rows[1].cells[1].tables[0];
    fake.doc.setSelection(inner.rows[0].cells[0].paragraphs[0], 1);
    const result = await applyEdits(fake.context(), [insert]);
    expect(result.placement).toBe(PLACEMENTS.afterTable);
    expect(texts(fake.doc.snapshot().blocks).slice(2, 4)).toEqual(['[tabell Indikator|Utfall]', 'Nytt mål']);
  });

  it('a caret at the very start of a paragraph: before it', async () => {
    const fake = setup(report());
    fake.doc.setSelection(fake.doc.blocks[3] as Paragraph, 0);
    const result = await applyEdits(fake.context(), [insert]);
    expect(result.placement).toBe(PLACEMENTS.beforeParagraph);
    expect(texts(fake.doc.snapshot().blocks).slice(-4)).toEqual(['Nytt mål', '[tabell Indikator|Utfall]', '', 'Slut.']);
  });

  it('a selection of text: the selected text is left alone, the block goes after the paragraph where it ends', async () => {
    const fake = setup(report());
    const p = fake.doc.blocks[1] as Paragraph;
    fake.doc.setSelection(p, 8, { paragraph: p, offset: 14 });
    const result = await applyEdits(fake.context(), [insert]);
    expect(result.placement).toBe(PLACEMENTS.afterSelection);
    expect(texts(fake.doc.snapshot().blocks).slice(1, 3)).toEqual(['Enheten nådde sina mål.', 'Nytt mål']);
  });

  it('the old cursor model (after a block) still inserts right after that block', async () => {
    const fake = setup(report());
    fake.doc.setCursor(2);
    const result = await applyEdits(fake.context(), [insert]);
    expect(result.placement).toBe(PLACEMENTS.beforeParagraph);
    expect(texts(fake.doc.snapshot().blocks).slice(2, 4)).toEqual(['[tabell Indikator|Utfall]', 'Nytt mål']);
  });
});
