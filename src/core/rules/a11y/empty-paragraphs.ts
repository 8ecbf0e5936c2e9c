/**
 * Empty paragraphs used as spacing: a screen reader announces each as "tom" and they break when the
 * text moves. Word's checker gives this as a tip. Two in a row are common and harmless (a block we
 * insert ends with one), so only three or more are reported, once per run.
 */
import { isBlank } from '../../parse/text';
import { isParagraph, type Block } from '../../snapshot';
import type { Rule } from '../types';
import { inTocEntries } from '../util';
import { A11Y_GROUP } from './common';

export const MIN_EMPTY_RUN = 3;

function empty(b: Block): boolean {
  return isParagraph(b) && isBlank(b.text) && (b.pictures ?? []).length === 0;
}

export const emptyParagraphs: Rule = {
  meta: {
    id: 'a11y-empty-paragraphs',
    group: A11Y_GROUP,
    messages: {
      empty: {
        kind: 'a11y-empty-paragraphs',
        severity: 'tip',
        text: 'Här står {{count}} tomma stycken i följd för att skapa avstånd; skärmläsare läser upp vart och ett. Ta bort dem och använd Avstånd före/efter (Layout > Avstånd) eller en sidbrytning (Ctrl+Enter).',
      },
    },
    fixable: false,
    docs: {
      description:
        'Hittar tre eller fler tomma stycken i följd som används för att skapa avstånd. Skärmläsare läser upp varje tomt stycke.',
      howToFix:
        'Ta bort de tomma styckena. Använd i stället Avstånd före/efter (Layout > Avstånd) eller en sidbrytning (Ctrl+Enter).',
    },
  },
  check(context) {
    const { snapshot, model } = context;
    const blocks = snapshot.blocks;
    const inToc = (i: number): boolean => inTocEntries(model.toc, i);
    for (let i = 0; i < blocks.length;) {
      if (!empty(blocks[i]) || inToc(i)) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < blocks.length && empty(blocks[end + 1]) && !inToc(end + 1)) end++;
      const count = end - i + 1;
      if (count >= MIN_EMPTY_RUN) {
        context.report({
          messageId: 'empty',
          data: { count },
          subject: `${count} tomma stycken`,
          location: { block: i },
        });
      }
      i = end + 1;
    }
  },
};
