/**
 * Small builders for WordprocessingML body content, as strings with the `w:` prefix and no namespace
 * declarations (the package writer and Word's insertOoxml wrapper declare them). Used by the block
 * renderers (insertion), the TOC rebuild and the test-fixture generator, so that everything the
 * product writes has one shape.
 */

import { headingStyleId } from './style-names';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  /** Half-points, e.g. 20 for 10 pt. */
  size?: number;
  color?: string;
}

export interface ParagraphProps {
  /** Style id, e.g. `Heading1`, `TOC2`, `Rubrik1`. */
  style?: string;
  align?: 'left' | 'center' | 'right' | 'both';
  /** Right tab stop with a dotted leader at this position (twips), as TOC lines have. */
  dottedTabAt?: number;
  /** Left indent in twips. */
  indent?: number;
  /** Space after in twips. */
  spaceAfter?: number;
  keepNext?: boolean;
  outlineLevel?: number;
}

export function rPr(props: RunProps = {}): string {
  const parts: string[] = [];
  if (props.bold) parts.push('<w:b/><w:bCs/>');
  if (props.italic) parts.push('<w:i/><w:iCs/>');
  if (props.color) parts.push(`<w:color w:val="${props.color}"/>`);
  if (props.size) parts.push(`<w:sz w:val="${props.size}"/><w:szCs w:val="${props.size}"/>`);
  return parts.length ? `<w:rPr>${parts.join('')}</w:rPr>` : '';
}

/** A run; "\t" becomes a tab and "\n" a line break. */
export function run(text: string, props: RunProps = {}): string {
  const pieces = text.split(/(\t|\n)/).filter((p) => p !== '');
  const content = pieces
    .map((p) => (p === '\t' ? '<w:tab/>' : p === '\n' ? '<w:br/>' : `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`))
    .join('');
  return `<w:r>${rPr(props)}${content}</w:r>`;
}

export function pPr(props: ParagraphProps = {}): string {
  const parts: string[] = [];
  if (props.style) parts.push(`<w:pStyle w:val="${escapeXml(props.style)}"/>`);
  if (props.keepNext) parts.push('<w:keepNext/>');
  if (props.dottedTabAt)
    parts.push(`<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${props.dottedTabAt}"/></w:tabs>`);
  if (props.spaceAfter !== undefined) parts.push(`<w:spacing w:after="${props.spaceAfter}"/>`);
  if (props.indent) parts.push(`<w:ind w:left="${props.indent}"/>`);
  if (props.align) parts.push(`<w:jc w:val="${props.align}"/>`);
  if (props.outlineLevel !== undefined) parts.push(`<w:outlineLvl w:val="${props.outlineLevel}"/>`);
  return parts.length ? `<w:pPr>${parts.join('')}</w:pPr>` : '';
}

/** A paragraph from plain text or from pre-built runs (strings starting with "<w:"). */
export function para(content: string | string[], props: ParagraphProps = {}, runProps: RunProps = {}): string {
  const runs = Array.isArray(content) ? content.join('') : content === '' ? '' : run(content, runProps);
  return `<w:p>${pPr(props)}${runs}</w:p>`;
}

/** A heading paragraph; Word's built-in heading style of the level unless the document's own id is given. */
export function heading(text: string, level: number, styleId = headingStyleId(level)): string {
  return para(text, { style: styleId, keepNext: true });
}

export interface CellSpec {
  /** Paragraph texts, or raw `<w:p>`/`<w:tbl>` XML when `xml` is true. */
  content: string | string[];
  xml?: boolean;
  bold?: boolean;
  /** Fill colour RRGGBB. */
  shading?: string;
  gridSpan?: number;
  vMerge?: 'restart' | 'continue';
  /** Width in twips. */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export function cell(spec: CellSpec | string): string {
  const s: CellSpec = typeof spec === 'string' ? { content: spec } : spec;
  const props: string[] = [];
  if (s.width) props.push(`<w:tcW w:w="${s.width}" w:type="dxa"/>`);
  if (s.gridSpan && s.gridSpan > 1) props.push(`<w:gridSpan w:val="${s.gridSpan}"/>`);
  if (s.vMerge) props.push(s.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>');
  if (s.shading) props.push(`<w:shd w:val="clear" w:color="auto" w:fill="${s.shading}"/>`);
  const texts = Array.isArray(s.content) ? s.content : [s.content];
  const body = s.xml
    ? texts.join('')
    : texts
        .map((t) => para(t, s.align ? { align: s.align, spaceAfter: 0 } : { spaceAfter: 0 }, { bold: s.bold }))
        .join('');
  // A cell must end with a paragraph (ECMA-376 §17.4.66); Word reports the file as damaged otherwise.
  const safeBody = /<\/w:p>$/.test(body) ? body : body + '<w:p/>';
  return `<w:tc>${props.length ? `<w:tcPr>${props.join('')}</w:tcPr>` : ''}${safeBody}</w:tc>`;
}

export interface RowSpec {
  cells: (CellSpec | string)[];
  header?: boolean;
}

export function row(spec: RowSpec): string {
  const trPr = spec.header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
  return `<w:tr>${trPr}${spec.cells.map(cell).join('')}</w:tr>`;
}

export interface TableSpec {
  /** Column widths in twips; their count is the grid. */
  columns: number[];
  rows: RowSpec[];
  style?: string;
  borders?: boolean;
}

export function tableXml(spec: TableSpec): string {
  const borders =
    spec.borders === false
      ? ''
      : '<w:tblBorders>' +
        ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
          .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`)
          .join('') +
        '</w:tblBorders>';
  const total = spec.columns.reduce((a, b) => a + b, 0);
  const tblPr =
    `<w:tblPr>${spec.style ? `<w:tblStyle w:val="${escapeXml(spec.style)}"/>` : ''}` +
    `<w:tblW w:w="${total}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/>` +
    `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${spec.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  return `<w:tbl>${tblPr}${grid}${spec.rows.map(row).join('')}</w:tbl>`;
}

/**
 * A complex field spanning paragraphs: begin + instruction + separate in the first paragraph, the
 * cached result paragraphs, and end in the last one. `resultParagraphs` are full `<w:p>` strings.
 */
export function complexFieldParagraphs(
  instruction: string,
  resultParagraphs: string[],
  firstProps: ParagraphProps = {},
): string {
  const begin =
    `<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>` +
    `<w:r><w:instrText xml:space="preserve"> ${escapeXml(instruction)} </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`;
  const end = `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  if (resultParagraphs.length === 0) return `<w:p>${pPr(firstProps)}${begin}${end}</w:p>`;
  const out = [...resultParagraphs];
  out[0] = out[0].replace(/^<w:p>((?:<w:pPr>.*?<\/w:pPr>)?)/, (_m, props: string) => `<w:p>${props}${begin}`);
  const last = out.length - 1;
  out[last] = out[last].replace(/<\/w:p>$/, `${end}</w:p>`);
  return out.join('');
}

/** Wraps body content in a block-level content control with a tag (`rapportstod:<type>:<id>`). */
export function contentControl(tag: string, title: string, body: string): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(title)}"/><w:tag w:val="${escapeXml(tag)}"/></w:sdtPr>` +
    `<w:sdtContent>${body}</w:sdtContent></w:sdt>`
  );
}

export const W_NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
