/**
 * Symbols Word's text gives as "(" and table merges it does not report, recovered from the OOXML of the few
 * paragraphs and tables that need it (read-ooxml.ts), in one more sync, and only for documents that need it.
 */
import { emptySnapshot, paragraph, table, type Table } from '../core/snapshot';
import { readOpenDocument } from './read';
import { MAX_OOXML_LOADS, OOXML_WARNINGS } from './read-ooxml';
import { mayHoldSymbols, restoreSymbols } from './read-symbols';
import { mayHoldMerges } from './read-tables';
import { fakeOfficePerTest } from './test-helpers';

const setup = fakeOfficePerTest();

/** A status cell with a Wingdings dot (U+F06C, as the .docx reader gives w:sym) merged down over an Analys row. */
function statusTable(): Table {
  const t = table([
    ['Status', 'Indikator', 'Utfall', 'Årsmål'],
    ['\uf06c', 'Andel nöjda brukare', '90 %', '85 %'],
    ['', 'Analys: målet nåddes.'],
  ]);
  t.rows[0].header = true;
  t.rows[1].cells[0].vMerge = 'restart';
  t.rows[2].cells[0].vMerge = 'continue';
  t.rows[2].cells[1].gridSpan = 3;
  return t;
}

describe('which paragraphs may hold a symbol read as "("', () => {
  it('an unclosed or free-standing "(" may; written parentheses do not', () => {
    expect(mayHoldSymbols('( Uppfylls helt')).toBe(true);
    expect(mayHoldSymbols('[(] under registration')).toBe(true);
    expect(mayHoldSymbols('Prmier sujet ( je sait pas quoi')).toBe(true);
    expect(mayHoldSymbols('Enheten (se bilaga 2) redovisar')).toBe(false);
    expect(mayHoldSymbols('Uppfylls helt')).toBe(false);
  });

  it('puts back only what Word read as "(", and nothing when the texts differ elsewhere', () => {
    expect(restoreSymbols('( Uppfylls helt', '\uf06c Uppfylls helt')).toBe('\uf06c Uppfylls helt');
    expect(restoreSymbols('( Uppfylls helt (bra)', '\uf06c Uppfylls helt (bra)')).toBe('\uf06c Uppfylls helt (bra)');
    expect(restoreSymbols('( Uppfylls helt', '\uf06c Uppfylls delvis')).toBeNull();
    expect(restoreSymbols('( Uppfylls helt', '( Uppfylls helt')).toBeNull();
  });

  it('a table suggests merges by an empty cell under text in a row with a spanning cell, not by an empty cell alone', () => {
    const merged = statusTable();
    merged.rows[2].cells[0].vMerge = null;
    expect(mayHoldMerges(merged)).toBe(true);
    const empty = table([
      ['Indikator', 'Utfall'],
      ['Andel nöjda', ''],
    ]);
    expect(mayHoldMerges(empty)).toBe(false);
  });
});

