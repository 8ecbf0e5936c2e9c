import {
  type IndicatorSpec,
  type NamndmalSpec,
  inriktningsmal,
  makeReport,
  resetBlocks,
  ruleTester,
} from '../../../test/rule-tester';
import type { Report, ReportType } from '../model';
import { emptySnapshot } from '../snapshot';
import { goalAnalysis } from './goal-analysis';

const SJUK = 'Sjukfrånvaro dag 1-14';
const PAVERKA = 'Andel omsorgstagare som upplever att de kan påverka hur hjälpen utförs på vård- och omsorgsboende';

function report(
  type: ReportType,
  indicators: IndicatorSpec[],
  namndmal: NamndmalSpec[] = [],
  kf: { assessment?: string; analys?: string } = {},
): Report {
  resetBlocks();
  return makeReport({
    type,
    goals: [
      inriktningsmal('1', 'En modern storstad med möjligheter och valfrihet för alla', [
        {
          number: '1.5',
          title: 'I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
          indicators,
          namndmal,
          ...kf,
        },
      ]),
    ],
  });
}

const ok = (title: string, assessment: string): NamndmalSpec => ({
  title: 'Äldre får insatser av hög kvalitet',
  enhetsmal: [{ title, assessment, forvantatResultat: 'Trygga äldre.', analys: 'Vi har lyckats trots pandemin.' }],
});

