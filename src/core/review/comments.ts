/**
 * A manager's review as Word comments: from the findings "Kontrollera rapporten" already produced
 * (with their locations), the comments to write — one per finding that has a place in the document,
 * and one at the report's title for those that have none. Both adapters (`src/docx` for the CLI,
 * `src/word` for the pane) write exactly these; nothing here runs a rule again.
 *
 * Recognising our comments: Word's `Comment.authorName` is read-only in office-js (the comment gets the
 * signed-in user's name), so the author cannot mark them in Word. Every comment we write therefore
 * carries a text marker, `[rapportstod:<finding id>]`, one per finding it lists; the .docx writer also
 * sets the author to "Rapportstöd". The marker is the idempotency key too: a finding whose key is
 * already in the document is not written again, and "Ta bort Rapportstöds kommentarer" removes exactly
 * the comments that carry one.
 */
import type { Report } from '../model';
import { allRules } from '../check';
import type { Finding, Severity } from '../rules/types';
import type { DocSnapshot, Loc } from '../snapshot';

/** Author of the comments the .docx writer creates (Word sets the signed-in user's name itself). */
export const REVIEW_AUTHOR = 'Rapportstöd';
export const REVIEW_INITIALS = 'RS';

/** The text marker of one finding in a comment: `[rapportstod:0abc12z3xy9k0q]`. */
export function reviewKey(findingId: string): string {
  return `[rapportstod:${findingId}]`;
}

const KEY_PATTERN = /\[rapportstod:([0-9a-z]+)\]/g;

/** The finding ids a comment's text marks; empty for a comment the add-in did not write. */
export function reviewKeysIn(text: string): string[] {
  return [...text.matchAll(KEY_PATTERN)].map((m) => m[1]);
}

/** True for a comment Rapportstöd wrote: it carries at least one marker (or, in a .docx, our author name). */
export function isReviewComment(text: string, author?: string | null): boolean {
  return author === REVIEW_AUTHOR || reviewKeysIn(text).length > 0;
}

export interface ReviewComment {
  /** Where the comment is anchored, normalised to a paragraph: a body paragraph or one paragraph of a cell. */
  anchor: ReviewAnchor;
  /** The comment's paragraphs (plain text). */
  paragraphs: string[];
  /** Ids of the findings it lists, in order. */
  findingIds: string[];
  /** True for the one comment at the title that gathers the findings without a place. */
  gathered: boolean;
}

/** A paragraph in the body (`row` absent) or a paragraph of a table cell. */
export type ReviewAnchor = { block: number } | { block: number; row: number; cell: number; paragraph: number };

const SEVERITY_WORD: Record<Severity, string> = { error: 'Fel', warning: 'Varning', tip: 'Tips' };

const HOW_TO_FIX = new Map(allRules.map((r) => [r.meta.id, r.meta.docs.howToFix]));

export interface ReviewOptions {
  /** Finding ids whose marker is already in the document: those are not written again. */
  existingKeys?: Iterable<string>;
}

/**
 * The comments to write for these findings. `report` and `snapshot` are the ones the findings were
 * computed from (the title's place; checking that a location still exists).
 */
export function reviewComments(
  findings: readonly Finding[],
  report: Report,
  snapshot: DocSnapshot,
  options: ReviewOptions = {},
): ReviewComment[] {
  const existing = new Set(options.existingKeys ?? []);
  const located: ReviewComment[] = [];
  const unlocated: Finding[] = [];
  for (const f of findings) {
    if (existing.has(f.id)) continue;
    const anchor = isUnlocated(f, snapshot) ? null : anchorOf(f.location, snapshot);
    if (!anchor) {
      unlocated.push(f);
      continue;
    }
    located.push({ anchor, paragraphs: findingParagraphs(f), findingIds: [f.id], gathered: false });
  }
  if (unlocated.length === 0) return located;
  const titleAnchor = titleAnchorOf(report, snapshot);
  if (!titleAnchor) return located;
  const gathered: ReviewComment = {
    anchor: titleAnchor,
    paragraphs: [
      `Rapportstöd: ${unlocated.length === 1 ? 'ett fynd' : `${unlocated.length} fynd`} utan en bestämd plats i rapporten.`,
      ...unlocated.map((f) =>
        `${SEVERITY_WORD[f.severity]}: ${f.message} ${fixText(f)} ${reviewKey(f.id)}`.replace(/\s+/g, ' ').trim(),
      ),
    ],
    findingIds: unlocated.map((f) => f.id),
    gathered: true,
  };
  // The gathered comment goes first: it stands at the title, before everything else.
  return [gathered, ...located];
}

/** A comment's text as one string (paragraphs joined with "\n"), as Word's `Comment.content` gives it back. */
export function commentText(comment: ReviewComment): string {
  return comment.paragraphs.join('\n');
}

function findingParagraphs(f: Finding): string[] {
  const fix = fixText(f);
  return [`Rapportstöd – ${SEVERITY_WORD[f.severity]}: ${f.message}`, ...(fix ? [fix] : []), reviewKey(f.id)];
}

function fixText(f: Finding): string {
  const how = HOW_TO_FIX.get(f.rule);
  return how ? `Så åtgärdar du det: ${how}` : '';
}

/**
 * Rules put a finding that concerns the document as a whole (a missing Dnr, a missing section, a
 * check that failed) at `{ block: 0 }`, the document's start. Such a finding belongs in the gathered
 * comment — unless block 0 really is what it is about (its subject is in that paragraph's text).
 */
function isUnlocated(f: Finding, snapshot: DocSnapshot): boolean {
  const loc = f.location;
  if (loc.block !== 0 || loc.row !== undefined) return false;
  const first = snapshot.blocks[0];
  const subject = f.subject.trim().toLowerCase();
  if (first?.kind === 'paragraph' && subject && first.text.toLowerCase().includes(subject)) return false;
  return true;
}

/** The paragraph a location names, or null when the snapshot has no such place. */
export function anchorOf(loc: Loc, snapshot: DocSnapshot): ReviewAnchor | null {
  const block = snapshot.blocks[loc.block];
  if (!block) return null;
  if (block.kind === 'paragraph') return { block: loc.block };
  // A table, a row or a cell is anchored on a paragraph of its (first) cell: a comment marks text.
  const row = loc.row ?? 0;
  const cell = loc.cell ?? 0;
  const paragraphs = block.rows[row]?.cells[cell]?.paragraphs;
  if (!paragraphs || paragraphs.length === 0) return null;
  const paragraph = loc.paragraph !== undefined && loc.paragraph < paragraphs.length ? loc.paragraph : 0;
  return { block: loc.block, row, cell, paragraph };
}

/** The report's title, else the first paragraph with text, else the first paragraph. */
function titleAnchorOf(report: Report, snapshot: DocSnapshot): ReviewAnchor | null {
  if (report.title) {
    const a = anchorOf(report.title.loc, snapshot);
    if (a) return a;
  }
  const i = snapshot.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.trim() !== '');
  if (i >= 0) return { block: i };
  const j = snapshot.blocks.findIndex((b) => b.kind === 'paragraph');
  return j >= 0 ? { block: j } : anchorOf({ block: 0 }, snapshot);
}