describe('readOpenDocument: symbols and merges from the OOXML', () => {
  it('reads the status dot in the body and in a cell, and the merged status cell, in one more sync', async () => {
    const fake = setup(
      emptySnapshot([
        paragraph('\uf06c Uppfylls helt'),
        paragraph('Enheten (se bilaga 2) redovisar ett överskott.'),
        statusTable(),
        paragraph(''),
      ]),
    );
    const { snapshot } = await readOpenDocument(fake.context());
    expect(snapshot.blocks[0]).toMatchObject({
      text: '\uf06c Uppfylls helt',
      runs: [{ text: '\uf06c Uppfylls helt' }],
    });
    expect(snapshot.blocks[1]).toMatchObject({ text: 'Enheten (se bilaga 2) redovisar ett överskott.' });
    const t = snapshot.blocks[2] as Table;
    expect(t.rows[1].cells[0].text).toBe('\uf06c');
    expect(t.rows.map((r) => r.cells.map((c) => [c.gridColumn, c.gridSpan, c.vMerge]))).toEqual([
      [
        [0, 1, null],
        [1, 1, null],
        [2, 1, null],
        [3, 1, null],
      ],
      [
        [0, 1, 'restart'],
        [1, 1, null],
        [2, 1, null],
        [3, 1, null],
      ],
      [
        [0, 1, 'continue'],
        [1, 3, null],
      ],
    ]);
    // The paragraph with written parentheses costs nothing: one package for the dot's paragraph, one for the table.
    expect(fake.calls.filter((c) => c === 'getOoxml')).toHaveLength(2);
    expect(snapshot.warnings).toEqual([]);
  });

  it('reads symbols in page headers and text boxes too (desktop Word, which lists text boxes)', async () => {
    const snap = emptySnapshot([paragraph('Sammanfattande analys'), paragraph('Text.')]);
    snap.headersFooters = [
      { kind: 'header', type: 'first', section: 0, paragraphs: [paragraph('\uf0fc Granskad'), paragraph('Sid 1 (3)')] },
    ];
    snap.textBoxes = [{ anchorBlock: 1, paragraphs: [paragraph('\uf06c Uppfylls helt')] }];
    const fake = setup(snap, { requirementSets: { WordApi: '1.5', WordApiDesktop: '1.2' } });
    const { snapshot } = await readOpenDocument(fake.context());
    expect(snapshot.headersFooters?.[0].paragraphs.map((p) => p.text)).toEqual(['\uf0fc Granskad', 'Sid 1 (3)']);
    expect(snapshot.textBoxes?.map((t) => [t.anchorBlock, t.paragraphs.map((p) => p.text)])).toEqual([
      [1, ['\uf06c Uppfylls helt']],
    ]);
    // "Sid 1 (3)" has its parenthesis closed: only the two marks' paragraphs are asked for.
    expect(fake.calls.filter((c) => c === 'getOoxml')).toHaveLength(2);
    expect(fake.syncCount()).toBe(3);
  });

  it('reads adjacent marked lines in one package', async () => {
    const fake = setup(
      emptySnapshot([
        paragraph('\uf0b7\tFörsta punkten'),
        paragraph('\uf0b7\tAndra punkten'),
        paragraph('\uf0b7\tTredje punkten'),
        paragraph('Slut.'),
      ]),
    );
    const { snapshot } = await readOpenDocument(fake.context());
    expect(snapshot.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      '\uf0b7\tFörsta punkten',
      '\uf0b7\tAndra punkten',
      '\uf0b7\tTredje punkten',
      'Slut.',
    ]);
    expect(fake.calls.filter((c) => c === 'getOoxml')).toHaveLength(1);
  });

  it('reads at most MAX_OOXML_LOADS packages, and says that the rest keep Word\'s "("', async () => {
    // Marked lines with text between them: one package each.
    const many = Array.from({ length: MAX_OOXML_LOADS + 5 }, (_, i) => [
      paragraph(`\uf06c Rad ${i}`),
      paragraph('Text.'),
    ]).flat();
    const fake = setup(emptySnapshot(many));
    const { snapshot } = await readOpenDocument(fake.context());
    expect(fake.calls.filter((c) => c === 'getOoxml')).toHaveLength(MAX_OOXML_LOADS);
    expect(snapshot.warnings).toEqual([OOXML_WARNINGS.tooMany]);
    const texts = snapshot.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(texts[0]).toBe('\uf06c Rad 0');
    expect(texts[2 * MAX_OOXML_LOADS]).toBe(`( Rad ${MAX_OOXML_LOADS}`);
  });

  it('a document without symbols or merges reads no OOXML', async () => {
    const fake = setup(emptySnapshot([paragraph('Uppfylls helt'), paragraph('Enheten (se bilaga 2).')]));
    await readOpenDocument(fake.context());
    expect(fake.calls).not.toContain('getOoxml');
    expect(fake.syncCount()).toBe(2);
  });

  it('when Word fails the OOXML, the text stays as Word gave it and the user is told', async () => {
    const fake = setup(emptySnapshot([paragraph('\uf06c Uppfylls helt'), statusTable()]), {
      faults: { ooxml: 'GeneralException' },
    });
    const { snapshot } = await readOpenDocument(fake.context());
    expect(snapshot.blocks[0]).toMatchObject({ text: '( Uppfylls helt' });
    expect(snapshot.warnings).toEqual([
      'Några tabeller har sammanfogade celler som Word inte kan läsa cell för cell; de lästes förenklat.',
      OOXML_WARNINGS.failed,
    ]);
  });
});
