import type { ReplaceBlocks } from '../core/edits';
import { table, type DocSnapshot } from '../core/snapshot';
import { computeTocFix } from '../core/toc';
import { body, buildReport, FRONT, SEED_HEADINGS, type Line } from '../core/toc/testing';
import {
  blockIndexOfParagraphs,
  MESSAGES,
  updateTocInWord,
  type HostInfo,
  type ParagraphLike,
  type RangeLike,
  type TocContextLike,
} from './toc';

/**
 * A small fake of the Word objects `toc.ts` uses. Like Office.js it queues work until `sync()`:
 * collection items are readable only after a load and a sync, and method calls take effect (or fail)
 * at the next sync. It records every call and counts syncs.
 */
interface WordPara {
  text: string;
  tableNestingLevel: number;
  style?: string;
}

class FakeWord implements TocContextLike {
  syncs = 0;
  calls: string[] = [];
  inserted: { from: number; to: number; ooxml: string }[] = [];
  /** Makes queued insertOoxml / updateResult calls fail at sync, as Word on the web does for fields. */
  failInsert = false;
  failFieldUpdate = false;
  private queue: (() => void)[] = [];
  private paras: WordPara[];
  document: TocContextLike['document'];

  constructor(opts: { paragraphs: WordPara[]; tocObjects?: number; tocFields?: number }) {
    this.paras = opts.paragraphs;
    const fake = this;
    const loadable = <T>(name: string, make: () => T[]) => {
      let loaded = false;
      let items: T[] | null = null;
      return {
        get items(): T[] {
          if (!items) throw new Error(`PropertyNotLoaded: ${name}.items`);
          return items;
        },
        load(props: string) {
          fake.calls.push(`${name}.load(${props})`);
          if (!loaded) {
            loaded = true;
            fake.queue.push(() => {
              items = make();
            });
          }
        },
      };
    };
    const range = (from: number, to: number): RangeLike => ({
      expandTo(other: RangeLike) {
        const o = other as RangeLike & { from: number; to: number };
        return range(Math.min(from, o.from), Math.max(to, o.to));
      },
      insertOoxml(ooxml: string, where: 'Replace') {
        fake.calls.push(`range(${from}-${to}).insertOoxml(${where})`);
        fake.queue.push(() => {
          if (fake.failInsert) throw new Error('GeneralException');
          fake.inserted.push({ from, to, ooxml });
        });
      },
      ...{ from, to },
    });
    this.document = {
      tablesOfContents: loadable('tablesOfContents', () =>
        Array.from({ length: opts.tocObjects ?? 0 }, (_, i) => ({
          update: () => fake.calls.push(`toc[${i}].update()`),
          updatePageNumbers: () => fake.calls.push(`toc[${i}].updatePageNumbers()`),
        })),
      ),
      body: {
        fields: {
          getByTypes(types: string[]) {
            fake.calls.push(`fields.getByTypes(${types.join(',')})`);
            return loadable('fields', () =>
              Array.from({ length: opts.tocFields ?? 0 }, (_, i) => ({
                updateResult: () => {
                  fake.calls.push(`field[${i}].updateResult()`);
                  fake.queue.push(() => {
                    if (fake.failFieldUpdate) throw new Error('NotImplemented');
                  });
                },
              })),
            );
          },
        },
        paragraphs: loadable<ParagraphLike>('paragraphs', () =>
          fake.paras.map((p, i) => ({ ...p, getRange: () => range(i, i) })),
        ),
      },
    };
  }

  async sync(): Promise<void> {
    this.syncs++;
    const work = this.queue;
    this.queue = [];
    for (const w of work) w();
  }
}

function host(sets: Record<string, string>, isWeb = false): HostInfo {
  return {
    isWeb,
    isSetSupported: (name, version) => sets[name] !== undefined && Number(sets[name]) >= Number(version),
  };
}

/** Word's view of a snapshot: one paragraph per body paragraph, a table's cell paragraphs nested. */
function wordParagraphs(snapshot: DocSnapshot): WordPara[] {
  return snapshot.blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [{ text: b.text, tableNestingLevel: 0, style: b.styleName ?? 'Normal' }]
      : b.rows.flatMap((r) =>
          r.cells.flatMap((c) => c.paragraphs.map((p) => ({ text: p.text, tableNestingLevel: 1 }))),
        ),
  );
}