ruleTester(goalAnalysis, {
  valid: [
    {
      name: 'seed 000 indicators that have an Analys row',
      report: report('VB', [
        {
          name: 'Andel trygga omsorgstagare i vård- och omsorgsboende',
          utfall: '36 %',
          arsmal: '94 %',
          kfArsmal: '87 %',
          analys: 'Känslan av tryggheten har påverkats av pandemin.',
        },
        { name: 'Sjukfrånvaro', utfall: '4,8 %', arsmal: '7,5 %' },
      ]),
    },
    {
      name: 'the direction recorded in the document decides: lower is better, 3 against 5 meets the target',
      report: report('VB', [{ name: 'Antal avvikelser i läkemedelshanteringen', utfall: '3', arsmal: '5' }]),
      snapshot: {
        ...emptySnapshot(),
        settings: {
          updateFieldsOnOpen: false,
          ignoredFindings: [],
          customIndicators: [
            {
              name: 'Antal avvikelser i läkemedelshanteringen',
              unit: 'st',
              direction: 'lower',
              aboutIndividuals: false,
            },
          ],
        },
      },
    },
    { name: 'outcome exactly on target', report: report('VB', [{ name: SJUK, utfall: '2,5 %', arsmal: '2,5 %' }]) },
    {
      name: 'target in words cannot be compared',
      report: report('VB', [
        { name: 'Antal tillhandahållna platser för feriejobb', utfall: '368', arsmal: 'Tas fram av nämnd' },
      ]),
    },
    {
      name: 'T1: forecast meets target though the period outcome does not',
      report: report('T1', [
        { name: 'Andel nöjda föräldrar till barn i förskolan', utfall: '50 %', prognos: '90 %', arsmal: '90 %' },
      ]),
    },
    {
      name: 'direction none is never a miss',
      report: report('VB', [
        { name: 'Nämndens budgetföljsamhet före resultatöverföringar', utfall: '104 %', arsmal: '100 %' },
      ]),
    },
    {
      name: 'different units are not compared',
      report: report('VB', [{ name: 'Andel nöjda brukare', utfall: '3 st', arsmal: '80 %' }]),
    },
    {
      name: 'activities with Avvikelse and Analys; enhetsmål delvis with Analys',
      report: report(
        'VB',
        [],
        [
          {
            title: 'Äldre får insatser av hög kvalitet',
            activities: [
              {
                text: 'Temaveckor kring mat, kost och hälsa ska arrangeras.',
                start: '2020-01-01',
                end: '2020-12-31',
                deviation: true,
                analys: 'Det har inte varit möjligt p.g.a. pandemin.',
              },
            ],
            enhetsmal: [
              {
                title: 'Enhetens verksamhet har en långsiktigt hållbar ekonomi.',
                assessment: 'Uppfylls delvis',
                analys: 'Lediga platser.',
              },
            ],
          },
        ],
      ),
    },
    { name: 'VP has no outcomes to analyse', report: report('VP', [{ name: SJUK, arsmal: '2,5 %' }]) },
    {
      name: 'helt without analysis in a T2 is fine',
      report: report('T2', [], [{ title: 'N', enhetsmal: [{ title: 'E', assessment: 'Uppfylls helt' }] }]),
    },
    {
      name: 'complete goals',
      report: report('VB', [], [ok('Vi erbjuder insatser med hög kvalitet', 'Uppfylls helt')]),
    },
  ],
  invalid: [
    {
      name: 'an own indicator whose direction is only guessed from "Antal": a tip asking for the direction, never an error',
      report: report('VB', [{ name: 'Antal avvikelser i läkemedelshanteringen', utfall: '3', arsmal: '5' }]),
      findings: [
        {
          messageId: 'indicatorDirectionUnknown',
          kind: 'direction-unknown',
          subject: 'Antal avvikelser i läkemedelshanteringen',
          severity: 'tip',
          location: { block: 2, row: 1, cell: 0 },
          data: { what: 'Utfallet', value: '3', target: '5' },
        },
      ],
    },
    {
      name: 'seed 000: Sjukfrånvaro dag 1-14 3,9 % against 2,5 % and påverka 40 % against 77 %, no Analys',
      report: report('VB', [
        { name: PAVERKA, utfall: '40 %', arsmal: '77 %', kfArsmal: '77 %', period: '2020' },
        { name: SJUK, utfall: '3,9 %', arsmal: '2,5 %', kfArsmal: 'Tas fram av nämnd/styrelse', period: 'VB 2020' },
      ]),
      findings: [
        {
          messageId: 'indicatorOutcomeMiss',
          kind: 'analysis-missing',
          subject: PAVERKA,
          severity: 'error',
          location: { block: 2, row: 1, cell: 0 },
          data: { value: '40 %', target: '77 %', direction: 'högre är bättre' },
        },
        {
          messageId: 'indicatorOutcomeMiss',
          kind: 'analysis-missing',
          subject: SJUK,
          severity: 'error',
          location: { block: 2, row: 2, cell: 0 },
          data: { value: '3,9 %', target: '2,5 %', direction: 'lägre är bättre' },
        },
      ],
    },
    {
      name: 'T2 forecast misses, an unknown indicator worded "lower is better"',
      report: report('T2', [
        { name: 'Genomsnittlig väntetid till särskilt boende', utfall: '40', prognos: '55 dagar', arsmal: '45 dagar' },
      ]),
      findings: [
        {
          messageId: 'indicatorForecastMiss',
          kind: 'analysis-missing',
          subject: 'Genomsnittlig väntetid till särskilt boende',
          severity: 'error',
          location: { block: 2, row: 1, cell: 0 },
          data: { value: '55 dagar', target: '45 dagar', direction: 'lägre är bättre' },
        },
      ],
    },
    {
      name: 'a blank Analys row counts as none; unit left out of one cell',
      report: report('VB', [
        {
          name: 'Andel brukare inom socialpsykiatri som inte upplever diskriminering',
          utfall: '88',
          arsmal: '94 %',
          analys: '  ',
        },
      ]),
      findings: [
        {
          messageId: 'indicatorOutcomeMiss',
          kind: 'analysis-missing',
          subject: 'Andel brukare inom socialpsykiatri som inte upplever diskriminering',
          severity: 'error',
          location: { block: 2, row: 1, cell: 0 },
          message: 'Utfallet 88 når inte årsmålet 94 %',
        },
      ],
    },
    {
      name: 'activity with Avvikelse and no Analys; enhetsmål inte/helt without Analys; KF goal delvis and nämndmål inte without Analys',
      report: report(
        'VB',
        [],
        [
          {
            title: 'Äldre får insatser av hög kvalitet',
            assessment: 'Uppfylls delvis',
            analys: 'Pandemin.',
            activities: [
              {
                text: 'Äldreomsorgens medarbetare ska erbjudas föreläsning om demens och psykisk ohälsa.',
                start: '2020-01-01',
                end: '2020-12-31',
                deviation: true,
              },
            ],
            enhetsmal: [
              { title: 'Enhetens verksamhet har en långsiktigt hållbar ekonomi.', assessment: 'Uppfylls inte' },
              {
                title: 'Enhetens medarbetare arbetar aktivt för att göra miljövänliga val i verksamheten',
                assessment: 'Uppfylls helt',
              },
            ],
          },
          { title: 'Stadsdelsnämndens verksamheter har en långsiktigt hållbar ekonomi', assessment: 'Uppfylls inte' },
        ],
        { assessment: 'Uppfylls delvis' },
      ),
      findings: [
        {
          messageId: 'kfMalShortfall',
          kind: 'analysis-missing',
          subject: '1.5 I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
          severity: 'error',
          location: { block: 1 },
          data: { assessment: 'uppfylls delvis' },
        },
        {
          messageId: 'activityDeviation',
          kind: 'analysis-missing',
          subject: 'Äldreomsorgens medarbetare ska erbjudas föreläsning om demens och psykisk ohälsa.',
          severity: 'error',
          location: { block: 7, row: 1, cell: 0 },
        },
        {
          messageId: 'enhetsmalShortfall',
          kind: 'analysis-missing',
          subject: 'Enhetens verksamhet har en långsiktigt hållbar ekonomi.',
          severity: 'error',
          location: { block: 8 },
          data: { assessment: 'uppfylls inte' },
        },
        {
          messageId: 'enhetsmalMet',
          kind: 'analysis-missing',
          subject: 'Enhetens medarbetare arbetar aktivt för att göra miljövänliga val i verksamheten',
          severity: 'warning',
          location: { block: 10 },
        },
        {
          messageId: 'namndmalShortfall',
          kind: 'analysis-missing',
          subject: 'Stadsdelsnämndens verksamheter har en långsiktigt hållbar ekonomi',
          severity: 'error',
          location: { block: 12 },
          data: { assessment: 'uppfylls inte' },
        },
      ],
    },
  ],
});
