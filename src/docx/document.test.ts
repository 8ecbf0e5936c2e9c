import { readDocx } from './index';
import type { Paragraph, Table } from '../core/snapshot';
import { unzipSync } from 'fflate';
import { buildDocx, p, packageParts, settingsXml, stylesXml, W_NS, zipOf } from './test-support';

const SWEDISH_STYLES = stylesXml(
  [
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="rubrik 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="Rubrik 2"/><w:basedOn w:val="Rubrik1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Innehll1"><w:name w:val="Innehållsförteckning 1"/><w:basedOn w:val="Normal"/></w:style>',
    '<w:style w:type="paragraph" w:styleId="MinRubrik"><w:name w:val="Min rubrik"/><w:basedOn w:val="Rubrik2"/><w:rPr><w:b w:val="0"/><w:i/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Lista"><w:name w:val="Lista"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>',
    '<w:style w:type="character" w:styleId="Stark"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>',
  ].join(''),
);

const read = (body: string, extra: Parameters<typeof buildDocx>[0] = { body: '' }) =>
  readDocx(buildDocx({ ...extra, body, styles: extra.styles ?? SWEDISH_STYLES })).snapshot;

describe('paragraphs', () => {
  it('reports a Swedish heading style (id Rubrik1, name "rubrik 1") as heading 1 with outline level 1', () => {
    const [h1, h2, toc, body] = read(
      p('Sammanfattande analys', '<w:pStyle w:val="Rubrik1"/>') +
        p('Analys av resultaträkning', '<w:pStyle w:val="Rubrik2"/>') +
        p('Sammanfattande analys\t3', '<w:pStyle w:val="Innehll1"/>') +
        p('Verksamheten har bedrivits enligt plan.'),
    ).blocks as Paragraph[];
    expect([h1.styleId, h1.styleName, h1.outlineLevel, h1.bold]).toEqual(['Rubrik1', 'heading 1', 1, true]);
    expect([h2.styleName, h2.outlineLevel, h2.bold]).toEqual(['heading 2', 2, true]);
    expect([toc.styleName, toc.outlineLevel, toc.text]).toEqual(['toc 1', null, 'Sammanfattande analys\t3']);
    expect([body.styleId, body.styleName, body.outlineLevel, body.bold]).toEqual([null, 'normal', null, false]);
  });

  it('follows the basedOn chain for outline level and lets the style override boldness', () => {
    const [para] = read(p('Egen rubrik', '<w:pStyle w:val="MinRubrik"/>')).blocks as Paragraph[];
    expect([para.styleName, para.outlineLevel, para.bold, para.italic]).toEqual(['min rubrik', 2, false, true]);
  });

  it('a built-in heading style without w:outlineLvl still has its level, also when styles.xml is missing', () => {
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/><w:pPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
    );
    const [a] = read(p('Sammanfattande analys', '<w:pStyle w:val="Heading1"/>'), { body: '', styles })
      .blocks as Paragraph[];
    expect([a.styleName, a.outlineLevel]).toEqual(['heading 1', 1]);
    const [b] = readDocx(buildDocx({ body: p('Övrigt', '<w:pStyle w:val="Rubrik3"/>') })).snapshot
      .blocks as Paragraph[];
    expect([b.styleName, b.outlineLevel]).toEqual(['heading 3', 3]);
  });

  it('direct outline level beats the style, and level 9 means body text', () => {
    const [a, b] = read(
      p('Övrigt', '<w:outlineLvl w:val="0"/>') +
        p('Inte rubrik', '<w:pStyle w:val="Rubrik1"/><w:outlineLvl w:val="9"/>'),
    ).blocks as Paragraph[];
    expect(a.outlineLevel).toBe(1);
    expect(b.outlineLevel).toBeNull();
  });

  it('reads bold per run from direct formatting and character styles', () => {
    const [para] = read(
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Nämndmål: </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Stark"/></w:rPr><w:t>Äldre</w:t></w:r><w:r><w:t xml:space="preserve"> har </w:t></w:r><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>trygghet</w:t></w:r></w:p>',
    ).blocks as Paragraph[];
    expect(para.text).toBe('Nämndmål: Äldre har trygghet');
    expect(para.runs).toEqual([
      { text: 'Nämndmål: Äldre', bold: true, italic: false },
      { text: ' har trygghet', bold: false, italic: false },
    ]);
    expect(para.bold).toBe(false);
  });

  it('a paragraph is bold when every run with visible text is bold', () => {
    const [para] = read(
      '<w:p><w:r><w:t xml:space="preserve">  </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Enhetsmål:</w:t></w:r></w:p>',
    ).blocks as Paragraph[];
    expect(para.bold).toBe(true);
  });

  it('text: tabs, breaks, insertions yes; deletions, field codes, text boxes no', () => {
    const body =
      '<w:p>' +
      '<w:r><w:t>Utfall</w:t><w:tab/><w:t>12,5</w:t><w:br/><w:t>mnkr</w:t></w:r>' +
      '<w:del w:id="1" w:author="A"><w:r><w:delText>gammal</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> ny</w:t></w:r></w:ins>' +
      '<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> länk</w:t></w:r></w:hyperlink>' +
      '<w:smartTag w:uri="x" w:element="y"><w:r><w:t xml:space="preserve"> tagg</w:t></w:r></w:smartTag>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> 7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>/9</w:t></w:r></w:fldSimple>' +
      '<w:sdt><w:sdtPr><w:alias w:val="Datum"/><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve"> 2021-02-01</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>LÅDA</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>' +
      '<w:r><w:br w:type="page"/><w:footnoteReference w:id="1"/></w:r>' +
      '</w:p>';
    const snap = read(body);
    expect(snap.blocks).toHaveLength(1);
    expect((snap.blocks[0] as Paragraph).text).toBe('Utfall\t12,5\nmnkr ny länk tagg 7/9 2021-02-01');
  });

  it('reports symbol-font characters such as a Wingdings status dot', () => {
    const [para] = read(
      '<w:p><w:r><w:sym w:font="Wingdings" w:char="F06C"/><w:t xml:space="preserve"> Uppfylls delvis</w:t></w:r></w:p>',
    ).blocks as Paragraph[];
    expect(para.text).toBe('\uf06c Uppfylls delvis');
  });

  it('list numbering directly or from the style; numId 0 switches it off', () => {
    const [a, b, c] = read(
      p('Punkt', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>') +
        p('Från stil', '<w:pStyle w:val="Lista"/>') +
        p('Avstängd', '<w:pStyle w:val="Lista"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
    ).blocks as Paragraph[];
    expect(a.numbering).toEqual({ numId: '3', level: 0 });
    expect(b.numbering).toEqual({ numId: '7', level: 1 });
    expect(c.numbering).toBeNull();
  });

  it('paragraph-mark run properties and tab stops do not leak into the text', () => {
    const [para] = read(
      p('Rubrik', '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs><w:rPr><w:b/><w:i/></w:rPr>'),
    ).blocks as Paragraph[];
    expect(para.text).toBe('Rubrik');
    expect(para.italic).toBe(false);
  });
});

describe('tables', () => {
  const tableXml =
    '<w:tbl><w:tblPr><w:tblStyle w:val="Tabellrutnt"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>' +
    '<w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="d9e2f3"/></w:tcPr><w:p><w:r><w:t>Indikator</w:t></w:r></w:p></w:tc>' +
    '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Utfall</w:t></w:r></w:p></w:tc></w:tr>' +
    '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Andel nöjda</w:t></w:r></w:p><w:p><w:r><w:t>brukare</w:t></w:r></w:p></w:tc>' +
    '<w:tc><w:p><w:r><w:t>85 %</w:t></w:r></w:p></w:tc>' +
    '<w:tc><w:p><w:r><w:t>inre</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>nästlad</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>' +
    '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:shd w:fill="auto"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>' +
    '</w:tbl>';

  it('reads rows, cells, spans, merges, shading, header rows and nested tables', () => {
    const snap = read(p('Före') + tableXml + p('Efter'));
    expect(snap.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = snap.blocks[1] as Table;
    expect(t.styleId).toBe('Tabellrutnt');
    expect(t.columnCount).toBe(3);
    expect(t.rows.map((r) => r.header)).toEqual([true, false, false]);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Indikator', 'Utfall'],
      ['Andel nöjda\nbrukare', '85 %', 'inre\n'],
      ['', '', ''],
    ]);
    expect(t.rows[0].cells.map((c) => [c.gridColumn, c.gridSpan, c.shading])).toEqual([
      [0, 1, 'D9E2F3'],
      [1, 2, null],
    ]);
    expect(t.rows[1].cells[0].vMerge).toBe('restart');
    expect(t.rows[2].cells[0].vMerge).toBe('continue');
    expect(t.rows[2].cells[1].shading).toBeNull();
    const nested = t.rows[1].cells[2].tables;
    expect(nested).toHaveLength(1);
    expect(nested[0].rows[0].cells[0].text).toBe('nästlad');
    expect(t.rows[1].cells[2].paragraphs.map((x) => x.text)).toEqual(['inre', '']);
  });
});

