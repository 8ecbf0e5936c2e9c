/**
 * The review comments writer on real packages: the seed-based sample report (defective), a file with
 * a person's comment written by Word (mammoth's corpus), one written by the `docx` npm package, tiny
 * hand-made edge cases, and every file in ../shared/docx-wild. Checked by reading the result back with
 * our reader (texts unchanged, comments present, each anchored in the right paragraph) and, where
 * xmllint is installed, against the ISO/IEC 29500 schemas.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { unzipSync } from 'fflate';
import {
  Document,
  Packer,
  Paragraph as DocxParagraph,
  TextRun,
  CommentRangeStart,
  CommentRangeEnd,
  CommentReference,
} from 'docx';
import { checkSnapshot } from '../core/check';
import {
  commentText,
  isReviewComment,
  reviewComments,
  reviewKeysIn,
  type ReviewAnchor,
  type ReviewComment,
} from '../core/review/comments';
import type { Block } from '../core/snapshot';
import { readDocx, type DocxDocument } from './index';
import { readComments, writeReviewComments } from './review-comments';
import { packageParts } from './test-support';
import { zipSync } from 'fflate';
import { describeWithShared, docxFilesBelow, PROJECT_ROOT, sharedPath } from '../../test/support/shared';

const DATE = '2026-11-30T08:00:00Z';

function texts(blocks: Block[]): string[] {
  return blocks.map((b) =>
    b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n'),
  );
}

/** Where each comment's range starts, as an anchor of the re-read document (our reader's source map). */
function anchorsOf(doc: DocxDocument): Map<string, ReviewAnchor> {
  const out = new Map<string, ReviewAnchor>();
  const xml = doc.documentXml;
  for (const m of xml.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>/g)) {
    const at = m.index;
    const block = doc.source.blocks.findIndex((b) => b.start <= at && at < b.end);
    const cells = doc.source.cells[block];
    if (!cells) {
      out.set(m[1], { block });
      continue;
    }
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.contentStart <= at && at < cell.contentEnd) {
          // The paragraph index: how many of the cell's paragraphs start before the marker.
          // Nested tables' paragraphs are not the cell's (the test files nest one level at most).
          const before =
            xml
              .slice(cell.contentStart, at)
              .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')
              .match(/<w:p[ >]/g)?.length ?? 0;
          out.set(m[1], { block, row: r, cell: c, paragraph: before - 1 });
        }
      }),
    );
  }
  return out;
}

function comment(anchor: ReviewAnchor, text: string): ReviewComment {
  return {
    anchor,
    paragraphs: [text, '[rapportstod:test00000000000]'],
    findingIds: ['test00000000000'],
    gathered: false,
  };
}

