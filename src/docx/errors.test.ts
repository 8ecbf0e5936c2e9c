import { readFileSync } from 'fs';
import { zipSync } from 'fflate';
import { readDocx, DocxError, type DocxErrorCode } from './index';
import { buildDocx, documentXml, packageParts, p, zipOf, XML_DECL, W_NS } from './test-support';
import { readZip } from './zip';
import { noteSharedMissing, sharedPath } from '../../test/support/shared';

function codeOf(bytes: Uint8Array): DocxErrorCode | 'none' {
  try {
    readDocx(bytes);
    return 'none';
  } catch (e) {
    if (e instanceof DocxError) return e.code;
    throw e;
  }
}

/** A minimal OLE compound file header followed by directory entry names in UTF-16LE. */
function oleFile(streamNames: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(1024);
  bytes.set(header, 0);
  let at = 512;
  for (const name of streamNames) {
    for (let i = 0; i < name.length; i++) {
      bytes[at + 2 * i] = name.charCodeAt(i);
      bytes[at + 2 * i + 1] = 0;
    }
    at += 128;
  }
  return bytes;
}

describe('unreadable input gives a DocxError with a Swedish message', () => {
  const good = buildDocx({ body: p('Sammanfattande analys') });

  it('accepts the well-formed package used as a base for the hostile variants', () => {
    expect(codeOf(good)).toBe('none');
  });

  it('plain text is not a zip', () => {
    expect(codeOf(new TextEncoder().encode('Verksamhetsberättelse 2020'))).toBe('notZip');
    expect(codeOf(new Uint8Array())).toBe('notZip');
  });

  it('a truncated zip is damaged', () => {
    expect(codeOf(good.subarray(0, Math.floor(good.length * 0.6)))).toBe('damagedZip');
  });

  it('tells an encrypted .docx from an old .doc by the OLE stream names', () => {
    expect(codeOf(oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']))).toBe('encrypted');
    expect(codeOf(oleFile(['Root Entry', 'WordDocument', '1Table']))).toBe('legacyDoc');
    expect(codeOf(oleFile(['Root Entry']))).toBe('oleDocument');
  });

  it('an .odt renamed to .docx', () => {
    const odt = zipOf({
      mimetype: 'application/vnd.oasis.opendocument.text',
      'content.xml': '<office:document-content/>',
    });
    expect(codeOf(odt)).toBe('odt');
  });

  it('a zip without the main document part', () => {
    const parts = packageParts({ body: p('x') });
    delete parts['word/document.xml'];
    expect(codeOf(zipSync(parts))).toBe('missingDocument');
    expect(codeOf(zipOf({ 'hello.txt': 'hej' }))).toBe('missingDocument');
  });

  it('falls back on word/document.xml when _rels/.rels is missing', () => {
    expect(readDocx(buildDocx({ body: p('Övrigt'), noPackageRels: true })).snapshot.blocks).toHaveLength(1);
  });

  it('reads on with a warning when a relationship part is broken', () => {
    const parts = packageParts({
      body: p('Övrigt', '<w:pStyle w:val="Rubrik1"/>'),
      styles:
        '<w:styles xmlns:w="' +
        W_NS +
        '"><w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>',
    });
    parts['_rels/.rels'] = new TextEncoder().encode('<Relationships><Relationship');
    parts['word/_rels/document.xml.rels'] = new TextEncoder().encode('<Relationships');
    const snap = readDocx(zipSync(parts)).snapshot;
    expect(snap.blocks[0]).toMatchObject({ text: 'Övrigt', outlineLevel: 1 });
    expect(snap.warnings).toHaveLength(2);
    expect(snap.warnings[0]).toMatch(/relationer/);
  });

  it('invalid XML in document.xml', () => {
    const parts = packageParts({ body: p('x') });
    parts['word/document.xml'] = new TextEncoder().encode(documentXml('<w:p><w:r><w:t>open</w:r></w:p>'));
    expect(codeOf(zipSync(parts))).toBe('invalidXml');
  });

  it('refuses a DOCTYPE instead of expanding its entities', () => {
    const parts = packageParts({ body: p('x') });
    const billion = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    parts['word/document.xml'] = new TextEncoder().encode(
      `${XML_DECL}${billion}<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`,
    );
    expect(codeOf(zipSync(parts))).toBe('doctype');
  });

  it('a zip bomb declaring a huge size is refused before inflating', () => {
    const parts = packageParts({ body: p('x') });
    parts['word/media/bomb.bin'] = new Uint8Array(1000);
    const zip = zipSync(parts, { level: 9 });
    // Declares 3 GB in the central directory: refused from the declared size alone.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const eocd = zip.length - 22;
    let cd = view.getUint32(eocd + 16, true);
    const entries = view.getUint16(eocd + 10, true);
    for (let i = 0; i < entries; i++) {
      const nameLen = view.getUint16(cd + 28, true);
      const name = new TextDecoder().decode(zip.subarray(cd + 46, cd + 46 + nameLen));
      if (name === 'word/media/bomb.bin') view.setUint32(cd + 24, 3_000_000_000, true);
      cd += 46 + nameLen + view.getUint16(cd + 30, true) + view.getUint16(cd + 32, true);
    }
    expect(codeOf(zip)).toBe('tooLarge');
  });

  it('an entry that inflates past its declared size is cut at that size and then fails to parse', () => {
    const parts = packageParts({ body: p('Verksamheten '.repeat(500)) });
    const zip = zipSync(parts, { level: 9 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const eocd = zip.length - 22;
    let cd = view.getUint32(eocd + 16, true);
    for (let i = 0; i < view.getUint16(eocd + 10, true); i++) {
      const nameLen = view.getUint16(cd + 28, true);
      if (new TextDecoder().decode(zip.subarray(cd + 46, cd + 46 + nameLen)) === 'word/document.xml')
        view.setUint32(cd + 24, 200, true);
      cd += 46 + nameLen + view.getUint16(cd + 30, true) + view.getUint16(cd + 32, true);
    }
    expect(codeOf(zip)).toBe('invalidXml');
  });

  it('limits entry count, total size and compression ratio', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`f${i}.xml`] = '<a/>';
    const limits = { maxTotalSize: 1_000_000, maxEntries: 20, maxRatio: 1000, ratioFloor: 1024 * 1024 };
    expect(() => readZip(zipOf(many), limits)).toThrow(expect.objectContaining({ code: 'tooLarge' }));
    // Pseudo-random bytes barely compress; zeros compress far beyond 1000:1.
    const noise = new Uint8Array(2_000_000);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      noise[i] = x >>> 24;
    }
    const big = zipOf({ 'a.bin': noise });
    expect(() => readZip(big, limits)).toThrow(expect.objectContaining({ code: 'tooLarge' }));
    expect(readZip(big, { ...limits, maxTotalSize: 10_000_000 }).entries.get('a.bin')).toEqual(noise);
    const zeros = zipOf({ 'a.bin': new Uint8Array(2_000_000) });
    expect(() => readZip(zeros, { ...limits, maxTotalSize: 10_000_000 })).toThrow(
      expect.objectContaining({ code: 'tooLarge' }),
    );
  });

  it('every message is Swedish and actionable', () => {
    try {
      readDocx(oleFile(['EncryptedPackage']));
    } catch (e) {
      expect((e as Error).message).toMatch(/lösenord/);
    }
    expect.assertions(1);
  });

  it('the real mammoth corpus still reads after all these guards', () => {
    const file = sharedPath('docx-wild', 'mammoth', 'tables.docx');
    if (!file) return noteSharedMissing('the mammoth tables.docx guard test');
    expect(codeOf(readFileSync(file))).toBe('none');
  });
});
