import { makeReport, ruleTester } from '../../../test/rule-tester';
import { emptySnapshot, paragraph, table } from '../snapshot';
import { placeholderText } from './placeholder-text';

const report = makeReport();
const doc = (...texts: string[]) => emptySnapshot(texts.map((t) => paragraph(t)));

ruleTester(placeholderText, {
  valid: [
    {
      name: 'seed 000 text, including "i.u." and a date',
      report,
      snapshot: doc(
        'Axelsbergs vård- och omsorgsboende består av 54 lägenheter fördelat på sex våningar.',
        'Verksamhetsplanen diskuterades på APT 2021-02-24.',
        'Sjukfrånvaron har sjunkit med c:a 2%, men korttidsfrånvaron vid vissa perioder har varit hög.',
        'Skriv gärna till oss.',
      ),
    },
    {
      name: 'template text inside the table of contents is left to the TOC rule',
      report: { ...report, toc: { kind: 'typed', heading: null, fromBlock: 0, toBlock: 0, entries: [], instruction: null } },
      snapshot: doc('Skriv rubrik här ....... 3'),
    },
  ],
  invalid: [
    {
      name: 'leftovers from the template in paragraphs',
      report,
      snapshot: doc(
        'Skriv sammanfattande analys här.',
        'Klicka eller tryck här för att ange text.',
        'Beskriv kortfattat enhetens uppdrag och organisation.',
        'Enhetens resultat blev XX mnkr.',
        'Lorem ipsum dolor sit amet.',
        'Kontakta [Enhetens namn] för frågor.',
      ),
      findings: [
        { kind: 'placeholder-text', subject: 'Skriv sammanfattande analys här.', severity: 'error', message: 'Skriv … här' },
        { kind: 'placeholder-text', subject: 'Klicka eller tryck här för att ange text.', severity: 'error', message: 'platshållartext' },
        { kind: 'placeholder-text', subject: 'Beskriv kortfattat enhetens uppdrag och organisation.', severity: 'error', message: 'ILS-webb' },
        { kind: 'placeholder-text', subject: 'Enhetens resultat blev XX mnkr.', severity: 'error', message: '"XX"' },
        { kind: 'placeholder-text', subject: 'Lorem ipsum dolor sit amet.', severity: 'error' },
        { kind: 'placeholder-text', subject: 'Kontakta [Enhetens namn] för frågor.', severity: 'warning' },
      ],
    },
    {
      name: 'a placeholder in an indicator table cell',
      report,
      snapshot: emptySnapshot([table([['Indikator', 'Periodens utfall'], ['Sjukfrånvaro', 'XX %']])]),
      findings: [{ kind: 'placeholder-text', subject: 'XX %', severity: 'error' }],
    },
  ],
});
