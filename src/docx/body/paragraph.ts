/**
 * w:p → Paragraph: its properties (style, outline level, numbering) from w:pPr and the style chain,
 * and its runs through the wrappers that hold them (hyperlinks, insertions, smart tags, inline content
 * controls, simple fields).
 */
import type { Hyperlink, Paragraph, Picture, Run } from '../../core/snapshot';
import { normaliseStyleName, resolveStyle } from '../styles';
import type { Range } from '../source-map';
import { attr } from '../xml';
import { walkDescendants, type XmlNode } from '../xml-tree';
import { fieldSpan, hyperlinkFieldTarget, SKIP, type ReadContext } from './context';
import { picturesIn } from './picture';
import { readRun } from './run';

export interface ParagraphRead {
  paragraph: Paragraph;
  /** The paragraph's own w:pPr, for rewriting a cell in its formatting. */
  pPr: Range | null;
}

interface ParagraphProps {
  styleId: string | null;
  outlineLvl: number | null;
  numId: string | null;
  ilvl: number | null;
}

function readParagraphProps(pPr: XmlNode, props: ParagraphProps): void {
  walkDescendants(pPr, (el) => {
    // The paragraph mark's own run properties live in pPr/rPr and say nothing about the text.
    if (SKIP.has(el.local) || el.local === 'rPr') return false;
    if (el.local === 'pStyle') props.styleId = attr(el, 'val') ?? null;
    else if (el.local === 'outlineLvl') props.outlineLvl = Number(attr(el, 'val') ?? '9');
    else if (el.local === 'numId') props.numId = attr(el, 'val') ?? null;
    else if (el.local === 'ilvl') props.ilvl = Number(attr(el, 'val') ?? '0');
  });
}

/** Paragraph content by element kind; anything else is a wrapper whose children are read in its place. */
type ParagraphContentReader = (el: XmlNode, sink: RunSink, ctx: ReadContext) => void;

interface RunSink {
  styleId: string | null;
  parts: string[];
  runs: Run[];
  /** Pictures and hyperlinks, for the accessibility check. */
  pictures: Picture[];
  hyperlinks: Hyperlink[];
  /** Languages of the runs with visible text, in order; null for a run without one. */
  languages: (string | null)[];
}

export const PARAGRAPH_CONTENT = new Map<string, ParagraphContentReader>(
  Object.entries({
    r: (el, sink, ctx) => {
      const run = readRun(el, ctx, sink.styleId ?? ctx.styles.defaultParagraphStyle);
      if (el.children.some((c) => c.local === 'drawing' || c.local === 'pict' || c.local === 'AlternateContent'))
        sink.pictures.push(...picturesIn(el));
      // A HYPERLINK field that ended in this run is a link of this paragraph (fldChar end is in a run).
      if (ctx.fields.endedLinks.length) sink.hyperlinks.push(...ctx.fields.endedLinks.splice(0));
      if (!run.text) return;
      if (run.text.trim()) sink.languages.push(run.language);
      sink.parts.push(run.text);
      const prev = sink.runs[sink.runs.length - 1];
      if (prev && prev.bold === run.bold && prev.italic === run.italic) prev.text += run.text;
      else sink.runs.push({ text: run.text, bold: run.bold, italic: run.italic });
    },
    // A hyperlink's runs are the paragraph's text; its visible text is also kept with where it leads
    // (an anchor inside the document; an external target is named by a relationship the body does not resolve).
    hyperlink: (el, sink, ctx) => {
      const before = sink.parts.length;
      ctx.nested(() => readContent(el, sink, ctx));
      const anchor = attr(el, 'anchor');
      sink.hyperlinks.push({ text: sink.parts.slice(before).join(''), target: anchor ? `#${anchor}` : null });
    },
    fldSimple: (el, sink, ctx) => {
      const instr = attr(el, 'instr') ?? '';
      if (ctx.atTopLevel() && ctx.fieldSpans) ctx.fieldSpans.push(fieldSpan(instr, ctx.blockIndex(), ctx.blockIndex()));
      const before = sink.parts.length;
      readContent(el, sink, ctx);
      // A simple HYPERLINK field is a link too (see FieldTracker.separate).
      if (/^\s*HYPERLINK\b/i.test(instr))
        sink.hyperlinks.push({ text: sink.parts.slice(before).join(''), target: hyperlinkFieldTarget(instr.trim()) });
    },
    // A content control's properties are not text (its placeholder run properties, its list items).
    sdtPr: () => undefined,
    // Malformed: paragraphs and tables do not nest inside a paragraph.
    p: () => undefined,
    tbl: () => undefined,
  } satisfies Record<string, ParagraphContentReader>),
);

