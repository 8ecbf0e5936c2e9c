/**
 * Link texts that say where they lead (WCAG 2.4.4). A screen reader lists a page's links by their text
 * alone; "klicka här" or a long address read letter by letter tells nothing.
 */
import { squash } from '../../parse/text';
import type { Rule } from '../types';
import { A11Y_GROUP, allParagraphs } from './common';
import { shorten } from '../util';

/** Texts that say nothing about the target, compared without case and trailing punctuation. */
const VAGUE = new Set([
  'klicka här',
  'klicka',
  'här',
  'länk',
  'länken',
  'denna länk',
  'den här länken',
  'läs mer',
  'mer',
  'click here',
  'here',
  'link',
]);

/** A bare web address: what the link shows is the address itself. */
export function isBareAddress(text: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/i.test(text) || /^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/i.test(text);
}

export function isVagueLinkText(text: string): boolean {
  return VAGUE.has(
    text
      .toLowerCase()
      .replace(/[.!:»›>]+$/, '')
      .trim(),
  );
}

export const linkText: Rule = {
  meta: {
    id: 'a11y-link-text',
    group: A11Y_GROUP,
    messages: {
      bareAddress: {
        kind: 'a11y-link-text',
        severity: 'warning',
        text: 'Länken visar bara adressen ”{{text}}”, som skärmläsare läser upp tecken för tecken. Högerklicka på länken, välj Redigera länk och skriv i Text att visa vad länken leder till.',
      },
      vague: {
        kind: 'a11y-link-text',
        severity: 'warning',
        text: 'Länktexten ”{{text}}” säger inte vart länken leder. Högerklicka på länken, välj Redigera länk och skriv i Text att visa vad länken leder till.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Kontrollerar att länktexter säger vart länken leder: inte en naken webbadress och inte "klicka här", "här" eller "länk". ' +
        'Skärmläsare kan lista alla länkar, och då hörs bara länktexten.',
      howToFix:
        'Högerklicka på länken, välj Redigera länk och skriv i Text att visa vad länken leder till, till exempel "Stadens riktlinjer för tillgänglighet".',
    },
  },
  check(context) {
    for (const { paragraph, loc } of allParagraphs(context.snapshot)) {
      for (const link of paragraph.hyperlinks ?? []) {
        const text = squash(link.text);
        if (text === '') continue;
        const bare = isBareAddress(text);
        if (!bare && !isVagueLinkText(text)) continue;
        context.report({
          messageId: bare ? 'bareAddress' : 'vague',
          data: { text: shorten(text, 60) },
          subject: shorten(text, 60),
          location: loc,
        });
      }
    }
  },
};
