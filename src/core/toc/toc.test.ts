import type { ReplaceBlocks } from '../edits';
import type { Heading, TocEntry } from '../model';
import { compareToc, computeTocFix, tocFieldXml, tocHeadings, tocKey, cleanTocText, insertTocEdits } from './index';
import { body, buildReport, FRONT, SEED_HEADINGS, type Line } from './testing';

const entry = (text: string, level: number, block: number, page: string | null = '3'): TocEntry => ({
  text,
  level,
  page,
  loc: { block },
});
const head = (text: string, level: number, block: number): Heading => ({
  text,
  level,
  loc: { block },
  source: 'style',
});

/** Entries as in seed 000's typed TOC, with its real defects made explicit. */
function staleTypedEntries(): Line[] {
  return [
    { entry: 'Sammanfattande analys', level: 1, page: '3' },
    { entry: 'Uppföljning av Kommunfullmäktiges inriktningsmål', level: 1, page: '5' },
    { entry: '1. En modern storstad med möjligheter och valfrihet för alla', level: 2, page: '5' },
    {
      entry: '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
      level: 3,
      page: '5',
    },
    // 1.5 is missing.
    { entry: 'Uppföljning av ekonomi', level: 1, page: '14' },
    { entry: 'Investeringar', level: 2, page: '15' },
    { entry: 'Analys av resultaträkning - uppföljning av driftbudget', level: 2, page: '14' },
    { entry: 'Medel för lokaländamål', level: 2, page: '15' },
    { entry: 'Systematiskt kvalitetsarbete', level: 1, page: '15' },
    { entry: 'Övrigt', level: 1, page: '15' },
  ];
}

describe('normalisation', () => {
  it('ignores whitespace, no-break spaces, trailing dots, leaders and numbering dots', () => {
    expect(tocKey('1.5.\u00a0I Stockholm har  äldre ')).toBe(tocKey('1.5 I Stockholm har äldre'));
    expect(tocKey('Uppföljning av ekonomi ......................... 14')).toBe(tocKey('Uppföljning av ekonomi'));
    expect(tocKey('Övrigt\t15')).toBe('övrigt');
    expect(tocKey('Investeringar.')).toBe('investeringar');
    expect(cleanTocText('3.2. Stockholm använder skattemedlen effektivt.................12')).toBe(
      '3.2. Stockholm använder skattemedlen effektivt',
    );
    // A year in a title is not a page number.
    expect(cleanTocText('Mål för 2020')).toBe('Mål för 2020');
    expect(tocKey('1.5 Äldre')).not.toBe(tocKey('1.4 Äldre'));
  });
});

describe('compareToc', () => {
  it('reports nothing when entries equal headings up to normalisation', () => {
    const entries = [entry('Sammanfattande analys.', 1, 1), entry('1.5. Äldre  i Stockholm', 3, 2)];
    const headings = [head('Sammanfattande analys', 1, 10), head('1.5 Äldre i Stockholm', 3, 20)];
    expect(compareToc(entries, headings)).toEqual([]);
  });

  it('finds missing, extra, moved, changed and wrong-level entries', () => {
    const entries = [
      entry('Sammanfattande analys', 1, 1),
      entry('Investeringar', 2, 2),
      entry('Uppföljning av ekonomi', 1, 3),
      entry('1.5 I Stockholm har äldre en tillvaro', 2, 4),
      entry('Medel för lokaländamål', 2, 5),
    ];
    const headings = [
      head('Sammanfattande analys', 1, 10),
      head('1.5. I Stockholm har äldre en god tillvaro med trygghet', 3, 11),
      head('Uppföljning av ekonomi', 1, 12),
      head('Investeringar', 2, 13),
      head('Övrigt', 1, 14),
    ];
    const diffs = compareToc(entries, headings);
    const summary = diffs.map((d) => `${d.kind}:${'heading' in d ? d.heading.text : d.entry.text}`);
    expect(summary).toEqual([
      '1.5. I Stockholm har äldre en god tillvaro med trygghet'.replace(/^/, 'changedText:'),
      'wrongLevel:1.5. I Stockholm har äldre en god tillvaro med trygghet',
      expect.stringMatching(/^moved:(Uppföljning av ekonomi|Investeringar)$/),
      'missing:Övrigt',
      'extra:Medel för lokaländamål',
    ]);
  });

  it('pairs an edited title by similarity when it has no goal number', () => {
    const diffs = compareToc(
      [entry('Analys av resultaträkning – uppföljning av driftbudget', 2, 1)],
      [head('Analys av resultaträkning - uppföljning av driftbudgeten', 2, 5)],
    );
    expect(diffs.map((d) => d.kind)).toEqual(['changedText']);
  });

  it('does not pair unrelated titles', () => {
    const diffs = compareToc([entry('Investeringar', 2, 1)], [head('Systematiskt kvalitetsarbete', 1, 5)]);
    expect(diffs.map((d) => d.kind).sort()).toEqual(['extra', 'missing']);
  });
});

