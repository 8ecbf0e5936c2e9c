/**
 * Symbol-font characters (w:sym with Wingdings or Symbol: the status dot before "Uppfylls helt") come back
 * from Word's `Paragraph.text` as "(" (office-js #2368: "Word paragraphs and ranges return incorrect text
 * with arrow icons", https://github.com/OfficeDev/office-js/issues/2368; #4477: "[*]" in a symbol font
 * returned as "[(]", https://github.com/OfficeDev/office-js/issues/4477). The paragraph's OOXML still has the
 * w:sym, and the .docx reader maps it to its private-use character; this module decides which paragraphs
 * are worth that OOXML and puts the characters back.
 */

/**
 * True when Word's text may hold a symbol read as "(": more "(" than ")", or a "(" followed by a space or
 * standing last — a written parenthesis is closed and has its text right after it, a status mark is not.
 */
export function mayHoldSymbols(text: string): boolean {
  if (!text.includes('(')) return false;
  const open = text.split('(').length - 1;
  const close = text.split(')').length - 1;
  return open > close || /\((?:[\s\u00a0]|$)/.test(text);
}

/**
 * Word's text with the characters its "(" stood for, taken from the same paragraph as the .docx reader
 * reads its OOXML; null when the two differ anywhere else (then Word's text is kept as it is: a text is
 * never rewritten on a guess).
 */
export function restoreSymbols(wordText: string, fromOoxml: string): string | null {
  if (wordText === fromOoxml || wordText.length !== fromOoxml.length) return null;
  for (let i = 0; i < wordText.length; i++) {
    if (wordText[i] !== fromOoxml[i] && wordText[i] !== '(') return null;
  }
  return fromOoxml;
}
