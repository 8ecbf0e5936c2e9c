/**
 * The benchmark's adapter measurement (`npm run bench`): check, fix and insert through the Word
 * adapter against its fake, counting round trips and loaded data. Kept out of src/word, which ships
 * in the add-in; the harness is a script's business.
 */
import { checkSnapshot } from '../../src/core/check';
import type { Edit } from '../../src/core/edits';
import { para } from '../../src/core/ooxml/builders';
import type { DocSnapshot } from '../../src/core/snapshot';
import { applyEdits } from '../../src/word/apply';
import { createFakeOffice, installFakeOffice } from '../../src/word/fake';
import { readOpenDocument } from '../../src/word/read';

export interface AdapterCost {
  syncs: number;
  /** Scalar properties loaded, over all objects (one per item and property). */
  loadedProperties: number;
  /** Collection items loaded. */
  loadedItems: number;
}

export interface AdapterMeasurement {
  blocks: number;
  /** Reading the document for "Kontrollera rapporten". */
  check: AdapterCost & { findings: number };
  /** Applying every safe fix the check offered (a fresh read first, as the task pane does). */
  fix: AdapterCost & { edits: number; applied: number; refused: number };
  /** Inserting a table and a paragraph after the first block. */
  insert: AdapterCost & { applied: number };
}

/**
 * Runs check, fix and insert through the adapter against the fake Word built from `snapshot` and
 * counts what they cost in round trips and loaded data. Used by the benchmark (`npm run bench`),
 * which holds these numbers steady as documents grow.
 */
export async function measureAdapter(snapshot: DocSnapshot): Promise<AdapterMeasurement> {
  const fake = createFakeOffice(snapshot);
  const restore = installFakeOffice(globalThis, fake);
  const cost = (): AdapterCost => ({
    syncs: fake.stats.syncs,
    loadedProperties: fake.stats.loadedProperties,
    loadedItems: fake.stats.loadedItems,
  });
  try {
    const { snapshot: read } = await readOpenDocument(fake.context());
    const { findings } = checkSnapshot(read);
    const check = { ...cost(), findings: findings.length };

    fake.resetCounters();
    // setUpdateFieldsOnOpen has no Word API (see apply.ts): Word neither applies nor refuses it.
    const edits: Edit[] = findings.flatMap((f) => f.fix ?? []).filter((e) => e.kind !== 'setUpdateFieldsOnOpen');
    const fixResult = await applyEdits(fake.context(), edits);
    const fix = {
      ...cost(),
      edits: edits.length,
      applied: fixResult.applied.length,
      refused: fixResult.refused.length,
    };

    fake.resetCounters();
    const tableXml =
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>' +
      `<w:tr><w:tc>${para('Indikator')}</w:tc><w:tc>${para('Utfall')}</w:tc></w:tr>` +
      '</w:tbl>';
    const insertResult = await applyEdits(fake.context(), [
      { kind: 'insertBlocks', after: 0, ooxml: tableXml + para(''), reason: 'Mätning' },
    ]);
    const insert = { ...cost(), applied: insertResult.applied.length };
    return { blocks: read.blocks.length, check, fix, insert };
  } finally {
    restore();
  }
}
