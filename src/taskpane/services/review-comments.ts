/**
 * The pane's side of the manager's review: "Lägg fynden som kommentarer" and "Ta bort Rapportstöds
 * kommentarer". The Word work is src/word/comments.ts; the comments are the core's (src/core/review)
 * from one check of the document as it is when the button is pressed.
 */
import { checkSnapshot } from '../../core/check';
import { reviewComments } from '../../core/review/comments';
import type { DocSnapshot } from '../../core/snapshot';
import type { AddedComments, RemovedComments } from '../../word/comments';
import {
  addReviewCommentsToDocument,
  removeReviewCommentsFromDocument,
  reviewCommentsUnsupportedHere,
} from '../../word/host';

export interface ReviewCommentsService {
  /** Null when the host can write comments; else the reason, in the UI's language. */
  unsupported(): string | null;
  add(): Promise<AddedComments>;
  remove(): Promise<RemovedComments>;
}

/** The check's findings as the comments to write, leaving out those already in the document. */
export function commentsToWrite(
  snapshot: DocSnapshot,
  existingKeys: ReadonlySet<string>,
): ReturnType<Parameters<typeof addReviewCommentsToDocument>[0]> {
  const { findings, report } = checkSnapshot(snapshot);
  return {
    comments: reviewComments(findings, report, snapshot, { existingKeys }),
    findingIds: findings.map((f) => f.id),
  };
}

/** On whatever `Office`/`Word` globals are installed (src/word/host.ts): Office.js in Word, the fake in the demo. */
export function createWordReviewComments(): ReviewCommentsService {
  return {
    unsupported: reviewCommentsUnsupportedHere,
    add: () => addReviewCommentsToDocument(commentsToWrite),
    remove: removeReviewCommentsFromDocument,
  };
}
