/**
 * Page headers and footers (`word/header*.xml`, `word/footer*.xml`) as Word shows them: for each section
 * and type, the part its w:sectPr references, resolved through the main part's relationships and read
 * with the body's element readers. In the city's tjänsteutlåtande template the Dnr, the date and
 * "Sid 1 (15)" stand in the first page's header, so the front matter is looked for there too.
 *
 * Which header a section shows (ISO/IEC 29500-1 §17.10.5 headerReference, §17.10.6 titlePg, §17.10.1
 * evenAndOddHeaders):
 * - a section without its own reference of a type inherits the previous section's of that type (Word's
 *   "Länka till föregående"), so a later section shows the first section's header without naming it;
 * - the first-page header is shown only where the section has w:titlePg (it may be inherited from a
 *   section that did not show it); the even-page header only when settings.xml has w:evenAndOddHeaders.
 * A story Word shows in several sections is listed once, where it first shows (distinctHeadersFooters),
 * so a placeholder in it is one finding.
 */
import { distinctHeadersFooters } from '../core/distinct-headers-footers';
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

type Kind = HeaderFooter['kind'];
type Type = HeaderFooter['type'];

// The order the Word adapter reads them in (per section: headers, then footers; default, first, even),
// so a story's index means the same in both adapters.
const KINDS: readonly Kind[] = ['header', 'footer'];
const TYPES: readonly Type[] = ['default', 'first', 'even'];

export interface HeaderFooterSettings {
  /** settings.xml w:evenAndOddHeaders: even pages show the even-page header. */
  evenAndOddHeaders: boolean;
}

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

/** Whether a section shows a header or footer of this type at all. */
function shown(type: Type, section: SectionRefs, settings: HeaderFooterSettings): boolean {
  if (type === 'first') return section.titlePage;
  if (type === 'even') return settings.evenAndOddHeaders;
  return true;
}

export function readHeadersFooters(
  sections: readonly SectionRefs[],
  rels: readonly Relationship[],
  parts: ReadonlyMap<string, Uint8Array>,
  styles: Styles,
  numbering: Numbering | null,
  settings: HeaderFooterSettings = { evenAndOddHeaders: false },
): Read<HeaderFooter[]> {
  const value: HeaderFooter[] = [];
  const warnings: string[] = [];
  const cache = new Map<string, Paragraph[] | null>();
  const read = (target: string, bytes: Uint8Array): Paragraph[] | null => {
    let paragraphs = cache.get(target);
    if (paragraphs === undefined) {
      try {
        paragraphs = readPart(bytes, target, styles, numbering);
      } catch (e) {
        if (!(e instanceof DocxError)) throw e;
        paragraphs = null;
        warnings.push(`Ett sidhuvud eller en sidfot (${target}) kunde inte läsas; dess text kontrolleras inte.`);
      }
      cache.set(target, paragraphs);
    }
    return paragraphs;
  };
  // The reference in effect per kind and type: the section's own, else the one it inherits.
  const inEffect = new Map<string, string>();
  sections.forEach((section, index) => {
    const own = new Map<string, string>();
    // The first reference of a kind and type counts, should a section name two.
    for (const ref of section.refs)
      if (!own.has(`${ref.kind}:${ref.type}`)) own.set(`${ref.kind}:${ref.type}`, ref.rId);
    for (const [key, rId] of own) inEffect.set(key, rId);
    for (const kind of KINDS) {
      for (const type of TYPES) {
        const rId = inEffect.get(`${kind}:${type}`);
        if (rId === undefined || !shown(type, section, settings)) continue;
        const rel = rels.find((r) => r.id === rId && !r.external);
        const bytes = rel ? parts.get(rel.target) : undefined;
        if (!rel || !bytes) continue;
        const paragraphs = read(rel.target, bytes);
        // A header with no text (an empty first-page footer) says nothing; Word's reader leaves it out too.
        if (paragraphs && paragraphs.some((p) => p.text.trim() !== ''))
          value.push({ kind, type, section: index, paragraphs });
      }
    }
  });
  return { value: distinctHeadersFooters(value), warnings };
}
