/**
 * Where a typed table of contents ends. The range found is what a rebuild replaces, so a list that runs on
 * into a list of figures, an appendix list or the body would delete text that is not TOC.
 */
import { emptySnapshot, paragraph, type Paragraph } from '../snapshot';
import { computeTocFix } from '../toc';
import { parseReport } from './index';
import { detectToc } from './toc';

const body = (text: string, extra: Partial<Paragraph> = {}): Paragraph => paragraph(text, extra);
const h1 = (text: string): Paragraph =>
  paragraph(text, { styleId: 'Heading1', styleName: 'heading 1', outlineLevel: 1 });
const blank = (): Paragraph => paragraph('');

function detect(blocks: Paragraph[]) {
  const toc = detectToc(emptySnapshot(blocks));
  if (!toc) throw new Error('no TOC');
  return { range: [toc.fromBlock, toc.toBlock], entries: toc.entries.map((e) => e.text) };
}

describe('a typed TOC ends where its lines end', () => {
  it('at a list of figures after a blank line, even without a title', () => {
    const blocks = [
      body('Table of Contents'),
      body('Introduction\t1'),
      body('Results\t5'),
      blank(),
      body('Figure 1\tStaff by occupation\t5'),
      body('Figure 2\tLeave\t6'),
      blank(),
      body('Appendix A\tQuestionnaire\t29'),
    ];
    expect(detect(blocks)).toEqual({ range: [1, 2], entries: ['Introduction', 'Results'] });
  });

  it('at a caption list title (Figurförteckning, List of figures)', () => {
    for (const title of ['Figurförteckning', 'List of Figures', 'Bilagor']) {
      const blocks = [
        body('Innehållsförteckning'),
        body('Inledning ........ 1'),
        body(title),
        body('Figur 1 Karta ........ 3'),
      ];
      expect(detect(blocks)).toEqual({ range: [1, 1], entries: ['Inledning'] });
    }
  });

  it('at the first heading, and at a blank line followed by body text', () => {
    expect(
      detect([body('Innehåll'), body('Inledning\t1'), body('Övrigt\t2'), h1('Inledning'), body('Text.')]).range,
    ).toEqual([1, 2]);
    expect(
      detect([
        body('Innehåll'),
        body('Inledning\t1'),
        blank(),
        body('Enheten har 54 lägenheter och ett kök.'),
        body('Mer text.'),
      ]).range,
    ).toEqual([1, 1]);
  });

  it('leaves a "Page No." column label outside the list and keeps every line after it', () => {
    const blocks = [
      h1('Table of Contents'),
      blank(),
      body('Page No.'),
      blank(),
      body('I.  Overview\t1'),
      blank(),
      body('II.  Summary of Program Changes\tN/A'),
      body('III.  Decision Unit Justification'),
      body('           1.  Program Description \t1'),
      blank(),
      body('Overview'),
      blank(),
      body(
        'On October 5, 1990, Congress passed the Act. The Act offers an apology and monetary compensation to people who contracted serious diseases.',
      ),
    ];
    expect(detect(blocks)).toEqual({
      range: [4, 8],
      entries: [
        'I. Overview',
        'II. Summary of Program Changes',
        'III. Decision Unit Justification',
        '1. Program Description',
      ],
    });
  });

  it('joins a long entry wrapped onto a second paragraph', () => {
    const blocks = [
      body('Innehållsförteckning'),
      body('Uppföljning av Kommunfullmäktiges'),
      body('inriktningsmål ........ 5'),
      body('Övrigt ........ 9'),
    ];
    expect(detect(blocks).entries).toEqual(['Uppföljning av Kommunfullmäktiges inriktningsmål', 'Övrigt']);
  });
});

describe('an ambiguous typed TOC', () => {
  it('is not rebuilt when more than a third of its lines list no heading', () => {
    const blocks = [
      body('Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende'),
      body('Innehållsförteckning'),
      body('Sammanfattande analys ........ 3'),
      body('Tabell 1 Personal ........ 4'),
      body('Tabell 2 Ekonomi ........ 5'),
      h1('Sammanfattande analys'),
      body('Text.'),
    ];
    const s = emptySnapshot(blocks);
    const report = parseReport(s);
    const fix = computeTocFix(report, s);
    expect(fix.ambiguous).toEqual({ unmatched: 2, lines: 3 });
    expect(fix.edits).toEqual([]);
  });
});
