import { emptySnapshot, paragraph, table, type DocSnapshot } from '../core/snapshot';
import { fakeOfficePerTest } from './test-helpers';
import { selectLocation, SELECT_MESSAGES } from './select';
import { FEATURE_REQUIREMENTS, requireFeature, supports, unsupportedMessage } from './requirements';

const setup = fakeOfficePerTest();

function doc(): DocSnapshot {
  return emptySnapshot([
    paragraph('Sammanfattande analys', { styleName: 'heading 1', outlineLevel: 1 }),
    table([
      ['Indikator', 'Periodens utfall', 'Årsmål'],
      ['Sjukfrånvaro dag 1-14', '3,9 %', '2,5 %'],
      ['Analys', 'Första stycket\nAndra stycket', ''],
    ]),
    paragraph('Efter tabellen'),
  ]);
}

describe('selectLocation', () => {
  it('selects a paragraph', async () => {
    const fake = setup(doc());
    expect(await selectLocation(fake.context(), { block: 2 })).toBeNull();
    expect(fake.doc.lastSelection).toEqual({ kind: 'paragraph', loc: { block: 2 }, text: 'Efter tabellen' });
    expect(fake.syncCount()).toBe(2);
  });

  it('selects a table row, a cell and a paragraph in a cell', async () => {
    const fake = setup(doc());
    await selectLocation(fake.context(), { block: 1, row: 1 });
    expect(fake.doc.lastSelection).toEqual({
      kind: 'row',
      loc: { block: 1, row: 1 },
      text: 'Sjukfrånvaro dag 1-14\t3,9 %\t2,5 %',
    });
    await selectLocation(fake.context(), { block: 1, row: 1, cell: 2 });
    expect(fake.doc.lastSelection).toEqual({ kind: 'cell', loc: { block: 1, row: 1, cell: 2 }, text: '2,5 %' });
    await selectLocation(fake.context(), { block: 1, row: 2, cell: 1, paragraph: 1 });
    expect(fake.doc.lastSelection).toEqual({
      kind: 'paragraph',
      loc: { block: 1, row: 2, cell: 1, paragraph: 1 },
      text: 'Andra stycket',
    });
    await selectLocation(fake.context(), { block: 1 });
    expect(fake.doc.lastSelection?.kind).toBe('table');
  });

  it('answers in Swedish when the place is gone, without selecting anything', async () => {
    const fake = setup(doc());
    expect(await selectLocation(fake.context(), { block: 7 })).toBe(SELECT_MESSAGES.gone);
    expect(await selectLocation(fake.context(), { block: 1, row: 5 })).toBe(SELECT_MESSAGES.gone);
    expect(await selectLocation(fake.context(), { block: 1, row: 1, cell: 9 })).toBe(SELECT_MESSAGES.gone);
    // A paragraph index past the cell's end fails in Word at sync; the user gets the same message.
    expect(await selectLocation(fake.context(), { block: 1, row: 1, cell: 0, paragraph: 3 })).toBe(
      SELECT_MESSAGES.gone,
    );
    expect(fake.doc.selections).toEqual([]);
  });
});

describe('requirements', () => {
  it('follows the host’s requirement sets', () => {
    setup(doc(), { requirementSets: { WordApi: '1.3' } });
    expect(supports('read')).toBe(true);
    expect(supports('insertOoxml')).toBe(true);
    expect(supports('fields')).toBe(false);
    expect(supports('toc')).toBe(false);
    expect(supports('settings')).toBe(true);
    expect(FEATURE_REQUIREMENTS.fields).toEqual([{ set: 'WordApi', version: '1.4' }]);
  });

  it('gives the Swedish message on an old Word, and English for an English UI', () => {
    setup(doc(), { requirementSets: { WordApi: '1.1' }, displayLanguage: 'sv-SE' });
    expect(supports('read')).toBe(false);
    expect(requireFeature('read')).toMatch(/^Den här funktionen kräver Word 2016 eller senare/);
    expect(requireFeature('read', 'en-US')).toMatch(/^This feature requires Word 2016 or later/);
    expect(unsupportedMessage('toc')).toMatch(/innehållsförteckningen/);
  });

  it('says nothing is supported outside Office', () => {
    expect(supports('read')).toBe(false);
    expect(unsupportedMessage('read')).toMatch(/^Den här funktionen kräver Word 2016/);
  });
});
