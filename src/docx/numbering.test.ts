import { readDocx } from './index';
import type { Paragraph } from '../core/snapshot';
import { buildDocx, numberingXml, p, stylesXml } from './test-support';
import { formatNumber } from './numbering';

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

// Heading numbering as Word writes it: the levels name the heading styles, the styles carry w:numPr.
const HEADING_STYLES = stylesXml(
  [
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Rubrik1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Rubrik3"><w:name w:val="heading 3"/><w:basedOn w:val="Rubrik1"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>',
  ].join(''),
);
const HEADING_NUMBERING = numberingXml(
  '<w:abstractNum w:abstractNumId="0">' +
    lvl(0, 'decimal', '%1', '<w:pStyle w:val="Rubrik1"/>') +
    lvl(1, 'decimal', '%1.%2', '<w:pStyle w:val="Rubrik2"/>') +
    lvl(2, 'decimal', '%1.%2.%3', '<w:pStyle w:val="Rubrik3"/>') +
    '</w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="1">' +
    lvl(0, 'decimal', '%1.') +
    lvl(1, 'lowerLetter', '%2)') +
    lvl(2, 'upperRoman', '%3') +
    '</w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="2">' +
    lvl(0, 'decimal', '%1.') +
    lvl(1, 'lowerRoman', '%1.%2', '<w:isLgl/>') +
    '</w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>' +
    '<w:num w:numId="5"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1:"/></w:lvl></w:lvlOverride></w:num>',
);

const numPr = (numId: number, ilvl: number) =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

function numbers(body: string): [string, string | null | undefined][] {
  const snap = readDocx(buildDocx({ body, styles: HEADING_STYLES, numbering: HEADING_NUMBERING })).snapshot;
  return (snap.blocks as Paragraph[]).map((b) => [b.text, b.listNumber]);
}

describe('numbering.xml → listNumber', () => {
  it('numbers headings through their styles, with the level named by w:pStyle, and restarts deeper levels', () => {
    expect(
      numbers(
        p('Sammanfattande analys', '<w:pStyle w:val="Rubrik1"/>') +
          p('Brödtext') +
          p('Uppföljning av ekonomi', '<w:pStyle w:val="Rubrik1"/>') +
          p('Analys av resultaträkning', '<w:pStyle w:val="Rubrik2"/>') +
          p('Investeringar', '<w:pStyle w:val="Rubrik2"/>') +
          p('Detalj', '<w:pStyle w:val="Rubrik3"/>') +
          p('Övrigt', '<w:pStyle w:val="Rubrik1"/>') +
          p('Ny underrubrik', '<w:pStyle w:val="Rubrik2"/>'),
      ),
    ).toEqual([
      ['Sammanfattande analys', '1'],
      ['Brödtext', undefined],
      ['Uppföljning av ekonomi', '2'],
      ['Analys av resultaträkning', '2.1'],
      ['Investeringar', '2.2'],
      // Rubrik3 has no w:numPr of its own, but inherits numId 1 from Rubrik1; its level is the one naming it.
      ['Detalj', '2.2.1'],
      ['Övrigt', '3'],
      ['Ny underrubrik', '3.1'],
    ]);
  });

  it('formats letters and roman numerals, continues a list across paragraphs, and a list instance with a start override starts there', () => {
    expect(
      numbers(
        p('Ett', numPr(2, 0)) +
          p('a', numPr(2, 1)) +
          p('b', numPr(2, 1)) +
          p('roman', numPr(2, 2)) +
          p('Två', numPr(2, 0)) +
          p('a igen', numPr(2, 1)) +
          p('Från fem', numPr(3, 0)) +
          p('Sex', numPr(3, 0)),
      ),
    ).toEqual([
      ['Ett', '1.'],
      ['a', 'a)'],
      ['b', 'b)'],
      ['roman', 'I'],
      ['Två', '2.'],
      ['a igen', 'a)'],
      ['Från fem', '5.'],
      ['Sex', '6.'],
    ]);
  });

  it('w:isLgl shows every level in decimal; a level override replaces the level; numId 0 and unknown lists have no number', () => {
    expect(
      numbers(
        p('Kapitel', numPr(4, 0)) +
          p('Legal', numPr(4, 1)) +
          p('Bokstav', numPr(5, 0)) +
          p('Av', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>') +
          p('Okänd', numPr(99, 0)),
      ),
    ).toEqual([
      ['Kapitel', '1.'],
      ['Legal', '1.1'],
      ['Bokstav', 'A:'],
      ['Av', undefined],
      ['Okänd', null],
    ]);
  });

  it('counts numbered paragraphs inside tables in document order', () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const snap = readDocx(
      buildDocx({
        body:
          p('Före', numPr(2, 0)) +
          `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>${cell(p('I cell', numPr(2, 0)))}</w:tr></w:tbl>` +
          p('Efter', numPr(2, 0)),
        styles: HEADING_STYLES,
        numbering: HEADING_NUMBERING,
      }),
    ).snapshot;
    const cellParagraph = snap.blocks[1].kind === 'table' ? snap.blocks[1].rows[0].cells[0].paragraphs[0] : null;
    expect([
      (snap.blocks[0] as Paragraph).listNumber,
      cellParagraph?.listNumber,
      (snap.blocks[2] as Paragraph).listNumber,
    ]).toEqual(['1.', '2.', '3.']);
  });

  it('a broken numbering part costs only the numbers, with a warning', () => {
    const snap = readDocx(buildDocx({ body: p('Ett', numPr(2, 0)), numbering: '<w:numbering><w:num>' })).snapshot;
    expect((snap.blocks[0] as Paragraph).text).toBe('Ett');
    expect((snap.blocks[0] as Paragraph).listNumber).toBeUndefined();
    expect(snap.warnings.join(' ')).toMatch(/numrering/);
  });

  it('formats counters as Word does', () => {
    expect([1, 26, 27, 28].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb']);
    expect([4, 9, 14, 1999].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['IV', 'IX', 'XIV', 'MCMXCIX']);
    expect([3, 12].map((n) => formatNumber(n, 'decimalZero'))).toEqual(['03', '12']);
  });
});
