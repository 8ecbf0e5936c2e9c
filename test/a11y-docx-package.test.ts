/**
 * The Tillgänglighet pack on a document written by another tool: the `docx` npm package (a dev
 * dependency) writes pictures in line and floating with alt text, a decorative one and one without,
 * hyperlinks, a table with a header row and one without, and its own core properties. The generator is
 * this file; the .docx is made at test time, so nothing binary is committed.
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { checkSnapshot } from '../src/core/check';
import type { DocSnapshot } from '../src/core/snapshot';
import { applyEdits, readDocx } from '../src/docx/index';
import { createFakeOffice, installFakeOffice } from '../src/word/fake';
import { readOpenDocument } from '../src/word/read';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const TITLE = 'Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende';
const BODY = 'Enheten har under året arbetat med att förbättra kvaliteten i omsorgen och följt upp målen noga.';

function picture(
  altText: { name?: string; description?: string; title?: string } | undefined,
  extra: { floating?: boolean; decorative?: boolean } = {},
): ImageRun {
  return new ImageRun({
    type: 'png',
    data: PNG,
    transformation: { width: 20, height: 20 },
    ...(altText ? { altText } : {}),
    ...(extra.decorative ? { decorative: true } : {}),
    ...(extra.floating ? { floating: { horizontalPosition: { offset: 0 }, verticalPosition: { offset: 0 } } } : {}),
  });
}

function budgetTable(header: boolean): Table {
  const cell = (t: string, bold = false): TableCell =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold })] })] });
  return new Table({
    rows: [
      new TableRow({
        tableHeader: header,
        children: ['Verksamhet', 'Budget', 'Prognos', 'Avvikelse'].map((t) => cell(t, true)),
      }),
      new TableRow({ children: ['Äldreomsorg', '609,6', '613,1', '-3,5'].map((t) => cell(t)) }),
      new TableRow({ children: ['Totalt', '609,6', '613,1', '-3,5'].map((t) => cell(t)) }),
    ],
  });
}

async function generate(withTitle: boolean): Promise<Uint8Array> {
  const doc = new Document({
    ...(withTitle ? { title: TITLE, creator: 'Anna Andersson' } : { creator: 'Anna Andersson' }),
    sections: [
      {
        children: [
          new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Sammanfattande analys', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(BODY),
          new Paragraph({
            children: [picture({ name: 'Diagram', description: 'Sjukfrånvaron 2018–2020, stapeldiagram' })],
          }),
          new Paragraph({ children: [picture({ name: 'Utan text' })] }),
          new Paragraph({ children: [picture({ name: 'Logotyp' }, { floating: true })] }),
          new Paragraph({ children: [picture({ name: 'Ram' }, { decorative: true })] }),
          new Paragraph({
            children: [
              new TextRun('Läs stadens riktlinjer '),
              new ExternalHyperlink({ link: 'https://start.stockholm/', children: [new TextRun('klicka här')] }),
              new TextRun(' eller '),
              new ExternalHyperlink({
                link: 'https://start.stockholm/om/',
                children: [new TextRun('https://start.stockholm/om/')],
              }),
              new TextRun(' och '),
              new ExternalHyperlink({
                link: 'https://start.stockholm/',
                children: [new TextRun('stadens riktlinjer för tillgänglighet')],
              }),
              new TextRun('. Se även '),
              new InternalHyperlink({ anchor: 'bilaga', children: [new TextRun('bilagan om lokaler')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'Uppföljning av ekonomi', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Personal', heading: HeadingLevel.HEADING_3 }),
          new Paragraph(BODY),
          new Paragraph('Tabell 1 Driftbudget'),
          budgetTable(false),
          new Paragraph('Tabell 2 Driftbudget föregående år'),
          budgetTable(true),
          new Paragraph(''),
          new Paragraph(''),
          new Paragraph(''),
          new Paragraph(BODY),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const a11y = (bytes: Uint8Array) =>
  checkSnapshot(readDocx(bytes).snapshot)
    .findings.filter((f) => f.rule.startsWith('a11y-'))
    .map((f) => `${f.kind}: ${f.subject}`);

describe('Tillgänglighet on a document written by the docx npm package', () => {
  it('reads its pictures (alt text, floating, decorative), hyperlinks and core properties', async () => {
    const { snapshot } = readDocx(await generate(true));
    const pictures = snapshot.blocks.flatMap((b) => (b.kind === 'paragraph' ? (b.pictures ?? []) : []));
    expect(pictures.map((p) => [p.name, p.description, p.floating, p.decorative])).toEqual([
      ['Diagram', 'Sjukfrånvaron 2018–2020, stapeldiagram', false, false],
      ['Utan text', null, false, false],
      ['Logotyp', null, true, false],
      ['Ram', null, false, true],
    ]);
    const links = snapshot.blocks.flatMap((b) => (b.kind === 'paragraph' ? (b.hyperlinks ?? []) : []));
    expect(links.map((l) => l.text)).toEqual([
      'klicka här',
      'https://start.stockholm/om/',
      'stadens riktlinjer för tillgänglighet',
      'bilagan om lokaler',
    ]);
    expect(links[3].target).toBe('#bilaga');
    expect(snapshot.properties).toEqual({ title: TITLE, author: 'Anna Andersson' });
  });

  it('reports what is wrong and only that', async () => {
    expect(a11y(await generate(false)).sort()).toEqual(
      [
        'a11y-title-missing: Dokumentet',
        // The docx package writes no w:lang in its document defaults.
        'a11y-language-missing: Dokumentet',
        'a11y-alt-text-missing: Utan text',
        'a11y-alt-text-missing: Logotyp',
        'a11y-link-text: klicka här',
        'a11y-link-text: https://start.stockholm/om/',
        'a11y-heading-level-skipped: Personal',
        'a11y-table-header-missing: Tabell 1 Driftbudget',
        'a11y-empty-paragraphs: 3 tomma stycken',
      ].sort(),
    );
  });

  it('Åtgärda’s suggestions set title and language and mark the header row in its package', async () => {
    const bytes = await generate(false);
    const doc = readDocx(bytes);
    const edits = checkSnapshot(doc.snapshot).findings.flatMap((f) =>
      f.rule.startsWith('a11y-') ? (f.suggestion ?? []) : [],
    );
    const { bytes: fixed, refused } = applyEdits(doc, edits);
    expect(refused).toEqual([]);
    const left = a11y(fixed);
    expect(left.filter((k) => /title-missing|language-missing|table-header-missing/.test(k))).toEqual([]);
    expect(readDocx(fixed).snapshot.properties?.title).toBe(TITLE);
  });

  it('gives the same picture and link findings in Word (desktop and web) as in the .docx adapter', async () => {
    const docx = readDocx(await generate(false)).snapshot;
    const keys = (s: DocSnapshot, desktop: boolean) =>
      checkSnapshot(s)
        .findings.filter((f) => f.kind === 'a11y-alt-text-missing' || f.kind === 'a11y-link-text')
        // Word on the web cannot see floating pictures (src/word/read-pictures.ts).
        .filter((f) => desktop || f.messageId !== 'missingFloating')
        .map((f) => ({ id: f.id, message: f.message, location: f.location }));
    for (const desktop of [true, false]) {
      const fake = createFakeOffice(docx, {
        requirementSets: desktop ? { WordApi: '1.5', WordApiDesktop: '1.2' } : { WordApi: '1.5' },
      });
      const restore = installFakeOffice(globalThis, fake);
      try {
        const word = (await readOpenDocument(fake.context())).snapshot;
        expect(keys(word, desktop)).toEqual(keys(docx, desktop));
        // The decorative picture ("Ram") has no alt text: only its OOXML tells Word it needs none.
        expect(keys(word, desktop).some((f) => f.message.includes('Ram'))).toBe(false);
      } finally {
        restore();
      }
    }
    expect(keys(docx, true)).toHaveLength(4);
  });
});
