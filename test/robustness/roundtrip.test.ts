/**
 * Nothing the user wrote is lost on the way through the product: on every fixture and on the real
 * third-party files in ../shared/docx-wild/mammoth (when present),
 * - applyEdits with no edits writes every part back byte for byte;
 * - `rapportstod fix` changes only document.xml/settings.xml, and in them only the intended cells and
 *   the rebuilt table of contents: every other paragraph text survives, in order;
 * - `rapportstod new` (when the command exists) writes a file that reads back as the report it asked for;
 * - LibreOffice opens every output and renders text (one soffice call for all files).
 */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { checkSnapshot } from '../../src/core/check';
import { computeFixes } from '../../src/core/fix';
import { parseReport } from '../../src/core/parse/index';
import type { Block } from '../../src/core/snapshot';
import { applyEdits, DocxError, readDocx } from '../../src/docx/index';
import { generateReport } from '../gen/report';
import { runCli, TempDir } from './cli-io';
import { noteSharedMissing, sharedPath } from '../support/shared';

jest.setTimeout(120_000);

const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'docx');
const WILD_DIR = sharedPath('docx-wild', 'mammoth');
if (!WILD_DIR) noteSharedMissing('the mammoth corpus in the round-trip test');
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((n) => n.endsWith('.docx'))
  .sort()
  .map((n) => join(FIXTURE_DIR, n));
const wild = WILD_DIR
  ? readdirSync(WILD_DIR)
      .filter((n) => n.endsWith('.docx'))
      .sort()
      .map((n) => join(WILD_DIR, n))
  : [];
const all = [...fixtures, ...wild];

const dir = new TempDir();
/** Files LibreOffice must open at the end: [label, path]. */
const outputs: [string, string][] = [];
afterAll(() => dir.remove());
/**
 * Generated reports whose driftbudget "Totalt" is wrong: fix must mend it and nothing else. Several,
 * in both style flavours, so the test does not depend on the fixtures still carrying defects.
 */
const generated = [
  dir.write('generated-30.docx', generateReport({ pages: 30, seed: 5 })),
  dir.write('generated-12-sv.docx', generateReport({ pages: 12, seed: 11, styles: 'swedish' })),
  dir.write('generated-60.docx', generateReport({ pages: 60, seed: 23 })),
];
let filesFixed = 0;

/** The package's parts. Zip directory entries ("word/") are no parts in OPC and are not kept by the writer. */
function parts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/')));
}

function base(file: string): string {
  return file.split('/').pop() ?? file;
}

/** Every paragraph text of a block list, cells and nested tables included, in document order. */
function texts(
  blocks: readonly Block[],
  skip: (block: number, row?: number, cell?: number) => boolean = () => false,
): string[] {
  const out: string[] = [];
  const walkTable = (t: Extract<Block, { kind: 'table' }>, top: number | null): void => {
    t.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (top !== null && skip(top, r, c)) return;
        for (const p of cell.paragraphs) out.push(p.text);
        for (const nested of cell.tables) walkTable(nested, null);
      }),
    );
  };
  blocks.forEach((b, i) => {
    if (skip(i)) return;
    if (b.kind === 'paragraph') out.push(b.text);
    else walkTable(b, i);
  });
  return out;
}

/** Whether `needle` occurs in `hay` as a subsequence (same order, gaps allowed); returns the first miss. */
function firstMissing(needle: string[], hay: string[]): string | null {
  let k = 0;
  for (const t of needle) {
    while (k < hay.length && hay[k] !== t) k++;
    if (k === hay.length) return t;
    k++;
  }
  return null;
}

describe('applyEdits utan ändringar', () => {
  test.each(all.map((f) => [base(f), f]))('%s: alla delar byte för byte', (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    let doc;
    try {
      doc = readDocx(bytes);
    } catch (e) {
      // A refusal is allowed only as the reader's documented error; none of these files needs one today.
      expect(e).toBeInstanceOf(DocxError);
      throw e;
    }
    const result = applyEdits(doc, []);
    const before = parts(bytes);
    const after = parts(result.bytes);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, data] of before)
      expect({ name, same: Buffer.compare(Buffer.from(after.get(name) ?? []), Buffer.from(data)) === 0 }).toEqual({
        name,
        same: true,
      });
    outputs.push([`noop-${base(file)}`, dir.write(`noop-${base(file)}`, result.bytes)]);
  });
});

