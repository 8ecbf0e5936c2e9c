import { type NamndmalSpec, inriktningsmal, makeReport, resetBlocks, ruleTester } from '../../../test/rule-tester';
import type { Report, ReportType } from '../model';
import { goalTexts } from './goal-texts';

function report(namndmal: NamndmalSpec[], type: ReportType = 'VB'): Report {
  resetBlocks();
  return makeReport({
    type,
    goals: [
      inriktningsmal('2', 'En hållbart växande och dynamisk storstad med hög tillväxt', [
        { number: '2.5', title: 'Stockholm är en hållbar stad med en god livsmiljö', namndmal },
      ]),
    ],
  });
}

const MILJO = 'Stadsdelsnämndens verksamheter gör medvetna val för att ta ansvar för miljön';
const VAL = 'Enhetens medarbetare arbetar aktivt för att göra miljövänliga val i verksamheten';

ruleTester(goalTexts, {
  valid: [
    {
      name: 'nämndmål and enhetsmål with their texts',
      report: report([
        {
          title: MILJO,
          beskrivning: 'Klimathandlingsplan 2020-2023.',
          forvantatResultat: 'Plasten minskar.',
          enhetsmal: [{ title: VAL, forvantatResultat: 'Mindre avfall.' }],
        },
      ]),
    },
    {
      name: 'VP enhetsmål parts are left to required-sections',
      report: report([{ title: MILJO, beskrivning: 'B.', forvantatResultat: 'F.', enhetsmal: [{ title: VAL }] }], 'VP'),
    },
    {
      name: 'a parser stand-in nämndmål without title is not judged',
      report: report([{ title: '', enhetsmal: [{ title: VAL, forvantatResultat: 'F.' }] }]),
    },
  ],
  invalid: [
    {
      name: 'seed 000: enhetsmål with no Förväntat resultat',
      report: report([
        {
          title: MILJO,
          beskrivning: 'Klimathandlingsplan.',
          forvantatResultat: 'Plasten minskar.',
          enhetsmal: [{ title: VAL, assessment: 'Uppfylls helt' }],
        },
      ]),
      findings: [
        {
          messageId: 'enhetsmalExpectedResult',
          kind: 'expected-result-missing',
          subject: VAL,
          severity: 'error',
          location: { block: 5 },
          message:
            'Enhetsmålet saknar Förväntat resultat: skriv vad enheten vill uppnå, så att bedömningen går att följa.',
        },
      ],
    },
    {
      name: 'nämndmål without Beskrivning and with an empty Förväntat resultat',
      report: report([{ title: MILJO, forvantatResultat: '' }]),
      findings: [
        {
          messageId: 'namndmalDescription',
          kind: 'description-missing',
          subject: MILJO,
          severity: 'warning',
          location: { block: 2 },
          message: 'Nämndmålet saknar Beskrivning.',
        },
        {
          messageId: 'namndmalExpectedResult',
          kind: 'expected-result-missing',
          subject: MILJO,
          severity: 'warning',
          location: { block: 3 },
          message: 'Nämndmålet saknar Förväntat resultat.',
        },
      ],
    },
  ],
});
