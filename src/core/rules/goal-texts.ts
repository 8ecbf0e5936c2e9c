/**
 * A nämndmål is described and its expected result stated; an enhetsmål states its expected result.
 * Without them the assessment has nothing to be measured against.
 */
import type { Rule } from './types';
import { isBlank, namndGoals, unitGoals } from './util';

export const goalTexts: Rule = {
  meta: {
    id: 'goal-texts',
    kinds: { 'expected-result-missing': 'error', 'description-missing': 'warning' },
    docs: {
      description:
        'Kontrollerar att varje nämndmål har Beskrivning och Förväntat resultat, och att varje enhetsmål har Förväntat resultat. Saknat förväntat resultat för ett enhetsmål är ett fel (bedömningen går inte att förstå); för nämndmål, som kommer från nämndens plan, en varning.',
      howToFix:
        'Lägg till underrubriken "Beskrivning" eller "Förväntat resultat" under målet och skriv texten, eller hämta den från nämndens verksamhetsplan.',
    },
  },
  check(context) {
    for (const { namndmal } of namndGoals(context.model)) {
      // A nämndmål without a title is the parser's stand-in for a missing parent, not a goal in the text.
      if (namndmal.title.trim() === '') continue;
      if (isBlank(namndmal.beskrivning)) {
        context.report({
          kind: 'description-missing',
          subject: namndmal.title,
          message: 'Nämndmålet saknar Beskrivning.',
          location: namndmal.beskrivning?.loc ?? namndmal.loc,
        });
      }
      if (isBlank(namndmal.forvantatResultat)) {
        context.report({
          kind: 'expected-result-missing',
          severity: 'warning',
          subject: namndmal.title,
          message: 'Nämndmålet saknar Förväntat resultat.',
          location: namndmal.forvantatResultat?.loc ?? namndmal.loc,
        });
      }
    }
    // In a VP, required-sections reports the enhetsmål's parts, Förväntat resultat among them.
    if (context.model.type === 'VP') return;
    for (const { enhetsmal } of unitGoals(context.model)) {
      if (isBlank(enhetsmal.forvantatResultat)) {
        context.report({
          kind: 'expected-result-missing',
          subject: enhetsmal.title,
          message: 'Enhetsmålet saknar Förväntat resultat: skriv vad enheten vill uppnå, så att bedömningen går att följa.',
          location: enhetsmal.forvantatResultat?.loc ?? enhetsmal.loc,
        });
      }
    }
  },
};