describe('rapportstod fix', () => {
  test.each([...all, ...generated].map((f) => [base(f), f]))(
    '%s: bara avsedda ändringar, all övrig text kvar',
    async (name, file) => {
      const bytes = new Uint8Array(readFileSync(file));
      const doc = readDocx(bytes);
      const { edits } = computeFixes(doc.snapshot, parseReport(doc.snapshot));
      const out = dir.file(`fixed-${name}`);
      const r = await runCli(['fix', file, '-o', out]);
      expect(r.err).not.toMatch(/Internt fel/);
      expect([0, 1]).toContain(r.code);
      expect(existsSync(out)).toBe(true);
      const outBytes = new Uint8Array(readFileSync(out));
      outputs.push([`fixed-${name}`, out]);

      if (r.code === 0) {
        // Nothing to mend: the copy is the original.
        expect(Buffer.compare(Buffer.from(outBytes), Buffer.from(bytes))).toBe(0);
        return;
      }
      expect(edits.length).toBeGreaterThan(0);
      filesFixed++;

      const before = parts(bytes);
      const after = parts(outBytes);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      const changedParts = [...before.keys()].filter(
        (k) => Buffer.compare(Buffer.from(after.get(k) ?? []), Buffer.from(before.get(k) ?? [])) !== 0,
      );
      for (const k of changedParts) expect([doc.documentPart, doc.settingsPart]).toContain(k);

      const cells = new Set(
        edits.flatMap((e) => (e.kind === 'setCellText' ? [`${e.loc.block}:${e.loc.row}:${e.loc.cell}`] : [])),
      );
      const replaced = edits.flatMap((e) => (e.kind === 'replaceBlocks' ? [[e.fromBlock, e.toBlock] as const] : []));
      const edited = (block: number, row?: number, cell?: number): boolean =>
        replaced.some(([from, to]) => block >= from && block <= to) ||
        (row !== undefined && cells.has(`${block}:${row}:${cell}`));
      const kept = texts(doc.snapshot.blocks, edited);
      const read = readDocx(outBytes);
      const now = texts(read.snapshot.blocks);
      expect(firstMissing(kept, now)).toBeNull();

      // The intended cell edits took effect (block indices before the first replaced range are stable).
      const firstReplaced = Math.min(...replaced.map(([from]) => from), Infinity);
      for (const e of edits) {
        if (e.kind !== 'setCellText' || e.loc.block >= firstReplaced) continue;
        const t = read.snapshot.blocks[e.loc.block];
        expect(t.kind).toBe('table');
        if (t.kind === 'table') expect(t.rows[e.loc.row].cells[e.loc.cell].text.trim()).toBe(e.newText.trim());
      }
      // Fixing again finds nothing left to fix in the cells.
      const again = computeFixes(read.snapshot, parseReport(read.snapshot)).edits.filter(
        (e) => e.kind === 'setCellText',
      );
      expect(again).toEqual([]);
    },
  );

  test('minst tre filer fick riktiga ändringar (annars prövar testet ingenting)', () => {
    expect(filesFixed).toBeGreaterThanOrEqual(3);
  });
});

const hasNew = existsSync(join(__dirname, '..', '..', 'src', 'cli', 'commands', 'new.ts'));
(hasNew ? describe : describe.skip)('rapportstod new', () => {
  test.each([['VB'], ['T1'], ['VP']])('%s: skelettet läses tillbaka som samma rapporttyp', async (type) => {
    const out = dir.file(`new-${type}.docx`);
    const r = await runCli([
      'new',
      '--type',
      type,
      '--unit',
      'Axelsbergs vård- och omsorgsboende',
      '--year',
      '2021',
      '-o',
      out,
    ]);
    // The 2020 catalog covers 2021 (validThrough), so `new` has nothing to say on stderr.
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const doc = readDocx(new Uint8Array(readFileSync(out)));
    expect(doc.snapshot.warnings).toEqual([]);
    const { report } = checkSnapshot(doc.snapshot);
    expect(report.type).toBe(type);
    expect(texts(doc.snapshot.blocks).join('\n')).toContain('Axelsbergs vård- och omsorgsboende');
    outputs.push([`new-${type}`, out]);
  });
});

const soffice = spawnSync('which', ['soffice']).status === 0 && spawnSync('which', ['pdftotext']).status === 0;
(soffice ? describe : describe.skip)('LibreOffice öppnar utfilerna', () => {
  test('alla utfiler konverteras till PDF med text', () => {
    expect(outputs.length).toBeGreaterThan(all.length);
    const pdfDir = dir.file('pdf');
    // A private profile, so a LibreOffice another process has open does not take over the conversion.
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir.file('lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        pdfDir,
        ...outputs.map(([, f]) => f),
      ],
      { encoding: 'utf8', timeout: 100_000 },
    );
    expect(r.error).toBeUndefined();
    const failures: string[] = [];
    for (const [label, file] of outputs) {
      const pdf = join(pdfDir, base(file).replace(/\.docx$/, '.pdf'));
      if (!existsSync(pdf)) {
        failures.push(`${label}: ingen PDF`);
        continue;
      }
      const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
      // Files with no words (empty.docx, the picture-only files) give a PDF without text, and must.
      // Letters only: footnote marks and page numbers land between the words in the PDF's text.
      const letters = (s: string): string => s.replace(/[^\p{L}]+/gu, '');
      const words = letters(texts(readDocx(new Uint8Array(readFileSync(file))).snapshot.blocks).join(''));
      const rendered = letters(text);
      if (words.length > 0 && rendered.length === 0) failures.push(`${label}: PDF utan text`);
      // The document's first words are in the PDF.
      const start = words.slice(0, 12);
      if (start && !rendered.includes(start)) failures.push(`${label}: PDF saknar "${start}"`);
    }
    expect(failures).toEqual([]);
  });
});
