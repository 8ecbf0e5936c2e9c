/**
 * Where a goal, an activity or an indicator falls short, the nämnd reads the Analys to learn why.
 * Seed 000 shows the classic misses: "Sjukfrånvaro dag 1-14" 3,9 % against 2,5 %, and 40 % against
 * 77 % for "Andel omsorgstagare som upplever att de kan påverka …", both without a word of analysis.
 */
import { directionSourceWith } from '../catalog/custom';
import type { Indicator, IndicatorValue, Report } from '../model';
import { compare } from '../numbers/decimal';
import type { ParsedValue } from '../numbers/swedish';
import type { Rule, RuleContext } from './types';
import { allActivityTables, allIndicatorTables, isBlank, kfGoals, namndGoals, unitGoals } from './util';

const DIRECTION_TEXT = { higher: 'högre är bättre', lower: 'lägre är bättre' } as const;

export const goalAnalysis: Rule = {
  meta: {
    id: 'goal-analysis',
    messages: {
      kfMalShortfall: {
        kind: 'analysis-missing',
        severity: 'error',
        text: 'Målet för verksamhetsområdet bedöms {{assessment}} men analys saknas.',
      },
      namndmalShortfall: {
        kind: 'analysis-missing',
        severity: 'error',
        text: 'Nämndmålet bedöms {{assessment}} men analys saknas.',
      },
      enhetsmalShortfall: {
        kind: 'analysis-missing',
        severity: 'error',
        text: 'Enhetsmålet bedöms {{assessment}} men analys saknas; beskriv varför och vad enheten gör åt det.',
      },
      enhetsmalMet: {
        kind: 'analysis-missing',
        severity: 'warning',
        text: 'Enhetsmålet bedöms uppfyllas helt men analys saknas; beskriv kort vad som gav resultatet.',
      },
      activityDeviation: {
        kind: 'analysis-missing',
        severity: 'error',
        text: 'Aktiviteten är markerad med Avvikelse men har ingen analys som förklarar avvikelsen.',
      },
      indicatorOutcomeMiss: {
        kind: 'analysis-missing',
        severity: 'error',
        text: 'Utfallet {{value}} når inte årsmålet {{target}} ({{direction}}) och det saknas analys.',
      },
      indicatorForecastMiss: {
        kind: 'analysis-missing',
        severity: 'error',
        text: 'Prognosen för helåret {{value}} når inte årsmålet {{target}} ({{direction}}) och det saknas analys.',
      },
      indicatorDirectionUnknown: {
        kind: 'direction-unknown',
        severity: 'tip',
        text: '{{what}} {{value}} skiljer sig från årsmålet {{target}}, men det är okänt om högre eller lägre värde är bättre för indikatorn. Ange riktningen (Infoga > egen indikator) så bedömer Rapportstöd om målet nås; skriv en analys om det inte nås.',
      },
    },
    fixable: false,
    docs: {
      description:
        'Kontrollerar att det finns en analys där något avviker: enhetsmål (och nämnd- eller KF-mål) som uppfylls delvis eller inte, aktiviteter markerade med Avvikelse, och indikatorer vars utfall (VB) eller helårsprognos (T1/T2) inte når årsmålet — med hänsyn till om högre eller lägre värde är bättre (sjukfrånvaro, klimatpåverkan, köpt energi, ekonomiskt bistånd: lägre är bättre). I en VB är en saknad analys för ett mål som uppfylls helt en varning. En egen indikator vars riktning varken katalogen eller dokumentets egna indikatorer känner ("Antal avvikelser …") ger aldrig fel: ett tips ber om riktningen.',
      howToFix:
        'Skriv en analys under målet, på Analys-raden under aktiviteten eller indikatorn: varför det blev så, vad enheten gör åt det och när det väntas vara åtgärdat.',
    },
  },
  check(context) {
    const report = context.model;
    if (report.type === 'VP') return;
    checkGoals(context, report);
    checkActivities(context, report);
    checkIndicators(context, report);
  },
};

