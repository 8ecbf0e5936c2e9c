/**
 * The Word adapter's reading of pictures (alt text, decorative mark, name) and hyperlinks for the
 * accessibility pack, against the fake (see src/word/fake/api.ts for the cited Word behaviour): what it
 * reads, that it stays in the reader's two syncs, that a document without either costs no per-paragraph
 * load, and that a picture finding selects the picture itself.
 */
import { readFileSync } from 'fs';
import { checkSnapshot } from '../core/check';
import { readDocx } from '../docx';
import { describeWithShared, docxFilesBelow } from '../../test/support/shared';
import {
  emptySnapshot,
  paragraph,
  table,
  type DocSnapshot,
  type Loc,
  type Picture,
  type Table,
} from '../core/snapshot';
import { readOpenDocument } from './read';
import { MAX_PICTURE_OOXML, PICTURE_WARNINGS, pictureOfOoxml } from './read-pictures';
import { pictureOoxml } from './fake/picture-ooxml';
import { selectLocation } from './select';
import { fakeOfficePerTest } from './test-helpers';

const setup = fakeOfficePerTest();
const DESKTOP = { requirementSets: { WordApi: '1.5', WordApiDesktop: '1.2' } };

function pic(props: Partial<Picture>): Picture {
  return { floating: false, description: null, title: null, decorative: false, name: null, ...props };
}

const BODY = 'Enheten har under året arbetat med att förbättra kvaliteten i omsorgen och följt upp målen.';

function doc(): DocSnapshot {
  const cells: Table = table([
    ['Bild', 'Länk'],
    ['', 'Läs mer på https://start.stockholm/'],
  ]);
  cells.rows[1].cells[0].paragraphs[0].pictures = [pic({ name: 'Diagram 4' })];
  cells.rows[1].cells[1].paragraphs[0].hyperlinks = [{ text: 'https://start.stockholm/', target: null }];
  return {
    ...emptySnapshot([
      paragraph('Verksamhetsberättelse 2020', { styleName: 'title' }),
      paragraph('Sammanfattande analys', { styleName: 'heading 1', outlineLevel: 1 }),
      { ...paragraph(''), pictures: [pic({ name: 'Logotyp', description: 'Stockholms stad' })] },
      {
        ...paragraph(''),
        pictures: [
          pic({ name: 'Linje', decorative: true }),
          pic({ name: 'Bild 2' }),
          pic({ name: 'Karta', title: 'Karta över stadsdelen' }),
        ],
      },
      { ...paragraph(''), pictures: [pic({ name: 'Flytande', floating: true })] },
      {
        ...paragraph(`${BODY} Klicka här för riktlinjerna.`),
        hyperlinks: [{ text: 'Klicka här', target: '#_Riktlinjer' }],
      },
      // Holds a link's text without being a link: read, but nothing found.
      paragraph('Klicka här står det ofta i gamla rapporter.'),
      cells,
    ]),
    properties: { title: 'Verksamhetsberättelse 2020', author: 'A' },
    language: { default: 'sv-SE' },
  };
}