function readContent(parent: XmlNode, sink: RunSink, ctx: ReadContext): void {
  for (const el of parent.children) {
    const reader = PARAGRAPH_CONTENT.get(el.local);
    if (reader) reader(el, sink, ctx);
    else if (!SKIP.has(el.local)) ctx.nested(() => readContent(el, sink, ctx));
  }
}

/**
 * The paragraph's language: the one most of its text runs carry, when every run with text has one; null
 * when some text has none of its own (it takes the document default) or the paragraph has no text.
 */
function paragraphLanguage(languages: readonly (string | null)[]): string | null {
  if (languages.length === 0 || languages.some((l) => l === null)) return null;
  const counts = new Map<string, number>();
  for (const l of languages as string[]) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

export function readParagraph(p: XmlNode, ctx: ReadContext): ParagraphRead {
  const props: ParagraphProps = { styleId: null, outlineLvl: null, numId: null, ilvl: null };
  let pPr: Range | null = null;
  for (const el of p.children) {
    if (el.local === 'pPr') {
      pPr = { start: el.start, end: el.end };
      readParagraphProps(el, props);
    }
  }
  const sink: RunSink = {
    styleId: props.styleId,
    parts: [],
    runs: [],
    pictures: [],
    hyperlinks: [],
    languages: [],
  };
  for (const el of p.children) {
    if (el.local === 'pPr') continue;
    const reader = PARAGRAPH_CONTENT.get(el.local);
    if (reader) reader(el, sink, ctx);
    else if (!SKIP.has(el.local)) ctx.nested(() => readContent(el, sink, ctx));
  }

  const { styles } = ctx;
  const styleKey = props.styleId ?? styles.defaultParagraphStyle;
  const style = styleKey ? styles.byId.get(styleKey) : undefined;
  const styleName = style ? style.name : props.styleId ? normaliseStyleName(null, props.styleId) : null;
  // Word's built-in heading styles carry their outline level even where styles.xml omits it
  // (LibreOffice writes Heading 1 without w:outlineLvl).
  const builtInLevel = styleName ? /^heading ([1-9])$/.exec(styleName) : null;
  const lvl =
    props.outlineLvl ??
    resolveStyle(styles, styleKey, (s) => s.outlineLvl) ??
    (builtInLevel ? Number(builtInLevel[1]) - 1 : null);
  let numId = props.numId;
  let ilvl = props.ilvl;
  let fromStyle = false;
  if (numId === null) {
    const styleNum = resolveStyle(styles, styleKey, (s) => s.numbering);
    if (styleNum) {
      numId = styleNum.numId;
      fromStyle = props.ilvl === null;
      ilvl = ilvl ?? styleNum.level;
    }
  }
  const numbered = numId !== null && numId !== '0';
  // Heading numbering: the list level is the one that names the paragraph's style.
  if (numbered && ctx.lists && numId !== null) ilvl = ctx.lists.levelFor(numId, ilvl ?? 0, styleKey, fromStyle);
  const visible = sink.runs.filter((r) => r.text.trim() !== '');
  const paragraph: Paragraph = {
    kind: 'paragraph',
    text: sink.parts.join(''),
    styleId: props.styleId,
    styleName,
    outlineLevel: lvl !== null && lvl >= 0 && lvl <= 8 ? lvl + 1 : null,
    bold: visible.length > 0 && visible.every((r) => r.bold),
    italic: visible.length > 0 && visible.every((r) => r.italic),
    runs: sink.runs,
    numbering: numbered && numId !== null ? { numId, level: ilvl ?? 0 } : null,
    language: paragraphLanguage(sink.languages),
  };
  // Only when there are any, so a paragraph without reads as the Word adapter's does.
  if (sink.pictures.length) paragraph.pictures = sink.pictures;
  if (sink.hyperlinks.length) paragraph.hyperlinks = sink.hyperlinks;
  if (paragraph.numbering && ctx.lists)
    paragraph.listNumber = ctx.lists.next(paragraph.numbering.numId, paragraph.numbering.level);
  if (ctx.trackedCell && ctx.trackedCell.firstPPr === undefined) ctx.trackedCell.firstPPr = pPr;
  return { paragraph, pPr };
}
