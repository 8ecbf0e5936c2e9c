/**
 * A VB-style report written as a real .docx (Swedish Word style ids, TOC field in a content control,
 * merged "Analys" rows, a nested table, adjacent tables, a budget table whose Totalt is wrong) is
 * read by both adapters; the Word adapter must give the same snapshot and findings, and applying
 * the check's fixes through Word must change the document exactly as the .docx adapter does.
 */
import { checkSnapshot } from '../core/check';
import { complexFieldParagraphs, contentControl, heading, para, tableXml, type RowSpec } from '../core/ooxml/builders';
import type { Block, DocSnapshot, Table } from '../core/snapshot';
import { applyEdits as applyDocx, readDocx } from '../docx';
import { createDocx, styleIds } from '../docx/package-writer';
import { createFakeOffice, installFakeOffice, type FakeOffice } from './fake';
import { measureAdapter } from '../../scripts/bench/measure-adapter';
import { applyEdits, readOpenDocument } from './index';

const S = styleIds('swedish');

function indicatorTable(): string {
  const header: RowSpec = {
    header: true,
    cells: ['Indikator', 'Periodens utfall', 'Årsmål', 'Period'].map((t) => ({
      content: t,
      bold: true,
      shading: 'D9D9D9',
    })),
  };
  return tableXml({
    columns: [4000, 1690, 1690, 1690],
    style: S.TableGrid,
    rows: [
      header,
      { cells: ['Sjukfrånvaro dag 1-14', '3,9 %', '2,5 %', 'VB 2020'] },
      { cells: ['Andel omsorgstagare som upplever att de kan påverka', '40 %', '77 %', 'VB 2020'] },
      { cells: [{ content: ['Analys', 'Resultatet beror på pandemin.'], gridSpan: 4 }] },
    ],
  });
}

function activityTable(): string {
  const nested = tableXml({ columns: [1500, 1500], rows: [{ cells: ['inre', 'tabell'] }] });
  return tableXml({
    columns: [4000, 1690, 1690, 1690],
    rows: [
      { header: true, cells: ['Aktivitet', 'Startdatum', 'Slutdatum', 'Avvikelse'] },
      {
        cells: [
          { content: [para('Utbildning i dokumentation'), nested, para('fortsätter')], xml: true },
          '2020-01-01',
          '2020-12-31',
          '',
        ],
      },
    ],
  });
}

function budgetTable(): string {
  return tableXml({
    columns: [3070, 2000, 2000, 2000],
    rows: [
      {
        header: true,
        cells: ['Mnkr', 'Budget 2020 (netto)', 'Prognos (efter resultatöverföringar)', 'Avvikelse (+/-)'],
      },
      { cells: ['Äldreomsorg', '609,6', '613,1', '-3,5'] },
      { cells: ['varav hemtjänst', '250,0', '251,0', '-1,0'] },
      { cells: ['Förskoleverksamhet', '686,4', '682,9', '3,5'] },
      { cells: ['Totalt', '1 300,0', '1 296,0', '0,0'] },
    ],
  });
}

function reportDocx(): Uint8Array {
  const toc = contentControl(
    'rapportstod:toc:1',
    'Innehållsförteckning',
    complexFieldParagraphs('TOC \\o "1-3" \\h \\z \\u', [
      para('Sammanfattande analys\t3', { style: S.TOC1 }),
      para('Uppföljning av ekonomi\t4', { style: S.TOC1 }),
    ]),
  );
  const body = [
    para('Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende', { style: S.Title }),
    para('Dnr: HÄ 2020/362'),
    para('Innehållsförteckning', { style: S.TOCHeading }),
    toc,
    heading('Sammanfattande analys', 1, S.Heading1),
    para('Enheten har haft ett år präglat av pandemin.'),
    heading('Uppföljning av Kommunfullmäktiges inriktningsmål', 1, S.Heading1),
    para('KF:s mål för verksamhetsområdet:', {}, { bold: true }),
    heading('1.5. I Stockholm har äldre en tillvaro med god kvalitet', 3, S.Heading3),
    indicatorTable(),
    para(''),
    activityTable(),
    tableXml({ columns: [4535, 4535], rows: [{ cells: ['Tabell direkt efter', 'en annan'] }] }),
    heading('Uppföljning av ekonomi', 1, S.Heading1),
    heading('Analys av resultaträkning - uppföljning av driftbudget', 2, S.Heading2),
    budgetTable(),
    para('Nämnden prognostiserar ett överskott.'),
  ].join('');
  return createDocx(body, { styles: 'swedish' });
}

