/**
 * The pane's calls into the running Office host: each opens its own `Word.run` batch on whatever
 * `Office`/`Word` globals are installed (Office.js in Word, the fake in the demo and the tests).
 * The task pane composes these and never names `Word` or `Office` itself.
 */
import type { Edit } from '../core/edits';
import type { DocSnapshot, Loc } from '../core/snapshot';
import {
  addReviewComments,
  removeReviewComments,
  reviewCommentsUnsupported,
  type AddedComments,
  type RemovedComments,
} from './comments';
import { readOpenDocument } from './read';
import { selectLocation } from './select';
import { applyEditsUpdatingToc } from './toc';

/** Office's theme has no "is dark" flag; a dark body background is what Word's dark themes set. */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export function readDocumentSnapshot(): Promise<DocSnapshot> {
  return Word.run(async (context) => (await readOpenDocument(context)).snapshot);
}

/** Selects the place of a finding; throws with the Swedish reason when it is gone. */
export async function selectInDocument(loc: Loc): Promise<void> {
  const problem = await Word.run((context) => selectLocation(context, loc));
  if (problem) throw new Error(problem);
}

/**
 * All or nothing: a fix or a recompute is written whole or not at all. A TOC field is updated by Word
 * itself first; the core's rebuild only where Word cannot (src/word/toc.ts).
 */
export function applyToDocument(edits: Edit[]): ReturnType<typeof applyEditsUpdatingToc> {
  return Word.run((context) => applyEditsUpdatingToc(context, edits, { atomic: true }));
}

export function isSetSupported(name: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(name, version);
}

export function displayLanguage(): string {
  return Office.context.displayLanguage ?? 'sv-SE';
}

export function prefersDark(): boolean {
  return isDarkColor(Office.context.officeTheme?.bodyBackgroundColor);
}

/** Null when the host can write comments; else the reason, in the UI's language. */
export function reviewCommentsUnsupportedHere(): string | null {
  return reviewCommentsUnsupported(isSetSupported, displayLanguage());
}

export function addReviewCommentsToDocument(build: Parameters<typeof addReviewComments>[1]): Promise<AddedComments> {
  return Word.run((context) => addReviewComments(context, build));
}

export function removeReviewCommentsFromDocument(): Promise<RemovedComments> {
  return Word.run((context) => removeReviewComments(context));
}
