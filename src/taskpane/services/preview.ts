/**
 * Turns the WordprocessingML a block renders into a small preview model (paragraphs and tables of
 * text), so the Infoga tab shows exactly what will be inserted rather than a second rendering.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type PreviewItem =
  | { kind: 'paragraph'; text: string; bold: boolean }
  | { kind: 'table'; rows: { header: boolean; cells: { text: string; span: number }[] }[] };

function textOf(el: Element): string {
  let out = '';
  for (const node of Array.from(el.getElementsByTagNameNS(W, '*'))) {
    if (node.localName === 't') out += node.textContent ?? '';
    else if (node.localName === 'tab') out += '\t';
    else if (node.localName === 'br') out += '\n';
  }
  return out;
}

function paragraphs(el: Element): string {
  return Array.from(el.children)
    .filter((c) => c.namespaceURI === W && c.localName === 'p')
    .map(textOf)
    .join('\n');
}

export function previewOoxml(ooxml: string): PreviewItem[] {
  const doc = new DOMParser().parseFromString(`<w:body xmlns:w="${W}">${ooxml}</w:body>`, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length)
    throw new Error('Förhandsvisningen kunde inte läsa innehållet (ogiltig XML).');
  const items: PreviewItem[] = [];
  collect(Array.from(doc.documentElement.children), items);
  return items;
}

function collect(elements: Element[], items: PreviewItem[]): void {
  for (const el of elements) {
    if (el.localName === 'sdt') {
      // Inserted blocks are wrapped in a content control: preview its content.
      const content = Array.from(el.children).find((c) => c.localName === 'sdtContent');
      if (content) collect(Array.from(content.children), items);
    } else if (el.localName === 'p') {
      const text = textOf(el);
      if (text.trim()) items.push({ kind: 'paragraph', text, bold: el.getElementsByTagNameNS(W, 'b').length > 0 });
    } else if (el.localName === 'tbl') {
      const rows = Array.from(el.children)
        .filter((r) => r.localName === 'tr')
        .map((tr) => ({
          header: tr.getElementsByTagNameNS(W, 'tblHeader').length > 0,
          cells: Array.from(tr.children)
            .filter((c) => c.localName === 'tc')
            .map((tc) => {
              const span = tc.getElementsByTagNameNS(W, 'gridSpan')[0]?.getAttributeNS(W, 'val');
              return { text: paragraphs(tc), span: span ? Number(span) : 1 };
            }),
        }));
      items.push({ kind: 'table', rows });
    }
  }
}
