import type { Edit, InsertBlocks, ReplaceBlocks, SetCellText } from '../core/edits';
import { emptySnapshot, paragraph, table, type DocSnapshot, type Table } from '../core/snapshot';
import { heading, para, row as rowXml } from '../core/ooxml/builders';
import { createFakeOffice, type FakeOffice } from './fake';
import { fakeOfficePerTest } from './test-helpers';
import { applyEdits, REFUSALS } from './apply';
import { readOpenDocument } from './read';

const setup = fakeOfficePerTest();

/** The budget table of seed 001 (Uppföljning av driftbudget), with a wrong Totalt row. */
function budgetSnapshot(): DocSnapshot {
  const budget = table(
    [
      ['Mnkr', 'Budget 2020 (netto)', 'Prognos (efter resultatöverföringar)', 'Avvikelse (+/-)'],
      ['Äldreomsorg', '609,6', '613,1', '-3,5'],
      ['varav hemtjänst', '250,0', '251,0', '-1,0'],
      ['Förskoleverksamhet', '686,4', '682,9', '3,5'],
      ['Totalt', '1 300,0', '1 296,0', '4,0'],
    ],
    { header: true },
  );
  // The cell's run is bold: a fix must keep that.
  const total = budget.rows[4].cells[1];
  total.paragraphs[0].runs = [{ text: '1 300,0', bold: true, italic: false }];
  total.paragraphs[0].bold = true;
  return emptySnapshot([
    paragraph('Uppföljning av ekonomi', { styleId: 'Heading1', styleName: 'heading 1', outlineLevel: 1 }),
    paragraph('Analys av resultaträkning - uppföljning av driftbudget', {
      styleId: 'Heading2',
      styleName: 'heading 2',
      outlineLevel: 2,
    }),
    budget,
    paragraph('Nämnden prognostiserar ett överskott.', { styleName: 'normal' }),
  ]);
}

function setCell(row: number, cell: number, oldText: string, newText: string): SetCellText {
  return { kind: 'setCellText', loc: { block: 2, row, cell }, oldText, newText, reason: 'Totalt: summan av raderna' };
}

function tableAt(fake: FakeOffice, block: number): Table {
  const b = fake.doc.snapshot().blocks[block];
  if (b.kind !== 'table') throw new Error(`block ${block} is not a table`);
  return b;
}

