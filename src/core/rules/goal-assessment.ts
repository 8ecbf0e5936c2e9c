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
    kinds: { 'assessment-missing': 'error', 'assessment-invalid': 'error' },
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
          kind: 'assessment-missing',
          subject: enhetsmal.title,
          message: `Enhetsmålet saknar bedömning; i ${when} ska det stå ${ALLOWED}.`,
          location: enhetsmal.loc,
        });
      } else if (a.value === 'ingen') {
        context.report({
          kind: 'assessment-missing',
          subject: enhetsmal.title,
          message: `Enhetsmålet har bedömningen "${a.raw.trim()}"; i ${when} ska det stå ${ALLOWED}.`,
          location: a.loc,
        });
      } else if (a.value === null) {
        context.report({
          kind: 'assessment-invalid',
          subject: enhetsmal.title,
          message: `Bedömningen "${a.raw.trim()}" är inte en av ${ALLOWED}.`,
          location: a.loc,
        });
      }
    }
  },
};
