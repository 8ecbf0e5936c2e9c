/**
 * The second batch's fallbacks (readOpenDocument): when Word fails the batch, each retry leaves out one more
 * group, so a failing optional load (Section.pageSetup, a list item) costs only itself, and vertically merged
 * cells (office-js #3200) cost only the cell loads — headers, fields, content controls and tables stay read.
 */
import { emptySnapshot, paragraph, table, type DocSnapshot, type Paragraph, type Table } from '../core/snapshot';
import { MERGED_CELLS_WARNING, OPTIONAL_LOADS_WARNING, readOpenDocument } from './read';
import { OOXML_WARNINGS } from './read-ooxml';
import { fakeOfficePerTest } from './test-helpers';

const setup = fakeOfficePerTest();

const DESKTOP = { WordApi: '1.5', WordApiDesktop: '1.3' };
// The section shows no first-page header: read, Section.pageSetup leaves it out.
const pageSetups = [{ differentFirstPageHeaderFooter: false, oddAndEvenPagesHeaderFooter: false }];

/** A report with a TOC field in a content control, a shaded table, a numbered list item and two headers. */
function report(options: { mergedCells?: boolean } = {}): DocSnapshot {
  const indicators: Table = table(
    [
      ['Indikator', 'Utfall'],
      ['Sjukfrånvaro', '3,9 %'],
      ['', 'Analys: målet nåddes.'],
    ],
    { header: true },
  );
  indicators.rows[1].cells[1].shading = 'FFC000';
  if (options.mergedCells) {
    indicators.rows[1].cells[0].vMerge = 'restart';
    indicators.rows[2].cells[0].vMerge = 'continue';
  }
  const snap = emptySnapshot([
    paragraph('Innehållsförteckning', { styleId: 'TOCHeading', styleName: 'toc heading' }),
    paragraph('Sammanfattande analys\t3', { styleId: 'TOC1', styleName: 'toc 1' }),
    paragraph('Sammanfattande analys', { styleId: 'Heading1', styleName: 'heading 1', outlineLevel: 1 }),
    indicators,
    paragraph('Första punkten', {
      styleId: 'ListParagraph',
      styleName: 'list paragraph',
      numbering: { numId: '3', level: 0 },
    }),
  ]);
  (snap.blocks[4] as Paragraph).listNumber = '1.';
  snap.fields.push({ type: 'TOC', instruction: 'TOC \\o "1-3" \\h \\z \\u', fromBlock: 1, toBlock: 1 });
  snap.contentControls.push({
    tag: 'rapportstod-toc',
    title: 'Innehåll',
    docPartGallery: null,
    fromBlock: 0,
    toBlock: 1,
  });
  snap.headersFooters = [
    { kind: 'header', type: 'default', section: 0, paragraphs: [paragraph('Enhet Solrosen')] },
    { kind: 'header', type: 'first', section: 0, paragraphs: [paragraph('Dnr: HÄ 2020/XXX')] },
  ];
  return snap;
}

async function read(snapshot: DocSnapshot, faults: Record<string, string> = {}) {
  const fake = setup(snapshot, { requirementSets: DESKTOP, pageSetups, faults });
  const { snapshot: read } = await readOpenDocument(fake.context());
  const t = read.blocks[3];
  return {
    read,
    syncs: fake.syncCount(),
    headers: (read.headersFooters ?? []).map((h) => `${h.type}: ${h.paragraphs[0]?.text ?? ''}`),
    shading: t.kind === 'table' ? t.rows[1].cells[1].shading : 'not a table',
    listNumber: read.blocks[4].kind === 'paragraph' ? read.blocks[4].listNumber : 'not a paragraph',
  };
}