describe('Word adapter: pictures and hyperlinks', () => {
  it('reads in-line pictures with alt text, title, name and decorative mark, and hyperlinks, in two syncs', async () => {
    const fake = setup(doc());
    const { snapshot } = await readOpenDocument(fake.context());
    expect(fake.syncCount()).toBe(2);
    const blocks = snapshot.blocks;
    expect(blocks[2].kind === 'paragraph' && blocks[2].pictures).toEqual([
      // Alt text: no OOXML needed, so no name.
      { floating: false, description: 'Stockholms stad', title: null, decorative: false, name: null },
    ]);
    expect(blocks[3].kind === 'paragraph' && blocks[3].pictures).toEqual([
      // Decorative and the name only from the picture's OOXML (the API has no property for either).
      { floating: false, description: null, title: null, decorative: true, name: 'Linje' },
      { floating: false, description: null, title: null, decorative: false, name: 'Bild 2' },
      { floating: false, description: null, title: 'Karta över stadsdelen', decorative: false, name: null },
    ]);
    // Word on the web has no way to floating pictures.
    expect(blocks[4].kind === 'paragraph' && blocks[4].pictures).toBeUndefined();
    expect(blocks[5].kind === 'paragraph' && blocks[5].hyperlinks).toEqual([
      { text: 'Klicka här', target: '#_Riktlinjer' },
    ]);
    expect(blocks[6].kind === 'paragraph' && blocks[6].hyperlinks).toBeUndefined();
    const cell = blocks[7].kind === 'table' ? blocks[7].rows[1].cells : [];
    expect(cell[0].paragraphs[0].pictures?.map((p) => p.name)).toEqual(['Diagram 4']);
    expect(cell[1].paragraphs[0].hyperlinks).toEqual([{ text: 'https://start.stockholm/', target: null }]);
    // Only the paragraphs holding a link's text are asked for their links.
    expect(fake.calls.filter((c) => c === 'getHyperlinkRanges')).toHaveLength(1 + 3);
    // Only the pictures without alt text are asked for their OOXML.
    expect(fake.calls.filter((c) => c === 'getOoxml InlinePicture')).toHaveLength(3);
  });

  it('gives the alt-text and link-text findings the .docx adapter gives; desktop Word sees floating pictures', async () => {
    const keys = (s: DocSnapshot) =>
      checkSnapshot(s)
        .findings.filter((f) => f.kind === 'a11y-alt-text-missing' || f.kind === 'a11y-link-text')
        .map((f) => ({ id: f.id, message: f.message, location: f.location }));
    const expected = keys(doc());
    expect(expected).toHaveLength(5);
    const web = await readOpenDocument(setup(doc()).context());
    expect(keys(web.snapshot)).toEqual(expected.filter((f) => !f.message.includes('(flytande)')));
    const fake = setup(doc(), DESKTOP);
    const desktop = await readOpenDocument(fake.context());
    expect(fake.syncCount()).toBe(2);
    expect(keys(desktop.snapshot)).toEqual(expected);
    expect(desktop.snapshot.blocks[4].kind === 'paragraph' && desktop.snapshot.blocks[4].pictures).toEqual([
      { floating: true, description: null, title: null, decorative: false, name: 'Flytande' },
    ]);
  });

  it('costs no per-paragraph load in a document without pictures or links', async () => {
    const fake = setup(
      emptySnapshot([paragraph('Rubrik', { styleName: 'heading 1', outlineLevel: 1 }), paragraph(BODY)]),
      DESKTOP,
    );
    await readOpenDocument(fake.context());
    expect(fake.calls.filter((c) => c.startsWith('load InlinePictureCollection'))).toHaveLength(1);
    expect(fake.calls.filter((c) => c === 'getHyperlinkRanges')).toHaveLength(1);
    expect(fake.calls.filter((c) => c.startsWith('load ShapeCollection'))).toHaveLength(1);
  });

  it('selects the picture a finding names, in the body and in a table cell', async () => {
    const fake = setup(doc());
    const findings = checkSnapshot(doc()).findings.filter((f) => f.kind === 'a11y-alt-text-missing');
    const second = findings.find((f) => f.subject === 'Bild 2')!;
    expect(second.location).toEqual({ block: 3, picture: 1 });
    expect(await selectLocation(fake.context(), second.location)).toBeNull();
    expect(fake.doc.lastSelection).toEqual({ kind: 'picture', loc: { block: 3, picture: 1 }, text: 'Bild 2' });
    const inCell = findings.find((f) => f.subject === 'Diagram 4')!;
    expect(await selectLocation(fake.context(), inCell.location)).toBeNull();
    expect(fake.doc.lastSelection).toEqual({
      kind: 'picture',
      loc: { block: 7, row: 1, cell: 0, paragraph: 0, picture: 0 },
      text: 'Diagram 4',
    });
  });

  it('asks for at most MAX_PICTURE_OOXML packages and says so when there are more pictures without alt text', async () => {
    const many = Array.from({ length: MAX_PICTURE_OOXML + 1 }, (_, i) => ({
      ...paragraph(''),
      pictures: [pic({ name: `Bild ${i + 1}`, decorative: i === MAX_PICTURE_OOXML })],
    }));
    const fake = setup(emptySnapshot([paragraph('Rubrik', { styleName: 'heading 1', outlineLevel: 1 }), ...many]));
    const { snapshot } = await readOpenDocument(fake.context());
    expect(fake.syncCount()).toBe(2);
    expect(fake.calls.filter((c) => c === 'getOoxml InlinePicture')).toHaveLength(MAX_PICTURE_OOXML);
    expect(snapshot.warnings).toContain(PICTURE_WARNINGS.capped);
    // The last one is decorative, but without its OOXML Word cannot tell: reported, on the safe side.
    const last = snapshot.blocks[MAX_PICTURE_OOXML + 1];
    expect(last.kind === 'paragraph' && last.pictures).toEqual([pic({})]);
  });

  it('reads the picture of a getOoxml package with the .docx reader', () => {
    const p = pic({ name: 'Bild "1" & <2>', description: null, title: null, decorative: true });
    expect(pictureOfOoxml(pictureOoxml(p))).toEqual(p);
    expect(pictureOfOoxml('<inte xml')).toBeNull();
  });
});

/** Third-party files with pictures or links (charts, VML pictures, floating images from docx4j and mammoth). */
describeWithShared(['docx-wild'], 'Word adapter: alt text and link findings on ../shared/docx-wild', (dir) => {
  const withMedia = docxFilesBelow(dir)
    .map((path) => {
      try {
        return { path, snapshot: readDocx(new Uint8Array(readFileSync(path))).snapshot };
      } catch {
        return null;
      }
    })
    .filter((x): x is { path: string; snapshot: DocSnapshot } => x !== null)
    .filter(({ snapshot }) =>
      checkSnapshot(snapshot).findings.some((f) => f.kind === 'a11y-alt-text-missing' || f.kind === 'a11y-link-text'),
    );

  it('has files with such findings', () => {
    expect(withMedia.length).toBeGreaterThanOrEqual(3);
  });

  it.each(withMedia.map((m) => [m.path.slice(dir.length + 1), m] as const))('%s', async (_name, { snapshot }) => {
    // Tables nested in a cell are read from Table.values alone (read.ts), so the pictures and links in
    // them (located at the outer cell, without a paragraph) are the .docx reader's only.
    const nested = (loc: Loc) => loc.row !== undefined && loc.paragraph === undefined;
    const keys = (s: DocSnapshot) =>
      checkSnapshot(s)
        .findings.filter((f) => f.kind === 'a11y-alt-text-missing' || f.kind === 'a11y-link-text')
        .filter((f) => !nested(f.location))
        .map((f) => ({ id: f.id, message: f.message, location: f.location }));
    const fake = setup(snapshot, DESKTOP);
    expect(keys((await readOpenDocument(fake.context())).snapshot)).toEqual(keys(snapshot));
  });
});
