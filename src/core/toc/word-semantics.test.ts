/**
 * The TOC as Word builds it: the field's switches decide which paragraphs are listed and at what level,
 * numbered headings are listed with their numbers, headings before the TOC are listed too, and Word's
 * "no entries" placeholder is not an entry. Hand-built snapshots (the .docx reader's numbering is tested
 * with the reader); `Paragraph.listNumber` is set as the reader sets it.
 */
import { parseReport } from '../parse/index';
import { emptySnapshot, paragraph, table, type DocSnapshot, type Paragraph } from '../snapshot';
import {
  compareToc,
  computeTocFix,
  parseTocInstruction,
  tocHeadings,
  tocLinesFor,
  tocLevelOf,
  isNoEntriesPlaceholder,
} from './index';

const h = (text: string, level: number, extra: Partial<Paragraph> = {}): Paragraph =>
  paragraph(text, { styleId: `Heading${level}`, styleName: `heading ${level}`, outlineLevel: level, ...extra });
const tocP = (text: string, level = 1): Paragraph =>
  paragraph(text, { styleId: `TOC${level}`, styleName: `toc ${level}` });
const body = (text: string): Paragraph => paragraph(text);

/** A snapshot with a TOC field over the given TOC lines, placed after `before` and followed by `after`. */
function withField(instruction: string, before: Paragraph[], lines: Paragraph[], after: Paragraph[]): DocSnapshot {
  const s = emptySnapshot([...before, ...lines, ...after]);
  s.fields.push({ type: 'TOC', instruction, fromBlock: before.length, toBlock: before.length + lines.length - 1 });
  return s;
}

function differences(s: DocSnapshot): string[] {
  const report = parseReport(s);
  const toc = report.toc;
  if (!toc) throw new Error('no TOC');
  return compareToc(toc.entries, tocHeadings(report, toc, s)).map(
    (d) => `${d.kind}:${'heading' in d ? d.heading.text : d.entry.text}`,
  );
}

describe('parseTocInstruction', () => {
  it('reads \\o, \\t (comma or semicolon), \\u and \\n', () => {
    const sw = parseTocInstruction('TOC \\o "1-4" \\h \\z \\u \\t "Rapportrubrik;1;Bilaga,2" \\n "3-4"');
    expect(sw.outline).toEqual({ from: 1, to: 4 });
    expect([...sw.styles]).toEqual([
      ['rapportrubrik', 1],
      ['bilaga', 2],
    ]);
    expect(sw.paragraphOutline).toBe(true);
    expect(sw.omitPages).toEqual({ from: 3, to: 4 });
    expect(sw.notHeadings).toBeNull();
  });

  it('takes a bare TOC as all outline levels, and knows a list of figures or TC entries is not a headings TOC', () => {
    expect(parseTocInstruction('TOC').outline).toEqual({ from: 1, to: 9 });
    expect(parseTocInstruction('TOC \\h \\z \\c "Figure"').notHeadings).toMatch(/figurer/);
    expect(parseTocInstruction('TOC \\f \\h').notHeadings).toMatch(/TC-fält/);
    expect(parseTocInstruction('TOC \\o "1-3" \\b kapitel2').notHeadings).toMatch(/bokmärke/);
  });

  it('maps a Swedish built-in style name to the name the snapshot reports', () => {
    const sw = parseTocInstruction('TOC \\t "Rubrik 2,1"');
    expect(tocLevelOf(h('Mål', 2), sw)).toBe(1);
    expect(tocLevelOf(h('Mål', 1), sw)).toBeNull();
  });
});

