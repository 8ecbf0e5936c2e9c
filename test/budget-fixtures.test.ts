/**
 * Budget tables end to end on real .docx packages: seed 001's economy tables read without a false
 * finding; copies with injected errors (written through `applyEdits`, as a user's typo would be)
 * are found and `fix` mends them, leaving every other text and the cells' run formatting alone;
 * the fixed file still converts with LibreOffice.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { findBudgetTables } from '../src/core/budget/index';
import type { BudgetTable, ColumnRole } from '../src/core/budget/types';
import { checkSnapshot } from '../src/core/check';
import type { SetCellText } from '../src/core/edits';
import { computeFixes } from '../src/core/fix';
import { para, tableXml } from '../src/core/ooxml/builders';
import { parseReport } from '../src/core/parse/index';
import { budgetSums } from '../src/core/rules/budget-sums';
import { numberFormat } from '../src/core/rules/number-format';
import { type DocSnapshot, isTable } from '../src/core/snapshot';
import { applyEdits, readDocx } from '../src/docx/index';
import { createDocx } from '../src/docx/package-writer';
import { run as fixCommand } from '../src/cli/commands/fix';
import {
  DRIFT_HEADER,
  DRIFT_ROWS,
  INVESTERINGAR_ROWS,
  NETTO_ROWS,
  OMSLUTNING_ROWS,
  RESULTATENHETER_ROWS,
} from '../src/core/budget/__fixtures__/seed001';

const SEED_DOCX = join(__dirname, 'fixtures', 'docx', 'seed-001.docx');

/** The economy section of seed 001 built here, so the end-to-end path is tested even without the generated fixture. */
function economyDocx(): Uint8Array {
  const grid = (rows: string[][]) => {
    const first = 9070 - (rows[0].length - 1) * 1300;
    return tableXml({
      columns: [first, ...rows[0].slice(1).map(() => 1300)],
      rows: rows.map((cells, r) => ({
        header: r === 0,
        cells: cells.map((text) => ({
          content: text.split('\n').join(' '),
          bold: r === 0 || /^(Totalt|Summa)/.test(cells[0]),
          align: 'right' as const,
        })),
      })),
    });
  };
  const body = [
    para('Uppföljning av ekonomi', { style: 'Heading1' }),
    para('Analys av resultaträkning - uppföljning av driftbudget', { style: 'Heading2' }),
    grid(NETTO_ROWS),
    para('Prognosen för den ekonomiska uppföljningen visar på en budget i balans.'),
    grid([DRIFT_HEADER, ...DRIFT_ROWS]),
    para('Förskoleverksamheten visar ett överskott med 3,5 mnkr, jämfört med budget.'),
    para('Resultatenheter', { style: 'Heading2' }),
    grid(RESULTATENHETER_ROWS),
    para('Investeringar', { style: 'Heading2' }),
    grid(INVESTERINGAR_ROWS),
    para('Omslutningsförändringar', { style: 'Heading2' }),
    grid(OMSLUTNING_ROWS),
    para('Medel för lokaländamål', { style: 'Heading2' }),
  ].join('');
  return createDocx(body, { title: 'Tertialrapport 1 2020' });
}

const sources: [string, () => Uint8Array][] = [['ekonomiavsnitt byggt av seed 001:s tabeller', economyDocx]];
if (existsSync(SEED_DOCX)) {
  sources.push(['test/fixtures/docx/seed-001.docx', () => readFileSync(SEED_DOCX)]);
} else {
  console.warn(`${SEED_DOCX} saknas ännu (npm run fixtures); bara det egna ekonomidokumentet testas.`);
}

/** Every paragraph and cell text of the document, in order, with their places. */
function allTexts(snapshot: DocSnapshot): string[] {
  const out: string[] = [];
  snapshot.blocks.forEach((b, i) => {
    if (!isTable(b)) {
      out.push(`${i}: ${b.text}`);
      return;
    }
    b.rows.forEach((row, r) => row.cells.forEach((c, ci) => out.push(`${i}/${r}/${ci}: ${c.text}`)));
  });
  return out;
}

function budgetFindings(snapshot: DocSnapshot) {
  return checkSnapshot(snapshot, { rules: [budgetSums, numberFormat] }).findings;
}

