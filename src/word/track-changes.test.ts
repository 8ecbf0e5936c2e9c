/**
 * Track Changes. Word's paragraph text includes text deleted with tracking on (office-js #1267, #2314,
 * #5286), and under tracking `insertText(…, 'Replace')` leaves the old text as a deletion beside the new
 * (#5188); the fake models both (see `FakeDocument.deletions`). The reader reads the current text with
 * `getReviewedText('Current')` (WordApi 1.4), so both adapters give the same findings on a document with
 * revisions; where the host cannot, it says the check may count deleted text.
 */
import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph as DocxParagraph,
  TextRun,
} from 'docx';
import { checkSnapshot } from '../core/check';
import { emptySnapshot, paragraph, table, type Paragraph, type Table } from '../core/snapshot';
import { readDocx } from '../docx/index';
import { applyEdits } from './apply';
import { readOpenDocument, TRACK_CHANGES_WARNINGS } from './read';
import { fakeOfficePerTest } from './test-helpers';

const setup = fakeOfficePerTest();

const DELETED = 'Skriv analysen här. ';
const REVISION = { author: 'Handläggare', date: '2021-02-01T08:00:00Z' };

/** A short VB whose analysis paragraph has a tracked deletion (leftover template text) and insertion, written by the `docx` package. */
async function reportWithRevisions(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new DocxParagraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun('Verksamhetsberättelse 2020 för Axelsbergs vård- och omsorgsboende')],
          }),
          new DocxParagraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sammanfattande analys')] }),
          new DocxParagraph({
            children: [
              new TextRun('Enheten '),
              new DeletedTextRun({ text: DELETED, id: 1, ...REVISION }),
              new InsertedTextRun({ text: 'nådde sina mål under året.', id: 2, ...REVISION }),
            ],
          }),
          new DocxParagraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Övrigt')] }),
          new DocxParagraph({ children: [new TextRun('Inget att rapportera.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function findingKeys(snapshot: Parameters<typeof checkSnapshot>[0]): string[] {
  return checkSnapshot(snapshot).findings.map((f) => `${f.rule}/${f.kind}: ${f.message}`);
}

describe('the fake models Word under Track Changes', () => {
  it('Paragraph.text includes tracked deletions; getReviewedText("Current") leaves them out (#1267)', async () => {
    const fake = setup(emptySnapshot([paragraph('Enheten nådde målen.')]));
    const p = fake.doc.blocks[0] as Paragraph;
    fake.doc.addDeletion(p, 8, DELETED);
    const context = fake.context();
    const paragraphs = context.document.body.paragraphs.load('items/text');
    await context.sync();
    const current = paragraphs.items[0].getReviewedText('Current');
    await context.sync();
    expect(paragraphs.items[0].text).toBe(`Enheten ${DELETED}nådde målen.`);
    expect(current.value).toBe('Enheten nådde målen.');
  });

  it('insertText(…, "Replace") under tracking keeps the old text as a deletion (#5188)', async () => {
    const fake = setup(emptySnapshot([table([['Totalt', '1 300,0']])]));
    fake.doc.changeTrackingMode = 'TrackAll';
    const context = fake.context();
    const tables = context.document.body.tables.load('items/values');
    await context.sync();
    tables.items[0].getCell(0, 1).body.paragraphs.getFirst().insertText('1 296,0', 'Replace');
    const values = context.document.body.tables.load('items/values');
    await context.sync();
    expect(values.items[0].values[0][1]).toBe('1 300,01 296,0');
  });
});

describe('readOpenDocument on a document with tracked changes', () => {
  it('gives the same findings as the .docx reader (WordApi 1.4 getReviewedText), in one extra sync', async () => {
    const docx = readDocx(await reportWithRevisions());
    const analysis = docx.snapshot.blocks.find(
      (b): b is Paragraph => b.kind === 'paragraph' && b.text.startsWith('Enheten'),
    )!;
    expect(analysis.text).toBe('Enheten nådde sina mål under året.');

    const fake = setup(docx.snapshot);
    const inWord = fake.doc.blocks.find((b): b is Paragraph => b.kind === 'paragraph' && b.text.startsWith('Enheten'))!;
    fake.doc.addDeletion(inWord, 'Enheten '.length, DELETED);
    const { snapshot } = await readOpenDocument(fake.context());
    expect(fake.syncCount()).toBe(3);
    expect(snapshot.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(
      docx.snapshot.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')),
    );
    // The default language is not readable through Word's API (WordApi 1.3); it comes from the file.
    if (docx.snapshot.language) snapshot.language = docx.snapshot.language;
    expect(findingKeys(snapshot)).toEqual(findingKeys(docx.snapshot));
    // Without the deletion in Word's text, the leftover "Skriv … här" would be a finding of its own.
    expect(findingKeys(snapshot).some((k) => k.startsWith('placeholder-text'))).toBe(false);
  });

  it('keeps the 2-sync read when the document has no tracked deletions', async () => {
    const fake = setup(
      emptySnapshot([
        paragraph('Verksamhetsberättelse 2020', { styleId: 'Title', styleName: 'title' }),
        paragraph('Text.'),
      ]),
    );
    await readOpenDocument(fake.context());
    expect(fake.syncCount()).toBe(2);
  });

  it('without getReviewedText on the host, says that tracking is on and the check may count deleted text', async () => {
    const docx = readDocx(await reportWithRevisions());
    // A host that lists WordApi 1.4 but fails getReviewedText; changeTrackingMode still answers.
    const fake = setup(docx.snapshot, { faults: { reviewedText: 'NotImplemented' } });
    const inWord = fake.doc.blocks.find((b): b is Paragraph => b.kind === 'paragraph' && b.text.startsWith('Enheten'))!;
    fake.doc.addDeletion(inWord, 'Enheten '.length, DELETED);
    fake.doc.changeTrackingMode = 'TrackAll';
    const { snapshot } = await readOpenDocument(fake.context());
    expect(snapshot.warnings).toContain(TRACK_CHANGES_WARNINGS.trackingOn);
    // The honest limit: the deleted text is read as text here.
    expect(snapshot.blocks.some((b) => b.kind === 'paragraph' && b.text.includes(DELETED.trim()))).toBe(true);
  });

  it('with tracking off and no getReviewedText, reads as before and adds no warning', async () => {
    const fake = setup(emptySnapshot([paragraph('Text.'), table([['a', 'b']])]), {
      requirementSets: { WordApi: '1.3' },
    });
    const { snapshot } = await readOpenDocument(fake.context());
    expect(snapshot.warnings).toEqual([]);
    expect(fake.syncCount()).toBe(2);
  });
});

describe('writing under Track Changes', () => {
  it('a fix is written as a tracked change and the re-check reads the new value, not old and new together', async () => {
    const budget = table([
      ['Mnkr', 'Budget'],
      ['Äldreomsorg', '609,6'],
      ['Totalt', '1 300,0'],
    ]);
    const fake = setup(emptySnapshot([paragraph('Uppföljning av driftbudget'), budget]));
    fake.doc.changeTrackingMode = 'TrackAll';
    const result = await applyEdits(fake.context(), [
      {
        kind: 'setCellText',
        loc: { block: 1, row: 2, cell: 1 },
        oldText: '1 300,0',
        newText: '609,6',
        reason: 'Totalt',
      },
    ]);
    expect(result.refused).toEqual([]);
    // In Word the old figure is still there, struck through (#5188) ...
    const cell = (fake.doc.blocks[1] as Table).rows[2].cells[1].paragraphs[0];
    expect(fake.doc.wordText(cell)).toBe('1 300,0609,6');
    // ... and the re-check reads the current value.
    const { snapshot } = await readOpenDocument(fake.context());
    expect((snapshot.blocks[1] as Table).rows[2].cells[1].text).toBe('609,6');
  });
});
