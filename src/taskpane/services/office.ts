/**
 * The real engine: the Word adapter's host calls (src/word/host.ts) — Office.js in Word, the fake in
 * the demo — and the core's check and fix.
 */
import { checkSnapshot } from '../../core/check';
import { computeFixes } from '../../core/fix';
import { parseReport } from '../../core/parse';
import {
  applyToDocument,
  displayLanguage,
  isSetSupported,
  prefersDark,
  readDocumentSnapshot,
  selectInDocument,
} from '../../word/host';
import type { Engine } from './engine';

export function createOfficeEngine(): Engine {
  return {
    readOpenDocument: readDocumentSnapshot,
    checkSnapshot: (snapshot) => checkSnapshot(snapshot),
    computeFixes: (snapshot) => computeFixes(snapshot, parseReport(snapshot)),
    reportOf: (snapshot) => {
      const { type, year } = parseReport(snapshot);
      return { type, year };
    },
    selectLocation: selectInDocument,
    applyEdits: applyToDocument,
    isSetSupported,
    displayLanguage,
    prefersDark,
  };
}