describe('which headings a TOC field lists', () => {
  it('\\o "1-1" lists only level 1; a level-2 heading is not missing', () => {
    const s = withField(
      'TOC \\o "1-1" \\h \\z',
      [],
      [tocP('Inledning\t1'), tocP('Resultat\t2')],
      [h('Inledning', 1), h('Syfte', 2), h('Resultat', 1)],
    );
    expect(differences(s)).toEqual([]);
  });

  it('\\o "1-4" lists level 4 too', () => {
    const s = withField('TOC \\o "1-4" \\h \\z \\u', [], [tocP('Inledning\t1')], [h('Inledning', 1), h('Detaljer', 4)]);
    expect(differences(s)).toEqual(['missing:Detaljer']);
  });

  it('\\t "Style,level" lists paragraphs of a custom style at its level, and not the built-in headings', () => {
    const custom = (text: string): Paragraph => paragraph(text, { styleId: 'Kapitel', styleName: 'kapitel' });
    const s = withField(
      'TOC \\h \\z \\t "Kapitel,1"',
      [],
      [tocP('Bakgrund\t1'), tocP('Analys\t3')],
      [custom('Bakgrund'), h('Inte listad', 1), custom('Analys')],
    );
    expect(differences(s)).toEqual([]);
    expect(tocHeadings(parseReport(s), parseReport(s).toc, s).map((x) => [x.text, x.level])).toEqual([
      ['Bakgrund', 1],
      ['Analys', 1],
    ]);
  });

  it('lists a heading before the TOC (the document title) when the switches select it, as Word does', () => {
    const s = withField(
      'TOC \\o "1-3" \\h \\z \\u',
      [h('Verksamhetsplan 2021', 1)],
      [tocP('Verksamhetsplan 2021\t1'), tocP('Inledning\t2')],
      [h('Inledning', 1)],
    );
    expect(differences(s)).toEqual([]);
  });

  it('lists headings in table cells, as Word does', () => {
    const t = table([['Bilaga']]);
    t.rows[0].cells[0].paragraphs[0] = h('Bilaga', 1);
    const s = withField('TOC \\o "1-3"', [], [tocP('Inledning\t1'), tocP('Bilaga\t2')], [h('Inledning', 1)]);
    s.blocks.push(t);
    expect(differences(s)).toEqual([]);
  });

  it('does not take Word\u2019s placeholder for an entry: an empty TOC over no headings is up to date', () => {
    expect(isNoEntriesPlaceholder('Inga poster för innehållsförteckning hittades.')).toBe(true);
    expect(isNoEntriesPlaceholder('No table of contents entries found.')).toBe(true);
    const s = withField(
      'TOC \\o "1-3" \\h \\z \\u',
      [],
      [body('No table of contents entries found.')],
      [body('Bara brödtext.')],
    );
    const report = parseReport(s);
    expect(report.toc?.entries).toEqual([]);
    expect(differences(s)).toEqual([]);
    const sv = withField(
      'TOC \\o "1-3"',
      [],
      [body('Inga poster för innehållsförteckning hittades.')],
      [h('Inledning', 1)],
    );
    expect(differences(sv)).toEqual(['missing:Inledning']);
  });

  it('takes a heading whose paragraph holds the field end mark as a heading after the TOC, not an entry', () => {
    const s = withField(
      'TOC \\h \\z \\t "Heading 3,1"',
      [h('Innehåll', 3)],
      [tocP('Innehåll\t1'), tocP('Sammanfattning\t2')],
      [body('Text.')],
    );
    // The field's last paragraph is the next heading ("Executive Summary" in Word's own template).
    s.blocks.splice(3, 0, h('Sammanfattning', 3));
    s.fields[0].toBlock = 3;
    const report = parseReport(s);
    expect(report.toc?.entries.map((e) => e.text)).toEqual(['Innehåll', 'Sammanfattning']);
    expect(report.toc?.toBlock).toBe(2);
    expect(differences(s)).toEqual([]);
  });

  it('\\f with \\o (LibreOffice’s TOC) lists the headings; with TC fields in the document it is left to Word', () => {
    const s = withField('TOC \\f \\o "1-2"', [], [tocP('Inledning\t1')], [h('Inledning', 1)]);
    expect(differences(s)).toEqual([]);
    const tc = withField(
      'TOC \\f \\o "1-2"',
      [],
      [tocP('Inledning\t1'), tocP('Egen post\t2')],
      [h('Inledning', 1), body('Text')],
    );
    tc.fields.push({ type: 'TC', instruction: 'TC "Egen post" \\l 1', fromBlock: 3, toBlock: 3 });
    const report = parseReport(tc);
    expect(computeTocFix(report, tc)).toEqual({ edits: [], changes: [], warnings: [] });
  });

  it('a list of figures before the TOC is not the TOC', () => {
    const s = emptySnapshot([tocP('Figur 1 Karta\t3'), tocP('Inledning\t1'), h('Inledning', 1)]);
    s.fields.push({ type: 'TOC', instruction: 'TOC \\h \\z \\c "Figur"', fromBlock: 0, toBlock: 0 });
    s.fields.push({ type: 'TOC', instruction: 'TOC \\o "1-3" \\h \\z \\u', fromBlock: 1, toBlock: 1 });
    const report = parseReport(s);
    expect(report.toc?.instruction).toBe('TOC \\o "1-3" \\h \\z \\u');
    expect(differences(s)).toEqual([]);
  });
});