describe('content controls, fields and settings', () => {
  it('flattens a TOC content control and reports it, with the TOC field across paragraphs', () => {
    const toc =
      '<w:sdt><w:sdtPr><w:tag w:val="toc"/><w:alias w:val="Innehåll"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>' +
      p('Innehållsförteckning') +
      '<w:p><w:pPr><w:pStyle w:val="Innehll1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:hyperlink w:anchor="_Toc1"><w:r><w:t>Sammanfattande analys</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Innehll1"/></w:pPr><w:r><w:t>Övrigt</w:t></w:r><w:r><w:tab/><w:t>9</w:t></w:r></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '</w:sdtContent></w:sdt>';
    const snap = read(p('Framsida') + toc + p('Sammanfattande analys', '<w:pStyle w:val="Rubrik1"/>') + p('Sida '));
    expect((snap.blocks as Paragraph[]).map((b) => b.text)).toEqual([
      'Framsida',
      'Innehållsförteckning',
      'Sammanfattande analys\t3',
      'Övrigt\t9',
      '',
      'Sammanfattande analys',
      'Sida ',
    ]);
    expect(snap.contentControls).toEqual([
      { tag: 'toc', title: 'Innehåll', docPartGallery: 'Table of Contents', fromBlock: 1, toBlock: 4 },
    ]);
    expect(snap.fields).toEqual([{ type: 'TOC', instruction: 'TOC \\o "1-3" \\h \\z \\u', fromBlock: 2, toBlock: 4 }]);
  });

  it('records simple fields at body level but not fields inside tables', () => {
    const snap = read(
      '<w:p><w:fldSimple w:instr=" REF _Ref1 \\h "><w:r><w:t>Tabell 1</w:t></w:r></w:fldSimple></w:p>' +
        '<w:tbl><w:tr><w:tc><w:p><w:fldSimple w:instr="PAGE"><w:r><w:t>4</w:t></w:r></w:fldSimple></w:p></w:tc></w:tr></w:tbl>',
    );
    expect(snap.fields).toEqual([{ type: 'REF', instruction: 'REF _Ref1 \\h', fromBlock: 0, toBlock: 0 }]);
    expect((snap.blocks[1] as Table).rows[0].cells[0].text).toBe('4');
  });

  it('reads w:updateFields and the ignored findings the add-in stored', () => {
    const webext =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="x" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>' +
      '<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="rapportstodIgnored" value="[&quot;tom-sektion:3&quot;,&quot;summa:7:2&quot;]"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>';
    const snap = read(p('x'), {
      body: '',
      settings: settingsXml('<w:zoom w:percent="100"/><w:updateFields w:val="true"/><w:defaultTabStop w:val="1304"/>'),
      extra: { 'word/webextensions/webextension1.xml': webext },
    });
    expect(snap.settings).toEqual({ updateFieldsOnOpen: true, ignoredFindings: ['tom-sektion:3', 'summa:7:2'] });
    const off = read(p('x'), { body: '', settings: settingsXml('<w:updateFields w:val="0"/>') });
    expect(off.settings.updateFieldsOnOpen).toBe(false);
  });

  it('warns about an unreadable ignored-findings value instead of failing', () => {
    const webext =
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11"><we:properties><we:property name="rapportstodIgnored" value="inte json"/></we:properties></we:webextension>';
    const snap = read(p('x'), { body: '', extra: { 'word/webextensions/webextension1.xml': webext } });
    expect(snap.settings.ignoredFindings).toEqual([]);
    expect(snap.warnings.join(' ')).toMatch(/ignorerade fynd/);
    expect((snap.blocks[0] as Paragraph).text).toBe('x');
  });

  it('reads the body with a warning when styles.xml is broken', () => {
    const snap = read(p('Övrigt', '<w:pStyle w:val="Rubrik1"/>'), { body: '', styles: '<w:styles><w:style>' });
    expect((snap.blocks[0] as Paragraph).text).toBe('Övrigt');
    expect((snap.blocks[0] as Paragraph).styleName).toBe('heading 1');
    expect(snap.warnings.join(' ')).toMatch(/formatmallar/);
  });
});

