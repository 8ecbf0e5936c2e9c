import {
  emptySnapshot,
  paragraph,
  table,
  type Block,
  type DocSnapshot,
  type Paragraph,
  type Table,
} from '../core/snapshot';
import { fakeOfficePerTest } from './test-helpers';
import { gridFromWidths, layoutBlocks, readOpenDocument } from './read';
import { normalizeStyle } from './styles';

const setup = fakeOfficePerTest();

/** A VB-like document: heading, label paragraphs, an indicator table with a merged Analys row, a nested table. */
export function vbSnapshot(): DocSnapshot {
  const indicators: Table = table(
    [
      ['Indikator', 'Periodens utfall', 'Årsmål', 'Period'],
      ['Sjukfrånvaro dag 1-14', '3,9 %', '2,5 %', 'VB 2020'],
      ['Analys'],
      ['Andel omsorgstagare som upplever att de kan påverka', '40 %', '77 %', 'VB 2020'],
    ],
    { header: true },
  );
  // The "Analys" row spans the whole table, as in the seeds.
  indicators.rows[2].cells[0].gridSpan = 4;
  indicators.columnCount = 4;
  indicators.rows[1].cells[1].shading = 'FFC000';
  const withNested = table([
    ['Aktivitet', 'Startdatum'],
    ['Utbildning i dokumentation\nfortsätter under hösten', '2020-01-01'],
  ]);
  withNested.rows[1].cells[0].tables.push(table([['inre', 'tabell']]));
  const snap = emptySnapshot([
    paragraph('Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende', {
      styleId: 'Title',
      styleName: 'title',
    }),
    paragraph('Innehållsförteckning', { styleId: 'TOCHeading', styleName: 'toc heading', bold: true }),
    paragraph('Sammanfattande analys\t3', { styleId: 'TOC1', styleName: 'toc 1' }),
    paragraph('Sammanfattande analys', { styleId: 'Heading1', styleName: 'heading 1', outlineLevel: 1 }),
    paragraph('KF:s mål för verksamhetsområdet:', { bold: true, styleName: 'normal' }),
    paragraph('1.5. I Stockholm har äldre en tillvaro\nmed god kvalitet', {
      styleId: 'Heading3',
      styleName: 'heading 3',
      outlineLevel: 3,
    }),
    indicators,
    paragraph('', { styleName: 'normal' }),
    withNested,
    table([
      ['Mnkr', 'Budget'],
      ['Totalt', '609,6'],
    ]),
    paragraph('Punkt i en lista', {
      styleId: 'ListParagraph',
      styleName: 'list paragraph',
      numbering: { numId: '3', level: 0 },
    }),
  ]);
  snap.fields.push({ type: 'TOC', instruction: 'TOC \\o "1-3" \\h \\z \\u', fromBlock: 2, toBlock: 2 });
  snap.contentControls.push({
    tag: 'rapportstod-toc',
    title: 'Innehåll',
    docPartGallery: 'Table of Contents',
    fromBlock: 1,
    toBlock: 2,
  });
  snap.settings.ignoredFindings = ['indicator-analysis:Sjukfrånvaro'];
  return snap;
}

function shape(blocks: Block[]): unknown[] {
  return blocks.map((b) =>
    b.kind === 'paragraph'
      ? { text: b.text, styleName: b.styleName, outlineLevel: b.outlineLevel, bold: b.bold, list: b.numbering !== null }
      : {
          columnCount: b.columnCount,
          rows: b.rows.map((r) => ({
            header: r.header,
            cells: r.cells.map((c) => ({
              text: c.text,
              gridColumn: c.gridColumn,
              gridSpan: c.gridSpan,
              shading: c.shading,
              tables: c.tables.length,
            })),
          })),
        },
  );
}

