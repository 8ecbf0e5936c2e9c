/**
 * Text normalisation for matching TOC entries against headings. A typed TOC copies heading texts by
 * hand (or by an export), so the same title differs in whitespace, in a trailing dot, in "1.5." versus
 * "1.5", and in leftover leader dots and page numbers.
 */

const SPACES = /[\s\u00a0\u2007\u202f\u2009\u200a]+/g;

/** The visible form of an entry or heading text: whitespace collapsed, leader dots and page number gone. */
export function cleanTocText(text: string): string {
  let s = text.normalize('NFC').replace(/[\u200b\u00ad]/g, '');
  // A tab before the page number, or a leader of dots, ends the title; a title never holds either.
  s = s.replace(/\t[^\t]*$/, '');
  s = s.replace(/\s*(?:\.\s*){3,}\s*\d*\s*$/, '');
  s = s.replace(/\u2026+\s*\d*\s*$/, '');
  s = s.replace(SPACES, ' ').trim();
  return s;
}

/** Key for equality: clean text, "1.5." → "1.5", no trailing dots or colon, case folded. */
export function tocKey(text: string): string {
  let s = cleanTocText(text);
  s = s.replace(/^(\d+(?:\.\d+)*)\.(?=\s)/, '$1');
  s = s.replace(/[.:\s]+$/, '');
  return s.toLocaleLowerCase('sv-SE');
}

/** The goal number that starts a title ("1.5" of "1.5. I Stockholm …"), or null. */
export function leadingNumber(text: string): string | null {
  const m = /^(\d+(?:\.\d+)*)\.?(?:\s|$)/.exec(cleanTocText(text));
  return m ? m[1] : null;
}

/** Similarity 0–1 by shared character bigrams (Sørensen–Dice), enough to tell an edited title from another one. */
export function similarity(a: string, b: string): number {
  const x = tocKey(a);
  const y = tocKey(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + y.length - 1);
}

/** The text after a leading section number ("1.2", "IV.", "a)", "Bilaga 3"-style numbers are kept). */
export function stripLeadingNumber(text: string): string {
  return text.replace(/^\s*(?:\d+(?:\.\d+)*\.?|[ivxlcdm]+\.|[a-z][.)])\s+/i, '');
}
