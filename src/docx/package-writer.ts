/**
 * Writes a complete .docx package around a WordprocessingML body. Used by the test-fixture generator,
 * by tests that need a real file and by the CLI when it writes a new document.
 *
 * The package is deliberately close to what Word itself writes (styles with outline levels, TOC styles
 * with dotted right tabs, a footer with a PAGE field, core/app properties), so that LibreOffice and Word
 * open it without a repair prompt and a reader sees the same style information it would see in a real
 * exported report.
 */
import { zipSync, strToU8 } from 'fflate';
import { W_NAMESPACES, escapeXml } from '../core/ooxml/builders';
import { orderSettingsChildren } from './settings';
import { builtInStyle, styleIdFromName } from '../core/ooxml/style-names';

export type StyleFlavour = 'english' | 'swedish' | 'swedish-names';

export interface CreateDocxOptions {
  /**
   * Style ids/names to write. `english`: Word's built-in ids (`Heading1`). `swedish`: a Swedish Word's
   * localised ids (`Rubrik1`) with the built-in English names (`heading 1`), which is what Swedish Word
   * normally saves. `swedish-names`: localised ids and localised names (`Rubrik 1`), as some
   * converters and older templates write them.
   */
  styles?: StyleFlavour;
  /** Sets `w:updateFields` in settings.xml so Word offers to refresh fields (TOC, PAGE) on open. */
  updateFields?: boolean;
  /** Document title for docProps/core.xml. */
  title?: string;
  /** Author (dc:creator) for docProps/core.xml; `Rapportstöd` when left out. */
  author?: string;
}

/** Logical style keys used by the generator, mapped to the style id each flavour writes. */
export type StyleKey =
  | 'Normal'
  | 'Title'
  | 'Heading1'
  | 'Heading2'
  | 'Heading3'
  | 'TOC1'
  | 'TOC2'
  | 'TOC3'
  | 'TOCHeading'
  | 'Footer'
  | 'TableGrid'
  | 'ReportTable';

interface StyleNaming {
  id: string;
  /** Built-in English name (what Word writes as w:name for built-in styles). */
  name: string;
  /** Swedish UI name. */
  svName: string;
  /** Localised id of a Swedish Word (non-ASCII letters dropped, as Word does). */
  svId: string;
}

/** A built-in style's naming from the one Swedish↔built-in mapping (src/core/ooxml/style-names.ts). */
function builtIn(id: string): StyleNaming {
  const s = builtInStyle(id);
  if (!s) throw new Error(`${id} är ingen inbyggd formatmall i style-names.ts`);
  return { id: s.id, name: s.name, svName: s.svName, svId: styleIdFromName(s.svName) };
}

const NAMING: Record<StyleKey, StyleNaming> = {
  Normal: builtIn('Normal'),
  Title: builtIn('Title'),
  Heading1: builtIn('Heading1'),
  Heading2: builtIn('Heading2'),
  Heading3: builtIn('Heading3'),
  TOC1: builtIn('TOC1'),
  TOC2: builtIn('TOC2'),
  TOC3: builtIn('TOC3'),
  TOCHeading: builtIn('TOCHeading'),
  Footer: builtIn('Footer'),
  TableGrid: builtIn('TableGrid'),
  // A custom style: Word keeps custom ids and names as the author typed them, in any language.
  ReportTable: { id: 'Rapporttabell', name: 'Rapporttabell', svName: 'Rapporttabell', svId: 'Rapporttabell' },
};

/** The style id a flavour writes for a logical style, e.g. `styleId('Heading1', 'swedish') === 'Rubrik1'`. */
export function styleId(key: StyleKey, flavour: StyleFlavour = 'english'): string {
  const n = NAMING[key];
  return flavour === 'english' ? n.id : n.svId;
}

/** All style ids of a flavour, for generators that build body XML before packaging. */
export function styleIds(flavour: StyleFlavour = 'english'): Record<StyleKey, string> {
  const out = {} as Record<StyleKey, string>;
  for (const key of Object.keys(NAMING) as StyleKey[]) out[key] = styleId(key, flavour);
  return out;
}

