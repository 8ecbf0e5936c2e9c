/**
 * `fix` acts on reports only: a document the check calls "not a report" (a manual with a stale TOC, a
 * letter) gets a byte-identical copy and a Swedish reason, never a rebuilt TOC.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { complexFieldParagraphs, heading, para } from '../../core/ooxml/builders';
import { computeFixes, NOT_A_REPORT_FIX_MESSAGE } from '../../core/fix';
import { parseReport } from '../../core/parse/index';
import { readDocx } from '../../docx/index';
import { createDocx } from '../../docx/package-writer';
import { main } from '../main';

/** A user manual whose TOC field lists a chapter that no longer exists: stale, but not ours. */
function staleManual(): Uint8Array {
  const toc = complexFieldParagraphs('TOC \\o "1-3" \\h \\z \\u', [
    para('Installation\t1', { style: 'TOC1' }),
    para('Removed chapter\t2', { style: 'TOC1' }),
  ]);
  return createDocx(
    para('User manual') +
      toc +
      heading('Installation', 1) +
      para('Run the installer.') +
      heading('Configuration', 1) +
      para('Edit the settings file.'),
  );
}

it('the manual is stale and not a report, so the core proposes nothing and says why', () => {
  const doc = readDocx(staleManual());
  const report = parseReport(doc.snapshot);
  expect(report.toc?.entries.map((e) => e.text)).toEqual(['Installation', 'Removed chapter']);
  const result = computeFixes(doc.snapshot, report);
  expect(result).toEqual({ edits: [], changes: [], notReport: NOT_A_REPORT_FIX_MESSAGE });
});

it('writes a byte-identical copy of a non-report and says in Swedish why nothing changed', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapportstod-fix-'));
  const input = path.join(dir, 'manual.docx');
  const output = path.join(dir, 'ut.docx');
  const original = Buffer.from(staleManual());
  writeFileSync(input, original);
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['fix', input, '-o', output], { out: (t) => out.push(t), err: (t) => err.push(t) });
  expect(code).toBe(0);
  expect(err).toEqual([]);
  expect(out.join('')).toContain('ser inte ut som en rapport');
  expect(out.join('')).toContain(`Oförändrad kopia skriven till ${output}`);
  expect(Buffer.compare(readFileSync(output), original)).toBe(0);
  expect(Buffer.compare(readFileSync(input), original)).toBe(0);
});
