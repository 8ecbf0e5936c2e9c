/**
 * The review comments against the fake Word (src/word/fake, Word.Comment modelled after Microsoft's
 * reference): on the defective sample report every finding's comment lands on the paragraph its
 * finding names, a second run adds none, removal leaves a person's comments (and ours that someone
 * replied to), and a host without WordApi 1.4 gets a reason instead of an error.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSnapshot } from '../core/check';
import { reviewComments, reviewKeysIn, type ReviewComment } from '../core/review/comments';
import type { DocSnapshot } from '../core/snapshot';
import { readDocx } from '../docx/index';
import { PROJECT_ROOT } from '../../test/support/shared';
import { addReviewComments, removeReviewComments, reviewCommentsUnsupported } from './comments';
import { fakeOfficePerTest } from './test-helpers';

const setup = fakeOfficePerTest();
const sample = readDocx(readFileSync(join(PROJECT_ROOT, 'test/fixtures/docx/seed-000.docx'))).snapshot;

/** What the pane does: the check's findings (computed once) become the comments. */
const build = (snapshot: DocSnapshot, existingKeys: ReadonlySet<string>) => {
  const { findings, report } = checkSnapshot(snapshot);
  return {
    comments: reviewComments(findings, report, snapshot, { existingKeys }),
    findingIds: findings.map((f) => f.id),
  };
};

function anchorOfComment(fake: ReturnType<typeof setup>, i: number): ReviewComment['anchor'] {
  const where = fake.doc.locate(fake.doc.comments[i].anchor)!;
  return where.row === undefined
    ? { block: where.block }
    : { block: where.block, row: where.row, cell: where.cell!, paragraph: where.paragraph! };
}

describe('addReviewComments', () => {
  it('puts one comment per finding on the right paragraph, in one write sync', async () => {
    const fake = setup(sample);
    const expected = build(sample, new Set()).comments;
    expect(expected.some((c) => 'row' in c.anchor)).toBe(true);
    const added = await addReviewComments(fake.context(), build);
    expect(added).toEqual({ written: expected.length, alreadyThere: 0 });
    expect(fake.doc.comments.map((c) => c.content)).toEqual(expected.map((c) => c.paragraphs.join('\n')));
    expect(fake.doc.comments.map((_, i) => anchorOfComment(fake, i))).toEqual(expected.map((c) => c.anchor));
    // The read's syncs (2) and one write sync, whatever the number of comments.
    expect(fake.syncCount()).toBe(3);
    expect(fake.doc.comments.every((c) => c.authorName === fake.doc.userName)).toBe(true);
  });

  it('running it twice does not duplicate; a finding that is new gets its comment', async () => {
    const fake = setup(sample);
    await addReviewComments(fake.context(), build);
    const count = fake.doc.comments.length;
    const again = await addReviewComments(fake.context(), build);
    expect(again).toEqual({ written: 0, alreadyThere: count });
    expect(fake.doc.comments).toHaveLength(count);
    // Remove one of ours by hand: the next run writes exactly that one back.
    const [gone] = fake.doc.comments.splice(2, 1);
    const third = await addReviewComments(fake.context(), build);
    expect(third.written).toBe(1);
    expect(reviewKeysIn(fake.doc.comments[fake.doc.comments.length - 1].content)).toEqual(reviewKeysIn(gone.content));
  });
});

describe('removeReviewComments', () => {
  it('removes exactly ours: a person’s comment and ours with a reply stay', async () => {
    const fake = setup(sample);
    const title = fake.doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Verksamhetsberättelse'));
    if (!title || title.kind !== 'paragraph') throw new Error('rubriken saknas');
    fake.doc.comments.push({
      id: 'p1',
      content: 'Bra, men ange källan till siffrorna.',
      authorName: 'Chef Chefsson',
      anchor: title,
      replies: [],
    });
    await addReviewComments(fake.context(), build);
    const ours = fake.doc.comments.length - 1;
    fake.doc.comments[1].replies.push({ content: 'Fixat!', authorName: 'Handläggare' });
    fake.resetCounters();
    expect(await removeReviewComments(fake.context())).toEqual({ removed: ours - 1, keptWithReplies: 1 });
    expect(fake.doc.comments.map((c) => c.id)).toEqual(['p1', fake.doc.comments[1].id]);
    expect(fake.doc.comments[1].replies).toHaveLength(1);
    expect(fake.syncCount()).toBe(2);
    // Nothing of ours left to remove: one sync, nothing deleted.
    fake.doc.comments.splice(1, 1);
    expect(await removeReviewComments(fake.context())).toEqual({ removed: 0, keptWithReplies: 0 });
    expect(fake.doc.comments.map((c) => c.id)).toEqual(['p1']);
  });
});

describe('reviewCommentsUnsupported', () => {
  it('says why in Swedish (or English) where WordApi 1.4 is missing', () => {
    const fake = setup(sample, { requirementSets: { WordApi: '1.3' } });
    const supported = (set: string, v: string) => fake.Office.context.requirements.isSetSupported(set, v);
    expect(reviewCommentsUnsupported(supported)).toMatch(/^Kommentarer kräver en nyare version av Word \(WordApi 1\.4/);
    expect(reviewCommentsUnsupported(supported, 'en-US')).toMatch(/^Comments require a newer Word/);
    const modern = setup(sample);
    expect(reviewCommentsUnsupported((s, v) => modern.Office.context.requirements.isSetSupported(s, v))).toBeNull();
  });
});
