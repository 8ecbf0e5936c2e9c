/**
 * A part's XML as a light element tree with the character offsets of every element, built in one saxes
 * pass without recursion (so a hostile file nested 100 000 levels deep cannot overflow the stack here).
 * The element readers (`src/docx/body/`, headers, numbering) walk this tree the way mammoth.js's readers
 * walk its DOM, and the offsets let edits splice the original text.
 */
import { parseXml, type XmlElement } from './xml';

export interface XmlNode extends XmlElement {
  children: XmlNode[];
  /** Character data directly inside this element (entities decoded), concatenated; '' when none. */
  text: string;
}

/**
 * The children of every element that has none (w:t, w:b, w:spacing …): shared rather than one empty array
 * per leaf, so the tree of a large document.xml costs the garbage collector less. Frozen, so that no
 * reader can add to it by mistake.
 */
const NO_CHILDREN = Object.freeze([]) as unknown as XmlNode[];

/**
 * Hands the children of one element (w:body) to a reader one at a time, as each closes, and then lets it
 * go, so a large document.xml is never all in memory as a tree: the garbage collector would otherwise
 * copy the whole tree from one generation to the next while it grows (the old streaming reader did not
 * pay that, and a 500-page report read in about 1.5 times its time).
 */
export interface TreeStream {
  /** Local name of the element whose children are streamed; the first such element counts. */
  container: string;
  /** The container has opened (its attributes and offsets are known; no child yet). */
  open?(container: XmlNode): void;
  /** A child of the container has closed; it is `container.children[0]`, the only one, until this returns. */
  child(container: XmlNode): void;
}

/**
 * Parses a decoded part into its root element; throws DocxError on invalid XML or a DOCTYPE. With a
 * stream, the container's children are handed over as they close and are not in the returned tree.
 */
export function parseXmlTree(text: string, part: string, stream?: TreeStream): XmlNode {
  const root: XmlNode = {
    name: '',
    local: '',
    prefix: '',
    attrs: {},
    start: 0,
    openEnd: 0,
    end: text.length,
    selfClosing: false,
    children: [],
    text: '',
  };
  const stack: XmlNode[] = [root];
  let container: XmlNode | null = null;
  parseXml(text, part, {
    open(el) {
      const node = el as XmlNode;
      node.children = NO_CHILDREN;
      node.text = '';
      const parent = stack[stack.length - 1];
      if (parent.children === NO_CHILDREN) parent.children = [node];
      else parent.children.push(node);
      stack.push(node);
      if (stream && !container && node.local === stream.container) {
        container = node;
        stream.open?.(node);
      }
    },
    close() {
      stack.pop();
      if (stream && container && stack[stack.length - 1] === container) {
        stream.child(container);
        container.children = NO_CHILDREN;
      }
    },
    text(t) {
      const top = stack[stack.length - 1];
      top.text = top.text ? top.text + t : t;
    },
  });
  return root.children[0] ?? root;
}

/** The first child with this local name. */
export function child(node: XmlNode, local: string): XmlNode | undefined {
  return node.children.find((c) => c.local === local);
}

/**
 * Visits every element below `node` in document order, without recursion; `enter` returns false to
 * leave an element's subtree out.
 */
export function walkDescendants(node: XmlNode, enter: (el: XmlNode, parent: XmlNode) => boolean | void): void {
  const stack: { parent: XmlNode; index: number }[] = [{ parent: node, index: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.index >= top.parent.children.length) {
      stack.pop();
      continue;
    }
    const el = top.parent.children[top.index++];
    if (enter(el, top.parent) !== false && el.children.length) stack.push({ parent: el, index: 0 });
  }
}
