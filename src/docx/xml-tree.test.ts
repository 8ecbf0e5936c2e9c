import { parseXmlTree, type XmlNode } from './xml-tree';

const XML =
  '<w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t>Ett</w:t></w:r></w:p>' +
  '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
  '<w:p/><w:sectPr/></w:body></w:document>';

describe('parseXmlTree', () => {
  it('builds the whole tree with offsets, names and text', () => {
    const root = parseXmlTree(XML, 'test.xml');
    const body = root.children[0];
    expect(body.local).toBe('body');
    expect(body.children.map((c) => c.name)).toEqual(['w:p', 'w:tbl', 'w:p', 'w:sectPr']);
    const t = body.children[0].children[0].children[0];
    expect([t.local, t.prefix, t.text]).toEqual(['t', 'w', 'Ett']);
    expect(XML.slice(t.start, t.end)).toBe('<w:t>Ett</w:t>');
    expect(body.children[3].children).toEqual([]);
  });

  it('a leaf shares one frozen empty list of children, so no reader can add to it by mistake', () => {
    const root = parseXmlTree(XML, 'test.xml');
    const leaf = root.children[0].children[3];
    expect(Object.isFrozen(leaf.children)).toBe(true);
    expect(() => leaf.children.push(leaf)).toThrow(TypeError);
  });

  it('with a stream, hands each child of the body over alone as it closes, in order, and keeps none', () => {
    const seen: string[] = [];
    let opened: XmlNode | null = null;
    const root = parseXmlTree(XML, 'test.xml', {
      container: 'body',
      open(body) {
        opened = body;
      },
      child(body) {
        expect(body).toBe(opened);
        expect(body.children).toHaveLength(1);
        const [el] = body.children;
        seen.push(`${el.local}:${XML.slice(el.start, el.end).length}`);
      },
    });
    const whole = parseXmlTree(XML, 'test.xml').children[0].children;
    expect(seen).toEqual(whole.map((el) => `${el.local}:${el.end - el.start}`));
    expect(root.children[0].children).toEqual([]);
    // Elements outside the container stay in the tree.
    expect(root.local).toBe('document');
  });
});
