/**
 * A TOC made by another writer: LibreOffice turns test/fixtures/toc/libreoffice-numbered.fodt (a VB with
 * outline-numbered headings and a table of contents) into .docx — a "Table of Contents" content control,
 * the title inside it, a `TOC \f \o "1-2"` field, headings numbered through their styles, entries
 * "2.1 Investeringar⇥2". The up-to-date TOC gets no warning; after a heading is renamed the TOC is stale,
 * and `fix` rebuilds exactly it, keeping LibreOffice's instruction, the numbers and every other paragraph.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { checkSnapshot } from '../src/core/check';
import { parseReport } from '../src/core/parse/index';
import { compareToc, tocHeadings } from '../src/core/toc';
import { readDocx } from '../src/docx/index';
import { main } from '../src/cli/main';
import { sharedPath } from './support/shared';

jest.setTimeout(180_000);

function hasTool(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const SOURCE = readFileSync(join(__dirname, 'fixtures', 'toc', 'libreoffice-numbered.fodt'), 'utf8');
const haveSoffice = hasTool('soffice', ['--version']);
if (!haveSoffice)
  console.warn('[rapportstod tests] soffice saknas: LibreOffice-testet av innehållsförteckningen hoppas över.');

(haveSoffice ? describe : describe.skip)('a LibreOffice-made TOC', () => {
  const work = mkdtempSync(join(tmpdir(), 'rapportstod-lo-toc-'));
  let upToDate: Uint8Array;
  let stale: Uint8Array;

  beforeAll(() => {
    writeFileSync(join(work, 'aktuell.fodt'), SOURCE);
    // The body heading is renamed; the TOC still says "Investeringar".
    const renamed = SOURCE.replace(
      'text:outline-level="2">Investeringar</text:h>',
      'text:outline-level="2">Investeringar och lokaler</text:h>',
    );
    expect(renamed).not.toBe(SOURCE);
    writeFileSync(join(work, 'inaktuell.fodt'), renamed);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'docx',
        '--outdir',
        work,
        join(work, 'aktuell.fodt'),
        join(work, 'inaktuell.fodt'),
      ],
      { stdio: 'pipe', timeout: 150_000 },
    );
    upToDate = new Uint8Array(readFileSync(join(work, 'aktuell.docx')));
    stale = new Uint8Array(readFileSync(join(work, 'inaktuell.docx')));
  });

  it('is found as LibreOffice wrote it and gets no warning while it lists the headings', () => {
    const doc = readDocx(upToDate);
    const report = parseReport(doc.snapshot);
    expect(report.type).toBe('VB');
    expect(report.toc).toMatchObject({
      kind: 'field',
      instruction: expect.stringMatching(/^\s*TOC \\f \\o "1-2"\s*$/),
      heading: { text: 'Innehållsförteckning' },
    });
    expect(report.toc?.entries.map((e) => e.text)).toEqual([
      '1 Sammanfattande analys',
      '1.1 Verksamhetsbeskrivning',
      '2 Uppföljning av ekonomi',
      '2.1 Investeringar',
      '3 Övrigt',
    ]);
    const findings = checkSnapshot(doc.snapshot).findings.filter((f) => f.rule === 'table-of-contents');
    expect(findings).toEqual([]);
  });

  it('is stale after a heading is renamed, and fix rebuilds only the TOC, with its instruction and numbers', async () => {
    const doc = readDocx(stale);
    const findings = checkSnapshot(doc.snapshot).findings.filter((f) => f.rule === 'table-of-contents');
    // The line "2.1 Investeringar" lists heading 2.1, whose title changed (its number from numbering.xml).
    expect(findings.map((f) => [f.kind, f.subject])).toEqual([['toc-stale', 'Investeringar och lokaler']]);
    expect(findings[0].message).toMatch(
      /^Rubriken heter ”Investeringar och lokaler”, men i innehållsförteckningen står ”2\.1 Investeringar”/,
    );

    const input = join(work, 'inaktuell.docx');
    const output = join(work, 'fixad.docx');
    const out: string[] = [];
    const code = await main(['fix', input, '-o', output], { out: (t) => out.push(t), err: (t) => out.push(t) });
    expect(code).toBe(1);
    const fixed = readDocx(new Uint8Array(readFileSync(output)));
    const report = parseReport(fixed.snapshot);
    expect(report.toc?.instruction?.trim()).toBe('TOC \\f \\o "1-2"');
    // Numbers as Word writes them: from numbering.xml (Paragraph.listNumber), number, tab, title.
    expect(report.toc?.entries.map((e) => e.text)).toEqual([
      '1 Sammanfattande analys',
      '1.1 Verksamhetsbeskrivning',
      '2 Uppföljning av ekonomi',
      '2.1 Investeringar och lokaler',
      '3 Övrigt',
    ]);
    expect(
      fixed.snapshot.blocks
        .filter((b) => b.kind === 'paragraph' && b.styleName === 'toc 2')
        .map((b) => (b.kind === 'paragraph' ? b.text : '')),
    ).toEqual(['1.1\tVerksamhetsbeskrivning\t2', '2.1\tInvesteringar och lokaler\t2']);
    expect(compareToc(report.toc?.entries ?? [], tocHeadings(report, report.toc, fixed.snapshot))).toEqual([]);
    // Every paragraph outside the TOC lines is as it was, the title in LibreOffice's content control included.
    const texts = (d: ReturnType<typeof readDocx>): string[] =>
      d.snapshot.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    const before = texts(doc);
    const after = texts(fixed);
    const toc = parseReport(doc.snapshot).toc;
    if (!toc) throw new Error('no TOC');
    expect(after.slice(0, toc.fromBlock)).toEqual(before.slice(0, toc.fromBlock));
    expect(after.slice(after.length - (before.length - toc.toBlock - 1))).toEqual(before.slice(toc.toBlock + 1));
    expect(fixed.snapshot.contentControls.some((c) => /table of contents/i.test(c.docPartGallery ?? ''))).toBe(true);

    const xsd = sharedPath('ooxml-schemas', 'ISO-IEC29500-4_2016', 'wml.xsd');
    if (xsd && hasTool('xmllint', ['--version'])) {
      const xml = join(work, 'document.xml');
      writeFileSync(xml, unzipSync(new Uint8Array(readFileSync(output)))['word/document.xml']);
      expect(() => execFileSync('xmllint', ['--noout', '--schema', xsd, xml], { stdio: 'pipe' })).not.toThrow();
    }
  });
});
