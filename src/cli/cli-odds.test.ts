/**
 * The CLI's odds and ends (issue 12): --version, a Swedish message for an output folder that does not
 * exist (never a raw ENOENT), no "ser komplett ut" for a document that is not a report, and Swedish
 * grammar in counts.
 */
jest.setTimeout(60000);

import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { generateReport } from '../../test/gen/report';
import { main } from './main';

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures', 'docx');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

const missingDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'rapportstod-odds-')), 'finns-inte');

it('--version prints the package version', async () => {
  const { version } = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  expect(await cli(['--version'])).toEqual({ code: 0, out: `rapportstod ${version}\n`, err: '' });
});

describe('an output folder that does not exist', () => {
  const message = (dir: string, file: string) =>
    `Kunde inte skriva ${path.join(dir, file)}: mappen ${dir} finns inte. Skapa mappen först eller välj en annan plats.\n`;

  it('fix says so in Swedish, exit 2', async () => {
    const dir = missingDir();
    const r = await cli(['fix', path.join(FIXTURES, 'seed-000.docx'), '-o', path.join(dir, 'ut.docx')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(message(dir, 'ut.docx'));
    expect(r.err).not.toMatch(/ENOENT/);
  });

  it('new says so in Swedish, exit 2', async () => {
    const dir = missingDir();
    const r = await cli([
      'new',
      '--type',
      'VB',
      '--unit',
      'Enheten',
      '--year',
      '2020',
      '-o',
      path.join(dir, 'ny.docx'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(message(dir, 'ny.docx'));
  });

  it('check --report says so in Swedish', async () => {
    const dir = missingDir();
    const r = await cli(['check', path.join(FIXTURES, 'seed-002.docx'), '--report', path.join(dir, 'r.html')]);
    expect(r.err).toBe(message(dir, 'r.html'));
  });
});

it('check on a document that is not a report says what it is, not "rapporten ser komplett ut"', async () => {
  const r = await cli(['check', path.join(FIXTURES, 'not-a-report.docx')]);
  expect(r.out).toContain('Dokumentet ser inte ut som en rapport');
  expect(r.out).not.toContain('komplett');
  // A real report without findings still hears it.
  expect((await cli(['check', path.join(FIXTURES, 'complete-vb.docx')])).out).toContain(
    'Inga fynd: rapporten ser komplett ut.',
  );
});

it('fix counts one change in the singular: "1 ändring skriven"', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapportstod-odds-'));
  const input = path.join(dir, 'rapport.docx');
  // A generated report with one wrong budget total: one cell to rewrite.
  writeFileSync(input, Buffer.from(generateReport({ pages: 5, seed: 7, wrongTotal: true })));
  const r = await cli(['fix', input, '-o', path.join(dir, 'ut.docx')]);
  expect(r.code).toBe(1);
  expect(r.out).toContain('1 ändring skriven till');
  expect(r.out).not.toContain('skrivna');
});
