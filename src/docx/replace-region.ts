/**
 * The exact source region a table-of-contents rebuild replaces, so that nothing beside the TOC is lost.
 *
 * A TOC field runs from its begin mark to its end mark, and Word does not always give it paragraphs of
 * its own: the begin may follow the title "Innehållsförteckning" in the title's paragraph, and the end
 * may sit at the start of the next heading's paragraph ("Executive Summary"). Replacing whole
 * paragraphs would delete that title or heading with its bookmarks. So the region is cut at the field's
 * run boundaries wherever the first or last paragraph holds anything outside the field: the part before
 * the begin stays as a paragraph of its own, and the part after the end keeps its paragraph (its
 * properties, its bookmarks, its text). Bookmarks inside the replaced region are kept too, after the new
 * content, so that no cross-reference loses its target.
 */
import type { XmlElement } from './xml';
import { parseXml } from './xml';

export interface Range {
  start: number;
  end: number;
}

/** Elements that make a stretch of a paragraph worth keeping: text, objects, other fields. */
const CONTENT =
  /<(?:[\w.-]+:)?(?:t|tab|br|cr|drawing|pict|object|sym|fldSimple|fldChar|instrText|footnoteReference|endnoteReference|commentReference|delText|noBreakHyphen|softHyphen|ptab|oMath|oMathPara)[\s/>]/;

export function holdsContent(xml: string): boolean {
  return CONTENT.test(xml);
}

export interface FieldRegion {
  /** What to replace. */
  range: Range;
  /** Markup to write before the new content (closes the kept head of the first paragraph). */
  before: string;
  /** Markup to write after the new content (reopens the last paragraph, whose tail is kept). */
  after: string;
  /** Where section breaks of the replaced region are looked for (the kept last paragraph's own is not). */
  sectionScan: Range;
}

class NotFound extends Error {}

function scan(start: number, end: number): Range {
  return start < end ? { start, end } : { start, end: start };
}

/**
 * The region of the first field of `fieldType` that begins in the paragraph starting at `whole.start` and
 * ends in the paragraph ending at `whole.end`; null when the markup is not that simple (the field begins
 * or ends inside a hyperlink or a nested element, or the paragraphs do not nest in one container).
 */
export function fieldRegion(
  xml: string,
  whole: Range,
  rootDecls: string,
  part: string,
  fieldType: string,
): FieldRegion | null {
  const open = `<root ${rootDecls}>`;
  const shift = whole.start - open.length;
  const stack: XmlElement[] = [];
  let depth = 0;
  let instr: string[] | null = null;
  let beginRun: XmlElement | null = null;
  let endRun: XmlElement | null = null;
  let firstP: XmlElement | null = null;
  let lastP: XmlElement | null = null;
  let lastPPr: XmlElement | null = null;
  let firstPPrEnd = -1;
  let found = false;
  let done = false;
  const runOf = (): XmlElement | null => {
    const r = stack[stack.length - 1];
    const p = stack[stack.length - 2];
    return r?.local === 'r' && p?.local === 'p' ? r : null;
  };
  try {
    parseXml(`${open}${xml.slice(whole.start, whole.end)}</root>`, part, {
      open(el, d) {
        stack.length = d;
        if (el.local === 'p' && d === 1) {
          firstP ??= el;
          lastP = el;
          lastPPr = null;
        }
        if (el.local === 'pPr' && d === 2 && stack[1]?.local === 'p') {
          if (stack[1] === firstP) firstPPrEnd = -1;
          lastPPr = el;
        }
        stack.push(el);
        if (el.local !== 'fldChar' || done) return;
        const type =
          el.attrs['w:fldCharType'] ?? Object.entries(el.attrs).find(([k]) => k.endsWith(':fldCharType'))?.[1];
        stack.pop();
        if (type === 'begin') {
          depth++;
          if (depth === 1 && !found) {
            instr = [];
            beginRun = runOf();
          }
        } else if (type === 'separate') {
          if (depth === 1 && instr && !found) {
            const type0 = instr.join('').trim().split(/\s+/)[0]?.toUpperCase();
            if (type0 === fieldType && beginRun) found = true;
            else beginRun = null;
            instr = null;
          }
        } else if (type === 'end') {
          if (depth === 1 && found) {
            endRun = runOf();
            done = true;
            if (!endRun) throw new NotFound();
          }
          if (depth === 1 && !found) beginRun = null;
          depth = Math.max(0, depth - 1);
        }
        stack.push(el);
      },
      close(el, d) {
        if (el.local === 'pPr' && d === 2 && stack[1] === firstP) firstPPrEnd = el.end;
      },
      text(t, d) {
        if (instr && stack[d]?.local === 'instrText') instr.push(t);
      },
    });
  } catch (e) {
    if (e instanceof NotFound) return null;
    // The slice does not parse on its own (it crosses a content control): not a simple region.
    return null;
  }
  const first = firstP as XmlElement | null;
  const last = lastP as XmlElement | null;
  const b = beginRun as XmlElement | null;
  const e = endRun as XmlElement | null;
  if (!found || !b || !e || !first || !last) return null;
  // The begin must be in the first paragraph and the end in the last one.
  if (b.start < first.start || b.end > first.end || e.start < last.start || e.end > last.end) return null;
  const at = (offset: number): number => offset + shift;
  const headStart = firstPPrEnd >= 0 ? firstPPrEnd : first.openEnd;
  const keepHead = holdsContent(xml.slice(at(headStart), at(b.start)));
  const tailEnd = last.end - `</${last.name}>`.length;
  const keepTail = holdsContent(xml.slice(at(e.end), at(tailEnd)));
  const start = keepHead ? at(b.start) : whole.start;
  const end = keepTail ? at(e.end) : whole.end;
  const pPr = lastPPr as XmlElement | null;
  const reopen = keepTail
    ? xml.slice(at(last.start), at(last.openEnd)) +
      (pPr && pPr.start >= last.start ? xml.slice(at(pPr.start), at(pPr.end)) : '')
    : '';
  return {
    range: { start, end },
    before: keepHead ? `</${first.name}>` : '',
    after: reopen,
    // Whole paragraphs only; a kept head or tail keeps its own paragraph properties (and section break).
    sectionScan: scan(keepHead ? at(first.end) : start, keepTail ? at(last.start) : end),
  };
}

/** Every bookmark start and end in a region, as written, so a replacement can keep them. */
export function bookmarksIn(xml: string, range: Range): string {
  const slice = xml.slice(range.start, range.end);
  return (slice.match(/<(?:[\w.-]+:)?bookmark(?:Start|End)\b[^>]*?\/>/g) ?? []).join('');
}