describe('tocHeadings', () => {
  it('takes levels 1–3 after the TOC, not the front matter or the TOC title', () => {
    const { report } = buildReport([
      ...FRONT,
      ...staleTypedEntries(),
      ...body([...SEED_HEADINGS, { heading: 'Detaljer', level: 4 }]),
    ]);
    const texts = tocHeadings(report).map((h) => h.text);
    expect(texts).toEqual(SEED_HEADINGS.map((h) => h.heading));
  });
});

describe('tocFieldXml', () => {
  it('writes a TOC field whose cached result holds one TOC-styled line per heading', () => {
    const xml = tocFieldXml([
      { text: 'Sammanfattande analys', level: 1, page: '3' },
      { text: 'Investeringar & lokaler <2020>', level: 2, page: null },
      { text: '1.5. Äldre', level: 3, page: '6' },
    ]);
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toContain('<w:fldChar w:fldCharType="begin"');
    expect(paragraphs[0]).toContain('TOC \\o &quot;1-3&quot; \\h \\z \\u');
    expect(paragraphs[0]).toContain('<w:fldChar w:fldCharType="separate"/>');
    expect(paragraphs[2]).toMatch(/<w:fldChar w:fldCharType="end"\/><\/w:r><\/w:p>$/);
    expect(paragraphs[0]).toContain('<w:pStyle w:val="TOC1"/>');
    expect(paragraphs[1]).toContain('<w:pStyle w:val="TOC2"/>');
    expect(paragraphs[1]).toContain('<w:ind w:left="220"/>');
    expect(paragraphs[2]).toContain('<w:ind w:left="440"/>');
    expect(paragraphs[0]).toContain('w:leader="dot"');
    expect(paragraphs[0]).toContain('<w:tab/><w:t xml:space="preserve">3</w:t>');
    expect(paragraphs[1]).toContain('Investeringar &amp; lokaler &lt;2020&gt;');
    expect(paragraphs[1]).not.toContain('<w:tab/>');
    // Well-formed once the w: namespace is declared.
    expect(() => new DOMParserLike().check(xml)).not.toThrow();
  });
});

/** Minimal well-formedness check: every element opened is closed in order. */
class DOMParserLike {
  check(xml: string): void {
    const stack: string[] = [];
    for (const m of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      const [, close, name, selfClose] = m;
      if (selfClose) continue;
      if (close) {
        if (stack.pop() !== name) throw new Error(`unbalanced ${name}`);
      } else stack.push(name);
    }
    if (stack.length) throw new Error(`unclosed ${stack.join(',')}`);
  }
}

