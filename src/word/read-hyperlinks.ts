/**
 * Hyperlinks and their visible text in the open document, for `a11y-link-text`, filled into
 * `Paragraph.hyperlinks` as the .docx reader fills it — in the reader's two batches, no sync of its own:
 *  - first batch: every hyperlink in the body (`Range.getHyperlinkRanges()`, WordApi 1.3, "Gets hyperlink
 *    child ranges within the range", https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-gethyperlinkranges-member(1)),
 *    with its text. `Range.hyperlink` alone "only returns the first hyperlink" of a range
 *    (office-js-docs-reference #1783, whose answer is getHyperlinkRanges); links in shapes are not listed
 *    (office-js #4160), as the .docx reader leaves text boxes' links out of the body too;
 *  - second batch, only for paragraphs whose text holds some link's text: the paragraph's own hyperlink
 *    ranges with text and address (`Range.hyperlink`: "address#location"), which place each link in its
 *    paragraph. A paragraph whose text holds no link text cannot hold a link, so a report without links
 *    costs one small load.
 */
import type { Hyperlink } from '../core/snapshot';
import { normalizeText } from './read';

/** What the first batch loads: the body's hyperlinks, in document order. */
export function queueHyperlinkCensus(body: Word.Body): Word.RangeCollection {
  return body.getRange('Whole').getHyperlinkRanges().load('items/text');
}

/** Letters and digits only, so a link's text is found in its paragraph's text whatever the separators. */
function key(text: string): string {
  return normalizeText(text).replace(/[\s\u0000-\u001f\u00a0]/g, '');
}

export type HyperlinkLoads = Map<Word.Paragraph, Word.RangeCollection>;

/** Second batch: the hyperlink ranges of each paragraph that may hold a link; null when the body has none. */
export function queueHyperlinks(
  paragraphs: readonly Word.Paragraph[],
  census: Word.RangeCollection | null,
): HyperlinkLoads | null {
  // A link without visible text says nothing to check (the rule skips it); it cannot be placed by its text.
  const texts = [...new Set((census?.items ?? []).map((r) => key(r.text)).filter((t) => t !== ''))];
  if (texts.length === 0) return null;
  const loads: HyperlinkLoads = new Map();
  for (const p of paragraphs) {
    const own = key(p.text);
    if (own !== '' && texts.some((t) => own.includes(t)))
      loads.set(p, p.getRange('Whole').getHyperlinkRanges().load('items/text,items/hyperlink'));
  }
  return loads;
}

/** A paragraph's hyperlinks (undefined: none, as the .docx reader leaves the field out). */
export function hyperlinksOf(loads: HyperlinkLoads | null, p: Word.Paragraph): Hyperlink[] | undefined {
  const items = loads?.get(p)?.items ?? [];
  if (items.length === 0) return undefined;
  return items.map((r) => ({ text: normalizeText(r.text), target: r.hyperlink ? r.hyperlink : null }));
}