describe('nesting', () => {
  it('reads wrappers nested deeper than a real report, and leaves a hostile depth out with a warning instead of overflowing the stack', () => {
    const ok = read('<w:ins>'.repeat(500) + p('Inne i 500 insättningar') + '</w:ins>'.repeat(500) + p('Efter'));
    expect((ok.blocks as Paragraph[]).map((b) => b.text)).toEqual(['Inne i 500 insättningar', 'Efter']);
    expect(ok.warnings).toEqual([]);
    const deep = read('<w:ins>'.repeat(20000) + p('För djupt') + '</w:ins>'.repeat(20000) + p('Efter'));
    expect((deep.blocks as Paragraph[]).map((b) => b.text)).toEqual(['Efter']);
    expect(deep.warnings.join(' ')).toMatch(/för djupt nästlat/);
  });
});

describe('text boxes and page headers', () => {
  const txbx = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
  const alternate = (text: string) =>
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="x"><a:graphic xmlns:a="y"><a:graphicData><wps:wsp xmlns:wps="z"><wps:txbx>' +
    txbx(text) +
    '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>' +
    txbx(text) +
    '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>';

  it('reads a DrawingML text box once (not its VML fallback again), outside the body blocks, anchored where it stands', () => {
    const snap = read(
      p('Före') + `<w:p><w:r><w:t>Ankare</w:t></w:r><w:r>${alternate('Faktaruta: Skriv här')}</w:r></w:p>` + p('Efter'),
    );
    expect((snap.blocks as Paragraph[]).map((b) => b.text)).toEqual(['Före', 'Ankare', 'Efter']);
    expect(snap.textBoxes).toEqual([
      { anchorBlock: 1, paragraphs: [expect.objectContaining({ text: 'Faktaruta: Skriv här' })] },
    ]);
  });

  it('a text box in a table cell leaves the cell, its source and the body fields as they were', () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const boxWithField = `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p>${field}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const doc = readDocx(
      buildDocx({
        body: `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>12,5</w:t></w:r>${boxWithField}</w:p></w:tc></w:tr></w:tbl>`,
      }),
    );
    const t = doc.snapshot.blocks[0] as Table;
    expect(t.rows[0].cells[0].text).toBe('12,5');
    expect(doc.snapshot.textBoxes?.[0].paragraphs.map((x) => x.text)).toEqual(['1']);
    expect(doc.snapshot.fields).toEqual([]);
    // The picture holding the box still keeps the cell from being rewritten.
    expect(doc.source.cells[0]?.[0][0].hasNonText).toBe(true);
  });

  it('reads default, first (only with w:titlePg) and even headers and footers per section', () => {
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const part = (root: 'hdr' | 'ftr', text: string) => `<w:${root} xmlns:w="${W_NS}">${p(text)}</w:${root}>`;
    const rels = (ids: string[]) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${R}/settings" Target="settings.xml"/>${ids.map((id) => `<Relationship Id="${id}" Type="${R}/${id.startsWith('h') ? 'header' : 'footer'}" Target="${id}.xml"/>`).join('')}</Relationships>`;
    const sect = (refs: string, titlePg: boolean) => `<w:sectPr>${refs}${titlePg ? '<w:titlePg/>' : ''}</w:sectPr>`;
    const ref = (kind: 'header' | 'footer', type: string, id: string) =>
      `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`;
    const body =
      `<w:p><w:pPr>${sect(ref('header', 'default', 'h1') + ref('header', 'first', 'h2'), false)}</w:pPr><w:r><w:t>Avsnitt 1</w:t></w:r></w:p>` +
      p('Avsnitt 2');
    const bytes = zipOf({
      // Even pages show their own footer only with w:evenAndOddHeaders (ISO/IEC 29500-1 §17.10.1).
      ...packageParts({ body, settings: settingsXml('<w:evenAndOddHeaders/>') }),
      'word/_rels/document.xml.rels': rels(['h1', 'h2', 'h3', 'f1']),
      'word/h1.xml': part('hdr', 'Sidhuvud'),
      'word/h2.xml': part('hdr', 'Dnr: HÄ 2021/17'),
      'word/h3.xml': part('hdr', 'Förstasidan'),
      'word/f1.xml': part('ftr', 'Sidfot'),
    });
    // The body's own sectPr (the last section) comes from documentXml; put the second section's refs there.
    const text = new TextDecoder()
      .decode(unzipSync(bytes)['word/document.xml'])
      .replace(
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
        sect(ref('header', 'first', 'h3') + ref('footer', 'even', 'f1'), true),
      );
    const snap = readDocx(
      zipOf({ ...Object.fromEntries(Object.entries(unzipSync(bytes))), 'word/document.xml': text }),
    ).snapshot;
    expect(
      snap.headersFooters?.map((h) => [h.kind, h.type, h.section, h.paragraphs.map((x) => x.text).join('|')]),
    ).toEqual([
      ['header', 'default', 0, 'Sidhuvud'],
      ['header', 'first', 1, 'Förstasidan'],
      ['footer', 'even', 1, 'Sidfot'],
    ]);
  });
});
