import { type IndicatorSpec, inriktningsmal, makeReport, resetBlocks, ruleTester } from '../../../test/rule-tester';
import type { Report, ReportType } from '../model';
import { indicatorValues } from './indicator-values';

function report(type: ReportType, indicators: IndicatorSpec[], layout: 'VB/T' | 'VP' = 'VB/T'): Report {
  resetBlocks();
  return makeReport({
    type,
    goals: [
      inriktningsmal('2', 'En hållbart växande och dynamisk storstad med hög tillväxt', [
        {
          number: '2.5',
          title: 'Stockholm är en hållbar stad med en god livsmiljö',
          indicators,
          indicatorLayout: layout,
        },
      ]),
    ],
  });
}

const EKO =
  'Andel inköpta ekologiska måltider och livsmedel i staden i kronor av totala värdet av inköpta måltider och livsmedel';
const ENERGI = 'Totalt köpt energi i stadens verksamheter';
const MALTID = 'Andel boende på vård- och omsorgsboende som upplever att måltiden är en trevlig stund på dagen';

ruleTester(indicatorValues, {
  valid: [
    {
      name: 'outcome and target given (not about people)',
      report: report('VB', [
        {
          name: 'Klimatpåverkan från upphandlade livsmedel och måltider',
          utfall: '1,7',
          arsmal: '1,9',
          kfArsmal: '1,9 kg CO2 per kg livsmedel',
        },
      ]),
    },
    {
      name: 'seed 001: outcome split by gender',
      report: report('T1', [
        { name: 'Sjukfrånvaro', utfall: '7,4 %', utfallMan: '4,9 %', utfallKvinnor: '7,9 %', arsmal: '7,5 %' },
      ]),
    },
    { name: '"i.u." is an answer', report: report('VB', [{ name: ENERGI, utfall: 'i.u.', arsmal: '3,3 GWh' }]) },
    {
      name: 'T1 does not need the period outcome',
      report: report('T1', [{ name: ENERGI, prognos: '3,2 GWh', arsmal: '3,3 GWh' }]),
    },
    { name: 'VP tables have no outcomes', report: report('VP', [{ name: MALTID, arsmal: '65 %' }], 'VP') },
  ],
  invalid: [
    {
      name: 'seed 000: ekologiska and energi without outcome',
      report: report('VB', [
        { name: EKO, arsmal: '60 %', kfArsmal: '55 %', period: '2020' },
        { name: ENERGI, utfallForegaende: '3,13 GWh', arsmal: '3,3 GWh', kfArsmal: '1945 GWh', period: '2020' },
      ]),
      findings: [
        {
          messageId: 'outcomeMissing',
          kind: 'indicator-value-missing',
          subject: EKO,
          severity: 'error',
          location: { block: 2, row: 1, cell: 1 },
          message:
            'Periodens utfall saknas för indikatorn. Fyll i utfallet, eller skriv "i.u." och förklara i en analys varför det saknas.',
        },
        {
          messageId: 'outcomeMissing',
          kind: 'indicator-value-missing',
          subject: ENERGI,
          severity: 'error',
          location: { block: 2, row: 2, cell: 1 },
          message:
            'Periodens utfall saknas för indikatorn. Fyll i utfallet, eller skriv "i.u." och förklara i en analys varför det saknas.',
        },
      ],
    },
    {
      name: 'seed 004: a duplicated row with only KF:s årsmål',
      report: report('VB', [
        { name: 'Antalet tillhandahållna platser för feriejobb', utfallForegaende: '6', kfArsmal: 'Tas fram av nämnd' },
      ]),
      findings: [
        {
          messageId: 'outcomeMissing',
          kind: 'indicator-value-missing',
          subject: 'Antalet tillhandahållna platser för feriejobb',
          severity: 'error',
          location: { block: 2, row: 1, cell: 1 },
          message:
            'Periodens utfall saknas för indikatorn. Fyll i utfallet, eller skriv "i.u." och förklara i en analys varför det saknas.',
        },
        {
          messageId: 'targetMissing',
          kind: 'indicator-value-missing',
          subject: 'Antalet tillhandahållna platser för feriejobb',
          severity: 'warning',
          location: { block: 2, row: 1, cell: 6 },
          message: 'Årsmål saknas för indikatorn, så utfallet kan inte bedömas.',
        },
      ],
    },
    {
      name: 'seed 000: feriejobb without outcome but with an Analys is a warning',
      report: report('VB', [
        {
          name: 'Antal tillhandahållna platser för feriejobb',
          utfallForegaende: '368',
          arsmal: '360 st',
          analys: 'Vi har inte lyckats uppfylla målet p.g.a. covid-19 pandemin',
        },
      ]),
      findings: [
        {
          messageId: 'outcomeMissingExplained',
          kind: 'indicator-value-missing',
          subject: 'Antal tillhandahållna platser för feriejobb',
          severity: 'warning',
          location: { block: 2, row: 1, cell: 1 },
          message:
            'Periodens utfall saknas för indikatorn. Fyll i utfallet, eller skriv "i.u." och förklara i en analys varför det saknas.',
        },
      ],
    },
    {
      name: 'seed 000: survey of residents without gender split',
      report: report('VB', [{ name: MALTID, utfall: '20 %', utfallForegaende: '54 %', arsmal: '65 %' }]),
      findings: [
        {
          messageId: 'genderSplitMissing',
          kind: 'gender-split-missing',
          subject: MALTID,
          severity: 'warning',
          location: { block: 2, row: 1, cell: 2 },
          message:
            'Indikatorn gäller personer men utfall för män/pojkar och kvinnor/flickor saknas; redovisa könsuppdelat där siffrorna finns.',
        },
      ],
    },
    {
      name: 'an unknown indicator about people, women only',
      report: report('T2', [
        { name: 'Andel deltagare som fått praktik', utfall: '30 %', utfallKvinnor: '35 %', arsmal: '40 %' },
      ]),
      findings: [
        {
          messageId: 'genderSplitMissing',
          kind: 'gender-split-missing',
          subject: 'Andel deltagare som fått praktik',
          severity: 'warning',
          location: { block: 2, row: 1, cell: 2 },
          message:
            'Indikatorn gäller personer men utfall för män/pojkar saknas; redovisa könsuppdelat där siffrorna finns.',
        },
      ],
    },
  ],
});
