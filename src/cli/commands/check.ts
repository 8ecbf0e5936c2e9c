/**
 * `rapportstod check [--json] FIL|MAPP...`: the manager's "check report" for one file or a folder
 * of reports. Every file is checked even when an earlier one cannot be read; the exit code tells
 * the worst outcome (2 unreadable file, 1 errors found, 0 clean) so scripts can gate on it.
 * `--comments -o UT` writes the findings as Word comments into a copy of one report;
 * `--report FIL.html` and `--csv FIL.csv` write a summary of all checked reports (see summary.ts).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkSnapshot, countBySeverity, groupBySection, groupOf } from '../../core/check';
import type { ReportType } from '../../core/model';
import type { Finding, Severity } from '../../core/rules/types';
import { DocxError, readDocx, type DocxDocument } from '../../docx/index';
import { writeFailure, type CliIo, type Command } from '../io';
import { TYPE_NAME, type FileResult } from './check-result';
import { commentsFor } from './check-comments';
import { summaryCsv, summaryHtml, summaryRows } from './summary';

const USAGE = `Användning: rapportstod check [--json] FIL|MAPP...
       rapportstod check --comments -o UT FIL     fynden som Word-kommentarer i en kopia av rapporten
       rapportstod check MAPP [--report FIL.html] [--csv FIL.csv]   sammanställning av alla rapporter`;

/**
 * A finding as `--json` prints it: without the pane's ignore id, the edits (only `fix` applies them) and the
 * message id (its kind is the stable part); `group` is always there — the heading the text listing puts the
 * finding under ("Tillgänglighet" for the accessibility pack, else its section), so a script need not know
 * which kinds form a pack.
 */
type JsonFinding = Omit<Finding, 'id' | 'fix' | 'messageId' | 'suggestion' | 'group'> & { group: string };

const SEVERITY_LABEL: Record<Severity, string> = { error: 'FEL', warning: 'VARNING', tip: 'TIPS' };

interface Options {
  json: boolean;
  comments: boolean;
  output: string | null;
  report: string | null;
  csv: string | null;
  targets: string[];
}

/** Parses the flags; a string is the Swedish message for a usage error. */
// 'help' is named apart from the other strings (usage messages) for the reader; the type is the same.
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function parseArgs(args: string[]): Options | string | 'help' {
  const o: Options = { json: false, comments: false, output: null, report: null, csv: null, targets: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string | null => {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('-')) return null;
      i++;
      return v;
    };
    if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') return 'help';
    else if (a === '--comments') o.comments = true;
    else if (a === '-o' || a === '--output' || a === '--report' || a === '--csv') {
      const v = value();
      if (!v) return `Flaggan ${a} behöver ett filnamn.`;
      if (a === '--report') o.report = v;
      else if (a === '--csv') o.csv = v;
      else o.output = v;
    } else if (a.startsWith('-')) return `Okänd flagga: ${a}`;
    else o.targets.push(a);
  }
  if (o.targets.length === 0) return 'Ange minst en fil eller mapp att kontrollera.';
  if (o.comments && (!o.output || o.targets.length !== 1))
    return 'Med --comments anges en rapport och en utfil: rapportstod check --comments -o UT FIL';
  if (!o.comments && o.output) return 'Flaggan -o används med --comments.';
  if (o.comments && o.output && path.resolve(o.output) === path.resolve(o.targets[0])) {
    return 'Utfilen får inte vara samma fil som rapporten: kommentarerna skrivs i en kopia.';
  }
  return o;
}