const xmllint = ((): boolean => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const WML = sharedPath('ooxml-schemas', 'ISO-IEC29500-4_2016', 'wml.xsd');

/** Validates parts with one xmllint run; returns the names of those that fail. */
function invalidParts(files: Record<string, Uint8Array>): string[] {
  if (!xmllint || !WML) return [];
  const dir = mkdtempSync(join(tmpdir(), 'rs-comments-'));
  const names = Object.entries(files).map(([name, bytes], i) => {
    const p = join(dir, `${i}-${name.replace(/[^\w.-]/g, '_')}`);
    writeFileSync(p, bytes);
    return { name, p };
  });
  let out = '';
  try {
    execFileSync('xmllint', ['--noout', '--schema', WML, ...names.map((n) => n.p)], { stdio: 'pipe' });
  } catch (e) {
    out = String((e as { stderr?: Buffer }).stderr ?? '');
  }
  return names.filter((n) => out.includes(`${n.p} fails to validate`)).map((n) => n.name);
}

describe('writeReviewComments on the defective sample report', () => {
  const doc = readDocx(readFileSync(join(PROJECT_ROOT, 'test/fixtures/docx/seed-000.docx')));
  const checked = checkSnapshot(doc.snapshot);
  const comments = reviewComments(checked.findings, checked.report, doc.snapshot);
  const result = writeReviewComments(doc, comments, { date: DATE });
  const out = readDocx(result.bytes);

  it('writes every comment and keeps every paragraph and cell text', () => {
    expect(comments.length).toBeGreaterThan(5);
    expect(result.refused).toEqual([]);
    expect(texts(out.snapshot.blocks)).toEqual(texts(doc.snapshot.blocks));
    expect(checkSnapshot(out.snapshot).findings.map((f) => f.id)).toEqual(checked.findings.map((f) => f.id));
  });

  it('reads the comments back: author Rapportstöd, message, how to fix and marker', () => {
    const read = readComments(out);
    expect(read).toHaveLength(comments.length);
    expect(read.map((c) => c.text)).toEqual(comments.map(commentText));
    expect(read.every((c) => c.author === 'Rapportstöd' && isReviewComment(c.text, c.author))).toBe(true);
  });

  it('anchors each comment in the paragraph its finding names (a cell paragraph for table findings)', () => {
    const anchors = anchorsOf(out);
    const read = readComments(out);
    expect(anchors.size).toBe(comments.length);
    read.forEach((c, i) => expect(anchors.get(c.id)).toEqual(comments[i].anchor));
    expect(comments.some((c) => 'row' in c.anchor)).toBe(true);
  });

  it('adds the part, its relationship and its content type', () => {
    const files = unzipSync(result.bytes);
    expect(new TextDecoder().decode(files['word/_rels/document.xml.rels'])).toMatch(
      /Type="[^"]*\/relationships\/comments" Target="comments.xml"/,
    );
    expect(new TextDecoder().decode(files['[Content_Types].xml'])).toContain(
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    );
    expect(
      invalidParts({ 'document.xml': files['word/document.xml'], 'comments.xml': files['word/comments.xml'] }),
    ).toEqual([]);
  });

  it('a second run on the output writes nothing new', () => {
    const keys = readComments(out).flatMap((c) => reviewKeysIn(c.text));
    const again = checkSnapshot(out.snapshot);
    expect(reviewComments(again.findings, again.report, out.snapshot, { existingKeys: keys })).toEqual([]);
  });

  it('keeps every part it does not touch byte for byte', () => {
    const before = unzipSync(readFileSync(join(PROJECT_ROOT, 'test/fixtures/docx/seed-000.docx')));
    const after = unzipSync(result.bytes);
    for (const [name, bytes] of Object.entries(before)) {
      if (['word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml'].includes(name)) continue;
      expect([name, Buffer.from(after[name]).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
  });
});

describe('writeReviewComments beside a person’s comments', () => {
  it('keeps a comment written with the docx npm package and numbers ours above it', async () => {
    const file = await Packer.toBuffer(
      new Document({
        comments: {
          children: [
            {
              id: 0,
              author: 'Anna Andersson',
              date: new Date('2026-01-01'),
              children: [new DocxParagraph({ children: [new TextRun('Källa?')] })],
            },
          ],
        },
        sections: [
          {
            children: [
              new DocxParagraph({
                children: [
                  new CommentRangeStart(0),
                  new TextRun('Verksamhetsberättelse 2020'),
                  new CommentRangeEnd(0),
                  new TextRun({ children: [new CommentReference(0)] }),
                ],
              }),
              new DocxParagraph({ children: [new TextRun('Andra stycket')] }),
            ],
          },
        ],
      }),
    );
    const doc = readDocx(new Uint8Array(file));
    const result = writeReviewComments(doc, [comment({ block: 0 }, 'Första'), comment({ block: 1 }, 'Andra')], {
      date: DATE,
    });
    const out = readDocx(result.bytes);
    const read = readComments(out);
    expect(read.map((c) => [c.author, c.text.split('\n')[0]])).toEqual([
      ['Anna Andersson', 'Källa?'],
      ['Rapportstöd', 'Första'],
      ['Rapportstöd', 'Andra'],
    ]);
    expect(new Set(read.map((c) => c.id)).size).toBe(3);
    expect(texts(out.snapshot.blocks)).toEqual(texts(doc.snapshot.blocks));
    expect([...anchorsOf(out).entries()].filter(([id]) => id !== read[0].id).map(([, a]) => a)).toEqual([
      { block: 0 },
      { block: 1 },
    ]);
    // The docx package's own comments part carries mc:Ignorable, which the strict schema refuses; ours must add no failure.
    const files = unzipSync(result.bytes);
    const original = unzipSync(new Uint8Array(file));
    const before = new Set(
      invalidParts({ 'document.xml': original['word/document.xml'], 'comments.xml': original['word/comments.xml'] }),
    );
    const after = invalidParts({
      'document.xml': files['word/document.xml'],
      'comments.xml': files['word/comments.xml'],
    });
    expect(after.filter((n) => !before.has(n))).toEqual([]);
  });
});

describe('writeReviewComments on edge cases', () => {
  const build = (body: string): DocxDocument =>
    readDocx(zipSync(Object.fromEntries(Object.entries(packageParts({ body })).map(([k, v]) => [k, v]))));

  it('an empty paragraph <w:p/> and the second paragraph of a cell with a nested table', () => {
    const doc = build(
      '<w:p/><w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p>' +
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="50"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>inre</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
        '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>slut</w:t></w:r></w:p>',
    );
    const anchors: ReviewAnchor[] = [
      { block: 0 },
      { block: 1, row: 0, cell: 0, paragraph: 1 },
      { block: 1, row: 0, cell: 0, paragraph: 1 },
    ];
    const result = writeReviewComments(
      doc,
      anchors.map((a, i) => comment(a, `k${i}`)),
      { date: DATE },
    );
    expect(result.refused).toEqual([]);
    const out = readDocx(result.bytes);
    expect(texts(out.snapshot.blocks)).toEqual(texts(doc.snapshot.blocks));
    expect([...anchorsOf(out).values()]).toEqual(anchors);
    // The range starts after the paragraph's properties, which must stay first in w:p.
    expect(out.documentXml).toContain(
      '<w:pPr><w:jc w:val="right"/></w:pPr><w:commentRangeStart w:id="1"/><w:commentRangeStart w:id="2"/><w:r>',
    );
    const files = unzipSync(result.bytes);
    expect(
      invalidParts({ 'document.xml': files['word/document.xml'], 'comments.xml': files['word/comments.xml'] }),
    ).toEqual([]);
  });

  it('refuses a place that does not exist instead of guessing', () => {
    const doc = build('<w:p><w:r><w:t>ett</w:t></w:r></w:p>');
    const result = writeReviewComments(doc, [comment({ block: 5 }, 'x'), comment({ block: 0 }, 'y')], { date: DATE });
    expect(result.refused.map((r) => r.reason)).toEqual(['Stället finns inte i dokumentet.']);
    expect(readComments(readDocx(result.bytes)).map((c) => c.text.split('\n')[0])).toEqual(['y']);
  });
});

describeWithShared(['docx-wild'], 'review comments on every real third-party .docx', (dir) => {
  const files = docxFilesBelow(dir);
  const results: {
    file: string;
    before: DocxDocument;
    out: DocxDocument;
    written: number;
    parts: Record<string, Uint8Array>;
  }[] = [];
  for (const file of files) {
    let before: DocxDocument;
    try {
      before = readDocx(readFileSync(file));
    } catch {
      continue; // Unreadable files are the reader's tests' business.
    }
    // One comment on every body paragraph and on the first paragraph of every cell.
    const anchors: ReviewAnchor[] = [];
    before.snapshot.blocks.forEach((b, block) => {
      if (b.kind === 'paragraph') anchors.push({ block });
      else
        b.rows.forEach((r, row) =>
          r.cells.forEach((c, cell) => c.paragraphs.length && anchors.push({ block, row, cell, paragraph: 0 })),
        );
    });
    const result = writeReviewComments(
      before,
      anchors.map((a, i) => comment(a, `Kommentar ${i}`)),
      { date: DATE },
    );
    if (result.written.length === 0) continue;
    results.push({
      file: file.slice(dir.length + 1),
      before,
      out: readDocx(result.bytes),
      written: result.written.length,
      parts: unzipSync(result.bytes),
    });
  }

  it('writes comments into most files', () => {
    expect(results.length).toBeGreaterThan(files.length / 2);
  });

  it('keeps every block’s text and every earlier comment, and gives every comment its own id', () => {
    for (const r of results) {
      expect([r.file, texts(r.out.snapshot.blocks)]).toEqual([r.file, texts(r.before.snapshot.blocks)]);
      const old = readComments(r.before);
      const now = readComments(r.out);
      expect([r.file, now.slice(0, old.length)]).toEqual([r.file, old]);
      expect([r.file, now.length]).toEqual([r.file, old.length + r.written]);
      expect([r.file, new Set(now.map((c) => c.id)).size]).toEqual([r.file, now.length]);
    }
  });

  it('writes a document.xml and comments.xml that validate wherever the original document.xml did', () => {
    if (!xmllint || !WML) return;
    // Word's own parts often fail the schema (mc:Ignorable on the root); what we write must not add failures.
    const originals: Record<string, Uint8Array> = {};
    const outputs: Record<string, Uint8Array> = {};
    for (const r of results) {
      // Strict OOXML (purl.oclc.org namespaces) has no schema in ../shared; only transitional parts are validated.
      if (r.before.source.rootNamespaces['xmlns:w']?.startsWith('http://purl.oclc.org/')) continue;
      const commentsPart = Object.keys(r.parts).find((n) => /^word\/comments\d*\.xml$/.test(n));
      originals[`${r.file} document.xml`] = new TextEncoder().encode(r.before.documentXml);
      outputs[`${r.file} document.xml`] = r.parts[r.out.documentPart]!;
      if (commentsPart) {
        outputs[`${r.file} comments.xml`] = r.parts[commentsPart]!;
        const old = r.before.parts.get(commentsPart);
        if (old) originals[`${r.file} comments.xml`] = old;
      }
    }
    const badBefore = new Set(invalidParts(originals));
    const badAfter = invalidParts(outputs).filter((name) => !badBefore.has(name));
    expect(badAfter).toEqual([]);
    expect(Object.keys(originals).length - badBefore.size).toBeGreaterThan(10);
  });
});