describe('readOpenDocument: the second batch fails one group at a time', () => {
  it('reads everything in two syncs when nothing fails', async () => {
    const r = await read(report());
    expect(r.syncs).toBe(2);
    expect(r.read.warnings).toEqual([]);
    expect(r.headers).toEqual(['default: Enhet Solrosen']);
    expect(r.shading).toBe('FFC000');
    expect(r.listNumber).toBe('1.');
    expect(r.read.fields.map((f) => f.type)).toEqual(['TOC']);
    expect(r.read.contentControls.map((c) => c.tag)).toEqual(['rapportstod-toc']);
  });

  it.each([
    ['Section.pageSetup', { pageSetup: 'GeneralException' }],
    ['a list item', { listItem: 'GeneralException' }],
  ])('a failing %s costs only the optional loads, with their own warning', async (_, faults) => {
    const r = await read(report(), faults);
    expect(r.read.warnings).toEqual([OPTIONAL_LOADS_WARNING]);
    expect(r.read.warnings).not.toContain(MERGED_CELLS_WARNING);
    // Cells read one by one (the shading), fields, content controls and headers all kept.
    expect(r.shading).toBe('FFC000');
    expect(r.read.fields.map((f) => f.type)).toEqual(['TOC']);
    expect(r.read.contentControls.map((c) => c.tag)).toEqual(['rapportstod-toc']);
    // Without the page setups every header is checked, as on hosts without WordApiDesktop 1.3.
    expect(r.headers).toEqual(['default: Enhet Solrosen', 'first: Dnr: HÄ 2020/XXX']);
    expect(r.listNumber).toBeUndefined();
    // The first batch, the failed second, its retries with only the tracking mode and without the cells (which
    // read.ts tries first, so reports with merged cells keep their count), and the second without the optional loads.
    expect(r.syncs).toBe(5);
  });

  it('vertically merged cells (office-js #3200) still cost only the cell loads, with the merged-cells warning', async () => {
    // The OOXML failed too, so the tables stay simplified and the warning stays.
    const r = await read(report({ mergedCells: true }), { ooxml: 'GeneralException' });
    // As before: the first batch, the failed second, its retry with only the tracking mode, without the cells,
    // and the tables' OOXML (read-ooxml.ts).
    expect(r.syncs).toBe(5);
    expect(r.read.warnings).toEqual([MERGED_CELLS_WARNING, OOXML_WARNINGS.failed]);
    expect(r.headers).toEqual(['default: Enhet Solrosen']);
    expect(r.listNumber).toBe('1.');
    expect(r.read.fields.map((f) => f.type)).toEqual(['TOC']);
    expect(r.read.contentControls.map((c) => c.tag)).toEqual(['rapportstod-toc']);
  });

  it('merged cells and a failing page setup together: both warnings, fields and headers kept', async () => {
    const r = await read(report({ mergedCells: true }), { pageSetup: 'GeneralException', ooxml: 'GeneralException' });
    expect(r.read.warnings).toEqual([MERGED_CELLS_WARNING, OPTIONAL_LOADS_WARNING, OOXML_WARNINGS.failed]);
    expect(r.headers).toEqual(['default: Enhet Solrosen', 'first: Dnr: HÄ 2020/XXX']);
    expect(r.read.fields.map((f) => f.type)).toEqual(['TOC']);
    expect(r.read.contentControls.map((c) => c.tag)).toEqual(['rapportstod-toc']);
  });
});

describe('readOpenDocument: the last fallback', () => {
  it('when the paragraphs of fields and content controls cannot be read, says what else is left out', async () => {
    const fake = setup(report(), { requirementSets: DESKTOP, pageSetups });
    const context = fake.context();
    // Fails every batch that loads the paragraphs of a field's result or a content control (`items/text` only),
    // as a host would that cannot read them; the real Word errors for this are not modelled by the fake.
    const sync = context.sync.bind(context);
    jest.spyOn(context, 'sync').mockImplementation(async () => {
      const since = fake.calls.slice(fake.calls.lastIndexOf('sync') + 1);
      if (since.some((c) => /^load ParagraphCollection items\/text$/.test(c))) {
        await sync();
        throw new Error('GeneralException');
      }
      return sync();
    });
    const { snapshot } = await readOpenDocument(context);
    expect(snapshot.fields).toEqual([]);
    expect(snapshot.contentControls).toEqual([]);
    expect(snapshot.headersFooters).toEqual([]);
    // The merged-cells warning of the step before goes once the tables' OOXML gave their cells.
    expect(snapshot.warnings).toEqual([
      'Word kunde inte läsa dokumentets fält, innehållskontroller, sidhuvuden, sidfötter och textrutor; innehållsförteckningen kontrolleras som vanlig text och de övriga kontrolleras inte.',
    ]);
    // The body is read all the same.
    expect(snapshot.blocks).toHaveLength(5);
  });
});
