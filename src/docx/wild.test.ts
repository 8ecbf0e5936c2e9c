import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { readDocx } from './index';
import type { Paragraph, Table } from '../core/snapshot';
import { describeWithShared } from '../../test/support/shared';

describeWithShared(['docx-wild', 'mammoth'], 'real third-party .docx files (mammoth test corpus)', (DIR) => {
  const load = (name: string) => readDocx(readFileSync(join(DIR, name)));
  const texts = (name: string) => load(name).snapshot.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
  const files = readdirSync(DIR).filter((f) => f.endsWith('.docx'));

  it.each(files)('%s reads without error and with at least one block', (file) => {
    const doc = load(file);
    expect(doc.snapshot.blocks.length).toBeGreaterThan(0);
    expect(doc.documentXml).toContain('<w:body>');
    expect(doc.snapshot.warnings).toEqual([]);
  });

  it('reads the tables file: paragraphs around a 2×2 table', () => {
    const blocks = load('tables.docx').snapshot.blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = blocks[1] as Table;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Top left', 'Top right'],
      ['Bottom left', 'Bottom right'],
    ]);
    expect(t.columnCount).toBe(2);
    expect(t.rows[0].cells[1].gridColumn).toBe(1);
    expect((blocks[0] as Paragraph).text).toBe('Above');
    expect((blocks[2] as Paragraph).text).toBe('Below');
  });

  it('keeps text-box text out of the body', () => {
    const doc = load('text-box.docx');
    expect(doc.documentXml).toContain('Datum plane');
    expect(doc.snapshot.blocks).toHaveLength(1);
    expect(texts('text-box.docx').join('')).not.toContain('Datum plane');
  });

  it('keeps comments, footnotes and endnotes out of the body', () => {
    for (const f of ['comments.docx', 'footnotes.docx', 'endnotes.docx']) {
      const body = texts(f).join('\n');
      expect(body).toBe('Ouch.');
      expect(body).not.toContain('tachyon');
    }
  });

  it('finds the main part of a strict OOXML file through its purl.oclc.org relationship', () => {
    const doc = load('strict-format.docx');
    expect(doc.documentPart).toBe('word/document.xml');
    expect(texts('strict-format.docx')).toEqual(['Test']);
  });

  it('reads a part with a UTF-8 byte order mark', () => {
    const doc = load('utf8-bom.docx');
    expect(texts('utf8-bom.docx')).toEqual(['This XML has a byte order mark.']);
    expect(doc.documentEncoding).toBe('utf-8-bom');
  });

  it('reports list numbering and style names of the simple list', () => {
    const blocks = load('simple-list.docx').snapshot.blocks as Paragraph[];
    expect(blocks.map((b) => [b.text, b.styleName, b.numbering?.level])).toEqual([
      ['Apple', 'list paragraph', 0],
      ['Banana', 'list paragraph', 0],
    ]);
  });
});
