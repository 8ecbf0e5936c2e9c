/**
 * The folder summary of `rapportstod check MAPP --report FIL.html --csv FIL.csv`: one row per report
 * for a unit head or the district's controller, the reports that cannot be submitted first.
 *
 * The HTML is one self-contained file (inline CSS, no script, no network) that can be mailed around
 * and printed: the overview table, then each report's findings under an anchor the table links to.
 * The CSV is what Excel opens directly in a Swedish locale: UTF-8 with a byte order mark (else Excel
 * reads it as Windows-1252 and breaks å, ä, ö), ';' as separator (Swedish Excel's list separator,
 * since ',' is the decimal comma) and CRLF line ends.
 */
import { countBySeverity, groupBySection } from '../../core/check';
import type { Severity } from '../../core/rules/types';
import { TYPE_NAME, type FileResult } from './check-result';

export interface SummaryRow {
  file: string;
  /** The file's name without its folder: what the tables show (the full path is in the HTML's title). */
  name: string;
  /** Anchor of the file's detailed list in the HTML. */
  anchor: string;
  unit: string;
  reportType: string;
  year: string;
  counts: Record<Severity, number>;
  /** False when the report has errors or could not be read. */
  submittable: boolean;
  /** Swedish: "Kan inte läsas", "Har fel", "Varningar", "Klar". */
  status: string;
  /** The first error messages (or why the file could not be read). */
  firstErrors: string[];
  result: FileResult;
}

const FIRST_ERRORS = 3;

function rank(r: SummaryRow): number {
  if ('error' in r.result) return 0;
  if (r.counts.error > 0) return 1;
  if (r.counts.warning > 0) return 2;
  return 3;
}

/** One row per file, the reports that cannot be submitted first (most errors first), then by file name. */
export function summaryRows(results: readonly FileResult[]): SummaryRow[] {
  const rows = results.map((result, i): SummaryRow => {
    const anchor = `rapport-${i + 1}`;
    if ('error' in result) {
      return {
        file: result.file,
        name: baseName(result.file),
        anchor,
        unit: '',
        reportType: '',
        year: '',
        counts: { error: 0, warning: 0, tip: 0 },
        submittable: false,
        status: 'Kan inte läsas',
        firstErrors: [result.error],
        result,
      };
    }
    const counts = countBySeverity(result.findings);
    return {
      file: result.file,
      name: baseName(result.file),
      anchor,
      unit: result.unit ?? '',
      reportType: result.reportType ? TYPE_NAME[result.reportType] : 'Okänd rapporttyp',
      year: result.year === null ? '' : String(result.year),
      counts,
      submittable: counts.error === 0,
      status: counts.error > 0 ? 'Har fel' : counts.warning > 0 ? 'Varningar' : 'Klar',
      firstErrors: result.findings
        .filter((f) => f.severity === 'error')
        .slice(0, FIRST_ERRORS)
        // With what it is about: the same message for three indicators says little without their names.
        .map((f) => (f.subject.trim() ? `${oneLine(f.subject)}: ${f.message}` : f.message)),
      result,
    };
  });
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.counts.error - a.counts.error ||
      b.counts.warning - a.counts.warning ||
      a.file.localeCompare(b.file, 'sv'),
  );
}

/** The last segment of a path, for either separator (the summary may be made on Windows). */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

// ---------------------------------------------------------------------------------------------- CSV

const CSV_HEADER = [
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
];

/**
 * A field as Excel reads it: quoted when it holds the separator, a quote or a line break. A text Excel
 * would take for a formula (starting with =, +, - or @; document text is not to be trusted) gets a
 * leading space, so Excel shows it as text instead of evaluating it.
 */
function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = ` ${s}`;
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function summaryCsv(rows: readonly SummaryRow[]): string {
  const lines = [
    CSV_HEADER,
    ...rows.map((r) => [
      r.file,
      r.unit,
      r.reportType,
      r.year,
      r.status,
      r.submittable ? 'Ja' : 'Nej',
      r.counts.error,
      r.counts.warning,
      r.counts.tip,
      r.firstErrors.join(' · '),
    ]),
  ];
  return `\ufeff${lines.map((cells) => cells.map(csvField).join(';')).join('\r\n')}\r\n`;
}