function tableOf(tables: BudgetTable[], kind: BudgetTable['kind']): BudgetTable {
  const t = tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`ingen tabell av sorten ${kind}`);
  return t;
}

/** An edit that writes `text` into the cell under `role` in the row labelled `label`. */
function inject(table: BudgetTable, label: string, role: ColumnRole, text: string): SetCellText {
  const row = table.rows.find((r) => r.label === label);
  const column = table.columns.find((c) => c.role === role);
  const cell = row && column ? row.cells[column.index] : null;
  if (!cell) throw new Error(`ingen cell ${label}/${role}`);
  return { kind: 'setCellText', loc: cell.loc, oldText: cell.raw, newText: text, reason: 'test: injicerat fel' };
}

function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml']);
}

const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.each(sources)('%s', (_name, load) => {
  const original = load();
  const doc = readDocx(original);
  const tables = findBudgetTables(doc.snapshot, parseReport(doc.snapshot));
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'rapportstod-budget-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('all five budget tables are recognised', () => {
    expect(tables.map((t) => t.kind).sort()).toEqual([
      'drift',
      'drift-netto',
      'investeringar',
      'omslutning',
      'resultatenheter',
    ]);
  });

  test('no false finding and nothing to fix on the real figures', () => {
    expect(budgetFindings(doc.snapshot).map((f) => `${f.kind}: ${f.message}`)).toEqual([]);
    expect(computeFixes(doc.snapshot, parseReport(doc.snapshot)).edits).toEqual([]);
  });

  describe('with injected errors', () => {
    const injected = applyEdits(doc, [
      inject(tableOf(tables, 'drift'), 'Totalt', 'budget', '2019,9'),
      inject(tableOf(tables, 'drift'), 'Äldreomsorg', 'avvikelse', '3,5'),
      inject(tableOf(tables, 'drift'), tableOf(tables, 'drift').rows[1].label, 'prognosEfter', '175,9'),
      inject(tableOf(tables, 'resultatenheter'), 'Summa resultatenheter', 'franForegaende', '-16428'),
      inject(tableOf(tables, 'investeringar'), 'Totalt', 'prognos', '28,9'),
    ]);
    const broken = readDocx(injected.bytes);

    test('the injection itself went through', () => {
      expect(injected.refused).toEqual([]);
      expect(injected.applied).toHaveLength(5);
    });

    test('each error is found with the value it should have', () => {
      const found = budgetFindings(broken.snapshot).map((f) => [
        f.kind,
        f.subject,
        f.fix?.[0]?.kind === 'setCellText' ? f.fix[0].newText : null,
      ]);
      expect(found).toEqual([
        ['sum-mismatch', expect.stringMatching(/^Individ- ?och ?familjeomsorg$/), '173,9'],
        ['sum-mismatch', 'Äldreomsorg', '-3,5'],
        ['sum-mismatch', 'Totalt', '2017,9'],
        ['sum-mismatch', 'Summa resultatenheter', '-16482'],
        ['sum-mismatch', 'Totalt', '29,8'],
      ]);
    });

    test('fix mends them, changes nothing else, keeps run formatting, and LibreOffice still opens the file', () => {
      const { edits, changes } = computeFixes(broken.snapshot, parseReport(broken.snapshot));
      expect(changes.map((c) => `${c.row}: ${c.old} → ${c.new}`)).toEqual([
        expect.stringMatching(/familjeomsorg: 175,9 → 173,9$/),
        'Äldreomsorg: 3,5 → -3,5',
        'Totalt: 2019,9 → 2017,9',
        'Summa resultatenheter: -16428 → -16482',
        'Totalt: 28,9 → 29,8',
      ]);
      const fixed = applyEdits(broken, edits);
      expect(fixed.refused).toEqual([]);
      const after = readDocx(fixed.bytes);
      expect(budgetFindings(after.snapshot)).toEqual([]);
      expect(allTexts(after.snapshot)).toEqual(allTexts(doc.snapshot));

      // The Totalt row is bold: the rewritten figure keeps its run properties.
      const drift = tableOf(findBudgetTables(after.snapshot), 'drift');
      const total = drift.rows.find((r) => r.label === 'Totalt');
      const block = after.snapshot.blocks[drift.block];
      if (!isTable(block) || !total) throw new Error('Totalt saknas');
      const cell = block.rows[total.index].cells[1];
      expect(cell.text).toBe('2017,9');
      expect(cell.paragraphs[0].runs.every((r) => r.bold)).toBe(true);
      const before = documentXml(original).match(/<w:r>(?:(?!<\/w:r>).)*?<w:t[^>]*>2017,9<\/w:t><\/w:r>/g) ?? [];
      const afterRuns = documentXml(fixed.bytes).match(/<w:r>(?:(?!<\/w:r>).)*?<w:t[^>]*>2017,9<\/w:t><\/w:r>/g) ?? [];
      expect(afterRuns.length).toBeGreaterThan(0);
      expect(afterRuns).toEqual(before);

      if (!hasLibreOffice) {
        console.warn('LibreOffice (soffice) saknas: PDF-konverteringen testas inte här (.ci/run installerar den).');
        return;
      }
      const file = join(work, 'fixad.docx');
      writeFileSync(file, fixed.bytes);
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          file,
        ],
        {
          timeout: 180_000,
          stdio: 'pipe',
        },
      );
      expect(existsSync(join(work, 'fixad.pdf'))).toBe(true);
      const text = spawnSync('pdftotext', [join(work, 'fixad.pdf'), '-'], { encoding: 'utf8' });
      if (text.status === 0) expect(text.stdout).toMatch(/2\s?017,9/);
    }, 200_000);

    test('rapportstod fix writes a corrected copy, prints the changes, leaves the input alone', async () => {
      const input = join(work, 'trasig.docx');
      const output = join(work, 'rattad.docx');
      writeFileSync(input, injected.bytes);
      const out: string[] = [];
      const err: string[] = [];
      const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
      expect(await fixCommand([input, '-o', output], io)).toBe(1);
      expect(err).toEqual([]);
      expect(out.join('')).toContain('Äldreomsorg, Avvikelse (+/-): 3,5 → -3,5');
      expect(out.join('')).toContain('5 ändringar skrivna till');
      expect(Buffer.compare(readFileSync(input), Buffer.from(injected.bytes))).toBe(0);
      expect(budgetFindings(readDocx(readFileSync(output)).snapshot)).toEqual([]);

      // A second run finds nothing to fix.
      out.length = 0;
      expect(await fixCommand([output, '-o', join(work, 'igen.docx')], io)).toBe(0);
      expect(out.join('')).toContain('inget att åtgärda');
    });
  });
});