function styleName(key: StyleKey, flavour: StyleFlavour): string {
  return flavour === 'swedish-names' ? NAMING[key].svName : NAMING[key].name;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// A4 in twips, with 2,5 cm side margins: the text width (11906 − 2 × 1418 = 9070) is what the
// fixture generator sizes its tables to.
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;
export const MARGIN_LEFT = 1418;
export const MARGIN_RIGHT = 1418;
export const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

function contentTypes(): string {
  return (
    XML_DECL +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

function rootRels(): string {
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    '</Relationships>'
  );
}

function documentRels(): string {
  return (
    XML_DECL +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' +
    '</Relationships>'
  );
}

function sectPr(): string {
  return (
    '<w:sectPr><w:footerReference w:type="default" r:id="rId3"/>' +
    `<w:pgSz w:w="${PAGE_WIDTH}" w:h="${PAGE_HEIGHT}"/>` +
    `<w:pgMar w:top="1418" w:right="${MARGIN_RIGHT}" w:bottom="1418" w:left="${MARGIN_LEFT}" w:header="709" w:footer="567" w:gutter="0"/>` +
    '<w:cols w:space="708"/></w:sectPr>'
  );
}

function documentXml(bodyXml: string): string {
  // The body may already end with its own sectPr (a caller copying a document); keep it then.
  const body = /<w:sectPr[\s>]/.test(bodyXml.slice(-2000)) ? bodyXml : bodyXml + sectPr();
  return XML_DECL + `<w:document ${W_NAMESPACES}><w:body>${body}</w:body></w:document>`;
}

function footerXml(flavour: StyleFlavour): string {
  return (
    XML_DECL +
    `<w:ftr ${W_NAMESPACES}><w:p><w:pPr><w:pStyle w:val="${styleId('Footer', flavour)}"/><w:jc w:val="right"/></w:pPr>` +
    '<w:r><w:t xml:space="preserve">Sid </w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
    '</w:p></w:ftr>'
  );
}

function paragraphStyle(
  key: StyleKey,
  flavour: StyleFlavour,
  body: { pPr?: string; rPr?: string; basedOn?: StyleKey; next?: StyleKey; uiPriority?: number; isDefault?: boolean },
): string {
  const based = body.basedOn ? `<w:basedOn w:val="${styleId(body.basedOn, flavour)}"/>` : '';
  const next = body.next ? `<w:next w:val="${styleId(body.next, flavour)}"/>` : '';
  const prio = body.uiPriority !== undefined ? `<w:uiPriority w:val="${body.uiPriority}"/>` : '';
  return (
    `<w:style w:type="paragraph"${body.isDefault ? ' w:default="1"' : ''} w:styleId="${styleId(key, flavour)}">` +
    `<w:name w:val="${escapeXml(styleName(key, flavour))}"/>${based}${next}${prio}<w:qFormat/>` +
    (body.pPr ? `<w:pPr>${body.pPr}</w:pPr>` : '') +
    (body.rPr ? `<w:rPr>${body.rPr}</w:rPr>` : '') +
    '</w:style>'
  );
}

const TOC_TAB = `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${TEXT_WIDTH}"/></w:tabs>`;

function stylesXml(flavour: StyleFlavour): string {
  const font = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>';
  const heading = (key: StyleKey, level: number, size: number, before: number): string =>
    paragraphStyle(key, flavour, {
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 9,
      pPr: `<w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="120"/><w:outlineLvl w:val="${level - 1}"/>`,
      rPr: `<w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`,
    });
  const toc = (key: StyleKey, indent: number): string =>
    paragraphStyle(key, flavour, {
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      pPr: `${TOC_TAB}<w:spacing w:after="60"/>${indent ? `<w:ind w:left="${indent}"/>` : ''}`,
    });
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`;
  const tableBorders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  return (
    XML_DECL +
    `<w:styles ${W_NAMESPACES}>` +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    font +
    '<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="sv-SE" w:eastAsia="en-US" w:bidi="ar-SA"/>' +
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    paragraphStyle('Normal', flavour, { isDefault: true, rPr: '<w:sz w:val="20"/><w:szCs w:val="20"/>' }) +
    paragraphStyle('Title', flavour, {
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 10,
      pPr: '<w:spacing w:before="240" w:after="240"/><w:contextualSpacing/>',
      rPr: '<w:b/><w:bCs/><w:sz w:val="36"/><w:szCs w:val="36"/>',
    }) +
    heading('Heading1', 1, 28, 360) +
    heading('Heading2', 2, 24, 240) +
    heading('Heading3', 3, 22, 200) +
    paragraphStyle('TOCHeading', flavour, {
      basedOn: 'Heading1',
      next: 'Normal',
      uiPriority: 39,
      // Outline level 9 ("body text") keeps the TOC heading itself out of the TOC, as Word's does.
      pPr: '<w:outlineLvl w:val="9"/>',
    }) +
    toc('TOC1', 0) +
    toc('TOC2', 220) +
    toc('TOC3', 440) +
    paragraphStyle('Footer', flavour, {
      basedOn: 'Normal',
      uiPriority: 99,
      pPr: '<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0"/>',
      rPr: '<w:sz w:val="16"/><w:szCs w:val="16"/>',
    }) +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    `<w:style w:type="table" w:styleId="${styleId('TableGrid', flavour)}"><w:name w:val="${escapeXml(styleName('TableGrid', flavour))}"/>` +
    `<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:tblPr><w:tblBorders>${tableBorders}</w:tblBorders></w:tblPr></w:style>` +
    `<w:style w:type="table" w:customStyle="1" w:styleId="${styleId('ReportTable', flavour)}"><w:name w:val="${escapeXml(styleName('ReportTable', flavour))}"/>` +
    `<w:basedOn w:val="${styleId('TableGrid', flavour)}"/><w:uiPriority w:val="99"/>` +
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>' +
    `<w:tblPr><w:tblBorders>${tableBorders}</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>' +
    '</w:style>' +
    '</w:styles>'
  );
}

function settingsXml(updateFields: boolean): string {
  // Built from named children and put in CT_Settings order: w:updateFields belongs after
  // w:defaultTabStop and w:characterSpacingControl, and Word rejects a part that has it earlier.
  const children: [string, string][] = [
    ['zoom', '<w:zoom w:percent="100"/>'],
    ['defaultTabStop', '<w:defaultTabStop w:val="1304"/>'],
    ['characterSpacingControl', '<w:characterSpacingControl w:val="doNotCompress"/>'],
    [
      'compat',
      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>',
    ],
    ['themeFontLang', '<w:themeFontLang w:val="sv-SE"/>'],
    ['decimalSymbol', '<w:decimalSymbol w:val=","/>'],
    ['listSeparator', '<w:listSeparator w:val=";"/>'],
  ];
  if (updateFields) children.push(['updateFields', '<w:updateFields w:val="true"/>']);
  return XML_DECL + `<w:settings ${W_NAMESPACES}>` + orderSettingsChildren(children) + '</w:settings>';
}

// Fixed so that regenerating a document gives identical bytes (fixtures are committed and compared).
const FIXED_TIME = '2021-02-01T08:00:00Z';

function coreXml(title: string, author: string): string {
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(author)}</dc:creator><cp:lastModifiedBy>Rapportstöd</cp:lastModifiedBy>` +
    '<dc:language>sv-SE</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${FIXED_TIME}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(): string {
  return (
    XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion>' +
    '</Properties>'
  );
}

/**
 * A complete .docx from body XML (`w:`-prefixed paragraphs and tables, as the builders in
 * `src/core/ooxml/builders.ts` produce). Deterministic: the same input gives the same bytes.
 */
export function createDocx(bodyXml: string, options: CreateDocxOptions = {}): Uint8Array {
  const flavour = options.styles ?? 'english';
  // Local-time components, so the DOS timestamps in the zip do not depend on the machine's time zone.
  const mtime = new Date(2021, 1, 1, 8, 0, 0);
  const file = (xml: string): [Uint8Array, { mtime: Date }] => [strToU8(xml), { mtime }];
  return zipSync(
    {
      '[Content_Types].xml': file(contentTypes()),
      '_rels/.rels': file(rootRels()),
      'word/document.xml': file(documentXml(bodyXml)),
      'word/_rels/document.xml.rels': file(documentRels()),
      'word/styles.xml': file(stylesXml(flavour)),
      'word/settings.xml': file(settingsXml(options.updateFields ?? false)),
      'word/footer1.xml': file(footerXml(flavour)),
      'docProps/core.xml': file(coreXml(options.title ?? '', options.author ?? 'Rapportstöd')),
      'docProps/app.xml': file(appXml()),
    },
    { level: 6, mtime },
  );
}