describe('readOpenDocument', () => {
  it('rebuilds the block list, tables and styles in two syncs', async () => {
    const source = vbSnapshot();
    const fake = setup(source);
    const { snapshot, map } = await readOpenDocument(fake.context());
    expect(fake.syncCount()).toBe(2);
    expect(shape(snapshot.blocks)).toEqual(shape(source.blocks));
    expect(map.blocks.map((b) => b.kind)).toEqual(source.blocks.map((b) => b.kind));
    // Table cell paragraphs keep their own texts; the nested table is read from its values.
    const activity = snapshot.blocks[8] as Table;
    expect(activity.rows[1].cells[0].paragraphs.map((p) => p.text)).toEqual([
      'Utbildning i dokumentation',
      'fortsätter under hösten',
    ]);
    expect(activity.rows[1].cells[0].tables[0].rows[0].cells.map((c) => c.text)).toEqual(['inre', 'tabell']);
    // Adjacent tables (8 and 9) with no paragraph between are still two blocks.
    expect(snapshot.blocks[9].kind).toBe('table');
    expect(snapshot.fields).toEqual(source.fields);
    expect(snapshot.contentControls).toEqual(source.contentControls);
    expect(snapshot.settings.ignoredFindings).toEqual(['indicator-analysis:Sjukfrånvaro']);
    expect(snapshot.warnings).toEqual([]);
  });

  it('names Swedish Word styles by their built-in English names', async () => {
    const fake = setup(vbSnapshot(), { displayLanguage: 'sv-SE' });
    const ctx = fake.context();
    const first = ctx.document.body.paragraphs;
    first.load('items/style');
    await ctx.sync();
    expect(first.items[3].style).toBe('Rubrik 1');
    const { snapshot } = await readOpenDocument(fake.context());
    const p = snapshot.blocks[3];
    expect(p.kind === 'paragraph' && [p.styleId, p.styleName]).toEqual(['Heading1', 'heading 1']);
    const toc = snapshot.blocks[2];
    expect(toc.kind === 'paragraph' && [toc.styleId, toc.styleName]).toEqual(['TOC1', 'toc 1']);
  });

  it('leaves out the placeholders Word gives for footnote marks and pictures, as the .docx reader does', async () => {
    const fake = setup(
      emptySnapshot([
        paragraph('Ekonomi\u0002 i sammandrag'),
        table([
          ['Mnkr', 'Budget'],
          ['Totalt', '13,0\u0002'],
          ['Bild', '\ufffc'],
        ]),
      ]),
    );
    const { snapshot } = await readOpenDocument(fake.context());
    expect((snapshot.blocks[0] as Paragraph).text).toBe('Ekonomi i sammandrag');
    const t = snapshot.blocks[1] as Table;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Mnkr', 'Budget'],
      ['Totalt', '13,0'],
      ['Bild', ''],
    ]);
  });

  it('takes two syncs however large the document is', async () => {
    const blocks: Block[] = [];
    for (let i = 0; i < 300; i++) {
      blocks.push(paragraph(`Rubrik ${i}`, { styleId: 'Heading2', styleName: 'heading 2', outlineLevel: 2 }));
      blocks.push(
        table([
          ['Indikator', 'Utfall'],
          [`Indikator ${i}`, `${i} %`],
        ]),
      );
    }
    const fake = setup(emptySnapshot(blocks));
    const { snapshot } = await readOpenDocument(fake.context());
    expect(fake.syncCount()).toBe(2);
    expect(snapshot.blocks).toHaveLength(600);
    const last = snapshot.blocks[599] as Table;
    expect(last.rows[1].cells[1].text).toBe('299 %');
  });

  it('reads without fields on a WordApi 1.3 host, in two syncs', async () => {
    const fake = setup(vbSnapshot(), { requirementSets: { WordApi: '1.3' } });
    const { snapshot } = await readOpenDocument(fake.context());
    expect(snapshot.fields).toEqual([]);
    expect(snapshot.blocks).toHaveLength(11);
    expect(fake.calls.some((c) => c.startsWith('load FieldCollection'))).toBe(false);
  });

  it('reads the rest of the document when the host fails on fields', async () => {
    const fake = setup(vbSnapshot(), { faults: { fields: 'NotImplemented' } });
    const { snapshot } = await readOpenDocument(fake.context());
    expect(snapshot.fields).toEqual([]);
    expect(shape(snapshot.blocks)).toEqual(shape(vbSnapshot().blocks));
    expect(snapshot.warnings).toEqual([
      'Word kunde inte läsa dokumentets fält; innehållsförteckningen kontrolleras som vanlig text.',
    ]);
    // The failed first batch, its retry without fields, and the cells.
    expect(fake.syncCount()).toBe(3);
  });

  it('passes other Word errors on with their code, for the task pane to explain', async () => {
    const fake = setup(vbSnapshot(), { faults: { fields: 'AccessDenied' } });
    await expect(readOpenDocument(fake.context())).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('reports an unreadable ignored-findings setting in Swedish and keeps reading', async () => {
    const fake = setup(emptySnapshot([paragraph('Text')]));
    fake.Office.context.document.settings.set('rapportstodIgnored', '{inte json');
    const { snapshot } = await readOpenDocument(fake.context());
    expect(snapshot.settings.ignoredFindings).toEqual([]);
    expect(snapshot.warnings).toEqual([
      'Listan över ignorerade fynd i dokumentets inställningar kunde inte läsas och har inte använts.',
    ]);
    expect(snapshot.blocks).toHaveLength(1);
  });
});

