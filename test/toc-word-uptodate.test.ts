/**
 * No false `toc-stale` on an up-to-date Word TOC.
 *
 * Which files have one is decided here without the checker's own comparison: a file saved by Word
 * (docProps/app.xml) whose TOC field links its entries to bookmarks (`\h`), where every entry's text is
 * the text of the paragraph its bookmark marks — Word's list number in front, the page number after the
 * last tab. Word writes those links and texts when it updates the field, so they agree exactly when the
 * entries still read as the headings do. On every such file the check must not say the TOC is stale; on
 * a Word TOC whose links disagree (a heading edited after the last update) it must.
 */
import { readFileSync } from 'fs';
import { relative } from 'path';
import { unzipSync } from 'fflate';
import { checkSnapshot } from '../src/core/check';
import { DocxError, readDocx } from '../src/docx/index';
import { describeWithShared, docxFilesBelow } from './support/shared';

jest.setTimeout(120_000);

const decode = (bytes: Uint8Array | undefined): string => (bytes ? new TextDecoder().decode(bytes) : '');
const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();

/** Visible text of a stretch of WordprocessingML: w:t, tabs, breaks as spaces (as in Word's entries); no field codes. */
function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g)) out += m[1] ?? (m[2] === 'tab' ? '\t' : ' ');
  return out.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

interface Verdict {
  entries: number;
  disagreeing: string[];
}

/** Compares each TOC hyperlink's text with the paragraph its `_Toc` bookmark marks. */
function tocLinksAgree(documentXml: string): Verdict | null {
  const paragraphs = documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const marked = new Map<string, string>();
  for (const p of paragraphs) {
    for (const m of p.matchAll(/<w:bookmarkStart\b[^>]*w:name="(_Toc\d+)"/g)) marked.set(m[1], textOf(p));
  }
  const links = [...documentXml.matchAll(/<w:hyperlink\b[^>]*w:anchor="(_Toc\d+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)];
  if (links.length === 0) return null;
  const disagreeing: string[] = [];
  for (const [, anchor, inner] of links) {
    const entry = textOf(inner).replace(/\t[^\t]*$/, '');
    const heading = marked.get(anchor);
    const [first, ...rest] = entry.split('\t');
    // "1.2⇥Title": the part before the first tab is Word's list number when the heading text lacks it.
    const title = rest.length > 0 && heading !== undefined && norm(heading) !== norm(entry) ? rest.join('\t') : entry;
    if (heading === undefined || norm(heading) !== norm(title)) disagreeing.push(`${first}${rest.length ? ' …' : ''}`);
  }
  return { entries: links.length, disagreeing };
}

describeWithShared(['docx-wild'], 'Word-made TOCs in ../shared/docx-wild', (dir) => {
  const upToDate: string[] = [];
  const stale: string[] = [];

  for (const file of docxFilesBelow(dir)) {
    const bytes = new Uint8Array(readFileSync(file));
    let parts: Record<string, Uint8Array>;
    let doc: ReturnType<typeof readDocx>;
    try {
      doc = readDocx(bytes);
      parts = unzipSync(bytes);
    } catch (e) {
      if (e instanceof DocxError || e instanceof Error) continue;
      throw e;
    }
    if (!/Microsoft[^<]*Word/.test(decode(parts['docProps/app.xml']))) continue;
    if (!doc.snapshot.fields.some((f) => f.type === 'TOC' && /\\h/.test(f.instruction))) continue;
    const verdict = tocLinksAgree(decode(parts[doc.documentPart]));
    if (!verdict) continue;
    const name = relative(dir, file);
    const tocFindings = checkSnapshot(doc.snapshot).findings.filter((f) => f.rule === 'table-of-contents');
    if (verdict.disagreeing.length === 0) {
      upToDate.push(name);
      it(`${name}: an up-to-date Word TOC (${verdict.entries} linked entries) gets no toc-stale`, () => {
        expect(tocFindings.map((f) => `${f.kind}: ${f.message}`)).toEqual([]);
      });
    } else {
      stale.push(name);
      it(`${name}: a Word TOC whose entries no longer read as their headings (${verdict.disagreeing.join(', ')}) is stale`, () => {
        expect(tocFindings.map((f) => f.kind)).toContain('toc-stale');
      });
    }
  }

  it('found up-to-date Word TOCs (numbered headings, a \\t style list, outline ranges) and stale ones to test', () => {
    expect(upToDate.length).toBeGreaterThanOrEqual(5);
    expect(stale.length).toBeGreaterThanOrEqual(1);
  });
});
