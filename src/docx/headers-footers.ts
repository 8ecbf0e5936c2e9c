/**
 * Page headers and footers (`word/header*.xml`, `word/footer*.xml`): each section's references from its
 * w:sectPr, resolved through the main part's relationships and read with the body's element readers.
 * In the city's tjänsteutlåtande template the Dnr, the date and "Sid 1 (15)" stand in the first page's
 * header, so the front matter is looked for there too. A first-page header counts only where the
 * section has w:titlePg, as Word shows it only then.
 */
import type { HeaderFooter, Paragraph } from '../core/snapshot';
import { ReadContext } from './body/context';
import { readStoryParagraphs } from './body/text-box';
import type { SectionRefs } from './document';
import { ListCounter, type Numbering } from './numbering';
import type { Read } from './read-result';
import type { Relationship } from './relationships';
import type { Styles } from './styles';
import { decodeXml } from './xml';
import { parseXmlTree } from './xml-tree';
import { DocxError } from './errors';

function readPart(bytes: Uint8Array, part: string, styles: Styles, numbering: Numbering | null): Paragraph[] {
  const text = decodeXml(bytes).text;
  const root = parseXmlTree(text, part);
  const ctx = new ReadContext(text, styles, () => 0, {
    recordFields: false,
    lists: numbering ? new ListCounter(numbering, styles) : null,
  });
  const boxes: Paragraph[] = [];
  ctx.onTextBox = (paragraphs) => boxes.push(...paragraphs);
  // A header's text boxes ("Sid 1 (15)" in a frame) are part of what the header shows.
  return [...readStoryParagraphs(root, ctx), ...boxes];
}

export function readHeadersFooters(
  sections: readonly SectionRefs[],
  rels: readonly Relationship[],
  parts: ReadonlyMap<string, Uint8Array>,
  styles: Styles,
  numbering: Numbering | null,
): Read<HeaderFooter[]> {
  const value: HeaderFooter[] = [];
  const warnings: string[] = [];
  const cache = new Map<string, Paragraph[] | null>();
  sections.forEach((section, index) => {
    for (const ref of section.refs) {
      if (ref.type === 'first' && !section.titlePage) continue;
      const rel = rels.find((r) => r.id === ref.rId && !r.external);
      const bytes = rel ? parts.get(rel.target) : undefined;
      if (!rel || !bytes) continue;
      let paragraphs = cache.get(rel.target);
      if (paragraphs === undefined) {
        try {
          paragraphs = readPart(bytes, rel.target, styles, numbering);
        } catch (e) {
          if (!(e instanceof DocxError)) throw e;
          paragraphs = null;
          warnings.push(`Ett sidhuvud eller en sidfot (${rel.target}) kunde inte läsas; dess text kontrolleras inte.`);
        }
        cache.set(rel.target, paragraphs);
      }
      // A header with no text (an empty first-page footer) says nothing; Word's reader leaves it out too.
      if (paragraphs && paragraphs.some((p) => p.text.trim() !== ''))
        value.push({ kind: ref.kind, type: ref.type, section: index, paragraphs });
    }
  });
  // The order the Word adapter reads them in (per section: headers, then footers; default, first, even),
  // so a story's index means the same in both adapters.
  const rank = (h: HeaderFooter): number =>
    (h.kind === 'header' ? 0 : 3) + ['default', 'first', 'even'].indexOf(h.type);
  value.sort((a, b) => a.section - b.section || rank(a) - rank(b));
  return { value, warnings };
}
