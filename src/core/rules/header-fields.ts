/**
 * The tjänsteutlåtande's front matter: without a diarienummer the report cannot be registered for
 * the nämnd, and without a date or handläggare nobody knows which version this is or whom to ask.
 */
import { DOCUMENT_SECTION } from './run';
import type { Rule } from './types';

const FIELDS = [
  { key: 'dnr', label: 'Dnr', messageId: 'dnrMissing' },
  { key: 'date', label: 'Datum', messageId: 'dateMissing' },
  { key: 'handlaggare', label: 'Handläggare', messageId: 'handlaggareMissing' },
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const headerFields: Rule = {
  meta: {
    id: 'header-fields',
    messages: {
      dnrMissing: {
        kind: 'header-field-missing',
        severity: 'error',
        text: 'Diarienummer (Dnr) saknas i sidhuvudet; utan det kan tjänsteutlåtandet inte registreras för nämnden.',
      },
      dateMissing: {
        kind: 'header-field-missing',
        severity: 'warning',
        text: 'Datum (ÅÅÅÅ-MM-DD) saknas överst i tjänsteutlåtandet.',
      },
      handlaggareMissing: {
        kind: 'header-field-missing',
        severity: 'warning',
        text: 'Handläggare saknas på förstasidan.',
      },
      dateFormat: {
        kind: 'header-date-format',
        severity: 'warning',
        text: 'Datumet "{{date}}" är inte skrivet som ÅÅÅÅ-MM-DD.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Kontrollerar att tjänsteutlåtandets förstasida har diarienummer (Dnr), datum och handläggare, och att datumet är skrivet ÅÅÅÅ-MM-DD. Dnr saknas är ett fel; datum och handläggare varningar.',
      howToFix:
        'Fyll i "Dnr: HÄ ÅÅÅÅ/NNN", datumet (ÅÅÅÅ-MM-DD) och handläggarens namn i dokumentets sidhuvud eller förstasida, som i stadens mall.',
    },
  },
  check(context) {
    // A document that is not a report (the parser says so in its warnings) has no tjänsteutlåtande.
    if (context.model.type === null) return;
    const fm = context.model.frontMatter;
    for (const f of FIELDS) {
      const ref = fm[f.key];
      if (!ref || ref.text.trim() === '') {
        context.report({
          messageId: f.messageId,
          subject: f.label,
          section: DOCUMENT_SECTION,
          location: ref?.loc ?? { block: 0 },
        });
      } else if (f.key === 'date' && !DATE.test(ref.text.trim())) {
        context.report({
          messageId: 'dateFormat',
          data: { date: ref.text.trim() },
          subject: f.label,
          section: DOCUMENT_SECTION,
          location: ref.loc,
        });
      }
    }
  },
};
