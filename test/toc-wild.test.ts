/**
 * Every .docx in ../shared/docx-wild through `check`, `fix` and a forced TOC rebuild: nothing outside the
 * rebuilt TOC changes.
 *
 * - `check` exits 0, 1 or 2 and never prints a stack trace (in process for every file, and a few real
 *   processes of bin/rapportstod.js);
 * - `fix` on a document the check calls "not a report" writes a byte-identical copy (all of the corpus
 *   today); on a report, nothing outside the TOC region changes;
 * - for every file with a TOC, the TOC is rebuilt even when it is up to date (the core's rebuild edits,
 *   applied by the .docx adapter): every paragraph before and after the replaced region keeps its text,
 *   every heading the TOC lists survives (Word's end mark at the start of "Executive Summary" included),
 *   no bookmark disappears, the field instruction is kept, and the rebuilt TOC lists the headings. A
 *   typed list judged ambiguous is not rebuilt at all.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { unzipSync } from 'fflate';
import { NOT_A_REPORT_WARNING, parseReport } from '../src/core/parse/index';
import type { DocSnapshot } from '../src/core/snapshot';
import { compareToc, computeTocFix, rebuildTocEdits, tocHeadings, tocLinesFor } from '../src/core/toc';
import { applyEdits, DocxError, readDocx, type DocxDocument } from '../src/docx/index';
import { runCli, TempDir } from './robustness/cli-io';
import { describeWithShared, docxFilesBelow, PROJECT_ROOT } from './support/shared';

jest.setTimeout(300_000);

const STACK = /\n\s+at .+:\d+:\d+/;

function blockTexts(s: DocSnapshot): string[] {
  return s.blocks.map((b) =>
    b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n'),
  );
}

function bookmarkNames(bytes: Uint8Array, part: string): string[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === part });
  const xml = new TextDecoder().decode(files[part]);
  return [...xml.matchAll(/<(?:\w+:)?bookmarkStart\b[^>]*?\bw:name="([^"]*)"/g)].map((m) => m[1]).sort();
}

function tryRead(bytes: Uint8Array): DocxDocument | null {
  try {
    return readDocx(bytes);
  } catch (e) {
    if (e instanceof DocxError) return null;
    throw e;
  }
}

interface Region {
  fromBlock: number;
  toBlock: number;
}

/** What must hold after a rebuild of [fromBlock, toBlock]: the texts around it, the headings, the bookmarks. */
function expectOnlyRegionChanged(
  name: string,
  before: DocxDocument,
  beforeBytes: Uint8Array,
  afterBytes: Uint8Array,
  region: Region,
): DocxDocument {
  const after = readDocx(afterBytes);
  const a = blockTexts(before.snapshot);
  const b = blockTexts(after.snapshot);
  const tail = a.length - region.toBlock - 1;
  expect({ name, head: b.slice(0, region.fromBlock) }).toEqual({ name, head: a.slice(0, region.fromBlock) });
  expect({ name, tail: b.slice(b.length - tail) }).toEqual({ name, tail: a.slice(a.length - tail) });
  const lost = bookmarkNames(beforeBytes, before.documentPart).filter(
    (n) => !bookmarkNames(afterBytes, after.documentPart).includes(n),
  );
  expect({ name, lost }).toEqual({ name, lost: [] });
  return after;
}

