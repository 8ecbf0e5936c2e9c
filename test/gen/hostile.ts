/**
 * Hostile and broken "documents" for the robustness tests: every way a file handed to `rapportstod
 * check` can fail to be a sound .docx, built in memory (no network, no external tools), plus two real
 * files converted by LibreOffice (an old binary .doc and an .odt renamed .docx) in
 * test/robustness/files/.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { buildDocx, documentXml, W_NS, XML_DECL } from '../../src/docx/test-support';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures', 'docx');
export const FILES_DIR = join(__dirname, '..', 'robustness', 'files');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES_DIR, name)));
}

function p(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** Replaces `word/document.xml` of a package with raw text (may be ill-formed on purpose). */
export function withDocumentXml(xml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(xml),
  });
}

export function notZip(): Uint8Array {
  return strToU8('Verksamhetsberättelse 2020\nDet här är en textfil som någon har döpt om till .docx.\n');
}

export function truncatedZip(): Uint8Array {
  const whole = fixture('seed-000.docx');
  return whole.slice(0, Math.floor(whole.length / 2));
}

export function missingDocument(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'docProps/core.xml': strToU8(
      `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>`,
    ),
  });
}

export function invalidXml(): Uint8Array {
  return withDocumentXml(
    `${XML_DECL}<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>Sammanfattande analys</w:t></w:p></w:body></w:document>`,
  );
}

/** The "billion laughs": ten levels of ten entity references; expanded it would be 10^9 × "lol". */
export function billionLaughs(): Uint8Array {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  return withDocumentXml(
    `${XML_DECL}<!DOCTYPE w:document [${entities.join('')}]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`,
  );
}

/** An external entity (XXE): reading it would disclose a local file. */
export function externalEntity(): Uint8Array {
  return withDocumentXml(
    `${XML_DECL}<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`,
  );
}

/** One paragraph of about `megabytes` MB of real words (a pasted log, say). Valid: must be read. */
export function hugeParagraph(megabytes = 5): { bytes: Uint8Array; text: string } {
  const sentence = 'Verksamheten har under året arbetat aktivt med att stärka de boendes delaktighet. ';
  const text = sentence.repeat(Math.ceil((megabytes * 1024 * 1024) / sentence.length)).trimEnd();
  return { bytes: buildDocx({ body: p('Sammanfattande analys') + p(text) }), text };
}

/** Tables nested `levels` deep, each cell holding the next table. */
export function nestedTables(levels = 200): Uint8Array {
  let inner = p(`Innersta cellen på nivå ${levels}`);
  for (let i = levels; i >= 1; i--) {
    // A cell must end with a paragraph, hence the empty one after the inner table.
    inner = `<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc>${p(`Nivå ${i}`)}${inner}${p('')}</w:tc></w:tr></w:tbl>`;
  }
  return buildDocx({ body: p('Tabeller i tabeller') + inner + p('Efter tabellen') });
}

/** `count` small two-by-two tables in a row (valid: must be read). */
export function manyTables(count = 10_000): Uint8Array {
  const parts: string[] = [p('Uppföljning av Kommunfullmäktiges inriktningsmål')];
  for (let i = 0; i < count; i++) {
    parts.push(
      `<w:tbl><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr><w:tc>${p('Indikator')}</w:tc><w:tc>${p('Utfall')}</w:tc></w:tr><w:tr><w:tc>${p(`Indikator ${i + 1}`)}</w:tc><w:tc>${p(`${i % 100} %`)}</w:tc></w:tr></w:tbl>`,
      p(''),
    );
  }
  return buildDocx({ body: parts.join('') });
}

/** A zip whose entries declare sizes far beyond any report (4 GB) though the data is small. */
export function declaredZipBomb(): Uint8Array {
  const bytes = fixture('complete-vb.docx').slice();
  patchUncompressedSizes(bytes, () => 0xfffffff0);
  return bytes;
}

/**
 * A zip bomb that is what it says: `megabytes` MB of zeros compressed about a thousandfold, sizes
 * declared honestly. With `lie`, the sizes are declared as tiny, so only the inflated size tells.
 */
