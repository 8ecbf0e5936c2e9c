/**
 * The tjänsteutlåtande's front matter: without a diarienummer the report cannot be registered for
 * the nämnd, and without a date or handläggare nobody knows which version this is or whom to ask.
 */
import { DOCUMENT_SECTION } from './run';
import type { Rule } from './types';

const FIELDS = [
  { key: 'dnr', label: 'Dnr', severity: 'error', message: 'Diarienummer (Dnr) saknas i sidhuvudet; utan det kan tjänsteutlåtandet inte registreras för nämnden.' },
  { key: 'date', label: 'Datum', severity: 'warning', message: 'Datum (ÅÅÅÅ-MM-DD) saknas överst i tjänsteutlåtandet.' },
  { key: 'handlaggare', label: 'Handläggare', severity: 'warning', message: 'Handläggare saknas på förstasidan.' },
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const headerFields: Rule = {
  meta: {
    id: 'header-fields',
    kinds: { 'header-field-missing': 'error' },
    docs: {
      description:
        'Kontrollerar att tjänsteutlåtandets förstasida har diarienummer (Dnr), datum och handläggare. Dnr saknas är ett fel; datum och handläggare varningar.',
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
          kind: 'header-field-missing',
          severity: f.severity,
          subject: f.label,
          message: f.message,
          section: DOCUMENT_SECTION,
          location: ref?.loc ?? { block: 0 },
        });
      } else if (f.key === 'date' && !DATE.test(ref.text.trim())) {
        context.report({
          kind: 'header-field-missing',
          severity: 'warning',
          subject: f.label,
          message: `Datumet "${ref.text.trim()}" är inte skrivet som ÅÅÅÅ-MM-DD.`,
          section: DOCUMENT_SECTION,
          location: ref.loc,
        });
      }
    }
  },
};
