/**
 * A nämndmål is described and its expected result stated; an enhetsmål states its expected result.
 * Without them the assessment has nothing to be measured against.
 */
import type { TextRef } from '../model';
import type { Loc } from '../snapshot';
import type { Rule, RuleContext } from './types';
import { isBlank, namndGoals, unitGoals } from './util';

/** Reports a goal's missing part at the part's own place when it has a (blank) one, else at the goal. */
function reportIfBlank(
  context: RuleContext,
  goal: { title: string; loc: Loc },
  part: TextRef | null,
  messageId: string,
): void {
  if (!isBlank(part)) return;
  context.report({ messageId, subject: goal.title, location: part?.loc ?? goal.loc });
}

export const goalTexts: Rule = {
  meta: {
    id: 'goal-texts',
    messages: {
      namndmalDescription: { kind: 'description-missing', severity: 'warning', text: 'Nämndmålet saknar Beskrivning.' },
      namndmalExpectedResult: {
        kind: 'expected-result-missing',
        severity: 'warning',
        text: 'Nämndmålet saknar Förväntat resultat.',
      },
      enhetsmalExpectedResult: {
        kind: 'expected-result-missing',
        severity: 'error',
        text: 'Enhetsmålet saknar Förväntat resultat: skriv vad enheten vill uppnå, så att bedömningen går att följa.',
      },
    },
    fixable: false,
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
      reportIfBlank(context, namndmal, namndmal.beskrivning, 'namndmalDescription');
      reportIfBlank(context, namndmal, namndmal.forvantatResultat, 'namndmalExpectedResult');
    }
    // In a VP, required-sections reports the enhetsmål's parts, Förväntat resultat among them.
    if (context.model.type === 'VP') return;
    for (const { enhetsmal } of unitGoals(context.model)) {
      reportIfBlank(context, enhetsmal, enhetsmal.forvantatResultat, 'enhetsmalExpectedResult');
    }
  },
};
