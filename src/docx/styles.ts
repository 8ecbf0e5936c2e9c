/**
 * `styles.xml`: style id → name (normalised to Word's built-in English name, lower-case), basedOn,
 * outline level, numbering and run formatting, so the document reader can resolve a paragraph's
 * heading level and boldness through the style chain.
 */
import { attr, onOff, parseXmlBytes } from './xml';
import { builtInNameOf, builtInNameOfId } from '../core/ooxml/style-names';

export interface StyleInfo {
  id: string;
  type: string;
  /** Normalised name: `heading 1`, `toc 2`, `normal`, or the lower-cased custom name. */
  name: string;
  basedOn: string | null;
  /** 0-based outline level as in w:outlineLvl (9 = body text), when the style sets one. */
  outlineLvl: number | null;
  numbering: { numId: string; level: number } | null;
  bold: boolean | null;
  italic: boolean | null;
  /** w:lang w:val of the style's own run properties (`sv-SE`): the language of text in this style. */
  lang: string | null;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraphStyle: string | null;
  defaultBold: boolean;
  defaultItalic: boolean;
}

/**
 * Word writes built-in styles with their English name even in a Swedish Word, but documents from
 * other tools (and some templates) carry the localised name; both must mean the same style
 * (the mapping is src/core/ooxml/style-names.ts, shared with the Word adapter and the writer).
 */
export function normaliseStyleName(name: string | null, id: string): string {
  const raw = (name ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (raw) return builtInNameOf(raw) ?? raw;
  // No name: fall back on ids Word derives from the names (`Rubrik1`, `Innehll1` with å dropped).
  return builtInNameOfId(id) ?? id.toLowerCase();
}

export function emptyStyles(): Styles {
  return { byId: new Map(), defaultParagraphStyle: null, defaultBold: false, defaultItalic: false };
}

export function readStyles(bytes: Uint8Array | undefined, part: string): Styles {
  const styles = emptyStyles();
  if (!bytes) return styles;
  let current: (StyleInfo & { rawName: string | null }) | null = null;
  let isDefault = false;
  let inPPr = false;
  let inRPr = false;
  let inDefaultRPr = false;
  let skipDepth = -1;
  parseXmlBytes(bytes, part, {
    open(el, depth) {
      if (skipDepth >= 0) return;
      switch (el.local) {
        case 'style':
          current = {
            id: attr(el, 'styleId') ?? '',
            type: attr(el, 'type') ?? 'paragraph',
            name: '',
            rawName: null,
            basedOn: null,
            outlineLvl: null,
            numbering: null,
            bold: null,
            italic: null,
            lang: null,
          };
          isDefault = attr(el, 'default') === '1' || attr(el, 'default') === 'true';
          return;
        case 'rPrDefault':
          inDefaultRPr = true;
          return;
        case 'pPrChange':
        case 'rPrChange':
        case 'tblStylePr':
          skipDepth = depth;
          return;
        case 'pPr':
          inPPr = true;
          return;
        case 'rPr':
          inRPr = true;
          return;
      }
      if (inDefaultRPr && !current && inRPr) {
        if (el.local === 'b') styles.defaultBold = onOff(el);
        if (el.local === 'i') styles.defaultItalic = onOff(el);
        return;
      }
      if (!current) return;
      const style: StyleInfo & { rawName: string | null } = current;
      const val = attr(el, 'val');
      if (el.local === 'name') style.rawName = val ?? null;
      else if (el.local === 'basedOn') style.basedOn = val ?? null;
      else if (inPPr && el.local === 'outlineLvl' && val !== undefined) style.outlineLvl = Number(val);
      else if (inPPr && el.local === 'numId' && val !== undefined)
        style.numbering = { numId: val, level: style.numbering?.level ?? 0 };
      else if (inPPr && el.local === 'ilvl' && val !== undefined)
        style.numbering = { numId: style.numbering?.numId ?? '', level: Number(val) };
      else if (inRPr && el.local === 'b') style.bold = onOff(el);
      else if (inRPr && el.local === 'i') style.italic = onOff(el);
      else if (inRPr && el.local === 'lang' && val) style.lang = val;
    },
    close(el, depth) {
      if (skipDepth >= 0) {
        if (depth === skipDepth) skipDepth = -1;
        return;
      }
      if (el.local === 'pPr') inPPr = false;
      else if (el.local === 'rPr') inRPr = false;
      else if (el.local === 'rPrDefault') inDefaultRPr = false;
      else if (el.local === 'style' && current) {
        const { rawName, ...info } = current;
        info.name = normaliseStyleName(rawName, info.id);
        if (info.numbering && (info.numbering.numId === '' || info.numbering.numId === '0')) info.numbering = null;
        styles.byId.set(info.id, info);
        if (isDefault && info.type === 'paragraph') styles.defaultParagraphStyle = info.id;
        current = null;
      }
    },
  });
  return styles;
}

/** Walks the basedOn chain (guarding against cycles) and returns the first defined value. */
export function resolveStyle<T>(styles: Styles, id: string | null, pick: (s: StyleInfo) => T | null): T | null {
  const seen = new Set<string>();
  let cur = id;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const s = styles.byId.get(cur);
    if (!s) return null;
    const v = pick(s);
    if (v !== null) return v;
    cur = s.basedOn;
  }
  return null;
}
