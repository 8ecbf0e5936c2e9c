/**
 * Räkna om with Word's own TOC update (what the pane's engine calls, src/taskpane/services/office.ts):
 * a TOC field is updated by Word (`Field.updateResult`, WordApi 1.5; the fake lists the headings again),
 * and the core's rebuild is inserted only where the host cannot. No Word API sets w:updateFields, so the
 * pane is never told that Word will update the page numbers on open.
 */
import { checkSnapshot } from '../core/check';
import { computeFixes } from '../core/fix';
import { heading, para } from '../core/ooxml/builders';
import { parseReport } from '../core/parse/index';
import { renderSkeleton, skeletonValue } from '../core/skeleton/index';
import { readDocx } from '../docx/index';
import { createDocx } from '../docx/package-writer';
import { readOpenDocument } from './read';
import { fakeOfficePerTest } from './test-helpers';
import { REFUSALS } from './apply';
import { applyEditsUpdatingToc, isTocRebuild, MESSAGES } from './toc';

const setup = fakeOfficePerTest();

/** A VB skeleton whose TOC field does not list a heading added after it was written. */
function staleReport() {
  const value = skeletonValue({
    type: 'VB',
    unit: 'Axelsbergs vård- och omsorgsboende',
    year: 2020,
    date: '2021-02-01',
  });
  return readDocx(createDocx(renderSkeleton(value) + heading('Bilaga: uppföljning av läkemedel', 1) + para('Text.')))
    .snapshot;
}

const WEB_OFF = { isSetSupported: (name: string, v: string) => name === 'WordApi' && Number(v) <= 1.5, isWeb: false };

function tocFindings(snapshot: Parameters<typeof checkSnapshot>[0]): string[] {
  return checkSnapshot(snapshot)
    .findings.filter((f) => f.rule === 'table-of-contents')
    .map((f) => f.kind);
}

describe('Räkna om: Word updates its TOC field first', () => {
  it('updates the existing TOC field through Word and inserts nothing; the re-check finds the TOC current', async () => {
    const snapshot = staleReport();
    expect(tocFindings(snapshot)).toContain('toc-stale');
    const { edits } = computeFixes(snapshot, parseReport(snapshot));
    expect(edits.some(isTocRebuild)).toBe(true);
    expect(edits.some((e) => e.kind === 'setUpdateFieldsOnOpen')).toBe(true);
    const fake = setup(snapshot);
    const result = await applyEditsUpdatingToc(fake.context(), edits, { atomic: true }, WEB_OFF);
    expect(result.toc).toMatchObject({ status: 'updated', via: 'fields' });
    expect(result.refused).toEqual([]);
    // The promise "Word uppdaterar sidnumren när dokumentet öppnas" is not made: no API sets it.
    expect(result.applied.some((e) => e.kind === 'setUpdateFieldsOnOpen')).toBe(false);
    expect(fake.doc.writes.map((w) => w.op)).toEqual(['Field.updateResult']);
    const { snapshot: after } = await readOpenDocument(fake.context());
    expect(tocFindings(after)).toEqual([]);
  });

  it('rebuilds the TOC from the core’s edit where the host cannot update fields (Word on the web, or no WordApi 1.5)', async () => {
    const snapshot = staleReport();
    const { edits } = computeFixes(snapshot, parseReport(snapshot));
    const fake = setup(snapshot);
    const result = await applyEditsUpdatingToc(fake.context(), edits, { atomic: true }, { ...WEB_OFF, isWeb: true });
    expect(result.toc).toEqual({ status: 'replaced', message: MESSAGES.replaced });
    expect(fake.doc.writes.map((w) => w.op)).toEqual(['Range.insertOoxml(Replace)']);
    const { snapshot: after } = await readOpenDocument(fake.context());
    expect(tocFindings(after)).toEqual([]);
  });

  it('on the web, refuses to rebuild a field TOC whose end mark shares its paragraph with a heading, and writes nothing', async () => {
    const snapshot = staleReport();
    const { edits } = computeFixes(snapshot, parseReport(snapshot));
    const rebuild = edits.find(isTocRebuild)!;
    expect(rebuild.field).toBe('TOC');
    // The field ends at the start of the next heading's paragraph (issue 14's "Executive Summary" file):
    // Word can only replace whole paragraphs, so the heading would go with the TOC.
    const last = snapshot.blocks[rebuild.toBlock];
    if (last?.kind !== 'paragraph') throw new Error('expected a paragraph');
    snapshot.blocks[rebuild.toBlock] = { ...last, styleId: 'Heading1', styleName: 'heading 1', outlineLevel: 1 };
    const fake = setup(snapshot);
    const result = await applyEditsUpdatingToc(fake.context(), edits, { atomic: true }, { ...WEB_OFF, isWeb: true });
    expect(result.toc).toEqual({ status: 'instruction', message: MESSAGES.updateByHand });
    expect(result.refused.map((r) => r.reason)).toContain(REFUSALS.tocSharesParagraph);
    expect(fake.doc.writes.filter((w) => w.op.includes('insertOoxml'))).toEqual([]);
  });

  it('passes edits without a TOC rebuild straight through', async () => {
    const fake = setup(staleReport());
    const result = await applyEditsUpdatingToc(
      fake.context(),
      [{ kind: 'setIgnoredFindings', ids: ['x'], reason: 'Ignorera' }],
      { atomic: true },
      WEB_OFF,
    );
    expect(result.applied).toHaveLength(1);
    expect(result.toc).toBeUndefined();
  });
});
