/**
 * docProps/core.xml, the package's core properties (ECMA-376 Part 2, §11): the title (dc:title) and
 * author (dc:creator) that Word shows under Arkiv > Info and that screen readers announce. Read for
 * the accessibility check; the title is written by its fix, creating the part (with its content type
 * and package relationship) when the package has none.
 */
import type { DocProperties } from '../core/snapshot';
import { escapeXml } from '../core/ooxml/builders';
import { readRelationships, relTypeIs } from './relationships';
import { attr, parseXml, parseXmlBytes, type XmlElement } from './xml';

export const CORE_PROPERTIES_TYPE =
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
export const CORE_PROPERTIES_CONTENT_TYPE = 'application/vnd.openxmlformats-package.core-properties+xml';
const DC = 'http://purl.org/dc/elements/1.1/';
const CP = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';

/** The core properties part named by the package relationships, else Word's usual place if present. */
export function findCorePropertiesPart(parts: Map<string, Uint8Array>): string | null {
  const rels = readRelationships(parts.get('_rels/.rels'), '', '_rels/.rels');
  const rel = rels.find((r) => !r.external && relTypeIs(r, 'core-properties'));
  if (rel && parts.has(rel.target)) return rel.target;
  return parts.has('docProps/core.xml') ? 'docProps/core.xml' : null;
}

/** dc:title and dc:creator, blank ones as null. */
export function readCoreProperties(bytes: Uint8Array | undefined, part: string): DocProperties {
  const out: DocProperties = { title: null, author: null };
  if (!bytes) return out;
  let current: 'title' | 'author' | null = null;
  let text = '';
  parseXmlBytes(bytes, part, {
    open(el, depth) {
      if (depth !== 1) return;
      current = el.local === 'title' ? 'title' : el.local === 'creator' ? 'author' : null;
      text = '';
    },
    text(t, depth) {
      if (depth === 1 && current) text += t;
    },
    close(el, depth) {
      if (depth !== 1 || !current) return;
      const value = text.replace(/\s+/g, ' ').trim();
      out[current] = value === '' ? null : value;
      current = null;
    },
  });
  return out;
}

/** A new core properties part holding the title (and nothing the author did not give). */
export function newCorePropertiesXml(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    `<cp:coreProperties xmlns:cp="${CP}" xmlns:dc="${DC}">` +
    `<dc:title>${escapeXml(title)}</dc:title></cp:coreProperties>`
  );
}

/**
 * Sets dc:title in an existing part's text: the element's content is replaced, or a new element goes
 * first inside the root (CT_CoreProperties is an xsd:all, so any place is valid). The new element
 * declares the Dublin Core namespace itself, so it is right whatever prefixes the part uses.
 */
export function setCoreTitleXml(text: string, part: string, title: string): string {
  let root: XmlElement | null = null;
  let existing: XmlElement | null = null;
  parseXml(text, part, {
    open(el, depth) {
      if (depth === 0) root = el;
      if (depth === 1 && el.local === 'title' && !existing) existing = el;
    },
  });
  const r = root as XmlElement | null;
  if (!r || r.local !== 'coreProperties') throw new Error('core.xml has no cp:coreProperties root');
  const found = existing as XmlElement | null;
  if (found) {
    const tag = found.name;
    const open = text.slice(found.start, found.openEnd).replace(/\s*\/>$/, '>');
    return text.slice(0, found.start) + open + escapeXml(title) + `</${tag}>` + text.slice(found.end);
  }
  if (r.selfClosing) {
    const open = text.slice(r.start, r.openEnd).replace(/\s*\/>$/, '>');
    return (
      text.slice(0, r.start) +
      open +
      `<dc:title xmlns:dc="${DC}">${escapeXml(title)}</dc:title></${r.name}>` +
      text.slice(r.end)
    );
  }
  return text.slice(0, r.openEnd) + `<dc:title xmlns:dc="${DC}">${escapeXml(title)}</dc:title>` + text.slice(r.openEnd);
}

/** Adds the content type override for a part when [Content_Types].xml has none for it. */
export function withContentTypeOverride(text: string, partName: string, contentType: string): string {
  let has = false;
  let rootEnd = -1;
  parseXml(text, '[Content_Types].xml', {
    open(el) {
      if (el.local === 'Override' && (attr(el, 'PartName') ?? '').toLowerCase() === `/${partName}`.toLowerCase())
        has = true;
    },
    close(el, depth) {
      if (depth === 0) rootEnd = el.end;
    },
  });
  if (has) return text;
  const at = text.lastIndexOf('</', rootEnd);
  return text.slice(0, at) + `<Override PartName="/${partName}" ContentType="${contentType}"/>` + text.slice(at);
}

/** Adds a package relationship of a type to a target when `_rels/.rels` has none of that type. */
export function withPackageRelationship(text: string, type: string, target: string): string {
  const ids = new Set<string>();
  let has = false;
  let rootEnd = -1;
  parseXml(text, '_rels/.rels', {
    open(el) {
      if (el.local !== 'Relationship') return;
      ids.add(attr(el, 'Id') ?? '');
      if (attr(el, 'Type') === type) has = true;
    },
    close(el, depth) {
      if (depth === 0) rootEnd = el.end;
    },
  });
  if (has) return text;
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const at = text.lastIndexOf('</', rootEnd);
  return text.slice(0, at) + `<Relationship Id="rId${n}" Type="${type}" Target="${target}"/>` + text.slice(at);
}