describe('list numbers', () => {
  const numbered = (text: string, level: number, number: string): Paragraph => {
    const p = h(text, level, { numbering: { numId: '3', level: level - 1 } });
    p.listNumber = number;
    return p;
  };

  it('compares a numbered heading with its number, as Word writes it into the entry ("1⇥Sammanfattande analys")', () => {
    const s = withField(
      'TOC \\o "1-3" \\h \\z \\u',
      [],
      [tocP('1\tSammanfattande analys\t3'), tocP('1.1\tVerksamhet\t3', 2), tocP('2\tEkonomi\t5')],
      [numbered('Sammanfattande analys', 1, '1'), numbered('Verksamhet', 2, '1.1'), numbered('Ekonomi', 1, '2')],
    );
    expect(differences(s)).toEqual([]);
    // A stale number is a changed entry.
    const stale = withField(
      'TOC \\o "1-3"',
      [],
      [tocP('1\tSammanfattande analys\t3'), tocP('3\tEkonomi\t5')],
      [numbered('Sammanfattande analys', 1, '1'), numbered('Ekonomi', 1, '2')],
    );
    expect(differences(stale)).toEqual(['changedText:Ekonomi']);
  });

  it('writes the number, a tab and the title into rebuilt entries', () => {
    const s = withField(
      'TOC \\o "1-3" \\h \\z \\u',
      [],
      [tocP('1\tSammanfattande analys\t3')],
      [numbered('Sammanfattande analys', 1, '1'), numbered('Ekonomi', 1, '2')],
    );
    s.settings.updateFieldsOnOpen = true;
    const report = parseReport(s);
    const lines = tocLinesFor(tocHeadings(report, report.toc, s), report.toc);
    expect(lines).toEqual([
      { text: 'Sammanfattande analys', number: '1', level: 1, page: '3' },
      { text: 'Ekonomi', number: '2', level: 1, page: null },
    ]);
    const fix = computeTocFix(report, s);
    const replace = fix.edits[0];
    if (replace?.kind !== 'replaceBlocks') throw new Error('expected replaceBlocks');
    expect(replace.ooxml).toContain(
      '<w:t xml:space="preserve">1</w:t><w:tab/></w:r><w:r><w:t xml:space="preserve">Sammanfattande analys</w:t>',
    );
    expect(replace.ooxml).toContain(
      '<w:t xml:space="preserve">2</w:t><w:tab/></w:r><w:r><w:t xml:space="preserve">Ekonomi</w:t>',
    );
    // The document's instruction is kept.
    expect(replace.ooxml).toContain('TOC \\o &quot;1-3&quot; \\h \\z \\u');
    expect(replace.field).toBe('TOC');
  });

  it('matches typed section numbers in a typed TOC with numbered headings', () => {
    const s = emptySnapshot([
      body('Innehållsförteckning'),
      body('1 Sammanfattande analys ........ 3'),
      body('2 Uppföljning av ekonomi ........ 5'),
      numbered('Sammanfattande analys', 1, '1'),
      body('Text.'),
      numbered('Uppföljning av ekonomi', 1, '2'),
    ]);
    expect(differences(s)).toEqual([]);
  });

  it('takes an entry\u2019s leading number as Word\u2019s when a numbered heading\u2019s number is unknown (Word\u2019s API), and keeps it in the rebuild', () => {
    // Word's reader knows a paragraph is a list item but not its number.
    const listItem = (text: string): Paragraph => h(text, 1, { numbering: { numId: '', level: 0 } });
    const s = withField(
      'TOC \\o "1-3" \\h \\z',
      [],
      [tocP('1\tIntroduction\t9'), tocP('2\tOld chapter\t9')],
      [listItem('Introduction'), listItem('Method')],
    );
    expect(differences(s)).toEqual(['missing:Method', 'extra:2 Old chapter']);
    const report = parseReport(s);
    expect(tocLinesFor(tocHeadings(report, report.toc, s), report.toc)[0]).toEqual({
      text: 'Introduction',
      number: '1',
      level: 1,
      page: '9',
    });
  });

  it('an entry numbered for a heading that is not numbered is a changed entry: Word\u2019s update drops the number', () => {
    const s = withField('TOC \\o "1-3" \\h \\z', [], [tocP('1\tIntroduction\t9')], [h('Introduction', 1)]);
    expect(differences(s)).toEqual(['changedText:Introduction']);
  });

  it('leaves page numbers out at the levels \\n names', () => {
    const s = withField(
      'TOC \\o "1-2" \\n "2-2"',
      [],
      [tocP('Inledning\t1'), tocP('Syfte\t1', 2)],
      [h('Inledning', 1), h('Syfte', 2)],
    );
    const report = parseReport(s);
    expect(tocLinesFor(tocHeadings(report, report.toc, s), report.toc).map((l) => l.page)).toEqual(['1', null]);
  });
});
