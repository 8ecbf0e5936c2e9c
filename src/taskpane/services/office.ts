/**
 * The real engine: the Word adapter (src/word) on whatever `Office`/`Word` globals are installed —
 * Office.js in Word, the shim in the demo — and the core's check and fix.
 */
import { checkSnapshot } from '../../core/check';
import { computeFixes } from '../../core/fix';
import { parseReport } from '../../core/parse';
import { applyEditsUpdatingToc } from '../../word/toc';
import { readOpenDocument } from '../../word/read';
import { selectLocation } from '../../word/select';
import type { Engine } from './engine';

/** Office's theme has no "is dark" flag; a dark body background is what Word's dark themes set. */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export function createOfficeEngine(): Engine {
  return {
    readOpenDocument: () => Word.run(async (context) => (await readOpenDocument(context)).snapshot),
    checkSnapshot: (snapshot) => checkSnapshot(snapshot),
    computeFixes: (snapshot) => computeFixes(snapshot, parseReport(snapshot)),
    selectLocation: async (loc) => {
      const problem = await Word.run((context) => selectLocation(context, loc));
      if (problem) throw new Error(problem);
    },
    // All or nothing: a fix or a recompute is written whole or not at all.
    // A TOC field is updated by Word itself first; the core's rebuild only where Word cannot (src/word/toc.ts).
    applyEdits: (edits) => Word.run((context) => applyEditsUpdatingToc(context, edits, { atomic: true })),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    displayLanguage: () => Office.context.displayLanguage ?? 'sv-SE',
    prefersDark: () => isDarkColor(Office.context.officeTheme?.bodyBackgroundColor),
  };
}
