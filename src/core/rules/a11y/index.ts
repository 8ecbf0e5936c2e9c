/**
 * "Tillgänglighet": the accessibility rule pack. Unit reports are published with the board's papers,
 * where the law on accessible digital public services (DOS-lagen → EN 301 549 → WCAG 2.1 AA) applies
 * to documents too. One rule per kind of finding, with severities as Word's Accessibility Checker
 * gives them (error: title, alt text, table headers; warning: the rest; tip: empty paragraphs).
 */
import type { Rule } from '../types';
import { altTextMissing } from './alt-text-missing';
import { emptyParagraphs } from './empty-paragraphs';
import { fakeHeading } from './fake-heading';
import { headingLevelSkipped } from './heading-level-skipped';
import { languageMissing } from './language-missing';
import { linkText } from './link-text';
import { tableHeaderBlank, tableHeaderMissing } from './table-header';
import { titleMissing } from './title-missing';

export { A11Y_GROUP } from './common';
export { SWEDISH } from './language-missing';

export const a11yRules: Rule[] = [
  titleMissing,
  languageMissing,
  headingLevelSkipped,
  fakeHeading,
  altTextMissing,
  tableHeaderMissing,
  tableHeaderBlank,
  linkText,
  emptyParagraphs,
];

export {
  altTextMissing,
  emptyParagraphs,
  fakeHeading,
  headingLevelSkipped,
  languageMissing,
  linkText,
  tableHeaderBlank,
  tableHeaderMissing,
  titleMissing,
};
