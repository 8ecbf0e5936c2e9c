/**
 * One page header or footer text is one story, however many sections show it.
 *
 * A section without its own header or footer of a type shows the previous section's ("Länka till
 * föregående", ISO/IEC 29500-1 §17.10.5), and Word's object model gives that linked content for every
 * section ("When a header or footer is linked, its contents are the same as in the previous header or
 * footer": https://learn.microsoft.com/en-us/office/vba/api/word.headerfooter.linktoprevious; office-js
 * #272 shows `section.getHeader` reaching a linked header). Word's JavaScript API cannot say whether a
 * header is linked (office-js #4989), and a header unlinked in Word keeps a copy of the same text in a
 * part of its own. So both adapters keep a story only when no earlier story of the same kind (header,
 * footer) has the same text: "Dnr: HÄ 2020/XXX" in a header that ten sections show is one finding, not
 * ten. Nothing is lost: no edit targets a header, and equal text gives equal findings.
 */
import type { HeaderFooter } from './snapshot';

const textOf = (story: HeaderFooter): string => story.paragraphs.map((p) => p.text).join('\n');

/** The stories in their order, each kept only where it first appears (by kind and text). */
export function distinctHeadersFooters(stories: readonly HeaderFooter[]): HeaderFooter[] {
  const seen = new Set<string>();
  return stories.filter((story) => {
    const key = `${story.kind}\u0000${textOf(story)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
