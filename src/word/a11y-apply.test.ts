/**
 * The accessibility fixes through the Word adapter, on the fake Word: the title through
 * Document.properties (WordApi 1.3), the header row through Table.headerRowCount (WordApi 1.3), and the
 * default language refused with how to do it in Word (no API sets it).
 */
import { emptySnapshot, paragraph, table } from '../core/snapshot';
import type { Edit } from '../core/edits';
import { applyEdits, REFUSALS } from './apply';
import { readOpenDocument } from './read';
import { fakeOfficePerTest } from './test-helpers';

const install = fakeOfficePerTest();

function snapshot() {
  return {
    ...emptySnapshot([
      paragraph('Verksamhetsberättelse 2020'),
      table([
        ['Verksamhet', 'Budget'],
        ['Äldreomsorg', '609,6'],
      ]),
    ]),
    properties: { title: null, author: null },
  };
}

describe('Word: the accessibility fixes', () => {
  it('sets the title and marks the header row in one write batch; explains the language', async () => {
    const fake = install(snapshot());
    const edits: Edit[] = [
      { kind: 'setDocumentTitle', title: 'Verksamhetsberättelse 2020', reason: 'r' },
      { kind: 'markHeaderRow', block: 1, oldText: 'Verksamhet\tBudget', reason: 'r' },
      { kind: 'setDefaultLanguage', language: 'sv-SE', reason: 'r' },
    ];
    const result = await applyEdits(fake.context(), edits);
    expect(result.applied.map((e) => e.kind)).toEqual(['setDocumentTitle', 'markHeaderRow']);
    expect(result.refused.map((r) => r.reason)).toEqual([REFUSALS.languageByHand]);
    const after = fake.doc.snapshot();
    expect(after.properties?.title).toBe('Verksamhetsberättelse 2020');
    const t = after.blocks[1];
    expect(t?.kind === 'table' && t.rows.map((r) => r.header)).toEqual([true, false]);
    // Read back through the adapter, as the next check would.
    const { snapshot: read } = await readOpenDocument(fake.context());
    expect(read.properties).toEqual({ title: 'Verksamhetsberättelse 2020', author: null });
  });

  it('refuses to mark a first row whose text changed since the check', async () => {
    const fake = install(snapshot());
    const result = await applyEdits(fake.context(), [
      { kind: 'markHeaderRow', block: 1, oldText: 'Annat\tBudget', reason: 'r' },
    ]);
    expect(result.refused.map((r) => r.reason)).toEqual([REFUSALS.rowChanged]);
    const t = fake.doc.snapshot().blocks[1];
    expect(t?.kind === 'table' && t.rows[0].header).toBe(false);
  });
});
