/**
 * A VB reports each indicator's outcome for the year against its årsmål; indicators about people
 * are reported for women and men too, "där det är möjligt". Explicit "i.u." or "-" means the
 * figure does not exist (a survey not carried out) and is an answer, unlike an empty cell.
 */
import { aboutIndividualsWith } from '../catalog/custom';
import type { Indicator, IndicatorTable } from '../model';
import type { Rule, RuleContext } from './types';
import { allIndicatorTables } from './util';

// Words that make an unknown indicator one about people (the catalog knows the others).
const ABOUT_PEOPLE =
  /\b(omsorgstagare|brukare|boende|barn|ungdomar|unga|elever|personer|invånare|stockholmare|medarbetare|vårdnadshavare|föräldrar|deltagare|aspiranter|kvinnor|män|äldre|enskilda|vuxna)\b/i;

export const indicatorValues: Rule = {
  meta: {
    id: 'indicator-values',
    messages: {
      outcomeMissing: {
        kind: 'indicator-value-missing',
        severity: 'error',
        text: 'Periodens utfall saknas för indikatorn. Fyll i utfallet, eller skriv "i.u." och förklara i en analys varför det saknas.',
      },
      outcomeMissingExplained: {
        kind: 'indicator-value-missing',
        severity: 'warning',
        text: 'Periodens utfall saknas för indikatorn. Fyll i utfallet, eller skriv "i.u." och förklara i en analys varför det saknas.',
      },
      targetMissing: {
        kind: 'indicator-value-missing',
        severity: 'warning',
        text: 'Årsmål saknas för indikatorn, så utfallet kan inte bedömas.',
      },
      genderSplitMissing: {
        kind: 'gender-split-missing',
        severity: 'warning',
        text: 'Indikatorn gäller personer men utfall för {{missing}} saknas; redovisa könsuppdelat där siffrorna finns.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Kontrollerar indikatortabellerna i en verksamhetsberättelse: varje indikator ska ha Periodens utfall (fel om tomt) och Årsmål (varning om tomt). "i.u." eller "-" räknas som ett besked. För indikatorer som gäller personer ska utfallet redovisas för kvinnor och män där det finns (varning), även i tertialrapporter.',
      howToFix:
        'Fyll i utfallet och årsmålet i indikatortabellen (i ILS-webb före exporten eller direkt i tabellen). Finns inget utfall, skriv "i.u." och förklara varför på Analys-raden. Fyll i utfall för män/pojkar och kvinnor/flickor när siffrorna finns.',
    },
  },
  check(context) {
    const report = context.model;
    if (report.type === 'VP' || report.type === null) return;
    for (const table of allIndicatorTables(report)) {
      if (table.layout === 'VP') continue;
      for (const ind of table.indicators) {
        if (report.type === 'VB') checkValues(context, table, ind);
        checkGenderSplit(context, table, ind);
      }
    }
  },
};

function hasColumn(table: IndicatorTable, column: 'utfall' | 'arsmal' | 'utfallMan' | 'utfallKvinnor'): boolean {
  return table.columns.includes(column) || table.indicators.some((i) => i.values[column] !== undefined);
}

function isEmpty(ind: Indicator, column: 'utfall' | 'arsmal' | 'utfallMan' | 'utfallKvinnor'): boolean {
  const v = ind.values[column];
  return !v || v.parsed.kind === 'empty';
}

function checkValues(context: RuleContext, table: IndicatorTable, ind: Indicator): void {
  if (hasColumn(table, 'utfall') && isEmpty(ind, 'utfall')) {
    // An Analys row that explains the gap makes it a question for the reader, not a blocker.
    const explained = ind.analys !== null && ind.analys.text.trim() !== '';
    context.report({
      messageId: explained ? 'outcomeMissingExplained' : 'outcomeMissing',
      subject: ind.name,
      location: ind.values.utfall?.loc ?? ind.loc,
    });
  }
  if (hasColumn(table, 'arsmal') && isEmpty(ind, 'arsmal')) {
    context.report({ messageId: 'targetMissing', subject: ind.name, location: ind.values.arsmal?.loc ?? ind.loc });
  }
}

function checkGenderSplit(context: RuleContext, table: IndicatorTable, ind: Indicator): void {
  if (!hasColumn(table, 'utfallMan') || !hasColumn(table, 'utfallKvinnor')) return;
  const aboutPeople =
    aboutIndividualsWith(ind.name, context.snapshot.settings.customIndicators, context.catalog) ??
    ABOUT_PEOPLE.test(ind.name);
  if (!aboutPeople) return;
  // Nothing to split when there is no outcome at all; that is reported above.
  const outcome = ind.values.utfall?.parsed;
  if (!outcome || outcome.kind !== 'number') return;
  const men = isEmpty(ind, 'utfallMan');
  const women = isEmpty(ind, 'utfallKvinnor');
  if (!men && !women) return;
  const missing = men && women ? 'män/pojkar och kvinnor/flickor' : men ? 'män/pojkar' : 'kvinnor/flickor';
  context.report({
    messageId: 'genderSplitMissing',
    data: { missing },
    subject: ind.name,
    location: (men ? ind.values.utfallMan?.loc : ind.values.utfallKvinnor?.loc) ?? ind.loc,
  });
}