// --------------------------------------------------------------------------------------------- HTML

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Fel', warning: 'Varning', tip: 'Tips' };

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.45 "Segoe UI", system-ui, -apple-system, Arial, sans-serif; color: #1b1b1b; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .25rem; border-top: 1px solid #c8c8c8; padding-top: 1rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.meta { color: #454545; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid #d6d6d6; }
th { background: #f0f0f0; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.status { display: inline-block; padding: 0 .4rem; border-radius: .25rem; font-weight: 600; white-space: nowrap; }
.s-unreadable, .s-error { background: #fde7e9; color: #a4262c; }
.s-warning { background: #fff4ce; color: #6b4a00; }
.s-ok { background: #dff6dd; color: #0e5c0e; }
ul.findings { list-style: none; padding: 0; margin: 0; }
ul.findings li { padding: .2rem 0; }
.sev { display: inline-block; min-width: 4.5rem; font-weight: 600; }
.sev-error { color: #a4262c; } .sev-warning { color: #6b4a00; } .sev-tip { color: #005a9e; }
.subject { color: #454545; }
a { color: #005a9e; }
ol.first { margin: 0; padding-left: 1.1rem; }
td.first { min-width: 16rem; }
td.file { overflow-wrap: anywhere; min-width: 9rem; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  th { background: #e6e6e6 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .status { border: 1px solid currentColor; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, li { break-inside: avoid; }
  h2 { break-after: avoid; }
  section.report { break-before: page; }
  .noprint { display: none; }
}
`;

function statusClass(r: SummaryRow): string {
  if ('error' in r.result) return 's-unreadable';
  return r.counts.error > 0 ? 's-error' : r.counts.warning > 0 ? 's-warning' : 's-ok';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The whole summary as one HTML document; `checkedAt` is printed in the heading (a date, e.g. 2026-11-30). */
export function summaryHtml(rows: readonly SummaryRow[], checkedAt: string): string {
  const blocked = rows.filter((r) => !r.submittable).length;
  const head = `<tr><th scope="col">Status</th><th scope="col">Fil</th><th scope="col">Enhet</th><th scope="col">Rapporttyp</th><th scope="col">År</th><th scope="col" class="num">Fel</th><th scope="col" class="num">Varningar</th><th scope="col" class="num">Tips</th><th scope="col">Första felen</th></tr>`;
  const body = rows
    .map((r) => {
      const first = r.firstErrors.length
        ? `<ol class="first">${r.firstErrors.map((e) => `<li>${esc(e)}</li>`).join('')}</ol>`
        : '';
      return (
        `<tr><td><span class="status ${statusClass(r)}">${esc(r.status)}</span></td>` +
        `<td class="file"><a href="#${r.anchor}" title="${esc(r.file)}">${esc(r.name)}</a></td><td>${esc(r.unit)}</td><td>${esc(r.reportType)}</td><td>${esc(r.year)}</td>` +
        `<td class="num">${r.counts.error}</td><td class="num">${r.counts.warning}</td><td class="num">${r.counts.tip}</td><td class="first">${first}</td></tr>`
      );
    })
    .join('\n');
  const details = rows.map(detailsSection).join('\n');
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sammanställning av rapporter</title>
<style>${CSS}</style>
</head>
<body>
<header id="top">
<h1>Sammanställning av rapporter</h1>
<p class="meta">Kontrollerade ${esc(checkedAt)} med Rapportstöd · ${plural(rows.length, 'rapport', 'rapporter')} · ${blocked} kan inte lämnas in som de är (fel eller oläsbara).</p>
</header>
<main>
<table>
<caption class="meta" style="text-align:left">Rapporterna som inte kan lämnas in står först. Klicka på en fil för dess fynd.</caption>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
</table>
${details}
</main>
</body>
</html>
`;
}

function detailsSection(r: SummaryRow): string {
  const title = `<h2 id="${r.anchor}" title="${esc(r.file)}">${esc(r.name)}</h2>`;
  if ('error' in r.result)
    return `<section class="report">${title}<p><span class="status s-unreadable">Kan inte läsas</span> ${esc(r.result.error)}</p></section>`;
  const meta = [r.unit, r.reportType, r.year]
    .filter((x) => x)
    .map(esc)
    .join(' · ');
  const counts = `${plural(r.counts.error, 'fel', 'fel')}, ${plural(r.counts.warning, 'varning', 'varningar')}, ${plural(r.counts.tip, 'tips', 'tips')}`;
  const notes = r.result.notes.map((n) => `<p class="meta">Obs: ${esc(n)}</p>`).join('');
  const groups = groupBySection(r.result.findings)
    .map(
      (g) =>
        `<h3>${esc(g.section)}</h3><ul class="findings">${g.findings
          .map(
            (f) =>
              `<li><span class="sev sev-${f.severity}">${SEVERITY_LABEL[f.severity]}</span> <span class="subject">${esc(oneLine(f.subject))}:</span> ${esc(f.message)}</li>`,
          )
          .join('')}</ul>`,
    )
    .join('');
  // Not for a document that is not a report: its note says why it has no findings.
  const none =
    r.result.findings.length === 0 && r.result.reportType ? '<p>Inga fynd: rapporten ser komplett ut.</p>' : '';
  return `<section class="report">${title}<p class="meta">${meta} — ${counts}</p>${notes}${groups}${none}<p class="noprint"><a href="#top">Till översikten</a></p></section>`;
}

function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}