describeWithShared(['docx-wild'], 'the TOC on every file of ../shared/docx-wild', (dir) => {
  const files = docxFilesBelow(dir);
  const tmp = new TempDir();
  afterAll(() => tmp.remove());
  const name = (f: string): string => relative(dir, f);
  let rebuilt = 0;
  let withToc = 0;

  it('has files to test', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((f) => [name(f), f]))('%s: check exits 0/1/2 without a stack trace', async (_n, file) => {
    const r = await runCli(['check', file]);
    expect([0, 1, 2]).toContain(r.code);
    expect(r.err + r.out).not.toMatch(STACK);
    expect(r.err).not.toMatch(/Internt fel/);
  });

  it.each(files.map((f) => [name(f), f]))(
    '%s: fix on a non-report writes an unchanged copy; on a report only the TOC and cells change',
    async (n, file) => {
      const bytes = new Uint8Array(readFileSync(file));
      const doc = tryRead(bytes);
      const out = tmp.file(`fixed-${n.replace(/[\\/]/g, '_')}`);
      const r = await runCli(['fix', file, '-o', out]);
      expect(r.err + r.out).not.toMatch(STACK);
      if (!doc) {
        expect(r.code).toBe(2);
        return;
      }
      const report = parseReport(doc.snapshot);
      if (report.warnings.includes(NOT_A_REPORT_WARNING)) {
        expect(r.code).toBe(0);
        expect(r.out).toContain('ser inte ut som en rapport');
        expect(Buffer.compare(readFileSync(out), Buffer.from(bytes))).toBe(0);
        return;
      }
      expect([0, 1]).toContain(r.code);
      const fix = computeTocFix(report, doc.snapshot);
      const replace = fix.edits.find((e) => e.kind === 'replaceBlocks');
      if (r.code === 1 && replace && replace.kind === 'replaceBlocks') {
        expectOnlyRegionChanged(n, doc, bytes, new Uint8Array(readFileSync(out)), replace);
      }
    },
  );

  it.each(files.map((f) => [name(f), f]))('%s: a forced TOC rebuild replaces exactly the TOC', (n, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const doc = tryRead(bytes);
    const toc = doc ? parseReport(doc.snapshot).toc : null;
    if (!doc || !toc) return;
    withToc++;
    const report = parseReport(doc.snapshot);
    const fix = computeTocFix(report, doc.snapshot);
    if (fix.ambiguous) {
      // Reported, never rebuilt: the list may run into text that is not TOC.
      expect(fix.edits).toEqual([]);
      return;
    }
    const headings = tocHeadings(report, toc, doc.snapshot);
    const edits = rebuildTocEdits(toc, doc.snapshot, tocLinesFor(headings, toc));
    const result = applyEdits(doc, edits);
    expect({ n, refused: result.refused.map((x) => x.reason) }).toEqual({ n, refused: [] });
    const replace = edits.find((e) => e.kind === 'replaceBlocks');
    if (!replace || replace.kind !== 'replaceBlocks') throw new Error('no replaceBlocks');
    const after = expectOnlyRegionChanged(n, doc, bytes, result.bytes, replace);
    rebuilt++;
    const again = parseReport(after.snapshot);
    expect(again.toc?.kind).toBe('field');
    // The document's own instruction is kept; a typed list gets the default one.
    if (toc.kind === 'field' && toc.instruction) expect(again.toc?.instruction?.trim()).toBe(toc.instruction.trim());
    // Every heading the TOC lists is still there, with its text and level, and the new TOC lists exactly them.
    const now = tocHeadings(again, again.toc, after.snapshot);
    expect({ n, headings: now.map((h) => [h.text, h.level]) }).toEqual({
      n,
      headings: headings.map((h) => [h.text, h.level]),
    });
    expect({ n, differences: compareToc(again.toc?.entries ?? [], now) }).toEqual({ n, differences: [] });
  });

  it('rebuilt the TOC of the files that have one (else the test above proves nothing)', () => {
    expect(withToc).toBeGreaterThanOrEqual(10);
    expect(rebuilt).toBeGreaterThanOrEqual(8);
  });

  it('bin/rapportstod.js in real processes: exit codes, Swedish messages, no stack trace, a non-report copied as it is', () => {
    const bin = join(PROJECT_ROOT, 'bin', 'rapportstod.js');
    if (!existsSync(join(PROJECT_ROOT, 'dist-cli', 'cli', 'main.js'))) {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.cli.json'], { cwd: PROJECT_ROOT });
    }
    const pick = (part: string): string => {
      const f = files.find((x) => x.includes(part));
      if (!f) throw new Error(`${part} saknas i korpusen`);
      return f;
    };
    const unreadable = pick('poi-truncated62886');
    const manual = pick('oxmlsdk-comment.docx');
    const plain = pick('mammoth');
    const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    const bad = run(['check', unreadable]);
    expect(bad.status).toBe(2);
    expect(bad.stdout + bad.stderr).toMatch(/skadad|kunde inte läsas/);
    expect(bad.stdout + bad.stderr).not.toMatch(STACK);
    const ok = run(['check', plain, manual]);
    expect([0, 1]).toContain(ok.status);
    expect(ok.stdout + ok.stderr).not.toMatch(STACK);
    const out = tmp.file('manual-fixed.docx');
    const fixed = run(['fix', manual, '-o', out]);
    expect(fixed.stderr).toBe('');
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain('ser inte ut som en rapport');
    expect(Buffer.compare(readFileSync(out), readFileSync(manual))).toBe(0);
  });
});
