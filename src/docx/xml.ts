/**
 * One-pass XML reading over saxes, with the character offsets of every element in the decoded text,
 * so that edits can splice the original XML instead of re-serialising it (which would lose markup
 * this reader does not understand). No DOM is built; DOCTYPEs are refused, so no entity is ever expanded.
 */
import { SaxesParser } from 'saxes';
import { DocxError } from './errors';

export interface XmlElement {
  /** Qualified name as written, e.g. `w:p`. */
  name: string;
  /** Local part, e.g. `p`. Namespaces are matched by local name: WordprocessingML parts use one vocabulary. */
  local: string;
  prefix: string;
  attrs: Record<string, string>;
  /** Offset of `<`. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset just after the end tag's `>` (set when the element closes). */
  end: number;
  selfClosing: boolean;
}

export interface XmlHandler {
  open?(el: XmlElement, depth: number): void;
  close?(el: XmlElement, depth: number): void;
  /** Character data of the innermost open element (entities decoded). */
  text?(text: string, depth: number): void;
}

export interface DecodedXml {
  text: string;
  /**
   * How the part was encoded, to write it back the same way. `invalid-utf-8`: bytes that are not
   * UTF-8 (a part written in Latin-1) were read with U+FFFD in their place, so the text must never be
   * written back: that would replace the user's å, ä and ö for good.
   */
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'invalid-utf-8';
}

export function decodeXml(bytes: Uint8Array): DecodedXml {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'invalid-utf-8' };
  }
}

/** Encodes text edited from `decodeXml` output; null when the encoding cannot be written back. */
export function encodeXml(text: string, encoding: DecodedXml['encoding']): Uint8Array | null {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode('\ufeff' + text);
  return null;
}

export function localName(qname: string): string {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Attribute by local name (`val` finds `w:val`). */
export function attr(el: XmlElement, local: string): string | undefined {
  const direct = el.attrs[el.prefix ? `${el.prefix}:${local}` : local];
  if (direct !== undefined) return direct;
  for (const key in el.attrs) {
    if (localName(key) === local && !key.startsWith('xmlns')) return el.attrs[key];
  }
  return undefined;
}

/** OOXML on/off value: absent attribute means on. */
export function onOff(el: XmlElement): boolean {
  const v = attr(el, 'val');
  return v === undefined || !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}

/**
 * Shared by every element without attributes (most of w:p, w:r, w:pPr, w:rPr …). The tree reader keeps
 * every element of document.xml alive until the body is read: one empty object fewer per element is
 * less for the garbage collector to copy (a 500-page report has some 80 000 elements). Frozen, as no
 * reader may change an element's attributes.
 */
const NO_ATTRS: Record<string, string> = Object.freeze({});

/** ">" or "/" right after a start tag's name. */
function bareTag(code: number): boolean {
  return code === 62 || code === 47;
}

export function parseXml(text: string, part: string, handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let pendingStart = 0;
  // One local name and prefix string per qualified name, instead of two new strings per element.
  const names = new Map<string, { local: string; prefix: string }>();

  parser.on('doctype', () => {
    throw new DocxError('doctype', part);
  });
  parser.on('error', (err) => {
    throw new DocxError('invalidXml', `${part}: ${err.message}`);
  });
  parser.on('opentagstart', () => {
    pendingStart = text.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag) => {
    const name = tag.name;
    let split = names.get(name);
    if (!split) {
      const colon = name.indexOf(':');
      split = { local: colon < 0 ? name : name.slice(colon + 1), prefix: colon < 0 ? '' : name.slice(0, colon) };
      names.set(name, split);
    }
    const el: XmlElement = {
      name,
      local: split.local,
      prefix: split.prefix,
      // "<w:p>" or "<w:p/>": the character after the name says there are no attributes, without walking
      // saxes's attribute object (a null-prototype object, slow to enumerate).
      attrs: bareTag(text.charCodeAt(pendingStart + 1 + name.length)) ? NO_ATTRS : tag.attributes,
      start: pendingStart,
      openEnd: parser.position,
      end: -1,
      selfClosing: tag.isSelfClosing,
    };
    stack.push(el);
    handler.open?.(el, stack.length - 1);
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    if (!el) return;
    el.end = parser.position;
    handler.close?.(el, stack.length);
  });
  if (handler.text) {
    const onText = handler.text;
    parser.on('text', (t) => {
      if (stack.length) onText(t, stack.length - 1);
    });
    parser.on('cdata', (t) => {
      if (stack.length) onText(t, stack.length - 1);
    });
  }
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('invalidXml', `${part}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Parses a part's bytes; convenience for the small parts. */
export function parseXmlBytes(bytes: Uint8Array, part: string, handler: XmlHandler): DecodedXml {
  const decoded = decodeXml(bytes);
  parseXml(decoded.text, part, handler);
  return decoded;
}