describe('applyEdits', () => {
  it('writes only the changed cells, keeping their formatting, in one read and one write sync', async () => {
    const fake = setup(budgetSnapshot());
    const edits = [setCell(4, 1, '1 300,0', '1 296,0'), setCell(4, 2, '1 296,0', '1 295,0')];
    const result = await applyEdits(fake.context(), edits);
    expect(result.refused).toEqual([]);
    expect(result.applied).toEqual(edits);
    expect(fake.syncCount()).toBe(2);
    expect(fake.doc.writes.map((w) => w.loc)).toEqual([
      { block: 2, row: 4, cell: 1, paragraph: 0 },
      { block: 2, row: 4, cell: 2, paragraph: 0 },
    ]);
    const t = tableAt(fake, 2);
    expect(t.rows[4].cells.map((c) => c.text)).toEqual(['Totalt', '1 296,0', '1 295,0', '4,0']);
    expect(t.rows[4].cells[1].paragraphs[0].runs).toEqual([{ text: '1 296,0', bold: true, italic: false }]);
    // Every other cell is untouched.
    const before = budgetSnapshot().blocks[2] as Table;
    for (let r = 0; r < 4; r++)
      expect(t.rows[r].cells.map((c) => c.text)).toEqual(before.rows[r].cells.map((c) => c.text));
  });

  it('refuses an edit whose cell text changed since the check and still applies the others', async () => {
    const fake = setup(budgetSnapshot());
    // The user typed a new forecast after the check.
    const stale = setCell(3, 2, '680,0', '682,9');
    const fresh = setCell(4, 1, '1 300,0', '1 296,0');
    const result = await applyEdits(fake.context(), [stale, fresh]);
    expect(result.applied).toEqual([fresh]);
    expect(result.refused).toEqual([{ edit: stale, reason: REFUSALS.cellChanged('682,9') }]);
    expect(tableAt(fake, 2).rows[3].cells[2].text).toBe('682,9');
    expect(fake.doc.writes).toHaveLength(1);
  });

  it('in atomic mode (the task pane) writes nothing when one edit of the batch is refused', async () => {
    const fake = setup(budgetSnapshot());
    const stale = setCell(3, 2, '680,0', '682,9');
    const fresh = setCell(4, 1, '1 300,0', '1 296,0');
    const result = await applyEdits(fake.context(), [stale, fresh], { atomic: true });
    expect(result.applied).toEqual([]);
    expect(result.refused.map((r) => r.edit)).toEqual([stale, fresh]);
    expect(result.refused[1].reason).toBe(REFUSALS.notAlone(REFUSALS.cellChanged('682,9')));
    expect(fake.doc.writes).toEqual([]);
    expect(tableAt(fake, 2).rows[4].cells[1].text).toBe('1 300,0');
    expect(fake.syncCount()).toBe(1);
  });

  it('writes nothing when every edit is refused', async () => {
    const fake = setup(budgetSnapshot());
    const result = await applyEdits(fake.context(), [
      setCell(4, 1, 'fel', '1'),
      { kind: 'setCellText', loc: { block: 0, row: 0, cell: 0 }, oldText: 'x', newText: 'y', reason: 'r' },
      setCell(9, 0, 'x', 'y'),
    ]);
    expect(result.applied).toEqual([]);
    expect(result.refused.map((r) => r.reason)).toEqual([
      REFUSALS.cellChanged('1 300,0'),
      REFUSALS.noTable,
      REFUSALS.noCell,
    ]);
    expect(fake.doc.writes).toEqual([]);
    expect(fake.syncCount()).toBe(1);
  });

  it('replaces a multi-paragraph cell text without leaving the old paragraphs', async () => {
    const snap = emptySnapshot([
      table([
        ['Aktivitet', 'Avvikelse'],
        ['Utbildning\nandra stycket\ntredje', ''],
      ]),
    ]);
    const fake = setup(snap);
    const edit: SetCellText = {
      kind: 'setCellText',
      loc: { block: 0, row: 1, cell: 0 },
      oldText: 'Utbildning\nandra stycket\ntredje',
      newText: 'Utbildning i dokumentation',
      reason: 'r',
    };
    const result = await applyEdits(fake.context(), [edit]);
    expect(result.applied).toEqual([edit]);
    expect(tableAt(fake, 0).rows[1].cells[0].paragraphs.map((p) => p.text)).toEqual(['Utbildning i dokumentation']);
  });

  it('replaces blocks with OOXML and inserts a table after a block, keeping the given order', async () => {
    const fake = setup(budgetSnapshot());
    const replace: ReplaceBlocks = {
      kind: 'replaceBlocks',
      fromBlock: 0,
      toBlock: 1,
      oldFirstText: 'Uppföljning av ekonomi',
      oldLastText: 'Analys av resultaträkning - uppföljning av driftbudget',
      ooxml: heading('Uppföljning av ekonomi', 1) + heading('Analys av resultaträkning', 2),
      reason: 'Rubriker',
    };
    const tableXml = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${rowXml({ cells: ['Kostnader', 'Intäkter'], header: true })}${rowXml({ cells: ['10,0', { content: '-2,0', bold: true }] })}</w:tbl>`;
    const insertTable: InsertBlocks = {
      kind: 'insertBlocks',
      after: 3,
      ooxml: tableXml,
      reason: 'Omslutningsförändringar',
    };
    const insertText: InsertBlocks = { kind: 'insertBlocks', after: 3, ooxml: para('Efter tabellen'), reason: 'Text' };
    const result = await applyEdits(fake.context(), [replace, insertTable, insertText]);
    expect(result.refused).toEqual([]);
    expect(fake.syncCount()).toBe(2);
    const after = fake.doc.snapshot();
    expect(after.blocks.map((b) => (b.kind === 'paragraph' ? `${b.styleName}: ${b.text}` : 'tabell'))).toEqual([
      'heading 1: Uppföljning av ekonomi',
      'heading 2: Analys av resultaträkning',
      'tabell',
      'normal: Nämnden prognostiserar ett överskott.',
      'tabell',
      'null: Efter tabellen',
    ]);
    const inserted = after.blocks[4] as Table;
    expect(inserted.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Kostnader', 'Intäkter'],
      ['10,0', '-2,0'],
    ]);
    expect(inserted.rows[0].header).toBe(true);
    // Reading the document again sees the inserted table as a block of its own.
    const reread = await readOpenDocument(fake.context());
    expect(reread.snapshot.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'table',
      'paragraph',
      'table',
      'paragraph',
    ]);
  });

  it('refuses replacing blocks whose text changed, and malformed OOXML, before writing anything', async () => {
    const fake = setup(budgetSnapshot());
    const stale: ReplaceBlocks = {
      kind: 'replaceBlocks',
      fromBlock: 0,
      toBlock: 0,
      oldFirstText: 'Ekonomi',
      oldLastText: 'Ekonomi',
      ooxml: para('x'),
      reason: 'r',
    };
    const broken: InsertBlocks = {
      kind: 'insertBlocks',
      after: 0,
      ooxml: '<w:p><w:r><w:t>ej stängd</w:r></w:p>',
      reason: 'r',
    };
    const result = await applyEdits(fake.context(), [stale, broken]);
    expect(result.applied).toEqual([]);
    expect(result.refused[0].reason).toBe(REFUSALS.blocksChanged);
    expect(result.refused[1].reason).toMatch(/^Innehållet som skulle infogas är inte giltigt/);
    expect(fake.doc.writes).toEqual([]);
    expect(fake.doc.snapshot().blocks).toEqual(createFakeOffice(budgetSnapshot()).doc.snapshot().blocks);
  });

  it('refuses a cell edit inside blocks another edit replaces', async () => {
    const snap = budgetSnapshot();
    const fake = setup(snap);
    const t = snap.blocks[2] as Table;
    const tableText = t.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n');
    const replace: ReplaceBlocks = {
      kind: 'replaceBlocks',
      fromBlock: 2,
      toBlock: 2,
      oldFirstText: tableText,
      oldLastText: tableText,
      ooxml: para('Tabellen flyttad'),
      reason: 'r',
    };
    const cellEdit = setCell(4, 1, '1 300,0', '1 296,0');
    const result = await applyEdits(fake.context(), [replace, cellEdit]);
    expect(result.applied).toEqual([replace]);
    expect(result.refused).toEqual([{ edit: cellEdit, reason: REFUSALS.overlap }]);
    expect(fake.doc.snapshot().blocks[2]).toMatchObject({ kind: 'paragraph', text: 'Tabellen flyttad' });
  });

  it('inserts at the start of the document', async () => {
    const fake = setup(budgetSnapshot());
    const edit: InsertBlocks = { kind: 'insertBlocks', after: -1, ooxml: para('Först'), reason: 'r' };
    expect((await applyEdits(fake.context(), [edit])).applied).toEqual([edit]);
    expect(
      fake.doc
        .snapshot()
        .blocks.slice(0, 2)
        .map((b) => (b.kind === 'paragraph' ? b.text : 'tabell')),
    ).toEqual(['Först', 'Uppföljning av ekonomi']);
  });

  it('inserts at the cursor', async () => {
    const fake = setup(budgetSnapshot());
    fake.doc.setCursor(0);
    const edit: InsertBlocks = { kind: 'insertBlocks', after: 'selection', ooxml: para('Vid markören'), reason: 'r' };
    const result = await applyEdits(fake.context(), [edit]);
    expect(result.applied).toEqual([edit]);
    expect(
      fake.doc
        .snapshot()
        .blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'tabell'))
        .slice(0, 3),
    ).toEqual(['Uppföljning av ekonomi', 'Vid markören', 'Analys av resultaträkning - uppföljning av driftbudget']);
  });

  it('saves ignored findings in the document settings without a sync, and does not claim update-on-open (no Word API sets it)', async () => {
    const fake = setup(budgetSnapshot());
    const edits: Edit[] = [
      { kind: 'setIgnoredFindings', ids: ['budget-sums:Totalt:2:4', 'goal-analysis:1.5'], reason: 'Ignorera' },
      { kind: 'setUpdateFieldsOnOpen', reason: 'Sidnummer' },
    ];
    const result = await applyEdits(fake.context(), edits);
    expect(result).toEqual({ applied: [edits[0]], refused: [] });
    expect(fake.syncCount()).toBe(0);
    expect(fake.doc.savedSettings['rapportstodIgnored']).toEqual(['budget-sums:Totalt:2:4', 'goal-analysis:1.5']);
    const reread = await readOpenDocument(fake.context());
    expect(reread.snapshot.settings.ignoredFindings).toEqual(['budget-sums:Totalt:2:4', 'goal-analysis:1.5']);
  });

  it('reports every edit as refused, with a Swedish message, when Word fails the write batch', async () => {
    const fake = setup(budgetSnapshot());
    const context = fake.context();
    const sync = context.sync.bind(context);
    let syncs = 0;
    // The user deletes the Totalt row between the check's read and the write.
    context.sync = async () => {
      if (++syncs === 2) (fake.doc.blocks[2] as Table).rows.pop();
      return sync();
    };
    const edits: Edit[] = [
      setCell(4, 1, '1 300,0', '1 296,0'),
      { kind: 'setIgnoredFindings', ids: ['x'], reason: 'r' },
    ];
    const result = await applyEdits(context, edits);
    expect(result.applied).toEqual([]);
    expect(result.refused.map((r) => r.edit)).toEqual(edits);
    expect(result.refused[0].reason).toMatch(/^Word kunde inte genomföra ändringarna \(.*\)\. Kontrollera dokumentet/);
    // The settings edit was not saved either: nothing is half-applied on our side.
    expect(fake.doc.savedSettings['rapportstodIgnored']).toBeUndefined();
  });

  it('refuses insertions on a host without insertOoxml, in Swedish', async () => {
    const fake = setup(budgetSnapshot(), { requirementSets: { WordApi: '1.1' } });
    const edit: InsertBlocks = { kind: 'insertBlocks', after: 0, ooxml: para('x'), reason: 'r' };
    const result = await applyEdits(fake.context(), [edit]);
    expect(result.refused[0].reason).toMatch(/kräver Word 2016 eller senare/);
    expect(fake.doc.writes).toEqual([]);
  });
});

describe('applyEdits on a cell with a manual line break', () => {
  it("counts the cell's paragraphs, not its lines, so the next cell is never deleted", async () => {
    // "Förskola" + Shift+Enter + "(netto)": one paragraph with a line break, which the snapshot also writes as "\n".
    const budget = table([
      ['Verksamhet', 'Budget'],
      ['Förskola\n(netto)', '686,4'],
      ['Totalt', '686,4'],
    ]);
    budget.rows[1].cells[0].paragraphs = [paragraph('Förskola\n(netto)')];
    const fake = setup(emptySnapshot([paragraph('Driftbudget'), budget]));
    const edit: SetCellText = {
      kind: 'setCellText',
      loc: { block: 1, row: 1, cell: 0 },
      oldText: 'Förskola\n(netto)',
      newText: 'Förskoleverksamhet',
      reason: 'r',
    };
    const result = await applyEdits(fake.context(), [edit]);
    expect(result.refused).toEqual([]);
    expect(result.applied).toEqual([edit]);
    const t = tableAt(fake, 1);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Verksamhet', 'Budget'],
      ['Förskoleverksamhet', '686,4'],
      ['Totalt', '686,4'],
    ]);
    expect(fake.doc.writes.filter((w) => w.op === 'Paragraph.delete')).toEqual([]);
  });
});

describe('applyEdits on a cell that holds more than text', () => {
  it.each([
    ['a footnote mark (U+0002)', '13,0\u0002'],
    ['a footnote mark Word gives as U+FFFD', '13,0\ufffd'],
    ['a picture (U+0001)', '\u000113,0'],
  ])('refuses to rewrite a cell with %s, which insertText would delete', async (_what, value) => {
    const fake = setup(
      emptySnapshot([
        paragraph('Investeringar'),
        table([
          ['Mnkr', 'Budget'],
          ['Totalt', value],
        ]),
      ]),
    );
    const edit: SetCellText = {
      kind: 'setCellText',
      loc: { block: 1, row: 1, cell: 1 },
      oldText: value,
      newText: '12,5',
      reason: 'r',
    };
    const result = await applyEdits(fake.context(), [edit]);
    expect(result).toEqual({ applied: [], refused: [{ edit, reason: REFUSALS.nonText }] });
    expect(fake.doc.writes).toEqual([]);
    expect(tableAt(fake, 1).rows[1].cells[1].text).toBe(value);
  });
});

describe('applyEdits on a table with a nested table', () => {
  it('refuses, as the .docx adapter does, to rewrite a several-paragraph cell of a table that holds a nested table', async () => {
    const outer = table([
      ['Aktivitet', 'Kommentar'],
      ['Utbildning\nandra stycket', '5,0'],
    ]);
    outer.rows[1].cells[0].tables = [
      table([
        ['Del', 'Mnkr'],
        ['Kurs', '2,0'],
      ]),
    ];
    const fake = setup(emptySnapshot([paragraph('Aktiviteter'), outer]));
    const edit: SetCellText = {
      kind: 'setCellText',
      loc: { block: 1, row: 1, cell: 0 },
      oldText: 'Utbildning\nandra stycket',
      newText: 'Utbildning',
      reason: 'r',
    };
    const result = await applyEdits(fake.context(), [edit]);
    expect(result.applied).toEqual([]);
    expect(result.refused).toEqual([{ edit, reason: REFUSALS.nestedTable }]);
    expect(fake.doc.writes).toEqual([]);
    expect(tableAt(fake, 1).rows[1].cells[0].paragraphs.map((p) => p.text)).toEqual(['Utbildning', 'andra stycket']);
  });

  it('still rewrites a one-paragraph cell of such a table, which deletes no paragraph', async () => {
    const outer = table([
      ['Aktivitet', 'Mnkr'],
      ['Utbildning', '5,0'],
    ]);
    outer.rows[1].cells[0].tables = [
      table([
        ['Del', 'Mnkr'],
        ['Kurs', '2,0'],
      ]),
    ];
    const fake = setup(emptySnapshot([paragraph('Aktiviteter'), outer]));
    const edit: SetCellText = {
      kind: 'setCellText',
      loc: { block: 1, row: 1, cell: 1 },
      oldText: '5,0',
      newText: '2,0',
      reason: 'r',
    };
    const result = await applyEdits(fake.context(), [edit]);
    expect(result).toEqual({ applied: [edit], refused: [] });
    expect(tableAt(fake, 1).rows[1].cells[1].text).toBe('2,0');
  });
});
