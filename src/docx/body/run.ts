/**
 * w:r → its shown text and formatting. Text follows what Word shows: w:t, tabs, line breaks, symbol
 * characters and field results; not field instructions or deleted text.
 */
import { resolveStyle } from '../styles';
import type { Range } from '../source-map';
import { attr, onOff } from '../xml';
import { walkDescendants, type XmlNode } from '../xml-tree';
import { fieldSpan, SKIP, type ReadContext } from './context';
import { readTextBoxes } from './text-box';

export interface RunRead {
  text: string;
  bold: boolean;
  italic: boolean;
  /**
   * The text's language (w:lang w:val) from the run, its character style or the paragraph style chain;
   * null when none of them sets one (the text then takes the document default).
   */
  language: string | null;
  /** w:rPr of the run, for rewriting a cell in the run's own formatting. */
  rPr: Range | null;
}

/** Reads one direct child of a run into `parts`; a reader per element kind, so adding one is one entry. */
type RunContentReader = (el: XmlNode, parts: string[], ctx: ReadContext) => void;

const shown = (ctx: ReadContext, parts: string[], text: string): void => {
  if (ctx.fields.hidden !== 0) return;
  parts.push(text);
  ctx.fields.shownText(text);
};

export const RUN_CONTENT = new Map<string, RunContentReader>(
  Object.entries({
    t: (el, parts, ctx) => shown(ctx, parts, el.text),
    instrText: (el, _parts, ctx) => ctx.fields.instruction(el.text),
    tab: (_el, parts, ctx) => shown(ctx, parts, '\t'),
    ptab: (_el, parts, ctx) => shown(ctx, parts, '\t'),
    br: (el, parts, ctx) => {
      const type = attr(el, 'type');
      if (type === undefined || type === 'textWrapping') shown(ctx, parts, '\n');
    },
    cr: (_el, parts, ctx) => shown(ctx, parts, '\n'),
    sym: (el, parts, ctx) => {
      // Symbol-font characters (Wingdings status dots) live in the private use area, as Word reports them.
      const code = parseInt(attr(el, 'char') ?? '', 16);
      if (Number.isFinite(code) && code > 0 && code <= 0xffff) shown(ctx, parts, String.fromCharCode(code));
    },
    noBreakHyphen: (_el, parts, ctx) => shown(ctx, parts, '-'),
    // Drawings, VML pictures and their alternate content: no run text, but a text box's content is read
    // into its own list (fact boxes in the summary are report text).
    drawing: (el, _parts, ctx) => readTextBoxes(el, ctx),
    pict: (el, _parts, ctx) => readTextBoxes(el, ctx),
    object: (el, _parts, ctx) => readTextBoxes(el, ctx),
    AlternateContent: (el, _parts, ctx) => readTextBoxes(el, ctx),
    fldChar: (el, _parts, ctx) => {
      const type = attr(el, 'fldCharType');
      if (type === 'begin') ctx.fields.begin(ctx.atTopLevel() ? ctx.blockIndex() : null);
      else if (type === 'separate') ctx.fields.separate();
      else if (type === 'end') {
        const ended = ctx.fields.end();
        if (ended && ctx.fieldSpans)
          ctx.fieldSpans.push(fieldSpan(ended.instruction, ended.beginBlock, ctx.blockIndex()));
      }
    },
  } satisfies Record<string, RunContentReader>),
);

export function readRun(run: XmlNode, ctx: ReadContext, paragraphStyle: string | null): RunRead {
  const parts: string[] = [];
  let bold: boolean | null = null;
  let italic: boolean | null = null;
  let rStyle: string | null = null;
  let lang: string | null = null;
  let rPr: Range | null = null;
  for (const el of run.children) {
    if (el.local === 'rPr') {
      rPr = { start: el.start, end: el.end };
      walkDescendants(el, (prop) => {
        if (SKIP.has(prop.local)) return false;
        if (prop.local === 'b') bold = onOff(prop);
        else if (prop.local === 'i') italic = onOff(prop);
        else if (prop.local === 'rStyle') rStyle = attr(prop, 'val') ?? null;
        // w:val is the language of Latin text; w:eastAsia and w:bidi name other scripts' languages.
        else if (prop.local === 'lang') lang = attr(prop, 'val') || null;
      });
      continue;
    }
    const reader = RUN_CONTENT.get(el.local);
    if (reader) reader(el, parts, ctx);
  }
  const { styles } = ctx;
  const text = parts.join('');
  const resolvedBold =
    bold ??
    resolveStyle(styles, rStyle, (s) => s.bold) ??
    resolveStyle(styles, paragraphStyle, (s) => s.bold) ??
    styles.defaultBold;
  const resolvedItalic =
    italic ??
    resolveStyle(styles, rStyle, (s) => s.italic) ??
    resolveStyle(styles, paragraphStyle, (s) => s.italic) ??
    styles.defaultItalic;
  const cell = ctx.trackedCell;
  if (cell && cell.firstRPr === undefined) {
    if (text.trim()) cell.firstRPr = rPr;
    else if (!cell.fallbackRPr && rPr) cell.fallbackRPr = rPr;
  }
  const language =
    lang ?? resolveStyle(styles, rStyle, (s) => s.lang) ?? resolveStyle(styles, paragraphStyle, (s) => s.lang) ?? null;
  return { text, bold: resolvedBold, italic: resolvedItalic, language, rPr };
}
