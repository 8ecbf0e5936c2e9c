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

/** Parses a decoded part into its root element; throws DocxError on invalid XML or a DOCTYPE. */
export function parseXmlTree(text: string, part: string): XmlNode {
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
  parseXml(text, part, {
    open(el) {
      const node = el as XmlNode;
      node.children = [];
      node.text = '';
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    },
    close() {
      stack.pop();
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