function comparable(blocks: Block[]): unknown[] {
  return blocks.map((b) =>
    b.kind === 'paragraph'
      ? { text: b.text, styleName: b.styleName, outlineLevel: b.outlineLevel, bold: b.bold }
      : {
          columnCount: b.columnCount,
          rows: b.rows.map((r) => ({
            header: r.header,
            cells: r.cells.map((c) => ({
              text: c.text,
              gridColumn: c.gridColumn,
              gridSpan: c.gridSpan,
              shading: c.shading,
              nested: c.tables.map((t) => t.rows.map((x) => x.cells.map((y) => y.text))),
            })),
          })),
        },
  );
}

let fake: FakeOffice;
let restore: () => void;
let docx: ReturnType<typeof readDocx>;

beforeEach(() => {
  docx = readDocx(reportDocx());
  fake = createFakeOffice(docx.snapshot, { displayLanguage: 'sv-SE' });
  restore = installFakeOffice(globalThis, fake);
});
afterEach(() => restore());

describe('a VB report through both adapters', () => {
  it('reads the same blocks, cells, spans, fields and content controls in two syncs', async () => {
    const { snapshot } = await readOpenDocument(fake.context());
    expect(fake.syncCount()).toBe(2);
    expect(docx.snapshot.blocks.length).toBe(18);
    expect(comparable(snapshot.blocks)).toEqual(comparable(docx.snapshot.blocks));
    expect(snapshot.fields).toEqual(docx.snapshot.fields);
    expect(snapshot.contentControls.map((c) => [c.tag, c.fromBlock, c.toBlock])).toEqual(
      docx.snapshot.contentControls.map((c) => [c.tag, c.fromBlock, c.toBlock]),
    );
    // Swedish style ids (Rubrik1) come back as the built-in names the rules look for.
    const h = snapshot.blocks[5];
    expect(h.kind === 'paragraph' && [h.styleName, h.outlineLevel]).toEqual(['heading 1', 1]);
    const analys = (snapshot.blocks[10] as Table).rows[3].cells[0];
    expect([analys.gridColumn, analys.gridSpan, analys.text]).toEqual([0, 4, 'Analys\nResultatet beror på pandemin.']);
  });

  it('gives the same findings as the .docx adapter', async () => {
    const { snapshot } = await readOpenDocument(fake.context());
    snapshot.settings.updateFieldsOnOpen = docx.snapshot.settings.updateFieldsOnOpen;
    // The default language is not readable through the API (WordApi 1.3); it comes from the file.
    if (docx.snapshot.language) snapshot.language = docx.snapshot.language;
    const viaDocx = checkSnapshot(docx.snapshot).findings;
    const viaWord = checkSnapshot(snapshot).findings;
    expect(viaDocx.some((f) => f.rule.startsWith('budget'))).toBe(true);
    expect(viaWord.map((f) => [f.id, f.message, f.location])).toEqual(
      viaDocx.map((f) => [f.id, f.message, f.location]),
    );
  });

  it('applies the check’s fixes as the .docx adapter does, touching only the cells they name', async () => {
    const { snapshot } = await readOpenDocument(fake.context());
    const fixes = checkSnapshot(snapshot)
      .findings.flatMap((f) => f.fix ?? [])
      .filter((e) => e.kind === 'setCellText');
    expect(fixes.length).toBeGreaterThan(0);
    fake.resetCounters();
    const word = await applyEdits(fake.context(), fixes);
    expect(word.refused).toEqual([]);
    expect(fake.syncCount()).toBe(2);
    expect(fake.doc.writes.map((w) => w.loc)).toEqual(
      fixes.map((e) => (e.kind === 'setCellText' ? { ...e.loc, paragraph: 0 } : null)),
    );

    const after = applyDocx(docx, fixes);
    expect(after.refused).toEqual([]);
    const docxAfter = readDocx(after.bytes).snapshot;
    expect(comparable(fake.doc.snapshot().blocks)).toEqual(comparable(docxAfter.blocks));
  });

  it('measures check, fix and insert for the benchmark', async () => {
    const m = await measureAdapter(docx.snapshot);
    expect(m.blocks).toBe(18);
    expect(m.check.syncs).toBe(2);
    expect(m.check.findings).toBeGreaterThan(0);
    expect(m.fix.syncs).toBeLessThanOrEqual(2);
    expect(m.fix.applied + m.fix.refused).toBe(m.fix.edits);
    expect(m.insert).toMatchObject({ syncs: 2, applied: 1 });
    expect(m.check.loadedItems).toBeGreaterThan(docx.snapshot.blocks.length);
  });
});

export type { DocSnapshot };
