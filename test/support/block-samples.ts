/**
 * A valid, filled-in value for each insertable block type (the registry's defaults leave required texts
 * empty), for the tests that render every block: the schema test and the accessibility-by-construction test.
 */
export const BLOCK_SAMPLES: Record<string, unknown> = {
  kfGoal: {
    reportType: 'VB',
    year: 2020,
    inriktningsmal: { number: '1', title: 'En modern storstad med möjligheter och valfrihet för alla' },
    kfMal: { number: '1.5', title: 'I Stockholm har äldre en tillvaro som präglas av hög kvalitet' },
    assessment: 'delvis',
    analys: 'Målet uppfylls delvis.',
    indicators: [
      {
        name: 'Andel trygga omsorgstagare',
        utfall: '89 %',
        utfallMan: '88 %',
        utfallKvinnor: '90 %',
        arsmal: '87 %',
        kfArsmal: '87 %',
        period: '2020',
      },
    ],
    namndmal: [
      {
        reportType: 'VB',
        title: 'Äldre får insatser av hög kvalitet',
        beskrivning: 'Beskrivning.',
        forvantatResultat: 'Trygga äldre.',
        activities: [
          { text: 'Riskbedömningar', start: '2020-01-01', end: '2020-12-31', deviation: true, analys: 'Flyttades.' },
        ],
        enhetsmal: [
          {
            reportType: 'VB',
            title: 'Vi erbjuder insatser med hög kvalitet',
            assessment: 'helt',
            forvantatResultat: 'Nöjda äldre.',
            analys: 'Uppfylls.',
          },
        ],
      },
    ],
  },
  namndmal: {
    reportType: 'VP',
    title: 'Äldre får insatser av hög kvalitet',
    beskrivning: 'Beskrivning.',
    forvantatResultat: 'Trygga äldre.',
    activities: [{ text: 'Riskbedömningar', start: '2021-01-01', end: '2021-12-31' }],
  },
  enhetsmal: {
    reportType: 'T2',
    title: 'Vi erbjuder insatser med hög kvalitet',
    assessment: 'inte',
    forvantatResultat: 'Nöjda äldre.',
    analys: 'Bemanningen räckte inte.',
  },
  indicatorTable: {
    reportType: 'T1',
    year: 2020,
    rows: [{ name: 'Andel trygga omsorgstagare', utfall: '89 %', arsmal: '87 %', period: 'T1 2020' }],
  },
  activityTable: {
    reportType: 'VB',
    rows: [
      { text: 'Temaveckor', start: '2020-05-01', end: '2020-05-31', deviation: true, analys: 'Flyttades till hösten.' },
    ],
  },
  'budget-drift': {
    kind: 'drift',
    year: 2020,
    rows: [{ label: 'Äldreomsorg', budget: '609,6', justeringar: '0,0', prognosFore: '613,1', prognosEfter: '613,1' }],
  },
  'budget-resultatenheter': {
    kind: 'resultatenheter',
    year: 2020,
    rows: [{ label: 'Hemtjänst', bruttobudget: '100,0', franForegaende: '1,0', resultat: '2,0' }],
  },
  'budget-investeringar': {
    kind: 'investeringar',
    year: 2020,
    rows: [{ label: 'Inventarier', budget: '1,0', prognos: '0,8' }],
  },
  'budget-omslutning': { kind: 'omslutning', rows: [{ label: 'Statsbidrag', kostnader: '2,0', intakter: '2,0' }] },
};
