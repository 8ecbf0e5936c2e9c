/**
 * Hostile and broken input end to end through the real CLI (`main(['check', file])`): every file gets
 * a clear Swedish message and exit code 2, or — when it is big but valid — a normal result; never a
 * crash, an English stack trace or a hang. The reader's own unit tests (src/docx/*.test.ts) cover the
 * mechanisms; these tests hold the promise the user sees.
 */
import { existsSync, readFileSync } from 'fs';
import { docxErrorMessage, readDocx, type DocxErrorCode } from '../../src/docx/index';
import { checkSnapshot } from '../../src/core/check';
import * as gen from '../gen/hostile';
import { looksSwedish, runCli, TempDir } from './cli-io';

jest.setTimeout(60_000);

const dir = new TempDir();
afterAll(() => dir.remove());

const refused: [string, () => Uint8Array, DocxErrorCode | DocxErrorCode[]][] = [
  ['inte en zip (textfil)', gen.notZip, 'notZip'],
  ['avkortad zip', gen.truncatedZip, 'damagedZip'],
  ['zip-bomb med uppgiven storlek 4 GB', gen.declaredZipBomb, 'tooLarge'],
  ['zip-bomb, 64 MB nollor ärligt deklarerade', () => gen.actualZipBomb(64, false), 'tooLarge'],
  // fflate inflates into a buffer of the declared size, so the lie yields 1 000 zero bytes: not XML.
  ['zip-bomb, 64 MB nollor som påstås vara 1 000 byte', () => gen.actualZipBomb(64, true), ['tooLarge', 'invalidXml']],
  ['word/document.xml saknas', gen.missingDocument, 'missingDocument'],
  ['felaktig XML', gen.invalidXml, 'invalidXml'],
  ['DOCTYPE med "billion laughs"', gen.billionLaughs, 'doctype'],
  ['extern entitet (XXE)', gen.externalEntity, 'doctype'],
  ['krypterat dokument (OLE)', gen.encryptedDocx, 'encrypted'],
  ['gammalt binärt .doc', gen.legacyDoc, 'legacyDoc'],
  ['.odt omdöpt till .docx', gen.odtAsDocx, 'odt'],
];

describe('rapportstod check på filer som inte kan läsas', () => {
  test.each(refused)('%s: tydligt svenskt meddelande, slutkod 2', async (name, make, codes) => {
    const file = dir.write(`${name.replace(/[^a-z0-9]+/gi, '-')}.docx`, make());
    const heapBefore = process.memoryUsage().heapUsed;
    const r = await runCli(['check', file]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(file);
    const messages = (Array.isArray(codes) ? codes : [codes]).map((c) => `Kunde inte läsas: ${docxErrorMessage(c)}`);
    expect(messages.some((m) => r.out.includes(m))).toBe(true);
    // Nothing the size of the bomb's content stays reachable (64 MB would show).
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(48 * 1024 * 1024);
    expect(looksSwedish(r.out)).toBe(true);
    // The generic fallback carries a raw exception message: it must not be what the user gets.
    expect(r.out + r.err).not.toMatch(/Rapporten kunde inte kontrolleras|Internt fel|Error:|at .*\.ts:\d+/);
    expect(r.ms).toBeLessThan(20_000);
  });

  test('--json ger samma meddelande maskinläsbart, utan att avbryta övriga filer', async () => {
    const bad = dir.write('bomb.docx', gen.declaredZipBomb());
    const good = dir.write('complete.docx', gen.fixture('complete-vb.docx'));
    const r = await runCli(['check', '--json', bad, good]);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as { files: { file: string; error?: string; reportType?: string }[] };
    expect(json.files).toHaveLength(2);
    expect(json.files[0]).toMatchObject({ file: bad, error: docxErrorMessage('tooLarge') });
    expect(json.files[1]).toMatchObject({ file: good, reportType: 'VB' });
    expect(json.files[1].error).toBeUndefined();
  });

  test('fix på en oläsbar fil: slutkod 2, ingen utfil skrivs', async () => {
    const bad = dir.write('laughs.docx', gen.billionLaughs());
    const out = dir.file('laughs-fixed.docx');
    const r = await runCli(['fix', bad, '-o', out]);
    const stderr = r.err;
    expect(r.code).toBe(2);
    expect(stderr).toContain(docxErrorMessage('doctype'));
    expect(existsSync(out)).toBe(false);
    // The original is untouched.
    expect(new Uint8Array(readFileSync(bad))).toEqual(gen.billionLaughs());
  });
});

describe('stora men giltiga dokument läses normalt', () => {
  test('ett stycke på 5 MB: läses helt, ingen text går förlorad', async () => {
    const { bytes, text } = gen.hugeParagraph(5);
    const file = dir.write('huge-paragraph.docx', bytes);
    const r = await runCli(['check', file]);
    expect([0, 1]).toContain(r.code);
    expect(r.out).not.toContain('Kunde inte läsas');
    expect(r.ms).toBeLessThan(20_000);

    const read = readDocx(bytes);
    const texts = read.snapshot.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain(text);

    // fix leaves it alone and writes an identical copy: the 5 MB of text survive.
    const out = dir.file('huge-paragraph-fixed.docx');
    const f = await runCli(['fix', file, '-o', out]);
    expect(f.code).toBe(0);
    expect(new Uint8Array(readFileSync(out))).toEqual(bytes);
  });

  test('tabeller nästlade 200 nivåer: läses utan krasch, den innersta texten finns kvar', async () => {
    const bytes = gen.nestedTables(200);
    const file = dir.write('nested.docx', bytes);
    const r = await runCli(['check', file]);
    expect(r.out + r.err).not.toMatch(/Rapporten kunde inte kontrolleras|Internt fel|Maximum call stack/);
    expect(r.ms).toBeLessThan(20_000);
    expect([0, 1]).toContain(r.code);

    const read = readDocx(bytes);
    const all = JSON.stringify(read.snapshot.blocks);
    expect(all).toContain('Innersta cellen på nivå 200');
    expect(all).toContain('Nivå 1');
    expect(all).toContain('Efter tabellen');
    expect(() => checkSnapshot(read.snapshot)).not.toThrow();
  });

  test('10 000 tabeller: alla läses, kontrollen blir klar', async () => {
    const bytes = gen.manyTables(10_000);
    const file = dir.write('many-tables.docx', bytes);
    const r = await runCli(['check', file]);
    expect([0, 1]).toContain(r.code);
    expect(r.out).not.toContain('Kunde inte läsas');
    expect(r.ms).toBeLessThan(20_000);
    const read = readDocx(bytes);
    const tables = read.snapshot.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(10_000);
  });
});