describe('computeTocFix', () => {
  it('replaces a stale typed TOC with a field listing the headings, keeping the title and old page numbers', () => {
    const lines = [...FRONT, ...staleTypedEntries(), ...body()];
    const { report, snapshot } = buildReport(lines, 'typed');
    const fix = computeTocFix(report, snapshot);
    const replace = fix.edits.find((e): e is ReplaceBlocks => e.kind === 'replaceBlocks');
    expect(replace).toBeDefined();
    if (!replace) return;
    const toc = report.toc;
    expect(replace.fromBlock).toBe(toc?.fromBlock);
    expect(replace.toBlock).toBe(toc?.toBlock);
    // The title "Innehållsförteckning" stays: it is before the replaced range.
    expect(toc?.heading?.loc.block).toBe(replace.fromBlock - 1);
    expect(replace.oldFirstText).toMatch(/^Sammanfattande analys \.+ 3$/);
    expect(replace.oldLastText).toMatch(/^Övrigt \.+ 15$/);
    expect(fix.edits.map((e) => e.kind)).toEqual(['replaceBlocks', 'setUpdateFieldsOnOpen']);

    const texts = [...replace.ooxml.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) =>
      [...m[0].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => t[1] ?? '\t').join(''),
    );
    expect(texts).toEqual([
      'Sammanfattande analys\t3',
      'Uppföljning av Kommunfullmäktiges inriktningsmål\t5',
      '1. En modern storstad med möjligheter och valfrihet för alla\t5',
      '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort\t5',
      '1.5. I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
      'Uppföljning av ekonomi\t14',
      'Analys av resultaträkning - uppföljning av driftbudget\t14',
      'Investeringar\t15',
      'Systematiskt kvalitetsarbete\t15',
      'Övrigt\t15',
    ]);
    expect(fix.changes).toEqual(
      expect.arrayContaining([
        {
          entry: '1.5. I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
          action: 'added',
        },
        { entry: 'Medel för lokaländamål', action: 'removed' },
      ]),
    );
    expect(fix.changes.filter((c) => c.action === 'moved')).toHaveLength(1);
    // Layout headings (bold text, no heading style) would be dropped by Word's next update: the user is told.
    expect(fix.warnings.join(' ')).toMatch(/3 rubriker har inget rubrikformat/);
  });

  it('refreshes a stale field TOC over the whole field and uses the document\u2019s TOC styles', () => {
    const entries: Line[] = [
      { entry: 'Sammanfattande analys', level: 1, page: '3' },
      { entry: 'Uppföljning av ekonomi', level: 1, page: '9' },
      { entry: 'Övrigt', level: 1, page: '12' },
    ];
    const headings = [
      { heading: 'Sammanfattande analys', level: 1 },
      { heading: 'Uppföljning av ekonomi', level: 1 },
      { heading: 'Investeringar', level: 2 },
      { heading: 'Övrigt', level: 1 },
    ];
    const { report, snapshot } = buildReport([...FRONT, ...entries, { text: '' }, ...body(headings)], 'field');
    // Word's field often ends in an empty paragraph after the last entry.
    snapshot.fields[0].toBlock += 1;
    snapshot.settings.updateFieldsOnOpen = true;
    const fix = computeTocFix(report, snapshot);
    expect(fix.edits).toHaveLength(1);
    const [replace] = fix.edits;
    if (replace.kind !== 'replaceBlocks') throw new Error('expected replaceBlocks');
    expect(replace.fromBlock).toBe(report.toc?.fromBlock);
    expect(replace.toBlock).toBe((report.toc?.toBlock ?? 0) + 1);
    expect(replace.oldLastText).toBe('');
    expect(replace.ooxml).toContain('<w:pStyle w:val="Innehll1"/>');
    expect(replace.ooxml).toContain('<w:pStyle w:val="TOC2"/>');
    // A field lists what `\o "1-3"` selects, as Word does: the front matter's styled heading too.
    expect(fix.changes).toEqual([
      { entry: 'Förslag till beslut', action: 'added' },
      { entry: 'Investeringar', action: 'added' },
    ]);
  });

  it('changes nothing when the TOC is right', () => {
    const entries: Line[] = SEED_HEADINGS.map((h) => ({ entry: h.heading, level: h.level }));
    const { report, snapshot } = buildReport([...FRONT, ...entries, ...body()], 'typed');
    expect(computeTocFix(report, snapshot)).toEqual({ edits: [], changes: [], warnings: [] });
  });

  it('changes nothing when there is no TOC; inserting one is a separate edit before Sammanfattande analys', () => {
    const { report, snapshot } = buildReport([...FRONT, ...body()], null);
    expect(computeTocFix(report, snapshot).edits).toEqual([]);
    const edits = insertTocEdits(report, snapshot);
    expect(edits[0].kind).toBe('insertBlocks');
    if (edits[0].kind !== 'insertBlocks') return;
    const first = report.headings.find((h) => h.text === 'Sammanfattande analys');
    expect(edits[0].after).toBe((first?.loc.block ?? 0) - 1);
    expect(edits[0].ooxml).toContain('Innehållsförteckning');
    expect(edits[0].ooxml).not.toContain('Förslag till beslut');
    expect((edits[0].ooxml.match(/w:pStyle w:val="TOC\d"/g) ?? []).length).toBe(SEED_HEADINGS.length);
  });
});

describe('headings guessed from bold text', () => {
  const lines = (listed: boolean): Line[] => [
    { tocTitle: 'Innehållsförteckning' },
    { entry: 'Sammanfattande analys', level: 1, page: '3' },
    ...(listed ? [{ entry: 'Verksamhetsbeskrivning', level: 2, page: '3' }] : []),
    { entry: 'Övrigt', level: 1, page: '4' },
    { heading: 'Sammanfattande analys', level: 1, source: 'layout' },
    { heading: 'Verksamhetsbeskrivning', level: 2, source: 'layout', guessed: true },
    { text: 'Enheten har 54 lägenheter.' },
    { heading: 'Kompetensutveckling', level: 2, source: 'layout', guessed: true },
    { text: 'Alla har gått utbildningen.' },
    { heading: 'Övrigt', level: 1, source: 'layout' },
  ];

  it('are not reported missing from the TOC: bold emphasis in an unstyled export is not a left-out heading', () => {
    const { report } = buildReport(lines(false));
    expect(compareToc(report.toc!.entries, tocHeadings(report))).toEqual([]);
  });

  it('still match the TOC entry that lists them, so that entry is not "extra"', () => {
    const { report } = buildReport(lines(true));
    expect(tocHeadings(report).map((h) => h.text)).toEqual([
      'Sammanfattande analys',
      'Verksamhetsbeskrivning',
      'Övrigt',
    ]);
    expect(compareToc(report.toc!.entries, tocHeadings(report))).toEqual([]);
  });

  it('are kept when a new TOC is built, and a missing styled heading is still reported', () => {
    const { report } = buildReport([...lines(false), { heading: 'Systematiskt kvalitetsarbete', level: 1 }]);
    expect(tocHeadings(report, null).map((h) => h.text)).toContain('Kompetensutveckling');
    expect(compareToc(report.toc!.entries, tocHeadings(report)).map((d) => d.kind)).toEqual(['missing']);
  });
});
