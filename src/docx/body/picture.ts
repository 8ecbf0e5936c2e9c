/**
 * Pictures in a run and their alternative text, for the accessibility check: DrawingML pictures, charts
 * and diagrams in line (wp:inline) or floating (wp:anchor), with wp:docPr's descr, title and name and
 * the decorative mark Word writes as a16:decorative val="1" in docPr's extension list; VML images
 * (w:pict v:shape with v:imagedata) with their `alt`. Alternate content is read once (mc:Choice, not
 * mc:Fallback, which repeats the same picture for older readers).
 */
import type { Picture } from '../../core/snapshot';
import { attr } from '../xml';
import type { XmlNode } from '../xml-tree';

/** Graphics a reader needs described; a shape or text box holds its own text. */
const DESCRIBED = /\/(picture|chart|diagram|chartex)$/;

function blankToNull(v: string | undefined): string | null {
  const t = (v ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function find(node: XmlNode, local: string): XmlNode | undefined {
  const stack = [...node.children];
  while (stack.length) {
    const n = stack.shift()!;
    if (n.local === local) return n;
    stack.unshift(...n.children);
  }
  return undefined;
}

function drawingPicture(frame: XmlNode): Picture | null {
  const graphicData = find(frame, 'graphicData');
  if (!graphicData || !DESCRIBED.test(attr(graphicData, 'uri') ?? '')) return null;
  const docPr = frame.children.find((c) => c.local === 'docPr');
  const decorative = docPr ? find(docPr, 'decorative') : undefined;
  return {
    floating: frame.local === 'anchor',
    description: blankToNull(docPr ? attr(docPr, 'descr') : undefined),
    title: blankToNull(docPr ? attr(docPr, 'title') : undefined),
    decorative: decorative !== undefined && ['1', 'true', 'on'].includes(attr(decorative, 'val') ?? '1'),
    name: blankToNull(docPr ? attr(docPr, 'name') : undefined),
  };
}

/** Every picture in a run (w:r), in order. */
export function picturesIn(run: XmlNode): Picture[] {
  const out: Picture[] = [];
  const visit = (node: XmlNode): void => {
    for (const el of node.children) {
      if (el.local === 'Fallback' || el.local === 'txbxContent') continue;
      if (el.local === 'inline' || el.local === 'anchor') {
        const p = drawingPicture(el);
        if (p) out.push(p);
        continue;
      }
      if (el.local === 'shape' && el.children.some((c) => c.local === 'imagedata')) {
        out.push({
          floating: /position:\s*absolute/.test(attr(el, 'style') ?? ''),
          description: blankToNull(attr(el, 'alt')),
          title: blankToNull(attr(el, 'title')),
          decorative: false,
          name: blankToNull(attr(el, 'id')),
        });
        continue;
      }
      visit(el);
    }
  };
  visit(run);
  return out;
}
