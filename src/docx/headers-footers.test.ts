/**
 * Which page headers and footers a document shows, section by section (ISO/IEC 29500-1 §17.10.5
 * headerReference, §17.10.6 titlePg, §17.10.1 evenAndOddHeaders): inherited ones from earlier sections,
 * the first page's only with w:titlePg, even pages' only with w:evenAndOddHeaders; each story once.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { checkSnapshot } from '../core/check';
import type { DocSnapshot } from '../core/snapshot';
import { readDocx } from './index';
import { describeWithShared } from '../../test/support/shared';
import { p, packageParts, settingsXml, W_NS, zipOf } from './test-support';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Section {
  /** [kind, type, part id]; the part's text is in `parts`. */
  refs?: ['header' | 'footer', 'default' | 'first' | 'even', string][];
  titlePg?: boolean;
  body?: string;
}

/**
 * A package whose sections are given in order; the last one's w:sectPr is the body's own. Part ids
 * starting with "h" are headers, "f" footers; `evenAndOdd` puts w:evenAndOddHeaders in settings.xml.
 */
function docWith(sections: Section[], parts: Record<string, string[]>, evenAndOdd = false): DocSnapshot {
  const sectPr = (s: Section): string =>
    `<w:sectPr>${(s.refs ?? []).map(([kind, type, id]) => `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`).join('')}<w:pgSz w:w="11906" w:h="16838"/>${s.titlePg ? '<w:titlePg/>' : ''}</w:sectPr>`;
  const body = sections
    .map((s, i) => {
      const text = s.body ?? `Avsnitt ${i + 1}`;
      return i < sections.length - 1
        ? `<w:p><w:pPr>${sectPr(s)}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`
        : `${p(text)}${sectPr(s)}`;
    })
    .join('');
  const base = packageParts({ body: '', settings: settingsXml(evenAndOdd ? '<w:evenAndOddHeaders/>' : '') });
  const rels = Object.keys(parts)
    .map(
      (id) => `<Relationship Id="${id}" Type="${R}/${id.startsWith('h') ? 'header' : 'footer'}" Target="${id}.xml"/>`,
    )
    .join('');
  const files: Record<string, string | Uint8Array> = {
    ...base,
    'word/document.xml': `<w:document xmlns:w="${W_NS}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
    'word/_rels/document.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${R}/settings" Target="settings.xml"/>${rels}</Relationships>`,
  };
  for (const [id, lines] of Object.entries(parts)) {
    const root = id.startsWith('h') ? 'hdr' : 'ftr';
    files[`word/${id}.xml`] = `<w:${root} xmlns:w="${W_NS}">${lines.map((l) => p(l)).join('')}</w:${root}>`;
  }
  return readDocx(zipOf(files)).snapshot;
}

const stories = (snap: DocSnapshot): string[] =>
  (snap.headersFooters ?? []).map(
    (h) => `${h.kind} ${h.type} ${h.section}: ${h.paragraphs.map((x) => x.text).join('|')}`,
  );