export function actualZipBomb(megabytes = 64, lie = false): Uint8Array {
  const zeros = new Uint8Array(megabytes * 1024 * 1024);
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': [zeros, { level: 9 }],
  };
  const bytes = zipSync(files);
  if (lie) patchUncompressedSizes(bytes, (name, size) => (name === 'word/document.xml' ? 1000 : size));
  return bytes;
}

/** Rewrites the uncompressed size of entries in both the local headers and the central directory. */
export function patchUncompressedSizes(bytes: Uint8Array, size: (name: string, declared: number) => number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  for (let i = 0; i + 46 <= bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && i + 30 <= bytes.length) {
      const nameLen = view.getUint16(i + 26, true);
      const name = decoder.decode(bytes.subarray(i + 30, i + 30 + nameLen));
      view.setUint32(i + 22, size(name, view.getUint32(i + 22, true)), true);
    } else if (sig === 0x02014b50) {
      const nameLen = view.getUint16(i + 28, true);
      const name = decoder.decode(bytes.subarray(i + 46, i + 46 + nameLen));
      view.setUint32(i + 24, size(name, view.getUint32(i + 24, true)), true);
    }
  }
}

/**
 * What Word writes for a password-protected .docx: an OLE compound file with the streams
 * EncryptionInfo and EncryptedPackage. Structurally minimal (header, FAT, one directory sector with
 * the three entries), which is all a reader sees before deciding it cannot open the file.
 */
export function encryptedDocx(): Uint8Array {
  return compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
}

/** An OLE compound file with the given (empty) streams under the root. */
export function compoundFile(streams: string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3);
  const v = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  v.setUint16(0x18, 0x003e, true); // minor version
  v.setUint16(0x1a, 0x0003, true); // major version 3: 512-byte sectors
  v.setUint16(0x1c, 0xfffe, true); // little-endian byte order mark
  v.setUint16(0x1e, 9, true); // sector shift
  v.setUint16(0x20, 6, true); // mini sector shift
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // directory starts at sector 1
  v.setUint32(0x38, 4096, true); // mini stream cutoff
  v.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  v.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  v.setUint32(0x4c, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) v.setUint32(0x4c + 4 * i, 0xffffffff, true);
  // FAT (sector 0 of the data = file offset 512): sector 0 is the FAT, sector 1 the directory.
  const fat = sector;
  v.setUint32(fat, 0xfffffffd, true);
  v.setUint32(fat + 4, 0xfffffffe, true);
  for (let i = 2; i < 128; i++) v.setUint32(fat + 4 * i, 0xffffffff, true);
  // Directory (file offset 1024): 4 entries of 128 bytes.
  const dir = sector * 2;
  const entry = (index: number, name: string, type: number, child: number, right: number): void => {
    const at = dir + index * 128;
    for (let i = 0; i < name.length; i++) v.setUint16(at + 2 * i, name.charCodeAt(i), true);
    v.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    v.setUint32(at + 68, 0xffffffff, true); // left sibling
    v.setUint32(at + 72, right, true);
    v.setUint32(at + 76, child, true);
    v.setUint32(at + 116, 0xfffffffe, true); // start sector: none
  };
  entry(0, 'Root Entry', 5, streams.length ? 1 : 0xffffffff, 0xffffffff);
  const named = streams.slice(0, 3);
  // Siblings chained to the right: a degenerate but valid red-black tree.
  named.forEach((name, i) => entry(i + 1, name, 2, 0xffffffff, i + 1 < named.length ? i + 2 : 0xffffffff));
  return out;
}

/** A real Word 97–2003 binary document (LibreOffice's conversion of the complete-VB fixture). */
export function legacyDoc(): Uint8Array {
  return new Uint8Array(readFileSync(join(FILES_DIR, 'complete-vb.doc')));
}

/** A real OpenDocument text renamed to .docx (LibreOffice's conversion of the complete-VB fixture). */
export function odtAsDocx(): Uint8Array {
  return new Uint8Array(readFileSync(join(FILES_DIR, 'complete-vb-odt.docx')));
}

export { documentXml };