function checkGoals(context: RuleContext, report: Report): void {
  const shortfall = (v: string | null | undefined): v is 'delvis' | 'inte' => v === 'delvis' || v === 'inte';
  const word = (v: 'delvis' | 'inte'): string => (v === 'delvis' ? 'uppfylls delvis' : 'uppfylls inte');
  for (const { kfMal } of kfGoals(report)) {
    const v = kfMal.assessment?.value;
    if (shortfall(v) && isBlank(kfMal.analys)) {
      context.report({
        messageId: 'kfMalShortfall',
        data: { assessment: word(v) },
        subject: kfMal.number ? `${kfMal.number} ${kfMal.title}` : kfMal.title,
        location: kfMal.loc,
      });
    }
  }
  for (const { namndmal } of namndGoals(report)) {
    const v = namndmal.assessment?.value;
    if (shortfall(v) && isBlank(namndmal.analys)) {
      context.report({
        messageId: 'namndmalShortfall',
        data: { assessment: word(v) },
        subject: namndmal.title,
        location: namndmal.loc,
      });
    }
  }
  for (const { enhetsmal } of unitGoals(report)) {
    const v = enhetsmal.assessment?.value;
    if (!isBlank(enhetsmal.analys)) continue;
    if (shortfall(v)) {
      context.report({
        messageId: 'enhetsmalShortfall',
        data: { assessment: word(v) },
        subject: enhetsmal.title,
        location: enhetsmal.loc,
      });
    } else if (v === 'helt' && report.type === 'VB') {
      context.report({ messageId: 'enhetsmalMet', subject: enhetsmal.title, location: enhetsmal.loc });
    }
  }
}

function checkActivities(context: RuleContext, report: Report): void {
  for (const t of allActivityTables(report)) {
    for (const a of t.activities) {
      if (a.deviation && isBlank(a.analys)) {
        context.report({ messageId: 'activityDeviation', subject: a.text, location: a.loc });
      }
    }
  }
}

function checkIndicators(context: RuleContext, report: Report): void {
  const column = report.type === 'VB' ? 'utfall' : 'prognos';
  for (const t of allIndicatorTables(report)) {
    if (t.layout === 'VP') continue;
    for (const ind of t.indicators) {
      if (!isBlank(ind.analys)) continue;
      const value = ind.values[column];
      const target = ind.values.arsmal;
      if (!value || !target) continue;
      const miss = missesTarget(ind, value, target, context);
      if (!miss) continue;
      if (miss === 'unknown') {
        context.report({
          messageId: 'indicatorDirectionUnknown',
          data: {
            what: column === 'utfall' ? 'Utfallet' : 'Prognosen för helåret',
            value: value.parsed.raw.trim(),
            target: target.parsed.raw.trim(),
          },
          subject: ind.name,
          location: ind.loc,
        });
        continue;
      }
      context.report({
        messageId: column === 'utfall' ? 'indicatorOutcomeMiss' : 'indicatorForecastMiss',
        data: { value: value.parsed.raw.trim(), target: target.parsed.raw.trim(), direction: DIRECTION_TEXT[miss] },
        subject: ind.name,
        location: ind.loc,
      });
    }
  }
}

/**
 * The direction the value misses in; 'unknown' when it differs from the target but the direction is
 * only guessed from the wording (never an error on a guess); null when it meets the target or cannot be compared.
 */
function missesTarget(
  ind: Indicator,
  value: IndicatorValue,
  target: IndicatorValue,
  context: RuleContext,
): 'higher' | 'lower' | 'unknown' | null {
  const v = value.parsed;
  const t = target.parsed;
  if (v.kind !== 'number' || t.kind !== 'number' || !comparable(v, t)) return null;
  // The user's own indicators carry their direction in the document; the catalog and wording come after.
  const { direction, guessed } = directionSourceWith(
    ind.name,
    context.snapshot.settings.customIndicators,
    context.catalog,
  );
  if (direction === 'none') return null;
  const c = compare(v.value, t.value);
  if (guessed) return c === 0 ? null : 'unknown';
  if (direction === 'higher' && c < 0) return 'higher';
  if (direction === 'lower' && c > 0) return 'lower';
  return null;
}

type NumberValue = Extract<ParsedValue, { kind: 'number' }>;

/** "3,9 %" and "2,5 %" compare; "94" and "94 %" too (a unit left out); "20 %" and "3 st" do not. */
function comparable(a: NumberValue, b: NumberValue): boolean {
  const unitOf = (x: NumberValue): string | null =>
    x.percent ? '%' : x.unit ? x.unit.toLowerCase().replace(/\s+/g, ' ') : null;
  const ua = unitOf(a);
  const ub = unitOf(b);
  if (ua === null || ub === null) return true;
  if (ua === ub) return true;
  // "1,9" vs "1,9 kg CO2 per kg livsmedel", or "st" in one cell only, are the same measure.
  return ua.startsWith(ub) || ub.startsWith(ua);
}
