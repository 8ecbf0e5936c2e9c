import { type EnhetsmalSpec, inriktningsmal, makeReport, resetBlocks, ruleTester } from '../../../test/rule-tester';
import type { Report, ReportType } from '../model';
import { goalAssessment } from './goal-assessment';

function report(type: ReportType, ...units: EnhetsmalSpec[]): Report {
  resetBlocks();
  return makeReport({
    type,
    goals: [
      inriktningsmal('3', 'En ekonomiskt hållbar och innovativ storstad för framtiden', [
        {
          number: '3.1',
          title: 'Stockholm har en budget i balans och långsiktigt hållbara finanser',
          assessment: 'Ingen',
          namndmal: [{ title: 'Stadsdelsnämndens verksamheter har en långsiktigt hållbar ekonomi', enhetsmal: units }],
        },
      ]),
    ],
  });
}

const ECONOMY = 'Enhetens verksamhet har en långsiktigt hållbar ekonomi.';
const QUALITY = 'Vi erbjuder insatser med hög kvalitet';

ruleTester(goalAssessment, {
  valid: [
    {
      name: 'seed 000: helt and delvis',
      report: report(
        'VB',
        { title: QUALITY, assessment: 'Uppfylls helt' },
        { title: ECONOMY, assessment: 'Uppfylls delvis' },
      ),
    },
    {
      name: 'status symbol before the assessment',
      report: report('T2', { title: QUALITY, assessment: '● Uppfylls inte' }),
    },
    { name: 'T1 does not assess enhetsmål', report: report('T1', { title: QUALITY }) },
    { name: 'VP has no assessments', report: report('VP', { title: QUALITY }) },
    { name: 'KF goal "Ingen" at unit level is normal', report: report('VB') },
  ],
  invalid: [
    {
      name: 'VB enhetsmål without assessment',
      report: report('VB', { title: QUALITY }),
      findings: [
        {
          messageId: 'missing',
          kind: 'assessment-missing',
          subject: QUALITY,
          severity: 'error',
          location: { block: 4 },
          message:
            'Enhetsmålet saknar bedömning; i verksamhetsberättelsen ska det stå Uppfylls helt, Uppfylls delvis eller Uppfylls inte.',
        },
      ],
    },
    {
      name: 'T2 enhetsmål left at "Ingen" by the export',
      report: report('T2', { title: ECONOMY, assessment: '— Ingen' }),
      findings: [
        {
          messageId: 'none',
          kind: 'assessment-missing',
          subject: ECONOMY,
          severity: 'error',
          location: { block: 5 },
          message:
            'Enhetsmålet har bedömningen "— Ingen"; i tertialrapport 2 ska det stå Uppfylls helt, Uppfylls delvis eller Uppfylls inte.',
        },
      ],
    },
    {
      name: 'an assessment outside the three values',
      report: report('VB', { title: ECONOMY, assessment: 'Uppfylls till stor del' }),
      findings: [
        {
          messageId: 'invalid',
          kind: 'assessment-invalid',
          subject: ECONOMY,
          severity: 'error',
          location: { block: 5 },
          message:
            'Bedömningen "Uppfylls till stor del" är inte en av Uppfylls helt, Uppfylls delvis eller Uppfylls inte.',
        },
      ],
    },
  ],
});
