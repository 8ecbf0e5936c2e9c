import { checkSnapshot } from '../core/check';
import { emptySnapshot, paragraph, table, type Picture } from '../core/snapshot';
import { readOpenDocument } from './read';
import { attachNestedMedia, type MediaOf } from './read-nested';
import { fakeOfficePerTest } from './test-helpers';

const setup = fakeOfficePerTest();

const picture = (name: string): Picture => ({
  floating: false,
  description: null,
  title: null,
  decorative: false,
  name,
});

/** Stand-ins for Word paragraphs: only what attachNestedMedia reads. */
function word(text: string, level: number): Word.Paragraph {
  return { text, tableNestingLevel: level } as unknown as Word.Paragraph;
}

describe('pictures of nested tables read from their values', () => {
  it('places own and deeper paragraphs’ pictures in document order, located at the top-level cell', () => {
    const nested = [table([['a', 'b\nc']])];
    const ps = [word('a', 2), word('b', 2), word('x', 3), word('y', 3), word('c', 2)];
    const media = new Map<Word.Paragraph, Picture[]>([
      [ps[1], [picture('B')]],
      [ps[3], [picture('Y1'), picture('Y2')]],
      [ps[4], [picture('C')]],
    ]);
    const mediaOf: MediaOf = (p) => (media.has(p) ? { pictures: media.get(p) } : {});
    expect(attachNestedMedia(nested, ps, 1, mediaOf)).toBe(true);
    const cell = nested[0].rows[0].cells[1];
    expect(cell.paragraphs.map((p) => p.pictures?.map((x) => x.name))).toEqual([['B'], ['C']]);
    // The deeper run (x, y) is kept as one table in the cell of the paragraph before it.
    expect(cell.tables.map((t) => t.rows[0].cells[0].paragraphs.map((p) => [p.text, p.pictures?.length]))).toEqual([
      [
        ['x', undefined],
        ['y', 2],
      ],
    ]);
    expect(nested[0].rows[0].cells[0].paragraphs[0]).not.toHaveProperty('pictures');

    const outer = table([['outer']]);
    outer.rows[0].cells[0].tables = nested;
    const findings = checkSnapshot({ ...emptySnapshot([paragraph('Rubrik'), outer]) }).findings.filter(
      (f) => f.kind === 'a11y-alt-text-missing',
    );
    expect(findings.map((f) => [f.message.match(/”(.*)”/)?.[1], f.location])).toEqual([
      ['B', { block: 1, row: 0, cell: 0, picture: 0 }],
      ['C', { block: 1, row: 0, cell: 0, picture: 0 }],
      ['Y1', { block: 1, row: 0, cell: 0, picture: 0 }],
      ['Y2', { block: 1, row: 0, cell: 0, picture: 1 }],
    ]);
  });

  it('places nothing and says so when the paragraphs do not match the values', () => {
    const nested = [table([['a']])];
    const ps = [word('a', 2), word('b', 2)];
    const withPicture: MediaOf = (p) => (p === ps[1] ? { pictures: [picture('B')] } : {});
    expect(attachNestedMedia(nested, ps, 1, withPicture)).toBe(false);
    expect(nested[0].rows[0].cells[0].paragraphs[0]).not.toHaveProperty('pictures');
    // Without media there is nothing to miss.
    expect(attachNestedMedia([table([['a']])], ps, 1, () => ({}))).toBe(true);
  });
});

describe('pictures and links in nested tables through the Word API (the fake)', () => {
  it('gives the .docx adapter’s alt text and link findings for tables nested two and three deep', async () => {
    const deepest = table([['', 'Text']]);
    deepest.rows[0].cells[0].paragraphs[0].pictures = [picture('Djupast')];
    const inner = table([['Före', 'Läs mer på https://start.stockholm/']]);
    inner.rows[0].cells[0].paragraphs[0].pictures = [picture('Inre'), picture('Inre 2')];
    inner.rows[0].cells[1].paragraphs[0].hyperlinks = [{ text: 'https://start.stockholm/', target: null }];
    inner.rows[0].cells[0].tables = [deepest];
    const outer = table([['Rubrik', 'Celltext']]);
    outer.rows[0].cells[1].tables = [inner];
    const docx = emptySnapshot([paragraph('Verksamhetsberättelse'), outer, paragraph('Slut')]);
    const fake = setup(docx);
    const read = await readOpenDocument(fake.context());
    const a11y = (s: typeof docx) =>
      checkSnapshot(s)
        .findings.filter((f) => f.kind === 'a11y-alt-text-missing' || f.kind === 'a11y-link-text')
        .map((f) => ({ id: f.id, message: f.message, location: f.location }));
    const expected = a11y(docx);
    // Three pictures and the bare address: without read-nested.ts the Word adapter saw none of them.
    expect(expected.length).toBe(4);
    expect(a11y(read.snapshot)).toEqual(expected);
    expect(read.snapshot.warnings).toEqual(docx.warnings);
  });
});
