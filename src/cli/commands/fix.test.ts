/**
 * `fix` when the package reads but cannot be rewritten: the user gets the Swedish message, exit 2,
 * and neither the input nor an output file is touched.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { DocxError } from '../../docx/errors';

jest.mock('../../docx/index', () => {
  const actual = jest.requireActual('../../docx/index');
  return {
    ...actual,
    applyEdits: () => {
      throw new actual.DocxError('invalidXml', 'simulated damaged part');
    },
  };
});

import { generateReport } from '../../../test/gen/report';
import { main } from '../main';

it('refuses to write when the package cannot be rewritten, with a Swedish message and exit 2', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapportstod-fix-'));
  const input = path.join(dir, 'rapport.docx');
  const output = path.join(dir, 'ut.docx');
  // A generated report with a wrong budget total, so fix has an edit to apply.
  const original = Buffer.from(generateReport({ pages: 5, seed: 7, wrongTotal: true }));
  writeFileSync(input, original);
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['fix', input, '-o', output], { out: (t) => out.push(t), err: (t) => err.push(t) });
  expect(code).toBe(2);
  expect(err.join('')).toContain(new DocxError('invalidXml').message);
  expect(err.join('')).toContain('Ingen fil skrevs.');
  expect(existsSync(output)).toBe(false);
  expect(Buffer.compare(readFileSync(input), original)).toBe(0);
});
