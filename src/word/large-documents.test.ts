/**
 * Large documents: when Word fails the one-batch read (a payload limit, an aborted request — no limit is
 * documented for Word, but failures and hangs on large documents are reported, office-js #719), the
 * reader reads paragraphs and tables in slices (`load({ select, top, skip })`) instead of failing. The
 * fake fails any sync that would return more than `faults.maxItemsPerSync` collection items.
 */
import { emptySnapshot, paragraph, table, type DocSnapshot } from '../core/snapshot';
import { readOpenDocument } from './read';
import { fakeOfficePerTest } from './test-helpers';

const setup = fakeOfficePerTest();

function longReport(): DocSnapshot {
  const blocks: DocSnapshot['blocks'] = [
    paragraph('Verksamhetsberättelse 2020', { styleId: 'Title', styleName: 'title' }),
  ];
  for (let i = 1; i <= 120; i++) {
    if (i % 40 === 0)
      blocks.push(
        table([
          ['Indikator', 'Utfall'],
          [`Rad ${i}`, `${i} %`],
        ]),
      );
    blocks.push(
      paragraph(`Stycke ${i}.`, i % 10 === 0 ? { styleId: 'Heading2', styleName: 'heading 2', outlineLevel: 2 } : {}),
    );
  }
  return emptySnapshot(blocks);
}

describe('readOpenDocument on a document too large for one batch', () => {
  it('reads it in slices and gives the same blocks as the one-batch read, with a warning', async () => {
    const whole = await readOpenDocument(setup(longReport()).context());
    const fake = setup(longReport(), { faults: { maxItemsPerSync: 80 } });
    const { snapshot } = await readOpenDocument(fake.context(), { sliceSize: 50 });
    expect(snapshot.blocks).toEqual(whole.snapshot.blocks);
    expect(snapshot.warnings).toContain(
      'Dokumentet är stort och lästes i delar; fälten (innehållsförteckningen) kontrollerades som vanlig text.',
    );
    // The failed batch, three paragraph slices (50, 50, 27), one table slice, the content controls, the second batch.
    expect(fake.syncCount()).toBeGreaterThan(2);
  });

  it('an ordinary report keeps the 2-sync read', async () => {
    const fake = setup(longReport());
    await readOpenDocument(fake.context());
    expect(fake.syncCount()).toBe(2);
  });

  it('a failure that slicing cannot help still ends the read with Word’s error', async () => {
    const fake = setup(longReport(), { faults: { maxItemsPerSync: 1 } });
    await expect(readOpenDocument(fake.context(), { sliceSize: 50 })).rejects.toMatchObject({
      code: 'ResponsePayloadSizeLimitExceeded',
    });
  });
});
