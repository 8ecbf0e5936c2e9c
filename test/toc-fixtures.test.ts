/**
 * (Uses the rule runner directly rather than `checkSnapshot`, so it does not depend on every rule.)
 *
 * The TOC fix end to end on real .docx packages: read → parse → fix → write → read again, then
 * LibreOffice renders the result to PDF, and the TOC it prints must list the headings. LibreOffice shows
 * a TOC field's cached result as it is (it does not regenerate it on load), so the PDF shows what the
 * rebuild wrote.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { complexFieldParagraphs, heading, para } from '../src/core/ooxml/builders';
import { parseReport } from '../src/core/parse/index';
import { runRules } from '../src/core/rules/run';
import { tableOfContents } from '../src/core/rules/table-of-contents';
import type { Block } from '../src/core/snapshot';
import { compareReportToc, computeTocFix, tocHeadings, tocKey } from '../src/core/toc';
import { applyEdits, readDocx } from '../src/docx/index';
import { createDocx, styleIds } from '../src/docx/package-writer';

const S = styleIds('swedish');

const HEADINGS: [string, number][] = [
  ['Sammanfattande analys', 1],
  ['Verksamhetsbeskrivning', 2],
  ['Uppföljning av Kommunfullmäktiges inriktningsmål', 1],
  ['1. En modern storstad med möjligheter och valfrihet för alla', 2],
  ['1.5. I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande', 3],
  ['Uppföljning av ekonomi', 1],
  ['Analys av resultaträkning - uppföljning av driftbudget', 2],
  ['Investeringar', 2],
  ['Systematiskt kvalitetsarbete', 1],
  ['Övrigt', 1],
];

const FRONT = [
  para('Axelsbergs vård- och omsorgsboende'),
  para('Tjänsteutlåtande'),
  para('Dnr: HÄ 2020/362'),
  para('2021-02-03'),
  para('Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende', { style: S.Title }),
  para('Handläggare: Hossein Ahmadian'),
].join('');

function bodyXml(): string {
  return HEADINGS.map(
    ([text, level]) =>
      heading(text, level, S[`Heading${level}` as 'Heading1']) +
      para(`Under ${text.toLowerCase()} beskriver enheten årets arbete, med 4,8 % och 2 017,9 tkr som exempel.`),
  ).join('');
}

/** A stale TOC: "Verksamhetsbeskrivning" and 1.5 missing, "Medel för lokaländamål" extra, two entries swapped. */
const STALE: [string, number, string][] = [
  ['Sammanfattande analys', 1, '3'],
  ['Uppföljning av Kommunfullmäktiges inriktningsmål', 1, '5'],
  ['1. En modern storstad med möjligheter och valfrihet för alla', 2, '5'],
  ['Uppföljning av ekonomi', 1, '14'],
  ['Investeringar', 2, '15'],
  ['Analys av resultaträkning - uppföljning av driftbudget', 2, '14'],
  ['Medel för lokaländamål', 2, '15'],
  ['Systematiskt kvalitetsarbete', 1, '15'],
  ['Övrigt', 1, '15'],
];

function typedToc(): string {
  return STALE.map(([t, , p]) => para(`${t} ${'.'.repeat(Math.max(8, 90 - t.length))} ${p}`)).join('');
}

function fieldToc(): string {
  const lines = STALE.map(([t, level, p]) =>
    para(`${t}\t${p}`, { style: S[`TOC${level}` as 'TOC1'], dottedTabAt: 9062 }),
  );
  return complexFieldParagraphs('TOC \\o "1-3" \\h \\z \\u', lines);
}

function makeDocx(toc: string): Uint8Array {
  const title = para('Innehållsförteckning', { style: S.TOCHeading });
  return createDocx(FRONT + title + toc + bodyXml(), { styles: 'swedish' });
}

function texts(blocks: Block[]): string[] {
  return blocks.map((b) =>
    b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join('|')).join('\n'),
  );
}

const work = mkdtempSync(join(tmpdir(), 'rapportstod-toc-'));
afterAll(() => (process.env.KEEP_TOC_WORK ? undefined : rmSync(work, { recursive: true, force: true })));

