import { emptySnapshot, paragraph, table } from '../core/snapshot';
import { createFakeOffice, installFakeOffice } from './fake';
import { para, run } from '../core/ooxml/builders';
import { wrapInPackage } from './ooxml-package';

function sample() {
  return emptySnapshot([
    paragraph('Uppföljning av ekonomi', { styleId: 'Heading1', styleName: 'heading 1', outlineLevel: 1, bold: true }),
    table([
      ['Mnkr', 'Budget 2020', 'Prognos'],
      ['Äldreomsorg', '609,6', '613,1'],
      ['Totalt', '609,6', '613,1'],
    ]),
    paragraph('Text efter tabellen'),
  ]);
}

describe('fake Word API', () => {
  it('throws PropertyNotLoaded before load and sync, like office-js', async () => {
    const fake = createFakeOffice(sample());
    const ctx = fake.context();
    const paragraphs = ctx.document.body.paragraphs;
    expect(() => paragraphs.items).toThrow(/not available/);
    paragraphs.load('items/text');
    expect(() => paragraphs.items).toThrow(/not available/);
    await ctx.sync();
    expect(paragraphs.items.map((p) => p.text)).toEqual([
      'Uppföljning av ekonomi',
      'Mnkr',
      'Budget 2020',
      'Prognos',
      'Äldreomsorg',
      '609,6',
      '613,1',
      'Totalt',
      '609,6',
      '613,1',
      'Text efter tabellen',
    ]);
    // Loaded `text`, not `style`: reading style still throws.
    expect(() => paragraphs.items[0].style).toThrow(/PropertyNotLoaded|not available/);
    expect(fake.syncCount()).toBe(1);
    expect(fake.stats.loadedItems).toBe(11);
    expect(fake.stats.loadedProperties).toBe(11);
  });

  it('reports localized style names and the portable built-in name', async () => {
    const sv = createFakeOffice(sample(), { displayLanguage: 'sv-SE' });
    const ctx = sv.context();
    const first = ctx.document.body.paragraphs.getFirst();
    first.load('style,styleBuiltIn,outlineLevel,tableNestingLevel');
    await ctx.sync();
    expect([first.style, first.styleBuiltIn, first.outlineLevel, first.tableNestingLevel]).toEqual([
      'Rubrik 1',
      'Heading1',
      1,
      0,
    ]);
  });

  it('queues writes until sync and applies them in order', async () => {
    const fake = createFakeOffice(sample());
    const ctx = fake.context();
    const tables = ctx.document.body.tables;
    tables.load('items/values');
    await ctx.sync();
    tables.items[0].getCell(2, 2).body.paragraphs.getFirst().insertText('999,9', 'Replace');
    expect(fake.doc.snapshot().blocks[1]).toMatchObject({ rows: [{}, {}, { cells: [{}, {}, { text: '613,1' }] }] });
    await ctx.sync();
    const t = fake.doc.snapshot().blocks[1];
    expect(t?.kind === 'table' && t.rows[2].cells[2].text).toBe('999,9');
    expect(fake.doc.writes).toEqual([
      { op: 'Paragraph.insertText(Replace)', loc: { block: 1, row: 2, cell: 2, paragraph: 0 } },
    ]);
  });

  it('inserts OOXML packages as blocks and rejects malformed XML at sync', async () => {
    const fake = createFakeOffice(sample());
    const ctx = fake.context();
    const paragraphs = ctx.document.body.paragraphs;
    paragraphs.load('items/tableNestingLevel');
    await ctx.sync();
    paragraphs.items[0].getRange('Whole').insertOoxml(wrapInPackage(para([run('Ny text')])), 'After');
    await ctx.sync();
    expect(fake.doc.snapshot().blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'TABELL'))).toEqual([
      'Uppföljning av ekonomi',
      'Ny text',
      'TABELL',
      'Text efter tabellen',
    ]);
    ctx.document.body.getRange('End').insertOoxml('<w:p><w:r><w:t>utan namnrymd</w:t></w:r></w:p>', 'After');
    await expect(ctx.sync()).rejects.toThrow(/Ogiltig WordprocessingML/);
  });

  it('installs Office and Word globals with onReady, run and persisted settings', async () => {
    const fake = createFakeOffice(sample(), { requirementSets: { WordApi: '1.3' } });
    const g: Record<string, unknown> = {};
    const uninstall = installFakeOffice(g, fake);
    const office = g['Office'] as typeof fake.Office;
    await expect(office.onReady()).resolves.toEqual({ host: 'Word', platform: 'PC' });
    expect(office.context.requirements.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(office.context.requirements.isSetSupported('WordApi', '1.4')).toBe(false);
    office.context.document.settings.set('rapportstodIgnored', ['a']);
    expect(fake.doc.snapshot().settings.ignoredFindings).toEqual([]);
    office.context.document.settings.saveAsync();
    expect(fake.doc.snapshot().settings.ignoredFindings).toEqual(['a']);
    const text = await fake.Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.load('text');
      await context.sync();
      return p.text;
    });
    expect(text).toBe('Uppföljning av ekonomi');
    uninstall();
    expect(g['Office']).toBeUndefined();
  });
});

describe('fake Word API, larger documents', () => {
  it('splits inserted text with "\\n" into paragraphs and keeps positions right after the change', async () => {
    const fake = createFakeOffice(sample());
    const ctx = fake.context();
    const first = ctx.document.body.paragraphs.getFirst();
    first.insertText('Rad ett\nRad två', 'Replace');
    const all = ctx.document.body.paragraphs;
    all.load('items/text,items/tableNestingLevel');
    await ctx.sync();
    expect(all.items.slice(0, 3).map((p) => [p.text, p.tableNestingLevel])).toEqual([
      ['Rad ett', 0],
      ['Rad två', 0],
      ['Mnkr', 1],
    ]);
  });

  it('reads a 20 000-paragraph document quickly (positions are indexed, not searched)', async () => {
    const blocks = Array.from({ length: 20000 }, (_, i) => paragraph(`Stycke ${i}`));
    const fake = createFakeOffice(emptySnapshot(blocks));
    const ctx = fake.context();
    const all = ctx.document.body.paragraphs;
    all.load('items/text,items/tableNestingLevel');
    const started = Date.now();
    await ctx.sync();
    expect(all.items[19999].text).toBe('Stycke 19999');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
