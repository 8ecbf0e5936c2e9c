/**
 * `rapportstod check [--json] FIL|MAPP...`: the manager's "check report" for one file or a folder
 * of reports. Every file is checked even when an earlier one cannot be read; the exit code tells
 * the worst outcome (2 unreadable file, 1 errors found, 0 clean) so scripts can gate on it.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkSnapshot, countBySeverity, groupBySection } from '../../core/check';
import type { ReportType } from '../../core/model';
import type { Finding, Severity } from '../../core/rules/types';
import { DocxError, readDocx } from '../../docx/index';
import type { CliIo, Command } from '../io';

const USAGE = 'Användning: rapportstod check [--json] FIL|MAPP...';

/** A finding as `--json` prints it: without the pane's ignore id and the edits, which only `fix` applies. */
type JsonFinding = Omit<Finding, 'id' | 'fix'>;

type FileResult =
  | { file: string; reportType: ReportType | null; findings: Finding[]; notes: string[] }
  | { file: string; error: string };

const SEVERITY_LABEL: Record<Severity, string> = { error: 'FEL', warning: 'VARNING', tip: 'TIPS' };

const TYPE_NAME: Record<ReportType, string> = {
  VB: 'Verksamhetsberättelse (VB)',
  T1: 'Tertialrapport 1 (T1)',
  T2: 'Tertialrapport 2 (T2)',
  VP: 'Verksamhetsplan (VP)',
};

export const run: Command = async (args, io) => {
  let json = false;
  const targets: string[] = [];
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') {
      io.out(`${USAGE}\n`);
      return 0;
    } else if (a.startsWith('-')) {
      io.err(`Okänd flagga: ${a}\n${USAGE}\n`);
      return 2;
    } else targets.push(a);
  }
  if (targets.length === 0) {
    io.err(`Ange minst en fil eller mapp att kontrollera.\n${USAGE}\n`);
    return 2;
  }

  const results: FileResult[] = [];
  for (const target of targets) {
    for (const file of await expand(target, results)) results.push(await checkFile(file));
  }

  if (json) io.out(`${JSON.stringify({ files: results.map(toJson) }, null, 2)}\n`);
  else printText(io, results);

  if (results.some((r) => 'error' in r)) return 2;
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
  const names = (await fs.readdir(target)).filter((n) => /\.docx$/i.test(n) && !n.startsWith('~$')).sort((a, b) => a.localeCompare(b, 'sv'));
  if (names.length === 0) results.push({ file: target, error: `Mappen innehåller inga Word-dokument (.docx): ${target}` });
  return names.map((n) => path.join(target, n));
}

async function checkFile(file: string): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, error: code === 'EACCES' ? `Filen kan inte läsas (behörighet saknas): ${file}` : `Filen kan inte läsas: ${file}` };
  }
  try {
    const doc = readDocx(bytes);
    const { report, findings } = checkSnapshot(doc.snapshot);
    return { file, reportType: report.type, findings, notes: [...doc.snapshot.warnings, ...report.warnings] };
  } catch (error) {
    if (error instanceof DocxError) return { file, error: error.message };
    return { file, error: `Rapporten kunde inte kontrolleras: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function toJson(r: FileResult): { file: string; reportType?: ReportType | null; findings: JsonFinding[]; error?: string } {
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
    io.out(`  ${plural(c.error, 'fel', 'fel')}, ${plural(c.warning, 'varning', 'varningar')}, ${plural(c.tip, 'tips', 'tips')}\n`);
    for (const note of r.notes) io.out(`  Obs: ${note}\n`);
    if (r.findings.length === 0) {
      io.out('  Inga fynd: rapporten ser komplett ut.\n');
      return;
    }
    for (const group of groupBySection(r.findings)) {
      io.out(`\n  ${group.section}\n`);
      for (const f of group.findings) {
        io.out(`    ${SEVERITY_LABEL[f.severity].padEnd(8)}${oneLine(f.subject)}: ${f.message}  [${f.rule}/${f.kind}]\n`);
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
