/**
 * The manager's review in the open document: the check's findings as Word comments, and removing
 * exactly the comments Rapportstöd wrote. WordApi 1.4 (Body.getComments, Range.insertComment,
 * Comment.delete); a host without it gets the Swedish reason from `reviewCommentsUnsupported`.
 *
 * Word makes the signed-in user the author of a comment an add-in inserts (`Comment.authorName` is
 * read-only), so ours are recognised by the marker `[rapportstod:<finding id>]` in their text
 * (src/core/review). Adding: the document is read and the comments' texts loaded in the same first
 * batch, then every comment is queued and written in one sync. Removing: one sync to load the comments,
 * one to delete ours — never one that does not carry the marker, and never one a person has replied to
 * (Word's delete would take the reply with it).
 */
import { isReviewComment, reviewKeysIn, type ReviewComment } from '../core/review/comments';
import type { DocSnapshot } from '../core/snapshot';
import { readOpenDocument } from './read';

export const REVIEW_COMMENTS_REQUIREMENT = { set: 'WordApi', version: '1.4' } as const;

const UNSUPPORTED = {
  sv: 'Kommentarer kräver en nyare version av Word (WordApi 1.4, t.ex. Word 2019, Microsoft 365 eller Word på webben). Använd i stället rapportstod check --comments på en kopia av filen.',
  en: 'Comments require a newer Word (WordApi 1.4, e.g. Word 2019, Microsoft 365 or Word on the web). Use rapportstod check --comments on a copy of the file instead.',
};

/** Null when the host can write comments; else why not, in the UI's language. */
export function reviewCommentsUnsupported(
  isSetSupported: (set: string, version: string) => boolean,
  language = 'sv-SE',
): string | null {
  if (isSetSupported(REVIEW_COMMENTS_REQUIREMENT.set, REVIEW_COMMENTS_REQUIREMENT.version)) return null;
  return language.toLowerCase().startsWith('sv') ? UNSUPPORTED.sv : UNSUPPORTED.en;
}

export interface AddedComments {
  written: number;
  /** Findings that already had a comment of ours in the document. */
  alreadyThere: number;
}

/**
 * Reads the document, asks `build` for the comments (given the finding ids whose comment is already
 * there), and inserts them in one write batch.
 */
export async function addReviewComments(
  context: Word.RequestContext,
  build: (
    snapshot: DocSnapshot,
    existingKeys: ReadonlySet<string>,
  ) => { comments: ReviewComment[]; findingIds: readonly string[] },
): Promise<AddedComments> {
  const body = context.document.body;
  // Queued before the read so that it travels in the read's first sync.
  const existing = body.getComments().load('items/content');
  const { snapshot, map } = await readOpenDocument(context);
  const keys = new Set(existing.items.flatMap((c) => reviewKeysIn(c.content)));
  const { comments, findingIds } = build(snapshot, keys);
  // The read loaded body.paragraphs and body.tables; office-js hands back the same loaded collections.
  const paragraphs = body.paragraphs;
  const tables = body.tables;
  for (const comment of comments) {
    const ref = map.blocks[comment.anchor.block];
    if (!ref) continue;
    const text = comment.paragraphs.join('\n');
    if (!('row' in comment.anchor)) {
      if (ref.kind !== 'paragraph') continue;
      paragraphs.items[ref.paragraph].getRange('Whole').insertComment(text);
      continue;
    }
    if (ref.kind !== 'table') continue;
    let p = tables.items[ref.table].getCell(comment.anchor.row, comment.anchor.cell).body.paragraphs.getFirst();
    for (let i = 0; i < comment.anchor.paragraph; i++) p = p.getNext();
    p.getRange('Whole').insertComment(text);
  }
  if (comments.length) await context.sync();
  return { written: comments.length, alreadyThere: findingIds.filter((id) => keys.has(id)).length };
}

export interface RemovedComments {
  removed: number;
  /** Ours that were kept because someone replied to them. */
  keptWithReplies: number;
}

export async function removeReviewComments(context: Word.RequestContext): Promise<RemovedComments> {
  const comments = context.document.body.getComments().load('items/content,items/replies/items/content');
  await context.sync();
  let removed = 0;
  let keptWithReplies = 0;
  for (const c of comments.items) {
    if (!isReviewComment(c.content)) continue;
    if (c.replies.items.length > 0) {
      keptWithReplies++;
      continue;
    }
    c.delete();
    removed++;
  }
  if (removed) await context.sync();
  return { removed, keptWithReplies };
}
