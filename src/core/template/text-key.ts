/**
 * The one form in which titles are compared — section headings against the template, TOC lines
 * against headings, known titles in the parser. Writers and exports vary case, spacing, dash style
 * (– — − for -), put optional hyphens (U+00AD, Word's U+001F) and zero-width spaces inside words, type
 * a section number before the title ("3.1 Investeringar", "1.5. I Stockholm …") and end with a colon
 * or a stop; none of that makes two titles different.
 */

/** A section number typed before a title: "3 ", "3.1 ", "1.5. " (followed by the title's first letter). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u;

/** Status symbols ILS-webb puts before titles (the parser strips the same set before labels). */
const LEADING_SYMBOLS = /^[\s●○◐◑◒◓◔◕⬤•·▪■□▲△▼▽◆◇★☆✓✔✗✘✕✖×—–\-−⚠!*]+/u;

/** "3.1 Investeringar" → "Investeringar": the title without the section number a writer typed before it. */
export function withoutSectionNumber(text: string): string {
  return text.replace(SECTION_NUMBER, '');
}

export function textKey(text: string): string {
  const s = text
    .normalize('NFC')
    .replace(/[\u00ad\u001f\u200b\ufeff]/g, '')
    .replace(/[\s\u00a0\u2007\u2009\u200a\u202f]+/g, ' ')
    .replace(LEADING_SYMBOLS, '')
    .trim()
    .toLowerCase();
  return withoutSectionNumber(s)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/[.:]+$/, '')
    .trim();
}

/** True when two titles are the same title in the template's sense. */
export function sameTitle(a: string, b: string): boolean {
  return textKey(a) === textKey(b);
}
