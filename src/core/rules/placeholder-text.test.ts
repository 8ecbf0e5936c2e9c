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
      report: {
        ...report,
        toc: { kind: 'typed', heading: null, fromBlock: 0, toBlock: 0, entries: [], instruction: null },
      },
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
        {
          messageId: 'placeholder',
          kind: 'placeholder-text',
          subject: 'Skriv sammanfattande analys här.',
          severity: 'error',
          location: { block: 0 },
          message:
            'Texten ser ut att vara malltext ("Skriv … här") som blivit kvar: "Skriv sammanfattande analys här.".',
        },
        {
          messageId: 'placeholder',
          kind: 'placeholder-text',
          subject: 'Klicka eller tryck här för att ange text.',
          severity: 'error',
          location: { block: 1 },
          message:
            'Texten ser ut att vara Words platshållartext som blivit kvar: "Klicka eller tryck här för att ange text.".',
        },
        {
          messageId: 'placeholder',
          kind: 'placeholder-text',
          subject: 'Beskriv kortfattat enhetens uppdrag och organisation.',
          severity: 'error',
          location: { block: 2 },
          message:
            'Texten ser ut att vara instruktionstext från mallen eller ILS-webb som blivit kvar: "Beskriv kortfattat enhetens uppdrag och organisation.".',
        },
        {
          messageId: 'placeholder',
          kind: 'placeholder-text',
          subject: 'Enhetens resultat blev XX mnkr.',
          severity: 'error',
          location: { block: 3 },
          message: 'Texten ser ut att vara platshållaren "XX" som blivit kvar: "Enhetens resultat blev XX mnkr.".',
        },
        {
          messageId: 'placeholder',
          kind: 'placeholder-text',
          subject: 'Lorem ipsum dolor sit amet.',
          severity: 'error',
          location: { block: 4 },
          message: 'Texten ser ut att vara blindtext (Lorem ipsum) som blivit kvar: "Lorem ipsum dolor sit amet.".',
        },
        {
          messageId: 'bracketed',
          kind: 'placeholder-text',
          subject: 'Kontakta [Enhetens namn] för frågor.',
          severity: 'warning',
          location: { block: 5 },
          message:
            'Texten ser ut att vara text inom hakparenteser, som i mallens platshållare som blivit kvar: "Kontakta [Enhetens namn] för frågor.".',
        },
      ],
    },
    {
      name: 'a placeholder in an indicator table cell',
      report,
      snapshot: emptySnapshot([
        table([
          ['Indikator', 'Periodens utfall'],
          ['Sjukfrånvaro', 'XX %'],
        ]),
      ]),
      findings: [
        {
          messageId: 'placeholder',
          kind: 'placeholder-text',
          subject: 'XX %',
          severity: 'error',
          location: { block: 0, row: 1, cell: 1, paragraph: 0 },
          message: 'Texten ser ut att vara platshållaren "XX" som blivit kvar: "XX %".',
        },
      ],
    },
  ],
});
