/**
 * `rapportstod check --comments -o UT FIL`: the check's findings as Word comments in a copy of the
 * report, for a manager who reviews in Word. The findings are the check's own (passed in, not
 * recomputed); comments the file already has are kept, and findings whose comment is already there
 * (an earlier run) are not written again.
 */
import type { CheckResult } from '../../core/check';
import { isReviewComment, reviewComments, reviewKeysIn } from '../../core/review/comments';
import type { DocxDocument } from '../../docx/index';
import { readComments, writeReviewComments } from '../../docx/review-comments';

export interface CommentsOutcome {
  bytes: Uint8Array;
  /** Comments written now. */
  written: number;
  /** Findings that already had a comment of ours in the file. */
  alreadyThere: number;
  /** Comments that could not be placed, with the reason (Swedish). */
  refused: string[];
}

export function commentsFor(doc: DocxDocument, checked: CheckResult, date?: string): CommentsOutcome {
  const ours = readComments(doc).filter((c) => isReviewComment(c.text, c.author));
  const existingKeys = new Set(ours.flatMap((c) => reviewKeysIn(c.text)));
  const comments = reviewComments(checked.findings, checked.report, doc.snapshot, { existingKeys });
  const result = writeReviewComments(doc, comments, date ? { date } : {});
  return {
    bytes: result.bytes,
    written: result.written.length,
    alreadyThere: checked.findings.filter((f) => existingKeys.has(f.id)).length,
    refused: result.refused.map((r) => `${r.comment.paragraphs[0] ?? ''} (${r.reason})`),
  };
}