/** Renders a .docx with LibreOffice (own profile, so parallel runs do not share one) and returns its text. */
function pdfText(name: string, bytes: Uint8Array): string {
  const docx = join(work, `${name}.docx`);
  writeFileSync(docx, bytes);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      docx,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  execFileSync('pdftotext', ['-layout', join(work, `${name}.pdf`), join(work, `${name}.txt`)], { timeout: 30_000 });
  return readFileSync(join(work, `${name}.txt`), 'utf8');
}

/** The TOC lines of the rendered text: from "Innehållsförteckning" to the first body heading, leaders and pages removed. */
function renderedTocEntries(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\f/g, '').trim())
    .filter((l) => l !== '');
  const start = lines.indexOf('Innehållsförteckning');
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l, i) => i > 0 && l === 'Sammanfattande analys');
  return rest.slice(0, end).map((l) => l.replace(/\s*(?:\.\s*){2,}\s*\d*$|\s+\d+$/, '').trim());
}

describe.each([
  ['typed', typedToc],
  ['field', fieldToc],
] as const)('fixing a stale %s TOC in a .docx', (kind, toc) => {
  const before = readDocx(makeDocx(toc()));
  const report = parseReport(before.snapshot);
  const fix = computeTocFix(report, before.snapshot);
  const result = applyEdits(before, fix.edits);
  const after = readDocx(result.bytes);

  it('is recognised as stale by the parser and the rule', () => {
    expect(report.toc?.kind).toBe(kind === 'typed' ? 'typed' : 'field');
    expect(report.headings.filter((h) => h.level <= 3).map((h) => [h.text, h.level])).toEqual(
      expect.arrayContaining(HEADINGS),
    );
    const kinds = compareReportToc(report)
      .map((d) => d.kind)
      .sort();
    expect(kinds).toEqual(expect.arrayContaining(['extra', 'missing', 'missing', 'moved']));
    const findings = runRules([tableOfContents], report, before.snapshot);
    expect(findings.map((f) => f.subject)).toEqual(
      expect.arrayContaining(['Verksamhetsbeskrivning', 'Medel för lokaländamål']),
    );
  });

  it('applies every edit and leaves a TOC field that lists the headings', () => {
    expect(result.refused).toEqual([]);
    expect(result.applied.map((e) => e.kind)).toEqual(['replaceBlocks', 'setUpdateFieldsOnOpen']);
    expect(after.snapshot.settings.updateFieldsOnOpen).toBe(true);
    const again = parseReport(after.snapshot);
    expect(again.toc?.kind).toBe('field');
    expect(again.toc?.entries.map((e) => tocKey(e.text))).toEqual(tocHeadings(again).map((h) => tocKey(h.text)));
    expect(compareReportToc(again)).toEqual([]);
    expect(runRules([tableOfContents], again, after.snapshot)).toEqual([]);
    expect(after.snapshot.fields.filter((f) => f.type === 'TOC')).toHaveLength(1);
  });

  it('changes nothing outside the TOC', () => {
    const replace = fix.edits[0];
    if (replace.kind !== 'replaceBlocks') throw new Error('expected replaceBlocks');
    const old = texts(before.snapshot.blocks);
    const now = texts(after.snapshot.blocks);
    const added = now.length - old.length;
    expect(now.slice(0, replace.fromBlock)).toEqual(old.slice(0, replace.fromBlock));
    expect(now.slice(replace.toBlock + 1 + added)).toEqual(old.slice(replace.toBlock + 1));
    expect(now.slice(replace.fromBlock, replace.toBlock + 1 + added)).toHaveLength(HEADINGS.length);
  });

  it('renders in LibreOffice with a TOC whose entries equal the headings', () => {
    const beforeText = renderedTocEntries(pdfText(`${kind}-before`, makeDocx(toc())));
    // The stale TOC shows as it is: the cached result is what LibreOffice prints.
    expect(beforeText).toContain('Medel för lokaländamål');
    const shown = renderedTocEntries(pdfText(`${kind}-after`, result.bytes));
    expect(shown.map(tocKey)).toEqual(HEADINGS.map(([t]) => tocKey(t)));
  }, 240_000);
});
