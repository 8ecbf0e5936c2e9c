/**
 * The language of the text. Without one a screen reader reads Swedish with the reader's own default
 * voice (often English), and Word cannot check the spelling (WCAG 3.1.1, "Sidans språk").
 */
import { isBlank } from '../../parse/text';
import type { Rule } from '../types';
import { DOCUMENT_SECTION } from '../run';
import { A11Y_GROUP, DOCUMENT_SUBJECT, allParagraphs } from './common';

export const SWEDISH = 'sv-SE';

/**
 * When the document defaults set no language, "the text has a language" means: at least this share of its
 * visible characters (body paragraphs and table cells, spaces not counted) stands in paragraphs whose every
 * run carries w:lang on the run, its character style or its paragraph style chain. A stray run without one
 * (a pasted address, a field result) does not make the whole document "without language"; a tenth of the
 * text read in the screen reader's own voice does.
 */
export const LANGUAGE_SHARE = 0.9;

const HOW_IN_WORD =
  'I Word: markera all text (Ctrl+A), välj Granska > Språk > Ange korrekturspråk, välj Svenska (Sverige) och klicka på Använd som standard.';

export const languageMissing: Rule = {
  meta: {
    id: 'a11y-language-missing',
    group: A11Y_GROUP,
    messages: {
      missing: {
        kind: 'a11y-language-missing',
        severity: 'warning',
        text: `Dokumentet har inget språk angivet, så skärmläsare kan läsa texten med fel uttal. Använd "Åtgärda" för att sätta svenska som standardspråk. ${HOW_IN_WORD}`,
      },
      partlyMissing: {
        kind: 'a11y-language-missing',
        severity: 'warning',
        text: `{{without}} av {{total}} stycken har inget språk angivet, så skärmläsare kan läsa dem med fel uttal. Använd "Åtgärda" för att sätta svenska som standardspråk. ${HOW_IN_WORD}`,
      },
    },
    fixable: false,
    // Offered per finding (Åtgärda), not applied by Räkna om or `rapportstod fix`, which mend figures and the TOC.
    hasSuggestions: true,
    docs: {
      description:
        'Kontrollerar att texten har ett språk: w:lang i dokumentets standardformat (styles.xml w:docDefaults) ' +
        'eller på texten själv (tecken, teckenformat eller styckeformat) för minst 90 % av texten. ' +
        'Utan språk läser skärmläsare svensk text med fel uttal.',
      howToFix: 'Använd "Åtgärda" för att sätta svenska (sv-SE) som dokumentets standardspråk. ' + HOW_IN_WORD,
    },
  },
  check(context) {
    const { snapshot } = context;
    // Word's API cannot read the default language: an adapter that does not know says nothing.
    if (!snapshot.language || snapshot.language.default !== null) return;
    let withText = 0;
    let without = 0;
    let chars = 0;
    let charsWithout = 0;
    for (const { paragraph } of allParagraphs(snapshot)) {
      if (isBlank(paragraph.text)) continue;
      withText++;
      const n = paragraph.text.replace(/\s+/g, '').length;
      chars += n;
      // Text whose language is unknown to the adapter counts as text without one: the default is missing.
      if (paragraph.language === null || paragraph.language === undefined) {
        without++;
        charsWithout += n;
      }
    }
    // Without document defaults the text still has a language when (nearly) all of it carries one on its
    // runs or styles: see LANGUAGE_SHARE.
    if (withText > 0 && charsWithout <= chars * (1 - LANGUAGE_SHARE)) return;
    context.report({
      messageId: withText === 0 || without === withText ? 'missing' : 'partlyMissing',
      data: { without, total: withText },
      subject: DOCUMENT_SUBJECT,
      section: DOCUMENT_SECTION,
      location: { block: 0 },
      suggest: [
        { kind: 'setDefaultLanguage', language: SWEDISH, reason: 'Dokumentets standardspråk: svenska (sv-SE)' },
      ],
    });
  },
};
