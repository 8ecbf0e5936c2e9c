/**
 * What the fake's `getOoxml()` returns: the OOXML of paragraphs and tables as Word would give it for them
 * (Paragraph.getOoxml and Range.getOoxml, WordApi 1.1: "Gets the Office Open XML (OOXML) representation of
 * the paragraph object", https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph#word-word-paragraph-getooxml-member(1),
 * https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-getooxml-member(1)): a
 * flat-OPC package whose document part holds the content with what the text API loses — a symbol-font
 * character as the `w:sym` it is in the file (Paragraph.text gives "(", office-js #2368, #4477), the grid
 * span and vertical merge of each table cell (`w:gridSpan`, `w:vMerge`, which `Table.values` does not
 * show), grid columns a row skips (`w:gridBefore`), shading, header rows and numbering.
 */
import { escapeXml, rPr } from '../../core/ooxml/builders';
import type { Cell, Paragraph, Table } from '../../core/snapshot';
import { wrapInPackage } from '../ooxml-package';
import type { Node } from './document';

/** U+F020–U+F0FF: a symbol font's characters, as the .docx reader gives w:sym (see symbolsAsWord). */
const SYMBOL = /([\uf020-\uf0ff])/;

function runXml(text: string, bold: boolean, italic: boolean): string {
  const props = rPr({ bold, italic });
  return text
    .split(SYMBOL)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (SYMBOL.test(piece)) {
        const code = piece.charCodeAt(0).toString(16).toUpperCase();
        return `<w:r>${props}<w:sym w:font="Wingdings" w:char="${code}"/></w:r>`;
      }
      const content = piece
        .split(/(\t|\n)/)
        .filter((p) => p !== '')
        .map((p) =>
          p === '\t' ? '<w:tab/>' : p === '\n' ? '<w:br/>' : `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`,
        )
        .join('');
      return `<w:r>${props}${content}</w:r>`;
    })
    .join('');
}

function paragraphXml(p: Paragraph): string {
  const props: string[] = [];
  if (p.styleId) props.push(`<w:pStyle w:val="${escapeXml(p.styleId)}"/>`);
  if (p.numbering)
    props.push(
      `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${escapeXml(p.numbering.numId || '1')}"/></w:numPr>`,
    );
  // The runs when they spell the paragraph's text (they do as the .docx reader reads them), else one run.
  const runs =
    p.runs.map((r) => r.text).join('') === p.text ? p.runs : [{ text: p.text, bold: p.bold, italic: p.italic }];
  return `<w:p>${props.length ? `<w:pPr>${props.join('')}</w:pPr>` : ''}${runs.map((r) => runXml(r.text, r.bold, r.italic)).join('')}</w:p>`;
}

function cellXml(c: Cell): string {
  const props: string[] = [];
  if (c.gridSpan > 1) props.push(`<w:gridSpan w:val="${c.gridSpan}"/>`);
  if (c.vMerge) props.push(c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>');
  if (c.shading) props.push(`<w:shd w:val="clear" w:color="auto" w:fill="${escapeXml(c.shading)}"/>`);
  const content = [...c.paragraphs.map(paragraphXml), ...c.tables.map(tableXml)];
  return `<w:tc>${props.length ? `<w:tcPr>${props.join('')}</w:tcPr>` : ''}${content.join('') || '<w:p/>'}</w:tc>`;
}

function tableXml(t: Table): string {
  const style = t.styleId ? `<w:tblStyle w:val="${escapeXml(t.styleId)}"/>` : '';
  const grid = '<w:gridCol w:w="2000"/>'.repeat(Math.max(1, t.columnCount));
  const rows = t.rows
    .map((r) => {
      // A row whose first cell stands further in skips grid columns (w:gridBefore), as in the file.
      const before = r.cells[0]?.gridColumn ?? 0;
      const props = `${before > 0 ? `<w:gridBefore w:val="${before}"/>` : ''}${r.header ? '<w:tblHeader/>' : ''}`;
      return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${r.cells.map(cellXml).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr>${style}<w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

/** The flat-OPC package of these body nodes, as Word's getOoxml gives it. */
export function ooxmlOf(nodes: readonly Node[]): string {
  return wrapInPackage(nodes.map((n) => (n.kind === 'paragraph' ? paragraphXml(n) : tableXml(n))).join(''));
}
