/**
 * Indicators the unit reports that the catalog does not know, typed one per line in the Infoga
 * form: "Antal fallolyckor; st; lägre; nej". The direction is what the checker needs to judge the
 * outcome against the target, so it is asked for, never guessed; it is stored in the document with
 * the `setCustomIndicators` edit.
 */
import type { CustomIndicator } from '../snapshot';
import { normalizeName } from '../catalog/index';
import { typedLines } from './lines';

export const OWN_INDICATORS_HINT =
  'En indikator per rad: Namn; enhet; högre, lägre eller ingen (vad som är bättre); gäller personer ja eller nej. T.ex. Antal fallolyckor; st; lägre; nej';

const DIRECTIONS: Record<string, CustomIndicator['direction']> = {
  högre: 'higher',
  'högre är bättre': 'higher',
  lägre: 'lower',
  'lägre är bättre': 'lower',
  ingen: 'none',
  '-': 'none',
};

const YES_NO: Record<string, boolean> = { ja: true, nej: false, '': false };

export interface OwnIndicatorsParse {
  indicators: CustomIndicator[];
  /** Swedish, one per problem, naming the line. */
  errors: string[];
}

/** Reads the lines; `taken` are names already in the table (the goal's catalog indicators). */
export function parseOwnIndicators(text: string, taken: readonly string[] = []): OwnIndicatorsParse {
  const indicators: CustomIndicator[] = [];
  const errors: string[] = [];
  const seen = new Set(taken.map(normalizeName));
  for (const { line, values } of typedLines(text)) {
    const [name = '', unit = '', directionText = '', peopleText = '', ...rest] = values;
    if (rest.length) {
      errors.push(
        `Rad ${line} har ${values.length} värden men ska ha högst 4: Namn; enhet; riktning; gäller personer.`,
      );
      continue;
    }
    if (!name) {
      errors.push(`Rad ${line}: indikatorns namn saknas.`);
      continue;
    }
    const direction = DIRECTIONS[directionText.toLowerCase()];
    if (!direction) {
      errors.push(
        directionText
          ? `Rad ${line}: riktningen "${directionText}" ska vara högre, lägre eller ingen.`
          : `Rad ${line}: ange om högre eller lägre värde är bättre för ${name} (eller ingen).`,
      );
      continue;
    }
    const aboutIndividuals = YES_NO[peopleText.toLowerCase()];
    if (aboutIndividuals === undefined) {
      errors.push(`Rad ${line}: skriv ja eller nej för om ${name} gäller personer.`);
      continue;
    }
    const key = normalizeName(name);
    if (seen.has(key)) {
      errors.push(`Rad ${line}: ${name} finns redan i tabellen.`);
      continue;
    }
    seen.add(key);
    indicators.push({ name, unit, direction, aboutIndividuals });
  }
  return { indicators, errors };
}