export const run: Command = async (args, io) => {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  const options = parsed;

  const results: FileResult[] = [];
  const docs = new Map<FileResult, { doc: DocxDocument; checked: ReturnType<typeof checkSnapshot> }>();
  for (const target of options.targets) {
    for (const file of await expand(target, results)) {
      const { result, doc, checked } = await checkFile(file);
      results.push(result);
      if (options.comments && doc && checked) docs.set(result, { doc, checked });
    }
  }

  if (options.json) io.out(`${JSON.stringify({ files: results.map(toJson) }, null, 2)}\n`);
  else printText(io, results);

  let failed = false;
  if (options.comments && options.output) {
    const first = results[0];
    const read = first ? docs.get(first) : undefined;
    if (read) {
      const outcome = commentsFor(read.doc, read.checked);
      try {
        await fs.writeFile(options.output, outcome.bytes);
        const say = options.json ? io.err : io.out;
        say(
          `\nKommentarer: ${outcome.written} skrevs in i ${options.output}` +
            (outcome.alreadyThere ? ` (${outcome.alreadyThere} fynd hade redan en kommentar från Rapportstöd)` : '') +
            '.\n',
        );
        for (const r of outcome.refused) io.err(`Kommentaren kunde inte placeras: ${r}\n`);
      } catch (error) {
        io.err(`${writeFailure(options.output, error)}\n`);
        failed = true;
      }
    } else io.err('Rapporten kunde inte läsas; inga kommentarer skrevs.\n');
  }

  const rows = options.report || options.csv ? summaryRows(results) : [];
  const outputs: [string | null, () => string][] = [
    [options.report, () => summaryHtml(rows, new Date().toISOString().slice(0, 10))],
    [options.csv, () => summaryCsv(rows)],
  ];
  for (const [file, make] of outputs) {
    if (!file) continue;
    try {
      await fs.writeFile(file, make(), 'utf8');
      (options.json ? io.err : io.out)(`Sammanställningen skrevs till ${file}.\n`);
    } catch (error) {
      io.err(`${writeFailure(file, error)}\n`);
      failed = true;
    }
  }

  if (failed || results.some((r) => 'error' in r)) return 2;
  if (results.some((r) => 'findings' in r && r.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
};

/** A file stands for itself; a folder for the .docx files directly in it (not Word's "~$" lock files). */
async function expand(target: string, results: FileResult[]): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch {
    results.push({ file: target, error: `Filen eller mappen finns inte: ${target}` });
    return [];
  }
  if (!stat.isDirectory()) return [target];
  const names = (await fs.readdir(target))
    .filter((n) => /\.docx$/i.test(n) && !n.startsWith('~$'))
    .sort((a, b) => a.localeCompare(b, 'sv'));
  if (names.length === 0)
    results.push({ file: target, error: `Mappen innehåller inga Word-dokument (.docx): ${target}` });
  return names.map((n) => path.join(target, n));
}

async function checkFile(
  file: string,
): Promise<{ result: FileResult; doc?: DocxDocument; checked?: ReturnType<typeof checkSnapshot> }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      result: {
        file,
        error:
          code === 'EACCES' ? `Filen kan inte läsas (behörighet saknas): ${file}` : `Filen kan inte läsas: ${file}`,
      },
    };
  }
  try {
    const doc = readDocx(bytes);
    const checked = checkSnapshot(doc.snapshot);
    const { report, findings } = checked;
    return {
      result: {
        file,
        reportType: report.type,
        unit: report.unit,
        year: report.year,
        findings,
        notes: [...doc.snapshot.warnings, ...report.warnings, ...checked.notes],
      },
      doc,
      checked,
    };
  } catch (error) {
    if (error instanceof DocxError) return { result: { file, error: error.message } };
    return {
      result: {
        file,
        error: `Rapporten kunde inte kontrolleras: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}

function toJson(r: FileResult): {
  file: string;
  reportType?: ReportType | null;
  findings: JsonFinding[];
  error?: string;
} {
  if ('error' in r) return { file: r.file, error: r.error, findings: [] };
  return {
    file: r.file,
    reportType: r.reportType,
    findings: r.findings.map((f) => ({
      rule: f.rule,
      kind: f.kind,
      severity: f.severity,
      subject: f.subject,
      message: f.message,
      section: f.section,
      group: groupOf(f),
      location: f.location,
    })),
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function printText(io: CliIo, results: FileResult[]): void {
  results.forEach((r, i) => {
    if (i > 0) io.out('\n');
    if ('error' in r) {
      io.out(`${r.file}\n  Kunde inte läsas: ${r.error}\n`);
      return;
    }
    const kind = r.reportType ? TYPE_NAME[r.reportType] : 'okänd rapporttyp';
    const c = countBySeverity(r.findings);
    io.out(`${r.file} — ${kind}\n`);
    io.out(
      `  ${plural(c.error, 'fel', 'fel')}, ${plural(c.warning, 'varning', 'varningar')}, ${plural(c.tip, 'tips', 'tips')}\n`,
    );
    for (const note of r.notes) io.out(`  Obs: ${note}\n`);
    if (r.findings.length === 0) {
      // A document that is not a report has no findings either; its note says why, not "komplett".
      if (r.reportType) io.out('  Inga fynd: rapporten ser komplett ut.\n');
      return;
    }
    for (const group of groupBySection(r.findings)) {
      io.out(`\n  ${group.section}\n`);
      for (const f of group.findings) {
        io.out(
          `    ${SEVERITY_LABEL[f.severity].padEnd(8)}${oneLine(f.subject)}: ${f.message}  [${f.rule}/${f.kind}]\n`,
        );
      }
    }
  });
  if (results.length > 1) {
    const read = results.filter((r): r is Extract<FileResult, { findings: Finding[] }> => 'findings' in r);
    const withErrors = read.filter((r) => r.findings.some((f) => f.severity === 'error')).length;
    const unreadable = results.length - read.length;
    io.out(
      `\nSammanfattning: ${plural(results.length, 'fil', 'filer')} kontrollerade, ${withErrors} med fel${unreadable ? `, ${unreadable} kunde inte läsas` : ''}.\n`,
    );
  }
}

function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}
