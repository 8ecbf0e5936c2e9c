/**
 * Pictures need alternative text, or a mark that they are decoration (WCAG 1.1.1). Word's checker
 * calls a picture without either an error; so does this rule. Charts and SmartArt drawn as pictures
 * count too: the adapters report every w:drawing / inline picture.
 */
import type { Rule } from '../types';
import { A11Y_GROUP, allParagraphs, q } from './common';

export const altTextMissing: Rule = {
  meta: {
    id: 'a11y-alt-text-missing',
    group: A11Y_GROUP,
    messages: {
      missing: {
        kind: 'a11y-alt-text-missing',
        severity: 'error',
        text: 'Bilden {{name}} saknar alternativ text. Högerklicka på bilden, välj Visa alternativ text och beskriv vad den visar, eller markera den som dekorativ.',
      },
      missingFloating: {
        kind: 'a11y-alt-text-missing',
        severity: 'error',
        text: 'Bilden {{name}} (flytande) saknar alternativ text. Högerklicka på bilden, välj Visa alternativ text och beskriv vad den visar, eller markera den som dekorativ.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Kontrollerar att varje bild (i texten eller flytande) har alternativ text eller är markerad som dekorativ. ' +
        'Skärmläsare läser upp den alternativa texten i stället för bilden.',
      howToFix:
        'Högerklicka på bilden och välj Visa alternativ text (Redigera alternativ text). Beskriv vad bilden visar och ' +
        'varför den finns där, eller kryssa i Markera som dekorativ om den bara är utsmyckning.',
    },
  },
  check(context) {
    let n = 0;
    for (const { paragraph, loc } of allParagraphs(context.snapshot)) {
      let inline = 0;
      for (const picture of paragraph.pictures ?? []) {
        n++;
        // An in-line picture is located as itself, so Word can select it; a floating one by its paragraph.
        const location = picture.floating ? loc : { ...loc, picture: inline++ };
        if (picture.decorative || picture.description !== null || picture.title !== null) continue;
        const name = picture.name ? q(picture.name) : `nummer ${n}`;
        context.report({
          messageId: picture.floating ? 'missingFloating' : 'missing',
          data: { name },
          subject: picture.name ?? `Bild ${n}`,
          location,
        });
      }
    }
  },
};
