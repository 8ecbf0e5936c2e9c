/**
 * The .docx side of the Tillgänglighet pack: reading the title, author and default language, and the
 * three fixes (title, language, header row) — each re-read after writing, and every part written
 * validated against ISO/IEC 29500 (wml.xsd) where the schema folder has a schema for it.
 */
import { strFromU8, unzipSync } from 'fflate';
import { checkSnapshot } from '../core/check';
import type { Edit } from '../core/edits';
import { hasXmllint, validateParts } from '../../test/support/xmllint';
import { sharedPath } from '../../test/support/shared';
import { buildDocx, p, stylesXml, W_NS, XML_DECL, zipOf, packageParts } from './test-support';
import { applyEdits, readDocx } from './index';
import { hyperlinkFieldTarget } from './body/context';

const WML = sharedPath('ooxml-schemas', 'ISO-IEC29500-4_2016', 'wml.xsd');
const CAN_VALIDATE = WML !== null && hasXmllint();
if (!CAN_VALIDATE) {
  console.warn(
    '[rapportstod tests] xmllint eller ../shared/ooxml-schemas saknas: schemakontrollen av tillgänglighetsfixarna hoppas över.',
  );
}

const CORE = (inner: string): string =>
  `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${inner}</cp:coreProperties>`;
const CORE_REL =
  '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>';

const TITLE_TEXT = 'Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende';

