/**
 * The document's default language: w:lang in styles.xml's w:docDefaults (what text without a language
 * of its own takes), or the default paragraph style's, which every paragraph based on it inherits.
 * Written by the accessibility fix, which sets sv-SE in the document defaults in schema order.
 */
import { attr, parseXml, parseXmlBytes, type XmlElement } from './xml';

/** The default language of the text, or null when neither the defaults nor the Normal style set one. */
export function readDefaultLanguage(bytes: Uint8Array | undefined, part: string): string | null {
  if (!bytes) return null;
  let docDefault: string | null = null;
  const styleLang = new Map<string, string>();
  let defaultStyle: string | null = null;
  const stack: XmlElement[] = [];
  parseXmlBytes(bytes, part, {
    open(el) {
      stack.push(el);
      if (
        el.local === 'style' &&
        attr(el, 'type') === 'paragraph' &&
        ['1', 'true', 'on'].includes(attr(el, 'default') ?? '')
      ) {
        defaultStyle = attr(el, 'styleId') ?? null;
      }
      if (el.local !== 'lang') return;
      const val = attr(el, 'val');
      if (!val) return;
      const names = stack.map((e) => e.local);
      if (names.includes('rPrDefault')) docDefault = val;
      const style = stack.find((e) => e.local === 'style');
      // The style's own run properties, not a table style's conditional ones.
      if (style && names[names.length - 2] === 'rPr' && names[names.length - 3] === 'style')
        styleLang.set(attr(style, 'styleId') ?? '', val);
    },
    close() {
      stack.pop();
    },
  });
  const fromStyle = defaultStyle !== null ? (styleLang.get(defaultStyle) ?? null) : null;
  return docDefault ?? fromStyle;
}

/** CT_RPr children that come after w:lang in the schema's sequence. */
const AFTER_LANG = new Set(['eastAsianLayout', 'specVanish', 'oMath', 'rPrChange']);

/**
 * Sets w:lang w:val in the document defaults: an existing w:lang gets the value (its eastAsia and bidi
 * languages kept), otherwise one is added where the schema wants it, creating w:rPr, w:rPrDefault or
 * w:docDefaults as needed.
 */
export function setDefaultLanguageXml(text: string, part: string, language: string): string {
  let root: XmlElement | null = null;
  let docDefaults: XmlElement | null = null;
  let rPrDefault: XmlElement | null = null;
  let rPr: XmlElement | null = null;
  let lang: XmlElement | null = null;
  let afterLang: XmlElement | null = null;
  const stack: XmlElement[] = [];
  parseXml(text, part, {
    open(el, depth) {
      stack.push(el);
      if (depth === 0) root = el;
      const parent = stack[stack.length - 2]?.local;
      if (depth === 1 && el.local === 'docDefaults') docDefaults = el;
      if (parent === 'docDefaults' && el.local === 'rPrDefault') rPrDefault = el;
      if (parent === 'rPrDefault' && el.local === 'rPr' && rPrDefault) rPr = el;
      if (parent === 'rPr' && stack[stack.length - 3]?.local === 'rPrDefault') {
        if (el.local === 'lang') lang = el;
        else if (AFTER_LANG.has(el.local) && !afterLang) afterLang = el;
      }
    },
    close() {
      stack.pop();
    },
  });
  const r = root as XmlElement | null;
  if (!r || r.local !== 'styles') throw new Error('styles.xml has no w:styles root');
  const p = r.prefix ? `${r.prefix}:` : '';
  const langXml = `<${p}lang ${p}val="${language}"/>`;
  const insertAt = (offset: number, xml: string): string => text.slice(0, offset) + xml + text.slice(offset);
  const opened = (el: XmlElement, inner: string): string => {
    // A self-closing element becomes an open one holding `inner`.
    const open = text.slice(el.start, el.openEnd).replace(/\s*\/>$/, '>');
    return text.slice(0, el.start) + open + inner + `</${el.name}>` + text.slice(el.end);
  };
  const l = lang as XmlElement | null;
  if (l) {
    const tag = text.slice(l.start, l.openEnd);
    const valAttr = Object.keys(l.attrs).find((k) => k === 'val' || k.endsWith(':val'));
    const newTag = valAttr
      ? tag.replace(new RegExp(`(\\s${valAttr.replace(':', '\\:')}\\s*=\\s*)(["'])[^"']*\\2`), `$1"${language}"`)
      : tag.replace(/(\s*\/?>)$/, ` ${p}val="${language}"$1`);
    return text.slice(0, l.start) + newTag + text.slice(l.openEnd);
  }
  const rp = rPr as XmlElement | null;
  if (rp) {
    const after = afterLang as XmlElement | null;
    if (after) return insertAt(after.start, langXml);
    if (rp.selfClosing) return opened(rp, langXml);
    return insertAt(text.lastIndexOf('</', rp.end - 1), langXml);
  }
  const rpd = rPrDefault as XmlElement | null;
  const rPrXml = `<${p}rPr>${langXml}</${p}rPr>`;
  if (rpd) return rpd.selfClosing ? opened(rpd, rPrXml) : insertAt(rpd.openEnd, rPrXml);
  const rpdXml = `<${p}rPrDefault>${rPrXml}</${p}rPrDefault>`;
  const dd = docDefaults as XmlElement | null;
  // w:rPrDefault is the first child of w:docDefaults, which is the first child of w:styles.
  if (dd) return dd.selfClosing ? opened(dd, rpdXml) : insertAt(dd.openEnd, rpdXml);
  const ddXml = `<${p}docDefaults>${rpdXml}</${p}docDefaults>`;
  return r.selfClosing ? opened(r, ddXml) : insertAt(r.openEnd, ddXml);
}