describe('rapportstod fix: arguments and unreadable files', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) } };
  };
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'rapportstod-fixcli-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('refuses to overwrite the input without --in-place', async () => {
    const file = join(work, 'a.docx');
    writeFileSync(file, economyDocx());
    const b = io();
    expect(await fixCommand([file], b.io)).toBe(2);
    expect(b.err.join('')).toContain('Ange en utfil med -o UT');
    expect(await fixCommand([file, '-o', file], b.io)).toBe(2);
    expect(b.err.join('')).toContain('--in-place');
  });

  test('--in-place rewrites the file itself', async () => {
    const doc = readDocx(economyDocx());
    const drift = tableOf(findBudgetTables(doc.snapshot), 'drift');
    const file = join(work, 'b.docx');
    writeFileSync(file, applyEdits(doc, [inject(drift, 'Totalt', 'avvikelse', '1,0')]).bytes);
    const b = io();
    expect(await fixCommand([file, '--in-place'], b.io)).toBe(1);
    expect(b.out.join('')).toContain('Totalt, Avvikelse (+/-): 1,0 → 0,0');
    expect(budgetFindings(readDocx(readFileSync(file)).snapshot)).toEqual([]);
  });

  test('an unreadable file gets a Swedish message and exit code 2', async () => {
    const file = join(work, 'inte-word.docx');
    writeFileSync(file, 'det här är ingen docx');
    const b = io();
    expect(await fixCommand([file, '-o', join(work, 'ut.docx')], b.io)).toBe(2);
    expect(b.err.join('')).toMatch(/inte ett Word-dokument/);
    expect(existsSync(join(work, 'ut.docx'))).toBe(false);
    const missing = io();
    expect(await fixCommand([join(work, 'finns-inte.docx'), '-o', join(work, 'ut.docx')], missing.io)).toBe(2);
    expect(missing.err.join('')).toContain('finns inte');
  });
});
