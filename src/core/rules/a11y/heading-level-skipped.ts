/**
 * Heading levels in order: a screen reader user moves by headings and takes a jump from Rubrik 1 to
 * Rubrik 3 for a missing part (WCAG 1.3.1). Only styled headings count — they are what Word's navigation
 * pane, the TOC and assistive technology see; headings the parser recognises by layout are the
 * `a11y-fake-heading` rule's concern. The first heading is not judged: the report's title precedes it.
 */
import { shorten } from '../util';
import type { Rule } from '../types';
import { A11Y_GROUP } from './common';

export const headingLevelSkipped: Rule = {
  meta: {
    id: 'a11y-heading-level-skipped',
    group: A11Y_GROUP,
    messages: {
      skipped: {
        kind: 'a11y-heading-level-skipped',
        severity: 'warning',
        text: 'Rubriken ”{{heading}}” har nivå {{level}} men föregående rubrik har nivå {{previous}}. Ge den formatmallen Rubrik {{expected}} (Start > Format), eller lägg till den rubrik som saknas.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Kontrollerar att rubriknivåerna följer på varandra: en rubrik får inte ligga mer än en nivå under ' +
        'föregående rubrik (Rubrik 1 följd av Rubrik 3). Skärmläsare navigerar efter rubrikerna.',
      howToFix:
        'Markera rubriken och välj formatmallen för rätt nivå under Start > Format (Rubrik 2 under en Rubrik 1), ' +
        'eller lägg till den rubrik som saknas mellan dem.',
    },
  },
  check(context) {
    let previous: number | null = null;
    for (const h of context.model.headings) {
      if (h.source !== 'style') continue;
      if (previous !== null && h.level > previous + 1) {
        context.report({
          messageId: 'skipped',
          data: { heading: shorten(h.text), level: h.level, previous, expected: previous + 1 },
          subject: shorten(h.text),
          location: h.loc,
        });
      }
      previous = h.level;
    }
  },
};