/** A VB with a stale typed TOC (1.5 missing) and a table in the front matter, so blocks ≠ paragraphs. */
function staleTyped(kind: 'typed' | 'field' = 'typed'): { snapshot: DocSnapshot; replace: ReplaceBlocks } {
  const entries: Line[] = SEED_HEADINGS.filter((h) => !h.heading.startsWith('1.5')).map((h) => ({
    entry: h.heading,
    level: h.level,
  }));
  const shifted = buildReport([{ text: 'placeholder' }, ...FRONT, ...entries, ...body()], kind);
  // Front matter table (Handläggare | Till) first: four Word paragraphs, one block.
  shifted.snapshot.blocks[0] = table([
    ['Handläggare', 'Till'],
    ['Hossein Ahmadian', 'Axelsbergs vård- och omsorgsboende'],
  ]);
  const fix = computeTocFix(shifted.report, shifted.snapshot);
  const replace = fix.edits.find((e): e is ReplaceBlocks => e.kind === 'replaceBlocks');
  if (!replace) throw new Error('expected a rebuild');
  return { snapshot: shifted.snapshot, replace };
}

describe('blockIndexOfParagraphs', () => {
  it('counts a table’s paragraphs as one block', () => {
    expect(
      blockIndexOfParagraphs([
        { tableNestingLevel: 0 },
        { tableNestingLevel: 1 },
        { tableNestingLevel: 1 },
        { tableNestingLevel: 2 },
        { tableNestingLevel: 0 },
      ]),
    ).toEqual([0, 1, 1, 1, 2]);
  });
});