describe('inherited headers and footers (the docx adapter)', () => {
  it('a later section without its own references shows the earlier ones; each story is listed once, where it first shows', () => {
    const snap = docWith(
      [
        {
          refs: [
            ['header', 'default', 'h1'],
            ['header', 'first', 'h2'],
            ['footer', 'default', 'f1'],
          ],
          titlePg: true,
        },
        {},
        { titlePg: true },
      ],
      { h1: ['Verksamhetsberättelse 2020'], h2: ['Dnr: HÄ 2020/XXX', 'Datum: 2021-02-01'], f1: ['Stockholms stad'] },
    );
    expect(stories(snap)).toEqual([
      'header default 0: Verksamhetsberättelse 2020',
      'header first 0: Dnr: HÄ 2020/XXX|Datum: 2021-02-01',
      'footer default 0: Stockholms stad',
    ]);
    // Three sections show the placeholder (the third on its first page): one finding.
    const found = checkSnapshot(snap).findings.filter((f) => f.kind === 'placeholder-text');
    expect(found.map((f) => f.subject)).toEqual(['Dnr: HÄ 2020/XXX']);
  });

  it('a first-page header counts only where a section has w:titlePg, inherited from the section just before', () => {
    // Sections 1 and 2 define first-page headers they do not show; section 3 shows the latest one (h2).
    const snap = docWith(
      [{ refs: [['header', 'first', 'h1']] }, { refs: [['header', 'first', 'h2']] }, { titlePg: true }],
      { h1: ['Första'], h2: ['Andra'] },
    );
    expect(stories(snap)).toEqual(['header first 2: Andra']);
  });

  it('even-page headers and footers count only with w:evenAndOddHeaders in settings.xml', () => {
    const sections: Section[] = [
      {
        refs: [
          ['header', 'default', 'h1'],
          ['footer', 'even', 'f1'],
        ],
      },
      {},
    ];
    const parts = { h1: ['Sidhuvud'], f1: ['Jämn sida: Skriv här'] };
    expect(stories(docWith(sections, parts))).toEqual(['header default 0: Sidhuvud']);
    expect(stories(docWith(sections, parts, true))).toEqual([
      'header default 0: Sidhuvud',
      'footer even 0: Jämn sida: Skriv här',
    ]);
  });

  it('a section with its own header replaces the inherited one for itself and the sections after it', () => {
    const snap = docWith(
      [
        { refs: [['header', 'default', 'h1']] },
        {
          refs: [
            ['header', 'default', 'h2'],
            ['header', 'first', 'h3'],
          ],
        },
        {},
        { titlePg: true },
      ],
      { h1: ['Del 1'], h2: ['Del 2'], h3: ['Bilaga'] },
    );
    expect(stories(snap)).toEqual(['header default 0: Del 1', 'header default 1: Del 2', 'header first 3: Bilaga']);
  });

  it('a header unlinked in Word keeps a copy of the same text in its own part: one story, one finding', () => {
    const snap = docWith([{ refs: [['header', 'default', 'h1']] }, { refs: [['header', 'default', 'h2']] }], {
      h1: ['Dnr: HÄ 2020/XXX'],
      h2: ['Dnr: HÄ 2020/XXX'],
    });
    expect(stories(snap)).toEqual(['header default 0: Dnr: HÄ 2020/XXX']);
    expect(checkSnapshot(snap).findings.filter((f) => f.kind === 'placeholder-text')).toHaveLength(1);
  });

  it('a Dnr in the first section’s first-page header counts as the front matter, though later sections inherit it', () => {
    const snap = docWith(
      [
        {
          refs: [
            ['header', 'first', 'h1'],
            ['header', 'default', 'h2'],
          ],
          titlePg: true,
          body: 'Verksamhetsberättelse VB 2020 för Enheten för stöd',
        },
        { titlePg: true, body: 'Sammanfattande analys' },
      ],
      { h1: ['Dnr: HÄ 2021/17', 'Datum: 2021-02-01', 'Handläggare: Anna Andersson'], h2: ['VB 2020'] },
    );
    const kinds = checkSnapshot(snap).findings.map((f) => `${f.kind} ${f.subject}`);
    expect(kinds.filter((k) => k.startsWith('header-field'))).toEqual([]);
  });
});

describeWithShared(['docx-wild', 'public-corpora'], 'inherited headers and footers in Word-made documents', (dir) => {
  const load = (name: string): { snap: DocSnapshot; xml: string } => {
    const bytes = readFileSync(join(dir, name));
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(bytes))['word/document.xml']);
    return { snap: readDocx(bytes).snapshot, xml };
  };
  const sectionCount = (xml: string): number => xml.split('<w:sectPr').length - 1;

  it('oxmlsdk-632399964516872542_1 (7 sections, no evenAndOddHeaders): the default footer once, no even footer, each first-page footer where its section shows it', () => {
    const { snap, xml } = load('oxmlsdk-632399964516872542_1.docx');
    expect(sectionCount(xml)).toBe(7);
    // The file names an even footer in section 1, which Word does not show without w:evenAndOddHeaders.
    expect(xml).toContain('w:footerReference w:type="even"');
    expect(stories(snap).map((s) => s.replace(/\|$/, ''))).toEqual([
      'footer default 0: 29',
      'footer first 2: i',
      'footer first 3: 1',
      'footer first 4: 30',
      'footer first 5: 33',
      'footer first 6: 39',
    ]);
  });

  it('poi-stress004 (18 sections, evenAndOddHeaders): the first section’s even header once though all show it; sections that only inherit add nothing', () => {
    const { snap, xml } = load('poi-stress004.docx');
    expect(sectionCount(xml)).toBe(18);
    const list = snap.headersFooters ?? [];
    expect(list.filter((h) => h.type === 'even').map((h) => h.section)).toEqual([0]);
    // Sections 3 (only an empty first-page header of its own), 4 and 14 (no references) show inherited headers.
    expect(list.map((h) => h.section)).toEqual([0, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17]);
    const keys = list.map((h) => `${h.kind}:${h.paragraphs.map((x) => x.text).join('\n')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('oxmlsdk-BackgroundReport (7 sections, evenAndOddHeaders): even headers are read; the last section’s even header, the same text as its default, once', () => {
    const { snap } = load('oxmlsdk-BackgroundReport_-_THE_WORKING_GROUP_ON_INTERNET_GOVERNANCE.docx');
    const list = stories(snap);
    expect(list.filter((s) => s.startsWith('header even')).length).toBe(5);
    expect(list.filter((s) => s.endsWith('Glossary'))).toEqual(['header default 6: |\t\tGlossary']);
  });
});
