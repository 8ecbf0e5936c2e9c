/**
 * `rapportstod check MAPP --report FIL.html --csv FIL.csv` on the test fixtures (plus one file that is
 * not a .docx inside): one row per report with the counts the check itself gives, the reports that
 * cannot be submitted first, a self-contained HTML file, and a CSV that LibreOffice Calc splits into
 * the right columns with å, ä and ö intact (when Calc is installed; writer-only installs skip that part
 * with a note). The browser check of the HTML is scripts/browser/summary.js.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkSnapshot, countBySeverity } from '../src/core/check';
import { main } from '../src/cli/main';
import { readDocx } from '../src/docx/index';
import { PROJECT_ROOT } from './support/shared';

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/docx');

/** A minimal RFC 4180 reader with ';' as separator (quoted fields, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('folder summary', () => {
  const work = mkdtempSync(join(tmpdir(), 'rs-summary-'));
  const folder = join(work, 'rapporter');
  mkdirSync(folder);
  const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.docx'));
  for (const n of names) copyFileSync(join(FIXTURES, n), join(folder, n));
  writeFileSync(join(folder, 'trasig.docx'), 'inte ett Word-dokument');
  const html = join(work, 'sammanstallning.html');
  const csv = join(work, 'sammanstallning.csv');
  let code = -1;
  let out = '';

  beforeAll(async () => {
    code = await main(['check', folder, '--report', html, '--csv', csv], {
      out: (t) => void (out += t),
      err: () => undefined,
    });
  });

  const expected = new Map(
    names.map((n) => {
      const checked = checkSnapshot(readDocx(readFileSync(join(FIXTURES, n))).snapshot);
      return [n, { counts: countBySeverity(checked.findings), report: checked.report }];
    }),
  );

  it('reports what it wrote and exits as check does (2: one file could not be read)', () => {
    expect(code).toBe(2);
    expect(out).toContain(`Sammanställningen skrevs till ${html}.`);
    expect(out).toContain(`Sammanställningen skrevs till ${csv}.`);
  });

  it('CSV: UTF-8 with BOM, ; and CRLF, one row per file with the check’s own counts', () => {
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n'); // every line ends in CRLF
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'Fil',
      'Enhet',
      'Rapporttyp',
      'År',
      'Status',
      'Kan lämnas in',
      'Fel',
      'Varningar',
      'Tips',
      'Första felen',
    ]);
    expect(rows).toHaveLength(names.length + 1);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    for (const n of names) {
      const row = rows.find((r) => r[0].endsWith(n))!;
      const e = expected.get(n)!;
      expect([n, row.slice(6, 9).map(Number)]).toEqual([n, [e.counts.error, e.counts.warning, e.counts.tip]]);
      expect([n, row[1], row[3]]).toEqual([
        n,
        e.report.unit ?? '',
        e.report.year === null ? '' : String(e.report.year),
      ]);
      expect([n, row[5]]).toEqual([n, e.counts.error > 0 ? 'Nej' : 'Ja']);
    }
  });

  it('puts the reports that cannot be submitted first: the unreadable file, then most errors', () => {
    const rows = parseCsv(readFileSync(csv, 'utf8').slice(1)).slice(1);
    expect(rows[0].slice(0, 1).concat(rows[0].slice(4, 6))).toEqual([
      join(folder, 'trasig.docx'),
      'Kan inte läsas',
      'Nej',
    ]);
    const submittable = rows.map((r) => r[5]);
    expect(submittable.indexOf('Ja')).toBeGreaterThan(0);
    expect(submittable.slice(submittable.indexOf('Ja')).every((s) => s === 'Ja')).toBe(true);
    const errors = rows.filter((r) => r[5] === 'Nej' && r[4] === 'Har fel').map((r) => Number(r[6]));
    expect(errors).toEqual([...errors].sort((a, b) => b - a));
    // The first errors are in words, with what they are about.
    const first = rows.find((r) => r[4] === 'Har fel')!;
    expect(first[9].length).toBeGreaterThan(20);
  });

  it('HTML: self-contained (no script, no external reference), printable, every row links to its findings', () => {
    const page = readFileSync(html, 'utf8');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|https?:\/\//i);
    expect(page).toContain('@media print');
    expect(page).toContain('<html lang="sv">');
    const links = [...page.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.filter((l) => l !== 'top')).toHaveLength(names.length + 1);
    for (const id of links) expect([id, page.includes(`id="${id}"`)]).toEqual([id, true]);
    for (const n of names) expect(page).toContain(`>${n}</a>`);
    expect(page).toContain('<span class="status s-unreadable">Kan inte läsas</span>');
  });

  it('LibreOffice Calc reads the CSV into the right columns with å, ä and ö intact', () => {
    const hasCalc =
      spawnSync('soffice', ['--version']).status === 0 && existsSync('/usr/lib/libreoffice/program/libsclo.so');
    if (!hasCalc) {
      console.warn('LibreOffice Calc saknas (bara Writer är installerat): CSV-filen öppnas inte i Calc här.');
      return;
    }
    // 59 = ';', 34 = '"', 76 = UTF-8; Calc writes it back with ',' so the columns it saw are visible.
    const outDir = join(work, 'calc');
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
        '--headless',
        '--infilter=CSV:59,34,76',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        outDir,
        csv,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(r.status).toBe(0);
    const back = readFileSync(join(outDir, 'sammanstallning.csv'), 'utf8');
    const lines = back.split(/\r?\n/);
    expect(lines[0]).toBe('Fil,Enhet,Rapporttyp,År,Status,Kan lämnas in,Fel,Varningar,Tips,Första felen');
    expect(back).toContain('Verksamhetsberättelse (VB)');
    expect(back).toContain('Kan inte läsas');
  }, 200_000);
});
