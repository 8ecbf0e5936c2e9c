/**
 * In a VB and a T2 every enhetsmål is assessed: Uppfylls helt, delvis or inte. The export writes
 * "Ingen" where nobody chose, which reads like an answer but is not one.
 */
import type { Rule } from './types';
import { unitGoals } from './util';

const ALLOWED = 'Uppfylls helt, Uppfylls delvis eller Uppfylls inte';

export const goalAssessment: Rule = {
  meta: {
    id: 'goal-assessment',
    messages: {
      missing: {
        kind: 'assessment-missing',
        severity: 'error',
        text: 'Enhetsmålet saknar bedömning; i {{when}} ska det stå {{allowed}}.',
      },
      none: {
        kind: 'assessment-missing',
        severity: 'error',
        text: 'Enhetsmålet har bedömningen "{{raw}}"; i {{when}} ska det stå {{allowed}}.',
      },
      invalid: {
        kind: 'assessment-invalid',
        severity: 'error',
        text: 'Bedömningen "{{raw}}" är inte en av {{allowed}}.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Kontrollerar att varje enhetsmål i en verksamhetsberättelse (VB) och i tertialrapport 2 (T2) har en bedömning: Uppfylls helt, Uppfylls delvis eller Uppfylls inte. "Ingen" eller annan text räknas inte som bedömning.',
      howToFix:
        'Skriv bedömningen på raden direkt under enhetsmålets rubrik, exakt som "Uppfylls helt", "Uppfylls delvis" eller "Uppfylls inte" (gärna i ILS-webb före exporten).',
    },
  },
  check(context) {
    const report = context.model;
    if (report.type !== 'VB' && report.type !== 'T2') return;
    const when = report.type === 'VB' ? 'verksamhetsberättelsen' : 'tertialrapport 2';
    for (const { enhetsmal } of unitGoals(report)) {
      const a = enhetsmal.assessment;
      if (!a || a.raw.trim() === '') {
        context.report({
          messageId: 'missing',
          data: { when, allowed: ALLOWED },
          subject: enhetsmal.title,
          location: enhetsmal.loc,
        });
      } else if (a.value === 'ingen') {
        context.report({
          messageId: 'none',
          data: { raw: a.raw.trim(), when, allowed: ALLOWED },
          subject: enhetsmal.title,
          location: a.loc,
        });
      } else if (a.value === null) {
        context.report({
          messageId: 'invalid',
          data: { raw: a.raw.trim(), allowed: ALLOWED },
          subject: enhetsmal.title,
          location: a.loc,
        });
      }
    }
  },
};