function tableXml(header: boolean, trPr = ''): string {
  const row = (cells: string[], props: string): string =>
    `<w:tr>${props}${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${p(c, '', '<w:b/>')}</w:tc>`).join('')}</w:tr>`;
  const plain = (cells: string[]): string => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;
  return (
    '<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
    row(['Verksamhet', 'Budget', 'Prognos'], header ? '<w:trPr><w:tblHeader/></w:trPr>' : trPr) +
    plain(['Äldreomsorg', '609,6', '613,1']) +
    plain(['Totalt', '609,6', '613,1']) +
    '</w:tbl>'
  );
}

const BODY =
  p(TITLE_TEXT) +
  p('Sammanfattande analys', '<w:pStyle w:val="Heading1"/>') +
  p('Enheten har arbetat med kvaliteten under hela året och följt upp målen.') +
  p('Tabell 1 Driftbudget') +
  tableXml(false) +
  p('');
const STYLES = stylesXml(
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
);

function kinds(bytes: Uint8Array): string[] {
  return checkSnapshot(readDocx(bytes).snapshot)
    .findings.filter((f) => f.rule.startsWith('a11y-'))
    .map((f) => f.kind)
    .sort();
}

function fixesFor(bytes: Uint8Array): Edit[] {
  return checkSnapshot(readDocx(bytes).snapshot)
    .findings.filter((f) => f.rule.startsWith('a11y-'))
    .flatMap((f) => f.suggestion ?? []);
}

function partText(bytes: Uint8Array, name: string): string | undefined {
  const files = unzipSync(bytes);
  return files[name] ? strFromU8(files[name]) : undefined;
}

function expectValidWml(bytes: Uint8Array, names: string[]): void {
  if (!CAN_VALIDATE) return;
  const parts = names.map((name) => ({ name, xml: partText(bytes, name) ?? '' }));
  expect(validateParts(parts, WML)).toEqual([]);
}

describe('.docx: title, author and default language', () => {
  it('reads dc:title and dc:creator through the package relationship, and the docDefaults language', () => {
    const parts = packageParts({
      body: BODY,
      styles: stylesXml(
        '',
        '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults>',
      ),
    });
    parts['_rels/.rels'] = new TextEncoder().encode(
      strFromU8(parts['_rels/.rels']).replace('</Relationships>', `${CORE_REL}</Relationships>`),
    );
    parts['docProps/core.xml'] = new TextEncoder().encode(
      CORE(`<dc:title> ${TITLE_TEXT} </dc:title><dc:creator>Anna Andersson</dc:creator>`),
    );
    const { snapshot } = readDocx(zipOf(parts));
    expect(snapshot.properties).toEqual({ title: TITLE_TEXT, author: 'Anna Andersson' });
    expect(snapshot.language).toEqual({ default: 'sv-SE' });
  });

  it('takes the Normal style’s language when the defaults have none, and reports none as null', () => {
    const normal = stylesXml(
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:lang w:val="sv-SE"/></w:rPr></w:style>',
    );
    expect(readDocx(buildDocx({ body: BODY, styles: normal })).snapshot.language).toEqual({ default: 'sv-SE' });
    const none = readDocx(buildDocx({ body: BODY, styles: STYLES })).snapshot;
    expect(none.language).toEqual({ default: null });
    expect(none.properties).toEqual({ title: null, author: null });
  });
});

describe('.docx: hyperlinks written as HYPERLINK fields (as Word keeps every hyperlink)', () => {
  const run = (inner: string): string => `<w:r>${inner}</w:r>`;
  const complex = (instr: string, text: string): string =>
    run('<w:fldChar w:fldCharType="begin"/>') +
    run(`<w:instrText xml:space="preserve">${instr}</w:instrText>`) +
    run('<w:fldChar w:fldCharType="separate"/>') +
    run(`<w:t xml:space="preserve">${text}</w:t>`) +
    run('<w:fldChar w:fldCharType="end"/>');
  const links = (body: string) =>
    readDocx(buildDocx({ body, styles: STYLES }))
      .snapshot.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.hyperlinks ?? []] : []))
      .filter((l) => l.length);

  it('reads complex and simple HYPERLINK fields with their shown text and target, not other fields', () => {
    const body =
      `<w:p>${run('<w:t xml:space="preserve">Se </w:t>')}${complex(' HYPERLINK "https://start.stockholm/" \\o "Tips" ', 'https://start.stockholm/')}</w:p>` +
      `<w:p>${complex('HYPERLINK \\l "_Toc1" \\h', 'Sammanfattande analys')}${complex('PAGE', '3')}</w:p>` +
      `<w:p><w:fldSimple w:instr=" HYPERLINK &quot;https://x.se/r&quot; "><w:r><w:t>klicka här</w:t></w:r></w:fldSimple></w:p>`;
    expect(links(body)).toEqual([
      [{ text: 'https://start.stockholm/', target: 'https://start.stockholm/' }],
      [{ text: 'Sammanfattande analys', target: '#_Toc1' }],
      [{ text: 'klicka här', target: 'https://x.se/r' }],
    ]);
    const kinds = checkSnapshot(readDocx(buildDocx({ body, styles: STYLES })).snapshot)
      .findings.filter((f) => f.kind === 'a11y-link-text')
      .map((f) => f.messageId);
    expect(kinds).toEqual(['bareAddress', 'vague']);
  });

  it('takes the address and the \\l location of the field code', () => {
    expect(hyperlinkFieldTarget('HYPERLINK "a.docx" \\l "kap2" \\o "Tips"')).toBe('a.docx#kap2');
    expect(hyperlinkFieldTarget('HYPERLINK \\h \\l "_Toc9"')).toBe('#_Toc9');
    expect(hyperlinkFieldTarget('HYPERLINK http://x.se')).toBe('http://x.se');
    expect(hyperlinkFieldTarget('HYPERLINK')).toBeNull();
  });
});

describe('.docx: languages on the text itself (no document default)', () => {
  const styles = stylesXml(
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Svensk"><w:name w:val="Svensk text"/><w:basedOn w:val="Normal"/><w:rPr><w:lang w:val="sv-SE"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="heading 1"/><w:basedOn w:val="Svensk"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="character" w:styleId="Engelska"><w:name w:val="Engelska"/><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:style>',
  );
  const LONG = 'Enheten har arbetat med kvaliteten under hela året och följt upp målen i varje månadsrapport.';
  const language = (body: string): (string | null | undefined)[] =>
    readDocx(buildDocx({ body, styles }))
      .snapshot.blocks.filter((b) => b.kind === 'paragraph')
      .map((b) => (b.kind === 'paragraph' ? b.language : undefined));
  const findings = (body: string): string[] =>
    checkSnapshot(readDocx(buildDocx({ body, styles })).snapshot)
      .findings.filter((f) => f.kind === 'a11y-language-missing')
      .map((f) => f.messageId);

  it('reads w:lang from the run, its character style and the paragraph style chain', () => {
    const body =
      p('Rubrik', '<w:pStyle w:val="Rubrik"/>') +
      p(LONG, '', '<w:lang w:val="sv-SE"/>') +
      p('Summary', '', '<w:rStyle w:val="Engelska"/>') +
      p(LONG) +
      // Only w:eastAsia: Latin text has no language of its own.
      p(LONG, '', '<w:lang w:eastAsia="ja-JP"/>') +
      `<w:p><w:r><w:rPr><w:lang w:val="sv-SE"/></w:rPr><w:t>Hälften </w:t></w:r><w:r><w:t>utan</w:t></w:r></w:p>` +
      p('');
    expect(language(body)).toEqual(['sv-SE', 'sv-SE', 'en-GB', null, null, null, null]);
  });

  it('says nothing when nearly all text carries its own language, warns when a real share has none', () => {
    const swedish = [LONG, LONG, LONG, LONG].map((t) => p(t, '<w:pStyle w:val="Svensk"/>')).join('');
    expect(findings(p('Rubrik', '<w:pStyle w:val="Rubrik"/>') + swedish + p('08-508 000'))).toEqual([]);
    expect(findings(swedish + p(LONG) + p(LONG))).toEqual(['partlyMissing']);
    expect(findings(p(LONG) + p(LONG))).toEqual(['missing']);
  });
});

describe('.docx: the accessibility fixes', () => {
  it('creates docProps/core.xml with content type and relationship, sets sv-SE and marks the header row', () => {
    const before = buildDocx({ body: BODY, styles: STYLES });
    expect(kinds(before)).toEqual(['a11y-language-missing', 'a11y-table-header-missing', 'a11y-title-missing']);
    const doc = readDocx(before);
    const edits = fixesFor(before);
    expect(edits.map((e) => e.kind).sort()).toEqual(['markHeaderRow', 'setDefaultLanguage', 'setDocumentTitle']);
    const { bytes, applied, refused } = applyEdits(doc, edits);
    expect(refused).toEqual([]);
    expect(applied).toHaveLength(3);
    expect(kinds(bytes)).toEqual([]);
    const after = readDocx(bytes).snapshot;
    expect(after.properties?.title).toBe(TITLE_TEXT);
    expect(after.language).toEqual({ default: 'sv-SE' });
    expect(partText(bytes, '[Content_Types].xml')).toContain(
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    );
    expect(partText(bytes, '_rels/.rels')).toMatch(
      /Type="http:\/\/schemas\.openxmlformats\.org\/package\/2006\/relationships\/metadata\/core-properties" Target="docProps\/core\.xml"/,
    );
    // The user's text is untouched: every block reads the same.
    expect(
      after.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text)))),
    ).toEqual(
      doc.snapshot.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text)))),
    );
    expectValidWml(bytes, ['word/document.xml', 'word/styles.xml']);
  });

  it('edits an existing core.xml and styles defaults in place, keeping what else they hold', () => {
    const parts = packageParts({
      body: BODY,
      styles: stylesXml(
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/><w:sz w:val="22"/><w:lang w:val="" w:eastAsia="en-US"/></w:rPr></w:rPrDefault></w:docDefaults>',
      ),
    });
    parts['_rels/.rels'] = new TextEncoder().encode(
      strFromU8(parts['_rels/.rels']).replace('</Relationships>', `${CORE_REL}</Relationships>`),
    );
    parts['docProps/core.xml'] = new TextEncoder().encode(CORE('<dc:title/><dc:creator>Anna</dc:creator>'));
    const bytes0 = zipOf(parts);
    const { bytes } = applyEdits(readDocx(bytes0), [
      { kind: 'setDocumentTitle', title: 'T & A', reason: 'r' },
      { kind: 'setDefaultLanguage', language: 'sv-SE', reason: 'r' },
    ]);
    expect(partText(bytes, 'docProps/core.xml')).toContain(
      '<dc:title>T &amp; A</dc:title><dc:creator>Anna</dc:creator>',
    );
    expect(partText(bytes, 'word/styles.xml')).toContain(
      '<w:rFonts w:ascii="Arial"/><w:sz w:val="22"/><w:lang w:val="sv-SE" w:eastAsia="en-US"/>',
    );
    expect(readDocx(bytes).snapshot.properties).toEqual({ title: 'T & A', author: 'Anna' });
    expectValidWml(bytes, ['word/styles.xml']);
  });

  it('adds w:lang before w:eastAsianLayout in the defaults, and creates docDefaults when missing', () => {
    const withLayout = buildDocx({
      body: BODY,
      styles: stylesXml(
        '',
        '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>',
      ),
    });
    const a = applyEdits(readDocx(withLayout), [{ kind: 'setDefaultLanguage', language: 'sv-SE', reason: 'r' }]).bytes;
    expect(partText(a, 'word/styles.xml')).toContain(
      '<w:sz w:val="22"/><w:lang w:val="sv-SE"/><w:eastAsianLayout w:id="1"/>',
    );
    const bare = buildDocx({
      body: BODY,
      styles: `${XML_DECL}<w:styles xmlns:w="${W_NS}"><w:latentStyles/></w:styles>`,
    });
    const b = applyEdits(readDocx(bare), [{ kind: 'setDefaultLanguage', language: 'sv-SE', reason: 'r' }]).bytes;
    expect(partText(b, 'word/styles.xml')).toContain(
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults><w:latentStyles/>',
    );
    expectValidWml(a, ['word/styles.xml']);
    expectValidWml(b, ['word/styles.xml']);
  });

  it('marks the header row inside an existing w:trPr, and after w:tblPrEx when there is none', () => {
    const withTrPr = BODY.replace(
      tableXml(false),
      tableXml(false, '<w:trPr><w:cantSplit/><w:tblHeader w:val="0"/></w:trPr>'),
    );
    const withEx = BODY.replace(
      tableXml(false),
      tableXml(false, '<w:tblPrEx><w:tblW w:w="6000" w:type="dxa"/></w:tblPrEx>'),
    );
    for (const body of [withTrPr, withEx]) {
      const before = buildDocx({ body, styles: STYLES });
      const fix = fixesFor(before).filter((e) => e.kind === 'markHeaderRow');
      expect(fix).toHaveLength(1);
      const { bytes, refused } = applyEdits(readDocx(before), fix);
      expect(refused).toEqual([]);
      const t = readDocx(bytes).snapshot.blocks.find((b) => b.kind === 'table');
      expect(t?.kind === 'table' && t.rows.map((r) => r.header)).toEqual([true, false, false]);
      expectValidWml(bytes, ['word/document.xml']);
    }
  });

  it('refuses to mark a row whose text changed since the check', () => {
    const doc = readDocx(buildDocx({ body: BODY, styles: STYLES }));
    const block = doc.snapshot.blocks.findIndex((b) => b.kind === 'table');
    const { refused } = applyEdits(doc, [{ kind: 'markHeaderRow', block, oldText: 'Något\tannat', reason: 'r' }]);
    expect(refused.map((r) => r.reason)).toEqual(['Tabellens första rad har ändrats; den markeras inte.']);
  });
});
