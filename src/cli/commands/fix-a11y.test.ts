/**
 * `fix --tillganglighet`: the accessibility pack's fixes (title, sv-SE, header rows) on files other
 * writers made (LibreOffice, the `docx` package), only when asked, with every paragraph's text kept.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Document, Packer, Paragraph } from 'docx';
import { checkSnapshot } from '../../core/check';
import type { Block } from '../../core/snapshot';
import { readDocx } from '../../docx/index';
import { main } from '../main';

const producers = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'producers');
const dir = mkdtempSync(path.join(tmpdir(), 'rapportstod-fix-a11y-'));

async function fix(input: string, ...flags: string[]) {
  const output = path.join(dir, `ut-${path.basename(input)}-${flags.length}.docx`);
  const out: string[] = [];
  const code = await main(['fix', input, '-o', output, ...flags], { out: (t) => out.push(t), err: (t) => out.push(t) });
  return { code, text: out.join(''), doc: readDocx(new Uint8Array(readFileSync(output))) };
}
const kinds = (doc: ReturnType<typeof readDocx>) =>
  checkSnapshot(doc.snapshot)
    .findings.map((f) => f.kind)
    .filter((k) => k.startsWith('a11y-'));
const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.map((c) => c.text))));

describe('rapportstod fix --tillganglighet', () => {
  const lo = path.join(producers, 'lo-a11y-defect.docx');

  it('leaves title and header rows alone without the flag', async () => {
    const { doc } = await fix(lo);
    expect(kinds(doc)).toEqual(expect.arrayContaining(['a11y-title-missing', 'a11y-table-header-missing']));
  });

  it('sets the title and marks the header rows of a LibreOffice report, keeping every text', async () => {
    const before = readDocx(new Uint8Array(readFileSync(lo)));
    const { code, text, doc } = await fix(lo, '--tillganglighet');
    expect(code).toBe(1);
    expect(text).toMatch(/^Tillgänglighet: Dokumentets rubrik: Verksamhetsberättelse/m);
    expect(text).toMatch(/^Tillgänglighet: Första raden blir rubrikrad/m);
    expect(doc.snapshot.properties?.title).toMatch(/^Verksamhetsberättelse/);
    const left = kinds(doc);
    expect(left).not.toContain('a11y-title-missing');
    expect(left).not.toContain('a11y-table-header-missing');
    // What the pack cannot mend by itself is still reported.
    expect(left).toEqual(expect.arrayContaining(['a11y-alt-text-missing', 'a11y-link-text']));
    expect(texts(doc.snapshot.blocks)).toEqual(texts(before.snapshot.blocks));
  });

  it('sets Swedish as the default language of a docx-package report that has none', async () => {
    const report = new Document({
      sections: [
        {
          children: [
            new Paragraph('Verksamhetsberättelse VB 2020 för Testenheten'),
            new Paragraph('Sammanfattande analys'),
            new Paragraph('Enheten har nått sina mål under året.'),
          ],
        },
      ],
    });
    const input = path.join(dir, 'docxjs-utan-sprak.docx');
    writeFileSync(input, await Packer.toBuffer(report));
    expect(kinds(readDocx(new Uint8Array(readFileSync(input))))).toContain('a11y-language-missing');
    const { text, doc } = await fix(input, '--tillganglighet');
    expect(text).toContain('Tillgänglighet: Dokumentets standardspråk: svenska (sv-SE)');
    expect(kinds(doc)).not.toContain('a11y-language-missing');
  });
});
