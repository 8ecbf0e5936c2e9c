/**
 * No false `toc-stale` on an up-to-date Word TOC.
 *
 * Which files have one is decided here without the checker's own comparison: a file saved by Word
 * (docProps/app.xml) whose TOC field links its entries to bookmarks (`\h`), where every entry's text is
 * the text of the paragraph its bookmark marks — with the list number in front where that paragraph is
 * numbered (numPr on it or its style), the page number after the last tab. Word writes those links and texts when it updates the field, so they agree exactly when the
 * entries still read as the headings do. On every such file the check must not say the TOC is stale; on
 * a Word TOC whose links disagree (a heading edited after the last update) it must.
 */
import { readFileSync } from 'fs';
import { relative } from 'path';
import { unzipSync } from 'fflate';
import { checkSnapshot } from '../src/core/check';
import { parseReport } from '../src/core/parse/index';
import { compareToc, tocHeadings } from '../src/core/toc';
import { DocxError, readDocx } from '../src/docx/index';
import { describeWithShared, docxFilesBelow } from './support/shared';

jest.setTimeout(120_000);

const decode = (bytes: Uint8Array | undefined): string => (bytes ? new TextDecoder().decode(bytes) : '');
const norm = (s: string): string =>
  s
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();

/** Visible text of a stretch of WordprocessingML: w:t, tabs, breaks as spaces (as in Word's entries); no field codes. */
function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>/g))
    out += m[1] ?? (m[2] === 'tab' ? '\t' : ' ');
  return out
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

interface Verdict {
  entries: number;
  disagreeing: string[];
}

/** Style ids whose definition (or a style it is based on) numbers its paragraphs. */
function numberedStyles(stylesXml: string): Set<string> {
  const defs = new Map<string, { numbered: boolean; basedOn: string | null }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numId = /<w:numId w:val="(\d+)"/.exec(m[2]);
    defs.set(m[1], {
      numbered: numId !== null && numId[1] !== '0',
      basedOn: /<w:basedOn w:val="([^"]*)"/.exec(m[2])?.[1] ?? null,
    });
  }
  const out = new Set<string>();
  for (const id of defs.keys()) {
    let at: string | null = id;
    for (let hops = 0; at && hops < 10; hops++) {
      const d = defs.get(at);
      if (!d) break;
      if (d.numbered) {
        out.add(id);
        break;
      }
      at = d.basedOn;
    }
  }
  return out;
}

/** Compares each TOC hyperlink's text with the paragraph its `_Toc` bookmark marks. */
function tocLinksAgree(documentXml: string, stylesXml: string): Verdict | null {
  const paragraphs = documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const styles = numberedStyles(stylesXml);
  const marked = new Map<string, string>();
  const numbered = new Set<string>();
  for (const p of paragraphs) {
    const style = /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1];
    const isNumbered =
      /<w:numId w:val="[1-9]\d*"/.test(p) ||
      (style !== undefined && styles.has(style) && !/<w:numId w:val="0"/.test(p));
    for (const m of p.matchAll(/<w:bookmarkStart\b[^>]*w:name="(_Toc\d+)"/g)) {
      marked.set(m[1], textOf(p));
      if (isNumbered) numbered.add(m[1]);
    }
  }
  const links = [...documentXml.matchAll(/<w:hyperlink\b[^>]*w:anchor="(_Toc\d+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)];
  if (links.length === 0) return null;
  const disagreeing: string[] = [];
  for (const [, anchor, inner] of links) {
    const entry = textOf(inner).replace(/\t[^\t]*$/, '');
    const heading = marked.get(anchor);
    const [first, ...rest] = entry.split('\t');
    // "1.2⇥Title": the part before the first tab is Word's list number, when the heading is numbered.
    const title = rest.length > 0 && numbered.has(anchor) ? rest.join('\t') : entry;
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
    const verdict = tocLinksAgree(decode(parts[doc.documentPart]), decode(parts['word/styles.xml']));
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

  it('Word\u2019s own Business Plan template: the headings\u2019 numbers come from numbering.xml and match the entries', () => {
    const file = docxFilesBelow(dir).find((f) => f.includes('Business_Plan_for_a_Startup'));
    if (!file) throw new Error('Business Plan saknas i korpusen');
    const doc = readDocx(new Uint8Array(readFileSync(file)));
    const report = parseReport(doc.snapshot);
    const headings = tocHeadings(report, report.toc, doc.snapshot);
    expect(headings.map((h) => h.number)).toEqual([
      'I.',
      'II.',
      'III.',
      'IV.',
      'V.',
      'VI.',
      'VII.',
      'VIII.',
      'IX.',
      'X.',
      'XI.',
      'XII.',
    ]);
    expect(headings.every((h) => !h.numberUnknown)).toBe(true);
    expect(compareToc(report.toc?.entries ?? [], headings)).toEqual([]);
  });

  it('found up-to-date Word TOCs (numbered headings, a \\t style list, outline ranges) and stale ones to test', () => {
    expect(upToDate.length).toBeGreaterThanOrEqual(5);
    expect(stale.length).toBeGreaterThanOrEqual(1);
  });
});
