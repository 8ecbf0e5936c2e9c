/**
 * `rapportstod check` in-process through `main()`, on .docx packages written for the test: a small
 * VB with seed 000's indicator defect, a complete one, and files that are not Word documents.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heading, para, tableXml } from '../../core/ooxml/builders';
import { createDocx } from '../../docx/package-writer';
import type { CliIo } from '../io';
import { main } from '../main';
import { VB_INDICATOR_HEADER } from '../../core/blocks/layout';

function bufferIo(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => void (out += t), err: (t) => void (err += t), stdout: () => out, stderr: () => err };
}

// The indicator table's header as the city's layout writes it (the one list, in src/core/blocks/layout.ts).
const INDICATOR_HEADER = VB_INDICATOR_HEADER;

function vb(options: { sickLeave: string; analys?: string; title?: string }): Uint8Array {
  const cols = INDICATOR_HEADER.map(() => 900);
  const rows = [
    { cells: INDICATOR_HEADER, header: true },
    {
      cells: [
        'Sjukfrånvaro dag 1-14',
        options.sickLeave,
        '2,0 %',
        '3,0 %',
        '',
        '',
        '2,5 %',
        'Tas fram av nämnd/styrelse',
        'VB 2020',
      ],
    },
    ...(options.analys ? [{ cells: [{ content: `Analys\n${options.analys}`.split('\n'), gridSpan: 9 }] }] : []),
  ];
  const body = [
    para('Axelsbergs vård- och omsorgsboende'),
    para('Tjänsteutlåtande'),
    para('Dnr: HÄ 2020/362'),
    para('2021-02-03'),
    para('Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende'),
    para('Handläggare'),
    para('Hossein Ahmadian'),
    heading('Sammanfattande analys', 1),
    para('Enheten har haft ett år präglat av pandemin.'),
    heading('Uppföljning av Kommunfullmäktiges inriktningsmål', 1),
    para('KF:s inriktningsmål:'),
    heading('3. En ekonomiskt hållbar och innovativ storstad för framtiden', 2),
    para('KF:s mål för verksamhetsområdet:'),
    heading('3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna', 3),
    tableXml({ columns: cols, rows }),
    heading('Uppföljning av ekonomi', 1),
    heading('Analys av resultaträkning - uppföljning av driftbudget', 2),
    para('Enheten redovisar ett underskott på 1,2 mnkr.'),
    heading('Investeringar', 2),
    para('Inga investeringar under året.'),
    heading('Medel för lokaländamål', 2),
    para('Inga medel har använts.'),
    heading('Övrigt', 2),
    para('Inget övrigt att rapportera.'),
    heading('Systematiskt kvalitetsarbete', 1),
    para('Egenkontroller enligt plan.'),
    heading('Övrigt', 1),
    para('Inget att rapportera.'),
  ].join('');
  return createDocx(body, { title: options.title ?? 'VB 2020' });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rapportstod-check-'));
  mkdirSync(join(dir, 'mapp'));
  // Without a document title, so the accessibility pack has a finding too.
  writeFileSync(join(dir, 'mapp', 'a-brist.docx'), vb({ sickLeave: '3,9 %', title: '' }));
  writeFileSync(
    join(dir, 'mapp', 'b-komplett.docx'),
    vb({ sickLeave: '3,9 %', analys: 'Korttidsfrånvaron steg under pandemin; uppföljning sker varje månad.' }),
  );
  writeFileSync(join(dir, 'mapp', '~$a-brist.docx'), 'låsfil');
  writeFileSync(join(dir, 'mapp', 'anteckningar.txt'), 'inte en rapport');
  writeFileSync(join(dir, 'text.docx'), 'Det här är ingen zip-fil.');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rapportstod check', () => {
  it('reports seed 000’s unexplained sick-leave miss as an error, grouped by section, exit 1', async () => {
    const io = bufferIo();
    const code = await main(['check', join(dir, 'mapp', 'a-brist.docx')], io);
    const out = io.stdout();
    expect(code).toBe(1);
    expect(out).toContain('Verksamhetsberättelse (VB)');
    expect(out).toMatch(/\n {2}Uppföljning av Kommunfullmäktiges inriktningsmål\n/);
    expect(out).toContain(
      'FEL     Sjukfrånvaro dag 1-14: Utfallet 3,9 % når inte årsmålet 2,5 % (lägre är bättre) och det saknas analys.',
    );
    expect(out).toMatch(/\d+ fel, \d+ varning(ar)?, \d+ tips/);
  });

  it('gives exit 0 and no error for the report with an Analys', async () => {
    const io = bufferIo();
    const code = await main(['check', '--json', join(dir, 'mapp', 'b-komplett.docx')], io);
    const result = JSON.parse(io.stdout());
    expect(result.files[0].findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it('checks every .docx in a folder, skipping Word lock files, in --json with exactly the documented fields', async () => {
    const io = bufferIo();
    const code = await main(['check', '--json', join(dir, 'mapp')], io);
    expect(code).toBe(1);
    const result = JSON.parse(io.stdout());
    expect(result.files.map((f: { file: string }) => f.file)).toEqual([
      join(dir, 'mapp', 'a-brist.docx'),
      join(dir, 'mapp', 'b-komplett.docx'),
    ]);
    expect(result.files[0].reportType).toBe('VB');
    const miss = result.files[0].findings.find(
      (f: { subject: string; rule: string }) => f.rule === 'goal-analysis' && f.subject === 'Sjukfrånvaro dag 1-14',
    );
    expect(Object.keys(miss).sort()).toEqual([
      'group',
      'kind',
      'location',
      'message',
      'rule',
      'section',
      'severity',
      'subject',
    ]);
    expect(miss).toMatchObject({
      kind: 'analysis-missing',
      severity: 'error',
      section: 'Uppföljning av Kommunfullmäktiges inriktningsmål',
      // A finding outside a rule pack is listed under its section, in the text listing and in `group`.
      group: 'Uppföljning av Kommunfullmäktiges inriktningsmål',
    });
    expect(typeof miss.location.block).toBe('number');
    // The accessibility pack has its own group, whatever section its findings stand in.
    const findings = result.files.flatMap((f: { findings: { kind: string; group: string }[] }) => f.findings);
    const a11y = findings.filter((f: { kind: string }) => f.kind.startsWith('a11y-'));
    expect(a11y.length).toBeGreaterThan(0);
    for (const f of a11y) expect(f.group).toBe('Tillgänglighet');
    for (const f of findings.filter((x: { kind: string }) => !x.kind.startsWith('a11y-')))
      expect(f.group).not.toBe('Tillgänglighet');
  });

  it('keeps checking after an unreadable file, reports it in Swedish, exit 2', async () => {
    const io = bufferIo();
    const code = await main(
      ['check', '--json', join(dir, 'text.docx'), join(dir, 'saknas.docx'), join(dir, 'mapp', 'a-brist.docx')],
      io,
    );
    expect(code).toBe(2);
    const result = JSON.parse(io.stdout());
    expect(result.files).toHaveLength(3);
    expect(result.files[0]).toEqual({
      file: join(dir, 'text.docx'),
      error: expect.stringContaining('inte ett Word-dokument'),
      findings: [],
    });
    expect(result.files[1].error).toContain('finns inte');
    expect(result.files[2].findings.length).toBeGreaterThan(0);
  });

  it('prints the unreadable file in the text report too', async () => {
    const io = bufferIo();
    const code = await main(['check', join(dir, 'text.docx'), join(dir, 'mapp', 'b-komplett.docx')], io);
    expect(code).toBe(2);
    expect(io.stdout()).toContain('Kunde inte läsas: Filen är inte ett Word-dokument');
    expect(io.stdout()).toContain('Sammanfattning: 2 filer kontrollerade, 0 med fel, 1 kunde inte läsas.');
  });

  it('explains usage errors in Swedish with exit 2', async () => {
    const io = bufferIo();
    expect(await main(['check'], io)).toBe(2);
    expect(io.stderr()).toContain('Ange minst en fil');
    const io2 = bufferIo();
    expect(await main(['check', '--xml', 'a.docx'], io2)).toBe(2);
    expect(io2.stderr()).toContain('Okänd flagga: --xml');
  });
});
