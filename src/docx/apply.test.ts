import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { unzipSync, zipSync } from 'fflate';
import { applyEdits, readDocx } from './index';
import type { Edit, SetCellText } from '../core/edits';
import type { Paragraph, Table } from '../core/snapshot';
import { heading, para } from '../core/ooxml/builders';
import { buildDocx, p, settingsXml, stylesXml } from './test-support';
import { noteSharedMissing, sharedPath } from '../../test/support/shared';

const STYLES = stylesXml(
  '<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
);

const cell = (text: string, tcPr = '', pPr = '', rPr = '') =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text, pPr, rPr)}</w:tc>`;

const BUDGET =
  '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>' +
  `<w:tr>${cell('Verksamhet')}${cell('Budget (mnkr)')}</w:tr>` +
  `<w:tr>${cell('Äldreomsorg')}${cell('12,5', '', '<w:jc w:val="right"/>')}</w:tr>` +
  `<w:tr>${cell('Totalt', '<w:tcW w:w="2000" w:type="dxa"/><w:shd w:fill="D9D9D9"/>', '<w:jc w:val="right"/><w:spacing w:after="0"/>', '<w:rFonts w:ascii="Arial"/><w:b/><w:sz w:val="18"/>')}` +
  `<w:tc><w:tcPr><w:shd w:fill="D9D9D9"/></w:tcPr><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:bookmarkStart w:id="0" w:name="x"/><w:r><w:rPr><w:rFonts w:ascii="Arial"/><w:b/></w:rPr><w:t>13,0</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:bookmarkEnd w:id="0"/></w:p></w:tc></w:tr>` +
  '</w:tbl>';

const TOC_SDT =
  '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>' +
  p('Innehåll') +
  p('Ekonomi\t2') +
  '</w:sdtContent></w:sdt>';

function sample(
  settings = settingsXml(
    '<w:zoom w:percent="100"/><w:defaultTabStop w:val="1304"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat/><w:rsids/><w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>',
  ),
) {
  return readDocx(
    buildDocx({
      body: p('Framsida') + TOC_SDT + p('Uppföljning av ekonomi', '<w:pStyle w:val="Rubrik1"/>') + BUDGET + p('Slut'),
      styles: STYLES,
      settings,
      extra: { 'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
    }),
  );
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const setTotal = (oldText: string, newText: string): SetCellText => ({
  kind: 'setCellText',
  loc: { block: 4, row: 2, cell: 1 },
  oldText,
  newText,
  reason: 'Totalt: summan av raderna',
});

describe('applyEdits', () => {
  it('writes a package whose parts are all byte-identical when there are no edits', () => {
    const dir = sharedPath('docx-wild', 'mammoth');
    if (!dir) return noteSharedMissing('the byte-identity test on the mammoth corpus');
    const files = readdirSync(dir).filter((f) => f.endsWith('.docx'));
    for (const f of files.map((x) => join(dir, x))) {
      const input = new Uint8Array(readFileSync(f));
      const out = applyEdits(readDocx(input), []);
      const before = unzipSync(input);
      const after = unzipSync(out.bytes);
      expect(Object.keys(after)).toEqual(Object.keys(before).filter((k) => !k.endsWith('/')));
      for (const k of Object.keys(after)) expect(Buffer.from(after[k]).equals(Buffer.from(before[k]))).toBe(true);
    }
  });

  it('setCellText changes only that cell and keeps cell, paragraph and run formatting', () => {
    const doc = sample();
    expect(doc.snapshot.blocks[4].kind).toBe('table');
    const res = applyEdits(doc, [setTotal('13,0 ', '12,5')]);
    expect(res.refused).toEqual([]);
    expect(res.applied).toHaveLength(1);
    const after = text(unzipSync(res.bytes)['word/document.xml']);
    const src = doc.source.cells[4]![2][1];
    const before = doc.documentXml;
    // Outside the cell's content, the XML is unchanged.
    expect(after.slice(0, src.contentStart)).toBe(before.slice(0, src.contentStart));
    expect(after.slice(after.length - (before.length - src.contentEnd))).toBe(before.slice(src.contentEnd));
    const newCell = after.slice(src.contentStart, after.length - (before.length - src.contentEnd));
    // The cell's bookmark stays: only the text runs are rewritten (the first takes the value, the rest empty).
    expect(newCell).toBe(
      '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:bookmarkStart w:id="0" w:name="x"/><w:r><w:rPr><w:rFonts w:ascii="Arial"/><w:b/></w:rPr><w:t>12,5</w:t></w:r><w:r><w:t xml:space="preserve"></w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>',
    );
    const reread = readDocx(res.bytes);
    const t = reread.snapshot.blocks[4] as Table;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Verksamhet', 'Budget (mnkr)'],
      ['Äldreomsorg', '12,5'],
      ['Totalt', '12,5'],
    ]);
    expect(t.rows[2].cells[1].shading).toBe('D9D9D9');
    expect(t.rows[2].cells[1].paragraphs[0].bold).toBe(true);
  });

  it('setCellText keeps a cell whose first paragraph has rich properties, and writes several paragraphs', () => {
    const doc = sample();
    const res = applyEdits(doc, [
      {
        kind: 'setCellText',
        loc: { block: 4, row: 2, cell: 0 },
        oldText: 'Totalt',
        newText: 'Summa\tnetto\nexkl. moms',
        reason: 'r',
      },
    ]);
    expect(res.refused).toEqual([]);
    const after = text(unzipSync(res.bytes)['word/document.xml']);
    expect(after).toContain(
      '<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:shd w:fill="D9D9D9"/></w:tcPr><w:p><w:pPr><w:jc w:val="right"/><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial"/><w:b/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">Summa</w:t><w:tab/><w:t xml:space="preserve">netto</w:t></w:r></w:p><w:p><w:pPr>',
    );
    expect((readDocx(res.bytes).snapshot.blocks[4] as Table).rows[2].cells[0].text).toBe('Summa\tnetto\nexkl. moms');
  });

  it('refuses setCellText when the cell text changed, and leaves the document as it was', () => {
    const doc = sample();
    const res = applyEdits(doc, [
      setTotal('13,0', '12,5'),
      { ...setTotal('x', 'y'), loc: { block: 0, row: 0, cell: 0 } },
    ]);
    expect(res.applied).toEqual([]);
    expect(res.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/har ändrats/),
      expect.stringMatching(/finns inte/),
    ]);
    expect(text(unzipSync(res.bytes)['word/document.xml'])).toBe(doc.documentXml);
  });

  it('escapes text written into a cell', () => {
    const res = applyEdits(sample(), [setTotal('13,0 ', '<5 & "6">')]);
    expect((readDocx(res.bytes).snapshot.blocks[4] as Table).rows[2].cells[1].text).toBe('<5 & "6">');
  });

  const NEW_TOC = para('Innehållsförteckning') + para('Uppföljning av ekonomi\t1') + para('Slut\t2');
  const replaceToc = (ooxml: string): Edit => ({
    kind: 'replaceBlocks',
    fromBlock: 1,
    toBlock: 2,
    oldFirstText: 'Innehåll',
    oldLastText: 'Ekonomi\t2',
    ooxml,
    reason: 'Ny innehållsförteckning',
  });

  it('replaceBlocks replaces the content of a TOC content control and keeps the control', () => {
    const doc = sample();
    expect(doc.snapshot.contentControls).toEqual([expect.objectContaining({ fromBlock: 1, toBlock: 2 })]);
    const res = applyEdits(doc, [replaceToc(NEW_TOC)]);
    expect(res.refused).toEqual([]);
    const snap = readDocx(res.bytes).snapshot;
    expect((snap.blocks as Paragraph[]).slice(0, 5).map((b) => b.text)).toEqual([
      'Framsida',
      'Innehållsförteckning',
      'Uppföljning av ekonomi\t1',
      'Slut\t2',
      'Uppföljning av ekonomi',
    ]);
    expect(snap.contentControls).toEqual([
      expect.objectContaining({ docPartGallery: 'Table of Contents', fromBlock: 1, toBlock: 3 }),
    ]);
  });

  it('replaceBlocks replaces the control itself when the new content brings its own sdt', () => {
    const sdt = `<w:sdt><w:sdtPr><w:tag w:val="rapportstod-toc"/></w:sdtPr><w:sdtContent>${NEW_TOC}</w:sdtContent></w:sdt>`;
    const snap = readDocx(applyEdits(sample(), [replaceToc(sdt)]).bytes).snapshot;
    expect(snap.contentControls).toEqual([
      { tag: 'rapportstod-toc', title: null, docPartGallery: null, fromBlock: 1, toBlock: 3 },
    ]);
    expect((snap.blocks[4] as Paragraph).text).toBe('Uppföljning av ekonomi');
  });

  it('replaceBlocks refuses a range that cuts through a content control, and on text mismatch', () => {
    const doc = sample();
    const res = applyEdits(doc, [
      {
        kind: 'replaceBlocks',
        fromBlock: 2,
        toBlock: 3,
        oldFirstText: 'Ekonomi\t2',
        oldLastText: 'Uppföljning av ekonomi',
        ooxml: para('x'),
        reason: 'r',
      },
      {
        kind: 'replaceBlocks',
        fromBlock: 0,
        toBlock: 0,
        oldFirstText: 'Annan',
        oldLastText: 'Annan',
        ooxml: para('x'),
        reason: 'r',
      },
      {
        kind: 'replaceBlocks',
        fromBlock: 0,
        toBlock: 0,
        oldFirstText: 'Framsida',
        oldLastText: 'Framsida',
        ooxml: '<w:p><w:r>',
        reason: 'r',
      },
      {
        kind: 'replaceBlocks',
        fromBlock: 0,
        toBlock: 0,
        oldFirstText: 'Framsida',
        oldLastText: 'Framsida',
        ooxml: '<w:r><w:t>lös</w:t></w:r>',
        reason: 'r',
      },
    ]);
    expect(res.applied).toEqual([]);
    expect(res.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/innehållskontroll/),
      expect.stringMatching(/har ändrats/),
      expect.stringMatching(/inte giltig XML/),
      expect.stringMatching(/inte stycken eller tabeller/),
    ]);
  });

  it('insertBlocks inserts at the start and after a block; overlapping edits are refused', () => {
    const doc = sample();
    const res = applyEdits(doc, [
      { kind: 'insertBlocks', after: -1, ooxml: para('Tjänsteutlåtande'), reason: 'r' },
      { kind: 'insertBlocks', after: 3, ooxml: para('Analys av resultaträkning'), reason: 'r' },
      { kind: 'insertBlocks', after: 3, ooxml: heading('Investeringar', 1, 'Rubrik1'), reason: 'r' },
      { kind: 'insertBlocks', after: 'selection', ooxml: para('x'), reason: 'r' },
      setTotal('13,0 ', '12,5'),
      {
        kind: 'replaceBlocks',
        fromBlock: 4,
        toBlock: 4,
        oldFirstText: 'Verksamhet\tBudget (mnkr)\nÄldreomsorg\t12,5\nTotalt\t13,0 ',
        oldLastText: 'Verksamhet\tBudget (mnkr)\nÄldreomsorg\t12,5\nTotalt\t13,0 ',
        ooxml: para('bort'),
        reason: 'r',
      },
    ]);
    expect(res.refused.map((r) => r.edit.kind)).toEqual(['insertBlocks', 'replaceBlocks']);
    expect(res.refused[1].reason).toMatch(/överlappar/);
    const blocks = readDocx(res.bytes).snapshot.blocks;
    const texts = blocks.map((b) => (b.kind === 'paragraph' ? b.text : `[tabell ${b.rows[2].cells[1].text}]`));
    expect(texts).toEqual([
      'Tjänsteutlåtande',
      'Framsida',
      'Innehåll',
      'Ekonomi\t2',
      'Uppföljning av ekonomi',
      'Analys av resultaträkning',
      'Investeringar',
      '[tabell 12,5]',
      'Slut',
    ]);
    expect((blocks[6] as Paragraph).outlineLevel).toBe(1);
  });

  it('setUpdateFieldsOnOpen puts w:updateFields at its place in CT_Settings and keeps other parts identical', () => {
    const doc = sample();
    const res = applyEdits(doc, [{ kind: 'setUpdateFieldsOnOpen', reason: 'Uppdatera sidnummer' }]);
    expect(res.applied).toHaveLength(1);
    const out = unzipSync(res.bytes);
    const settings = text(out['word/settings.xml']);
    expect(settings).toContain(
      '<w:characterSpacingControl w:val="doNotCompress"/><w:updateFields w:val="true"/><w:compat/>',
    );
    expect(readDocx(res.bytes).snapshot.settings.updateFieldsOnOpen).toBe(true);
    const input = unzipSync(buildDocxOf(doc));
    for (const k of Object.keys(out).filter((k) => k !== 'word/settings.xml'))
      expect(Buffer.from(out[k]).equals(Buffer.from(input[k]))).toBe(true);
  });

  it('setUpdateFieldsOnOpen turns an existing w:updateFields on, and inserts before the end when nothing follows it', () => {
    const a = applyEdits(sample(settingsXml('<w:zoom/><w:updateFields w:val="false"/><w:compat/>')), [
      { kind: 'setUpdateFieldsOnOpen', reason: 'r' },
    ]);
    expect(text(unzipSync(a.bytes)['word/settings.xml'])).toContain(
      '<w:zoom/><w:updateFields w:val="true"/><w:compat/>',
    );
    const b = applyEdits(sample(settingsXml('<w:zoom/><w:defaultTabStop w:val="1304"/>')), [
      { kind: 'setUpdateFieldsOnOpen', reason: 'r' },
    ]);
    expect(text(unzipSync(b.bytes)['word/settings.xml'])).toContain(
      '<w:defaultTabStop w:val="1304"/><w:updateFields w:val="true"/></w:settings>',
    );
  });

  it('setIgnoredFindings updates the stored property, and is refused without the add-in part', () => {
    const webext =
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="rapportstodIgnored" value="[]"/></we:properties></we:webextension>';
    const doc = readDocx(buildDocx({ body: p('x'), extra: { 'word/webextensions/webextension1.xml': webext } }));
    const res = applyEdits(doc, [{ kind: 'setIgnoredFindings', ids: ['a:1', 'b"2'], reason: 'r' }]);
    expect(readDocx(res.bytes).snapshot.settings.ignoredFindings).toEqual(['a:1', 'b"2']);
    const none = applyEdits(sample(), [{ kind: 'setIgnoredFindings', ids: ['a'], reason: 'r' }]);
    expect(none.refused[0].reason).toMatch(/Word/);
  });
});

function buildDocxOf(doc: ReturnType<typeof readDocx>): Uint8Array {
  return applyEdits(doc, []).bytes;
}

describe('applyEdits keeps section breaks', () => {
  it('replaceBlocks over a paragraph that ends a section keeps its w:sectPr (page layout, headers, footers)', () => {
    // A typed TOC whose last line carries the section break before the report starts on a new page.
    const sectPr =
      '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:pgSz w:w="11906" w:h="16838"/><w:pgNumType w:fmt="lowerRoman"/></w:sectPr>';
    const doc = readDocx(
      buildDocx({
        body:
          p('Innehåll') +
          p('Ekonomi\t2') +
          p('Personal\t3', sectPr) +
          p('Ekonomi', '<w:pStyle w:val="Rubrik1"/>') +
          p('Personal', '<w:pStyle w:val="Rubrik1"/>'),
        styles: STYLES,
      }),
    );
    const edit: Edit = {
      kind: 'replaceBlocks',
      fromBlock: 1,
      toBlock: 2,
      oldFirstText: 'Ekonomi\t2',
      oldLastText: 'Personal\t3',
      ooxml: para('Ekonomi\t3') + para('Personal\t4'),
      reason: 'r',
    };
    const res = applyEdits(doc, [edit]);
    expect(res.refused).toEqual([]);
    const xml = text(unzipSync(res.bytes)['word/document.xml']);
    // The section break still ends the TOC section, before the first heading.
    expect(xml).toContain(sectPr);
    expect(xml.indexOf(sectPr)).toBeGreaterThan(xml.indexOf('Personal\t4'));
    expect(xml.indexOf(sectPr)).toBeLessThan(xml.indexOf('Rubrik1'));
    const after = readDocx(res.bytes).snapshot.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '[tabell]'));
    expect(after.filter((t) => t !== '')).toEqual(['Innehåll', 'Ekonomi\t3', 'Personal\t4', 'Ekonomi', 'Personal']);
  });
});

describe('applyEdits never rewrites bytes it could not decode', () => {
  it('refuses to change a document.xml that is not valid UTF-8 instead of turning its å, ä, ö into U+FFFD', () => {
    const body = p('Framsida') + BUDGET + p('Slut');
    const utf8 = buildDocx({ body, styles: STYLES });
    const parts = unzipSync(utf8);
    // A generator wrote one paragraph in Latin-1: "Måluppfyllelse" with å as the single byte 0xE5.
    const xml = text(parts['word/document.xml']).replace('Framsida', 'M\u0000luppfyllelse');
    const bytes = new TextEncoder().encode(xml);
    bytes[bytes.indexOf(0)] = 0xe5;
    parts['word/document.xml'] = bytes;
    const doc = readDocx(zipSync(parts));
    expect(doc.snapshot.blocks[1].kind).toBe('table');
    const res = applyEdits(doc, [{ ...setTotal('13,0 ', '12,5'), loc: { block: 1, row: 2, cell: 1 } }]);
    expect(res.applied).toEqual([]);
    expect(res.refused.map((r) => r.reason)).toEqual(['Dokumentet är inte UTF-8-kodat och kan inte ändras.']);
    expect(Buffer.from(unzipSync(res.bytes)['word/document.xml']).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('applyEdits keeps what a cell holds besides its text', () => {
  it('refuses setCellText on a cell with a footnote reference or a picture, which the new text would delete', () => {
    const footnote =
      '<w:tc><w:p><w:r><w:t>13,0</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Fotnotsreferens"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p></w:tc>';
    const picture =
      '<w:tc><w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"/></w:drawing></w:r><w:r><w:t>Grön</w:t></w:r></w:p></w:tc>';
    const table = `<w:tbl><w:tr><w:tc>${p('Totalt')}</w:tc>${footnote}${picture}</w:tr></w:tbl>`;
    const doc = readDocx(buildDocx({ body: p('Ekonomi') + table, styles: STYLES }));
    const edits: Edit[] = [
      { kind: 'setCellText', loc: { block: 1, row: 0, cell: 1 }, oldText: '13,0', newText: '12,5', reason: 'r' },
      { kind: 'setCellText', loc: { block: 1, row: 0, cell: 2 }, oldText: 'Grön', newText: 'Röd', reason: 'r' },
      { kind: 'setCellText', loc: { block: 1, row: 0, cell: 0 }, oldText: 'Totalt', newText: 'Summa', reason: 'r' },
    ];
    const res = applyEdits(doc, edits);
    expect(res.applied).toEqual([edits[2]]);
    expect(res.refused.map((r) => r.reason)).toEqual([
      'Cellen innehåller mer än text (fotnot, bild, kommentar eller objekt) och ändras inte automatiskt.',
      'Cellen innehåller mer än text (fotnot, bild, kommentar eller objekt) och ändras inte automatiskt.',
    ]);
    const xml = text(unzipSync(res.bytes)['word/document.xml']);
    expect(xml).toContain(footnote);
    expect(xml).toContain(picture);
  });
});

describe('setCellText in a cell with anchors, revisions or a field', () => {
  const anchored =
    '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>' +
    `<w:tr>${cell('Verksamhet')}${cell('Budget')}</w:tr>` +
    '<w:tr>' +
    cell('Totalt') +
    '<w:tc><w:p><w:commentRangeStart w:id="5"/><w:bookmarkStart w:id="1" w:name="summa"/><w:r><w:rPr><w:b/></w:rPr><w:t>1</w:t></w:r>' +
    '<w:ins w:id="7" w:author="Anna" w:date="2021-01-01T00:00:00Z"><w:r><w:t>3,0</w:t></w:r></w:ins><w:del w:id="8" w:author="Anna" w:date="2021-01-01T00:00:00Z"><w:r><w:delText>2,0</w:delText></w:r></w:del>' +
    '<w:bookmarkEnd w:id="1"/><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r></w:p></w:tc>' +
    '</w:tr>' +
    '<w:tr>' +
    cell('Summa') +
    '<w:tc><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =SUM(ABOVE) </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9,9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:tc>' +
    '</w:tr></w:tbl>';

  it('rewrites only the text runs: every comment anchor, bookmark and revision mark stays', () => {
    const doc = readDocx(buildDocx({ body: anchored }));
    expect((doc.snapshot.blocks[0] as Table).rows[1].cells[1].text).toBe('13,0');
    const res = applyEdits(doc, [
      { kind: 'setCellText', loc: { block: 0, row: 1, cell: 1 }, oldText: '13,0', newText: '14,5' } as SetCellText,
    ]);
    expect(res.refused).toEqual([]);
    const out = readDocx(res.bytes);
    expect((out.snapshot.blocks[0] as Table).rows[1].cells[1].text).toBe('14,5');
    const xml = new TextDecoder().decode(unzipSync(res.bytes)['word/document.xml']);
    for (const kept of [
      '<w:commentRangeStart w:id="5"/>',
      '<w:bookmarkStart w:id="1" w:name="summa"/>',
      '<w:bookmarkEnd w:id="1"/>',
      '<w:commentRangeEnd w:id="5"/>',
      '<w:commentReference w:id="5"/>',
      '<w:delText>2,0</w:delText>',
      '<w:ins w:id="7"',
    ]) {
      expect(xml).toContain(kept);
    }
  });

  it('a { =SUM(ABOVE) } field keeps its instruction; its cached result is mended', () => {
    const doc = readDocx(buildDocx({ body: anchored }));
    const res = applyEdits(doc, [
      { kind: 'setCellText', loc: { block: 0, row: 2, cell: 1 }, oldText: '9,9', newText: '14,5' } as SetCellText,
    ]);
    expect(res.refused).toEqual([]);
    const xml = new TextDecoder().decode(unzipSync(res.bytes)['word/document.xml']);
    expect(xml).toContain('<w:instrText xml:space="preserve"> =SUM(ABOVE) </w:instrText>');
    expect((readDocx(res.bytes).snapshot.blocks[0] as Table).rows[2].cells[1].text).toBe('14,5');
    expect(readDocx(res.bytes).snapshot.fields).toEqual([]);
  });

  it('a cell with a picture is still refused', () => {
    const body = anchored.replace('<w:r><w:commentReference w:id="5"/></w:r>', '<w:r><w:drawing/></w:r>');
    const res = applyEdits(readDocx(buildDocx({ body })), [
      { kind: 'setCellText', loc: { block: 0, row: 1, cell: 1 }, oldText: '13,0', newText: '14,5' } as SetCellText,
    ]);
    expect(res.refused).toHaveLength(1);
  });
});