describe('layoutBlocks', () => {
  it('splits a run of table paragraphs between adjacent tables by their values', () => {
    const { map, warnings } = layoutBlocks(
      [0, 1, 1, 1, 1, 1, 1, 0],
      [
        {
          nestingLevel: 1,
          values: [
            ['a', 'b'],
            ['c', 'd'],
          ],
        },
        { nestingLevel: 1, values: [['e\rf']] },
      ],
    );
    expect(warnings).toEqual([]);
    expect(map.blocks).toEqual([
      { kind: 'paragraph', paragraph: 0 },
      { kind: 'table', table: 0, firstParagraph: 1, paragraphCount: 4 },
      { kind: 'table', table: 1, firstParagraph: 5, paragraphCount: 2 },
      { kind: 'paragraph', paragraph: 7 },
    ]);
    expect(map.blockOfParagraph).toEqual([0, 1, 1, 1, 1, 2, 2, 3]);
  });

  it('warns in Swedish when table paragraphs have no table', () => {
    const { warnings } = layoutBlocks([0, 1], []);
    expect(warnings[0]).toMatch(/tabell/);
  });
});

describe('gridFromWidths', () => {
  it('derives spans from cell widths, as the union of cell edges', () => {
    const grid = gridFromWidths([[30, 100, 100, 100], [330], [130, 200]]);
    expect(grid.columns).toBe(4);
    expect(grid.cells[1]).toEqual([{ gridColumn: 0, gridSpan: 4 }]);
    expect(grid.cells[2]).toEqual([
      { gridColumn: 0, gridSpan: 2 },
      { gridColumn: 2, gridSpan: 2 },
    ]);
  });
});

describe('normalizeStyle', () => {
  it('maps built-in enums to lower-case English names and custom styles to their names', () => {
    expect(normalizeStyle('Rubrik 2', 'Heading2')).toEqual({ styleId: 'Heading2', styleName: 'heading 2' });
    expect(normalizeStyle('Innehåll 3', 'Toc3')).toEqual({ styleId: 'TOC3', styleName: 'toc 3' });
    expect(normalizeStyle('Normal', 'Normal')).toEqual({ styleId: null, styleName: 'normal' });
    expect(normalizeStyle('Rubrik Enhetsmål', 'Other')).toEqual({
      styleId: 'RubrikEnhetsmål',
      styleName: 'rubrik enhetsmål',
    });
    // A WordApi 1.1 host reports only the localized name.
    expect(normalizeStyle('Rubrik 1', undefined)).toEqual({ styleId: 'Heading1', styleName: 'heading 1' });
  });
});

describe('readOpenDocument with vertically merged cells', () => {
  it('falls back to the first batch when Word fails on a merged cell, and takes the merges from the OOXML', async () => {
    const merged = table([
      ['Resultatenhet', 'Bruttobudget', 'Resultat'],
      ['Äldreomsorg\nsöder', '1 000', '-20'],
      ['', '2 000', '15'],
    ]);
    merged.rows[1].cells[0].vMerge = 'restart';
    merged.rows[2].cells[0].vMerge = 'continue';
    merged.rows[1].cells[1].paragraphs[0].runs = [{ text: '1 000', bold: true, italic: false }];
    merged.rows[1].cells[1].paragraphs[0].bold = true;
    const fake = setup(
      emptySnapshot([
        paragraph('Resultatenheter', { styleName: 'normal' }),
        merged,
        paragraph('Slut', { styleName: 'normal' }),
      ]),
    );
    const { snapshot } = await readOpenDocument(fake.context());
    // The first batch, the failed second, and its retry with only the tracking mode (a host may fail
    // getReviewedText instead), which fails on the merged cell too; then the fallback to the first batch,
    // whose one sync reads the section's headers and footers (no fields or content controls here); then the
    // table's OOXML, which gives the merge Word's API cannot.
    expect(fake.syncCount()).toBe(5);
    expect(fake.calls.filter((c) => c === 'sync')).toHaveLength(5);
    expect(fake.calls.filter((c) => c === 'getOoxml')).toHaveLength(1);
    expect(snapshot.warnings).toEqual([]);
    const t = snapshot.blocks[1] as Table;
    expect(t.rows.map((r) => r.cells.map((c) => c.vMerge))).toEqual([
      [null, null, null],
      ['restart', null, null],
      ['continue', null, null],
    ]);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Resultatenhet', 'Bruttobudget', 'Resultat'],
      ['Äldreomsorg\nsöder', '1 000', '-20'],
      ['', '2 000', '15'],
    ]);
    // Paragraph formatting still comes from body.paragraphs.
    expect(t.rows[1].cells[1].paragraphs[0].bold).toBe(true);
    expect(t.rows[1].cells[0].paragraphs.map((p) => p.text)).toEqual(['Äldreomsorg', 'söder']);
    expect(snapshot.blocks[2]).toMatchObject({ kind: 'paragraph', text: 'Slut' });
  });
});
