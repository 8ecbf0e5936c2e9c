/**
 * Which first-page and even-page headers and footers Word shows. `Section.getHeader('FirstPage')` gives a
 * section's first-page header whether or not the section uses it, as the .docx holds a first-page header
 * that w:titlePg does not switch on (ISO/IEC 29500-1 §17.10.6, §17.10.1). Section.pageSetup
 * (WordApiDesktop 1.3, https://learn.microsoft.com/en-us/javascript/api/word/word.pagesetup) says whether
 * it does: `differentFirstPageHeaderFooter` ("whether the first page has a different header and footer")
 * and `oddAndEvenPagesHeaderFooter` ("whether odd and even pages have different headers and footers").
 * A header Word does not show is left out, as the .docx reader leaves it out; without the set (Word on
 * the web, Mac) every header is checked, since a placeholder reported once too often loses nothing.
 */
import type { HeaderFooter } from '../core/snapshot';
import { supports } from './requirements';

export const PAGE_SETUP_PROPS = 'differentFirstPageHeaderFooter,oddAndEvenPagesHeaderFooter';

/** Each section's page setup, queued with its headers; null when the host has no WordApiDesktop 1.3. */
export function queuePageSetups(sections: Word.SectionCollection): Word.PageSetup[] | null {
  if (!supports('pageSetup')) return null;
  return sections.items.map((s) => s.pageSetup.load(PAGE_SETUP_PROPS));
}

/** Whether the section shows a story of this type; always true when the page setups were not read. */
export function shownByPageSetup(
  story: Pick<HeaderFooter, 'type' | 'section'>,
  setups: readonly Word.PageSetup[] | null,
): boolean {
  const setup = setups?.[story.section];
  if (!setup) return true;
  if (story.type === 'first') return setup.differentFirstPageHeaderFooter;
  if (story.type === 'even') return setup.oddAndEvenPagesHeaderFooter;
  return true;
}
