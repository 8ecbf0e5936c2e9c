/**
 * A TOC rebuild replaces exactly the field: Word's layouts where the field shares a paragraph with a
 * title or a heading (the "Executive Summary" whose paragraph starts with the field's end mark) keep
 * that text, its properties and its bookmarks. The result is checked as text and, where xmllint and the
 * schemas are present, against ISO/IEC 29500.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { parseReport } from '../core/parse/index';
import { rebuildTocEdits, tocHeadings, tocLinesFor } from '../core/toc';
import { sharedPath } from '../../test/support/shared';
import { applyEdits, readDocx } from './index';
import { buildDocx, documentXml, settingsXml, stylesXml } from './test-support';

const STYLES = stylesXml(
  [1, 2]
    .map(
      (n) =>
        `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`,
    )
    .join('') +
    [1, 2].map((n) => `<w:style w:type="paragraph" w:styleId="TOC${n}"><w:name w:val="toc ${n}"/></w:style>`).join(''),
);

const begin = (instr: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
const end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
const t = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tab = '<w:r><w:tab/></w:r>';
const tocLine = (text: string, page: string, lead = '', tail = ''): string =>
  `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${lead}${t(text)}${tab}${t(page)}${tail}</w:p>`;
const heading = (text: string, mark: string, lead = ''): string =>
  `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${lead}<w:bookmarkStart w:id="${mark.length}" w:name="${mark}"/>${t(text)}<w:bookmarkEnd w:id="${mark.length}"/></w:p>`;

function rebuild(body: string): {
  before: ReturnType<typeof readDocx>;
  after: ReturnType<typeof readDocx>;
  xml: string;
} {
  const before = readDocx(buildDocx({ body, styles: STYLES, settings: settingsXml('') }));
  const report = parseReport(before.snapshot);
  const toc = report.toc;
  if (!toc) throw new Error('no TOC found');
  const edits = rebuildTocEdits(toc, before.snapshot, tocLinesFor(tocHeadings(report, toc, before.snapshot), toc));
  const result = applyEdits(before, edits);
  expect(result.refused).toEqual([]);
  const xml = new TextDecoder().decode(unzipSync(result.bytes)['word/document.xml']);
  return { before, after: readDocx(result.bytes), xml };
}

const texts = (doc: ReturnType<typeof readDocx>): string[] =>
  doc.snapshot.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '[tabell]'));

/** Validates the document part against the WordprocessingML schema when xmllint and the schemas are here. */
function expectSchemaValid(xml: string): void {
  const xsd = sharedPath('ooxml-schemas', 'ISO-IEC29500-4_2016', 'wml.xsd');
  let hasXmllint = true;
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
  } catch {
    hasXmllint = false;
  }
  if (!xsd || !hasXmllint) {
    console.warn('[rapportstod tests] xmllint eller ../shared/ooxml-schemas saknas: schemakontrollen hoppas över.');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rapportstod-region-'));
  const file = join(dir, 'document.xml');
  writeFileSync(file, xml);
  expect(() => execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: 'pipe' })).not.toThrow();
}

describe('a TOC field sharing paragraphs with other text', () => {
  it('keeps the heading whose paragraph starts with the field end mark, with its bookmark (Word\u2019s "Executive Summary")', () => {
    const body =
      heading('Contents', '_Toc1') +
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>${begin('TOC \\h \\z \\t "Heading 1,1"')}${t('Contents')}${tab}${t('1')}</w:p>` +
      tocLine('Old chapter', '2') +
      heading('Executive Summary', '_Toc2', end) +
      '<w:p><w:r><w:t>Write this section last.</w:t></w:r></w:p>' +
      heading('Market', '_Toc3');
    const { before, after, xml } = rebuild(body);
    expect(texts(before)).toEqual([
      'Contents',
      'Contents\t1',
      'Old chapter\t2',
      'Executive Summary',
      'Write this section last.',
      'Market',
    ]);
    expect(texts(after)).toEqual([
      'Contents',
      'Contents\t1',
      'Executive Summary',
      'Market',
      'Executive Summary',
      'Write this section last.',
      'Market',
    ]);
    for (const mark of ['_Toc1', '_Toc2', '_Toc3']) expect(xml).toContain(`w:name="${mark}"`);
    // The heading keeps its own paragraph properties; the field ends in the last new line.
    expect(xml).toMatch(
      /<w:fldChar w:fldCharType="end"\/><\/w:r><\/w:p><w:p><w:pPr><w:pStyle w:val="Heading1"\/><\/w:pPr><w:bookmarkStart w:id="5" w:name="_Toc2"\/>/,
    );
    expect(xml).toContain('TOC \\h \\z \\t &quot;Heading 1,1&quot;');
    expectSchemaValid(xml);
  });

  it('keeps a title written before the begin mark in the same paragraph, and its bookmark', () => {
    const body =
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:bookmarkStart w:id="9" w:name="innehall"/>${t('Innehållsförteckning')}<w:bookmarkEnd w:id="9"/>${begin('TOC \\o "1-2" \\h')}${t('Gammal rubrik')}${tab}${t('3')}</w:p>` +
      tocLine('Övrigt', '4', '', end) +
      heading('Sammanfattande analys', '_Toc4') +
      heading('Övrigt', '_Toc5');
    const { after, xml } = rebuild(body);
    expect(texts(after)).toEqual([
      'Innehållsförteckning',
      'Sammanfattande analys',
      'Övrigt\t4',
      'Sammanfattande analys',
      'Övrigt',
    ]);
    expect(xml).toContain('w:name="innehall"');
    expect(xml).toContain('TOC \\o &quot;1-2&quot; \\h');
    expectSchemaValid(xml);
  });

  it('keeps bookmarks that stood inside the replaced lines', () => {
    const body =
      heading('Innehåll', '_Toc6') +
      tocLine(
        'Ett',
        '1',
        begin('TOC \\o "1-3" \\h \\z \\u') + '<w:bookmarkStart w:id="20" w:name="_GoBack"/><w:bookmarkEnd w:id="20"/>',
      ) +
      tocLine('Två', '2', '', end) +
      heading('Ett', '_Toc7') +
      heading('Två', '_Toc8');
    const { after, xml } = rebuild(body);
    expect(texts(after)).toEqual(['Innehåll', 'Innehåll', 'Ett\t1', 'Två\t2', 'Ett', 'Två']);
    expect(xml).toContain('w:name="_GoBack"');
    expectSchemaValid(xml);
  });

  it('refuses rather than guesses when the field cannot be delimited (its end inside a hyperlink)', () => {
    const body =
      heading('Innehåll', '_Toc6') +
      tocLine('Ett', '1', begin('TOC \\o "1-3" \\h')) +
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:hyperlink w:anchor="_Toc7">${t('Två')}${end}</w:hyperlink></w:p>` +
      heading('Ett', '_Toc7');
    const before = readDocx(buildDocx({ body, styles: STYLES, settings: settingsXml('') }));
    const report = parseReport(before.snapshot);
    const toc = report.toc;
    if (!toc) throw new Error('no TOC');
    const edits = rebuildTocEdits(toc, before.snapshot, tocLinesFor(tocHeadings(report, toc, before.snapshot), toc));
    const result = applyEdits(before, edits);
    expect(result.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/kunde inte avgränsas säkert/)]);
    expect(new TextDecoder().decode(unzipSync(result.bytes)['word/document.xml'])).toBe(documentXml(body));
  });
});