describe('updateTocInWord', () => {
  it('updates a field TOC through the TOC object model on Word for desktop (WordApiDesktop 1.4), in two syncs', async () => {
    const { snapshot, replace } = staleTyped('field');
    const word = new FakeWord({ paragraphs: wordParagraphs(snapshot), tocObjects: 1, tocFields: 1 });
    const out = await updateTocInWord(
      word,
      { tocKind: 'field', replace },
      host({ WordApiDesktop: '1.4', WordApi: '1.5' }),
    );
    expect(out).toEqual({ status: 'updated', via: 'tablesOfContents', count: 1, message: MESSAGES.updated });
    expect(word.calls).toEqual(['tablesOfContents.load(items)', 'toc[0].update()']);
    expect(word.syncs).toBe(2);
    expect(word.inserted).toEqual([]);
  });

  it('falls back to the field API (WordApi 1.5) where the TOC object model is missing', async () => {
    const { snapshot, replace } = staleTyped('field');
    const word = new FakeWord({ paragraphs: wordParagraphs(snapshot), tocFields: 2 });
    const out = await updateTocInWord(word, { tocKind: 'field', replace }, host({ WordApi: '1.5' }));
    expect(out.status).toBe('updated');
    expect(word.calls).toEqual([
      'fields.getByTypes(TOC)',
      'fields.load(items)',
      'field[0].updateResult()',
      'field[1].updateResult()',
    ]);
    expect(word.syncs).toBe(2);
  });

  it('on Word on the web replaces the field with the rebuilt one, over exactly the old TOC lines', async () => {
    const { snapshot, replace } = staleTyped('field');
    const paragraphs = wordParagraphs(snapshot);
    const word = new FakeWord({ paragraphs, tocFields: 1 });
    const out = await updateTocInWord(word, { tocKind: 'field', replace }, host({ WordApi: '1.5' }, true));
    expect(out).toEqual({ status: 'replaced', message: MESSAGES.replaced });
    expect(word.calls.some((c) => c.startsWith('fields'))).toBe(false);
    expect(word.inserted).toHaveLength(1);
    const { from, to, ooxml } = word.inserted[0];
    // The table before the TOC has 4 Word paragraphs but is one block: paragraph index = block + 3.
    expect(from).toBe(replace.fromBlock + 3);
    expect(to).toBe(replace.toBlock + 3);
    expect(paragraphs[from - 1].text).toBe('Innehållsförteckning');
    expect(paragraphs[from].text).toMatch(/^Sammanfattande analys\t/);
    expect(ooxml).toMatch(/^(<\?[^>]*\?>)*<pkg:package xmlns:pkg=/);
    // The TOC styles the body uses travel with it (Microsoft: styles without a styles part are ignored).
    expect(ooxml).toContain('<w:style w:type="paragraph" w:styleId="Innehll1"><w:name w:val="toc 1"/>');
    expect(ooxml).toContain('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"');
    expect(ooxml).toContain(replace.ooxml);
    expect(word.syncs).toBe(2);
  });

  it('never replaces a field TOC whose end mark shares a paragraph with the next heading (Word replaces whole paragraphs only)', async () => {
    const { snapshot, replace } = staleTyped('field');
    expect(replace.field).toBe('TOC');
    const paragraphs = wordParagraphs(snapshot);
    const offset = 3; // the front-matter table: 4 Word paragraphs, one block
    // The field's end mark sits at the start of the heading after the TOC, as in issue 14's corpus file.
    paragraphs[replace.toBlock + offset] = { text: replace.oldLastText, tableNestingLevel: 0, style: 'Rubrik 1' };
    const word = new FakeWord({ paragraphs, tocFields: 1 });
    const out = await updateTocInWord(word, { tocKind: 'field', replace }, host({ WordApi: '1.5' }, true));
    expect(out).toEqual({ status: 'instruction', message: MESSAGES.updateByHand });
    expect(word.inserted).toHaveLength(0);
    expect(word.calls.some((c) => c.includes('insertOoxml'))).toBe(false);
  });

  it('replaces a typed TOC on any host, and gives a Swedish instruction when Word refuses the OOXML', async () => {
    const { snapshot, replace } = staleTyped('typed');
    const ok = new FakeWord({ paragraphs: wordParagraphs(snapshot) });
    expect((await updateTocInWord(ok, { tocKind: 'typed', replace }, host({ WordApi: '1.3' }))).status).toBe(
      'replaced',
    );
    expect(ok.inserted).toHaveLength(1);

    const refused = new FakeWord({ paragraphs: wordParagraphs(snapshot) });
    refused.failInsert = true;
    const out = await updateTocInWord(refused, { tocKind: 'typed', replace }, host({ WordApi: '1.3' }, true));
    expect(out).toEqual({ status: 'instruction', message: MESSAGES.insertByHand });
    expect(out.message).toContain('Referenser > Innehållsförteckning');
  });

  it('tells the user to update by hand when a field TOC can be neither updated nor replaced', async () => {
    const word = new FakeWord({ paragraphs: [], tocFields: 1 });
    word.failFieldUpdate = true;
    const out = await updateTocInWord(word, { tocKind: 'field', replace: null }, host({ WordApi: '1.5' }));
    expect(out).toEqual({ status: 'instruction', message: MESSAGES.updateByHand });
    expect(out.message).toContain('Referenser > Uppdatera tabell');
  });

  it('does not write over a TOC that changed since the check', async () => {
    const { snapshot, replace } = staleTyped('typed');
    const paragraphs = wordParagraphs(snapshot);
    const first = paragraphs.findIndex((p) => p.text.startsWith('Sammanfattande analys .'));
    paragraphs[first] = { ...paragraphs[first], text: 'Sammanfattning ........ 3' };
    const word = new FakeWord({ paragraphs });
    const out = await updateTocInWord(
      word,
      { tocKind: 'typed', replace },
      host({ WordApiDesktop: '1.4', WordApi: '1.5' }),
    );
    expect(out).toEqual({ status: 'instruction', message: MESSAGES.changedSince });
    expect(word.calls.some((c) => c.includes('insertOoxml'))).toBe(false);
  });

  it('does nothing, without a sync, when the typed TOC is already right', async () => {
    const word = new FakeWord({ paragraphs: [] });
    const out = await updateTocInWord(word, { tocKind: 'typed', replace: null }, host({ WordApi: '1.5' }));
    expect(out.status).toBe('unchanged');
    expect(word.syncs).toBe(0);
  });
});
