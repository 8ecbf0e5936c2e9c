import { type ActivitySpec, inriktningsmal, makeReport, resetBlocks, ruleTester } from '../../../test/rule-tester';
import type { Report, ReportType } from '../model';
import { activityDates, isoDate } from './activity-dates';

function report(activities: ActivitySpec[], type: ReportType = 'VB', year: number | null = 2020): Report {
  resetBlocks();
  return makeReport({
    type,
    year,
    goals: [
      inriktningsmal('3', 'En ekonomiskt hållbar och innovativ storstad för framtiden', [
        {
          number: '3.1',
          title: 'Stockholm har en budget i balans och långsiktigt hållbara finanser',
          namndmal: [{ title: 'Stadsdelsnämndens verksamheter har en långsiktigt hållbar ekonomi', activities }],
        },
      ]),
    ],
  });
}

const PROGNOS = 'Prognosuppföljning';

describe('isoDate', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isoDate('2020-02-29')).toBe(20200229);
    expect(isoDate('2021-02-29')).toBeNull();
    expect(isoDate('2020-13-01')).toBeNull();
    expect(isoDate('2020-1-1')).toBeNull();
  });
});

ruleTester(activityDates, {
  valid: [
    {
      name: 'seed 000 activities',
      report: report([
        { text: PROGNOS, start: '2020-01-01', end: '2020-12-31' },
        { text: 'Praktikanter från jobbtorgen', start: '2020-01-27', end: '2020-12-31' },
      ]),
    },
    {
      name: 'a multi-year activity that runs into the year',
      report: report([{ text: 'Klimathandlingsplan', start: '2019-06-01', end: '2023-12-31' }]),
    },
    {
      name: 'no year known: only the form is checked',
      report: report([{ text: PROGNOS, start: '2019-01-01', end: '2019-12-31' }], 'VB', null),
    },
  ],
  invalid: [
    {
      name: 'impossible date and wrong form',
      report: report([
        { text: PROGNOS, start: '2020-02-30', end: '2020-12-31' },
        { text: 'Temaveckor', start: '1/1 2020', end: '2020-12-31' },
      ]),
      findings: [
        {
          messageId: 'dateNotReal',
          kind: 'date-invalid',
          subject: PROGNOS,
          severity: 'error',
          location: { block: 3, row: 1, cell: 1 },
          data: { label: 'Startdatum', date: '2020-02-30' },
        },
        {
          messageId: 'dateNotIso',
          kind: 'date-invalid',
          subject: 'Temaveckor',
          severity: 'error',
          location: { block: 3, row: 2, cell: 1 },
          data: { label: 'Startdatum', date: '1/1 2020' },
        },
      ],
    },
    {
      name: 'an activity directly under a KF goal (district report) is checked too',
      report: (() => {
        resetBlocks();
        return makeReport({
          type: 'T1',
          year: 2020,
          goals: [
            inriktningsmal('1', 'En modern storstad med möjligheter och valfrihet för alla', [
              {
                number: '1.1',
                title: 'I Stockholm är människor självförsörjande',
                activities: [
                  { text: 'Feriejobb i samarbete med arbetsmarknadsnämnden', start: '2020-04-31', end: '2020-08-31' },
                ],
              },
            ]),
          ],
        });
      })(),
      findings: [
        {
          messageId: 'dateNotReal',
          kind: 'date-invalid',
          subject: 'Feriejobb i samarbete med arbetsmarknadsnämnden',
          severity: 'error',
          location: { block: 2, row: 1, cell: 1 },
          message: 'inte ett verkligt datum',
        },
      ],
    },
    {
      name: 'start after end',
      report: report([{ text: PROGNOS, start: '2020-12-31', end: '2020-01-01' }]),
      findings: [
        {
          messageId: 'startAfterEnd',
          kind: 'date-order',
          subject: PROGNOS,
          severity: 'error',
          location: { block: 3, row: 1, cell: 1 },
          data: { start: '2020-12-31', end: '2020-01-01' },
        },
      ],
    },
    {
      name: 'last year’s plan copied into a VP 2021',
      report: report([{ text: PROGNOS, start: '2020-01-01', end: '2020-12-31' }], 'VP', 2021),
      findings: [
        {
          messageId: 'outsideYear',
          kind: 'date-outside-year',
          subject: PROGNOS,
          severity: 'warning',
          location: { block: 3, row: 1, cell: 2 },
          data: { start: '2020-01-01', end: '2020-12-31', year: 2021 },
        },
      ],
    },
    {
      name: 'missing end date',
      report: report([{ text: PROGNOS, start: '2020-01-01', end: '' }]),
      findings: [
        {
          messageId: 'dateMissing',
          kind: 'date-missing',
          subject: PROGNOS,
          severity: 'warning',
          location: { block: 3, row: 1, cell: 2 },
          data: { label: 'Slutdatum' },
        },
      ],
    },
  ],
});
