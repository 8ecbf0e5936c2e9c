/**
 * `rapportstod check --comments -o UT FIL` end to end on the defective sample report: the copy has
 * one comment per finding (read back with our reader), a second run adds none, the input is left
 * alone, and LibreOffice opens the copy and exports the comments to PDF.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkSnapshot } from '../src/core/check';
import { isReviewComment, reviewKeysIn } from '../src/core/review/comments';
import { main } from '../src/cli/main';
import { readDocx } from '../src/docx/index';
import { readComments } from '../src/docx/review-comments';
import { PROJECT_ROOT } from './support/shared';
import { heading, para } from '../src/core/ooxml/builders';
import { createDocx } from '../src/docx/package-writer';

const SAMPLE = join(PROJECT_ROOT, 'test/fixtures/docx/seed-000.docx');
const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/** Texts of the PDF's annotations (how LibreOffice 7.4 exports comments when it cannot put them in the margin). */
function pdfAnnotationTexts(pdf: Buffer): string[] {
  const latin = pdf.toString('latin1');
  return [...latin.matchAll(/\/Contents\s*<FEFF([0-9A-Fa-f]+)>/g)].map((m) => {
    const bytes = Buffer.from(m[1], 'hex');
    return bytes.swap16().toString('utf16le');
  });
}

describe('rapportstod check --comments', () => {
  const work = mkdtempSync(join(tmpdir(), 'rs-review-'));
  const output = join(work, 'granskad.docx');
  const expected = checkSnapshot(readDocx(readFileSync(SAMPLE)).snapshot).findings;

  it('writes one marked comment per finding into a copy and leaves the input alone', async () => {
    const before = readFileSync(SAMPLE);
    const r = await cli(['check', '--comments', '-o', output, SAMPLE]);
    expect(r.code).toBe(expected.some((f) => f.severity === 'error') ? 1 : 0);
    expect(r.err).toBe('');
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    const comments = readComments(readDocx(readFileSync(output)));
    expect(r.out).toContain(`Kommentarer: ${comments.length} skrevs in i ${output}.`);
    expect(comments.every((c) => isReviewComment(c.text, c.author))).toBe(true);
    expect(comments.flatMap((c) => reviewKeysIn(c.text)).sort()).toEqual(expected.map((f) => f.id).sort());
  });

  it('running it again on the copy adds nothing', async () => {
    const again = join(work, 'igen.docx');
    const r = await cli(['check', '--comments', '-o', again, output]);
    expect(r.out).toContain(
      `Kommentarer: 0 skrevs in i ${again} (${expected.length} fynd hade redan en kommentar från Rapportstöd).`,
    );
    expect(readComments(readDocx(readFileSync(again)))).toEqual(readComments(readDocx(readFileSync(output))));
  });

  it('refuses to write over its input and needs -o', async () => {
    expect((await cli(['check', '--comments', '-o', SAMPLE, SAMPLE])).err).toContain(
      'Utfilen får inte vara samma fil som rapporten',
    );
    const r = await cli(['check', '--comments', SAMPLE]);
    expect([r.code, r.err.split('\n')[0]]).toEqual([
      2,
      'Med --comments anges en rapport och en utfil: rapportstod check --comments -o UT FIL',
    ]);
  });

  it('LibreOffice opens the copy and exports the comments to PDF', () => {
    if (!hasLibreOffice || !hasPdftotext) {
      console.warn(
        'LibreOffice (soffice) eller pdftotext saknas: PDF-exporten av kommentarerna testas inte här (.ci/run installerar dem).',
      );
      return;
    }
    const comments = readComments(readDocx(readFileSync(output)));
    // Comments in the margin where this LibreOffice supports it (7.6+); older ones export them as PDF annotations.
    const filter =
      'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"},"ExportNotes":{"type":"boolean","value":"true"}}';
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        work,
        output,
      ],
      {
        timeout: 180_000,
        stdio: 'pipe',
      },
    );
    const pdf = join(work, 'granskad.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    const shown = [...pdfAnnotationTexts(readFileSync(pdf)), text.replace(/\s+/g, ' ')].join('\n');
    for (const c of comments) {
      const key = reviewKeysIn(c.text)[0];
      expect([key, shown.includes(key)]).toEqual([key, true]);
    }
    // The report's own text is still there.
    expect(text).toContain('Axelsbergs vård- och omsorgsboende');
  }, 200_000);

  it('gathers the findings without a place (no Dnr) in one comment at the report title; a missing section sits at the one before it', async () => {
    const body = [
      para('Axelsbergs vård- och omsorgsboende'),
      para('Tjänsteutlåtande'),
      para('2021-02-03'),
      para('Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende'),
      para('Handläggare'),
      para('Hossein Ahmadian'),
      heading('Sammanfattande analys', 1),
      para('Enheten har haft ett år präglat av pandemin.'),
      heading('Övrigt', 1),
      para('Inget att rapportera.'),
    ].join('');
    const input = join(work, 'utan-dnr.docx');
    const output = join(work, 'utan-dnr-granskad.docx');
    writeFileSync(input, createDocx(body, { title: 'VB 2020' }));
    await cli(['check', '--comments', '-o', output, input]);
    const doc = readDocx(readFileSync(output));
    const gathered = readComments(doc).filter((c) => c.text.includes('utan en bestämd plats'));
    expect(gathered).toHaveLength(1);
    expect(gathered[0].text).toContain('Dnr');
    expect(gathered[0].text).not.toMatch(/Avsnittet "[^"]+" saknas/);
    expect(readComments(doc).some((c) => /^Rapportstöd – Fel: Avsnittet "[^"]+" saknas/.test(c.text))).toBe(true);
    const title = doc.snapshot.blocks.findIndex(
      (b) => b.kind === 'paragraph' && b.text.startsWith('Verksamhetsberättelse VB 2020'),
    );
    const at = doc.documentXml.indexOf(`<w:commentRangeStart w:id="${gathered[0].id}"/>`);
    expect(at).toBeGreaterThan(doc.source.blocks[title].start);
    expect(at).toBeLessThan(doc.source.blocks[title].end);
  });
});
