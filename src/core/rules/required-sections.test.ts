import {
  VB_SECTIONS,
  type SectionSpec,
  inriktningsmal,
  makeReport,
  resetBlocks,
  ruleTester,
  runRule,
  sections,
} from '../../../test/rule-tester';
import type { Report } from '../model';
import { newestTemplateFile } from '../template/index';
import { requiredSections } from './required-sections';

function vb(specs: SectionSpec[] = VB_SECTIONS, type: Report['type'] = 'VB', withGoals = true): Report {
  resetBlocks();
  const secs = sections(specs);
  const goals = withGoals
    ? [
        inriktningsmal('1', 'En modern storstad med möjligheter och valfrihet för alla', [
          { number: '1.5', title: 'I Stockholm har äldre …' },
        ]),
      ]
    : [];
  return makeReport({ type, sections: secs, goals });
}

const without = (title: string): SectionSpec[] => VB_SECTIONS.filter((s) => s.title !== title);

/** Seed 000: the economy headings are there, with nothing under any of them. */
const SEED_000_SECTIONS: SectionSpec[] = VB_SECTIONS.map((s) =>
  s.title === 'Uppföljning av ekonomi'
    ? { ...s, children: (s.children ?? []).map((c) => ({ ...c, content: false })) }
    : s.title === 'Systematiskt kvalitetsarbete' || s.title === 'Övrigt'
      ? { ...s, content: false }
      : s,
);

const VP_SECTIONS: SectionSpec[] = [
  {
    title: 'Inledning',
    content: false,
    children: [
      { title: 'Verksamhetsidé' },
      { title: 'Verksamhetsbeskrivning' },
      { title: 'Kvalitets- och utvecklingsarbete' },
      { title: 'Kompetensutveckling' },
      { title: 'Medarbetarnas delaktighet' },
    ],
  },
  { title: 'Redovisning av ekonomi', content: false, children: [{ title: 'Resursanvändning' }] },
];

function vp(
  parts: Partial<
    Record<'arbetssatt' | 'resursanvandning' | 'uppfoljning' | 'utveckling' | 'forvantatResultat', string | undefined>
  >,
): Report {
  resetBlocks();
  const secs = sections(VP_SECTIONS);
  const goals = [
    inriktningsmal('1', 'En modern storstad med möjligheter och valfrihet för alla', [
      {
        number: '1.5',
        title: 'I Stockholm har äldre en tillvaro …',
        namndmal: [
          {
            title: 'Äldre får insatser av hög kvalitet',
            enhetsmal: [{ title: 'Rättssäkra och likvärdiga biståndsbedömningar', ...parts }],
          },
        ],
      },
    ]),
  ];
  return makeReport({ type: 'VP', year: 2021, sections: secs, goals });
}

const ALL_PARTS = {
  forvantatResultat: 'Beslut är aktuella.',
  arbetssatt: 'Mottagningsgrupp.',
  resursanvandning: 'Inom budget.',
  uppfoljning: 'Kundlistor.',
  utveckling: 'Skrivkurs.',
};

ruleTester(requiredSections, {
  valid: [
    { name: 'a complete VB', report: vb() },
    { name: 'a complete T1', report: vb(VB_SECTIONS, 'T1') },
    {
      name: 'headings in another case and dash style',
      report: vb(
        VB_SECTIONS.map((s) =>
          s.title === 'Uppföljning av ekonomi'
            ? {
                ...s,
                children: [
                  { title: 'Analys av resultaträkning – uppföljning av driftbudget' },
                  { title: 'INVESTERINGAR' },
                  { title: 'Medel för lokaländamål:' },
                  { title: 'Övrigt' },
                ],
              }
            : s,
        ),
      ),
    },
    {
      name: 'goal section heading lost in export but goals present',
      report: vb(without('Uppföljning av Kommunfullmäktiges inriktningsmål')),
    },
    {
      name: 'economy written as one text without sub-headings',
      report: vb(VB_SECTIONS.map((s) => (s.title === 'Uppföljning av ekonomi' ? { title: s.title } : s))),
    },
    { name: 'an unknown report type is not judged', report: makeReport({ type: null }) },
    { name: 'a complete VP', report: vp(ALL_PARTS) },
  ],
  invalid: [
    {
      name: 'seed 000: empty economy sections, empty Systematiskt kvalitetsarbete and Övrigt',
      report: vb(SEED_000_SECTIONS),
      findings: [
        {
          messageId: 'sectionEmpty.error',
          kind: 'section-empty',
          subject: 'Analys av resultaträkning - uppföljning av driftbudget',
          severity: 'error',
          location: { block: 5 },
          message:
            'Avsnittet "Analys av resultaträkning - uppföljning av driftbudget" har ingen text. Skriv vad som hänt, eller att det inte finns något att rapportera.',
        },
        {
          messageId: 'sectionEmpty.warning',
          kind: 'section-empty',
          subject: 'Investeringar',
          severity: 'warning',
          location: { block: 6 },
          message:
            'Avsnittet "Investeringar" har ingen text. Skriv vad som hänt, eller att det inte finns något att rapportera.',
        },
        {
          messageId: 'sectionEmpty.warning',
          kind: 'section-empty',
          subject: 'Medel för lokaländamål',
          severity: 'warning',
          location: { block: 7 },
          message:
            'Avsnittet "Medel för lokaländamål" har ingen text. Skriv vad som hänt, eller att det inte finns något att rapportera.',
        },
        {
          messageId: 'sectionEmpty.warning',
          kind: 'section-empty',
          subject: 'Övrigt',
          severity: 'warning',
          location: { block: 8 },
          message:
            'Avsnittet "Övrigt" har ingen text. Skriv vad som hänt, eller att det inte finns något att rapportera.',
        },
        {
          messageId: 'sectionEmpty.warning',
          kind: 'section-empty',
          subject: 'Systematiskt kvalitetsarbete',
          severity: 'warning',
          location: { block: 9 },
          message:
            'Avsnittet "Systematiskt kvalitetsarbete" har ingen text. Skriv vad som hänt, eller att det inte finns något att rapportera.',
        },
        {
          messageId: 'sectionEmpty.tip',
          kind: 'section-empty',
          subject: 'Övrigt',
          severity: 'tip',
          location: { block: 10 },
          message:
            'Avsnittet "Övrigt" har ingen text. Skriv vad som hänt, eller att det inte finns något att rapportera.',
        },
      ],
    },
    {
      name: 'seed 001: a T1 without Systematiskt kvalitetsarbete',
      report: vb(without('Systematiskt kvalitetsarbete'), 'T1'),
      findings: [
        {
          messageId: 'sectionMissing.warning',
          kind: 'section-missing',
          subject: 'Systematiskt kvalitetsarbete',
          severity: 'warning',
          location: { block: 4 },
          message: 'Avsnittet "Systematiskt kvalitetsarbete" saknas; det ska finnas i en tertialrapport.',
        },
      ],
    },
    {
      name: 'Sammanfattande analys deleted',
      report: vb(without('Sammanfattande analys')),
      findings: [
        {
          messageId: 'sectionMissing.error',
          kind: 'section-missing',
          subject: 'Sammanfattande analys',
          severity: 'error',
          location: { block: 0 },
          message: 'Avsnittet "Sammanfattande analys" saknas; det ska finnas i en verksamhetsberättelse.',
        },
      ],
    },
    {
      name: 'no goal section and no goals',
      report: vb(without('Uppföljning av Kommunfullmäktiges inriktningsmål'), 'T2', false),
      findings: [
        {
          messageId: 'sectionMissing.error',
          kind: 'section-missing',
          subject: 'Uppföljning av Kommunfullmäktiges inriktningsmål',
          severity: 'error',
          location: { block: 0 },
          message:
            'Avsnittet "Uppföljning av Kommunfullmäktiges inriktningsmål" saknas; det ska finnas i en tertialrapport.',
        },
      ],
    },
    {
      name: 'economy without Investeringar and the economy Övrigt is not the level-1 Övrigt',
      report: vb(
        VB_SECTIONS.map((s) =>
          s.title === 'Uppföljning av ekonomi'
            ? { ...s, children: (s.children ?? []).filter((c) => c.title !== 'Investeringar' && c.title !== 'Övrigt') }
            : s,
        ),
      ),
      findings: [
        {
          messageId: 'subsectionMissing.error',
          kind: 'section-missing',
          subject: 'Investeringar',
          severity: 'error',
          location: { block: 5 },
          message: 'Underavsnittet "Investeringar" saknas under "Uppföljning av ekonomi".',
        },
        {
          messageId: 'subsectionMissing.warning',
          kind: 'section-missing',
          subject: 'Övrigt',
          severity: 'warning',
          location: { block: 7 },
          message: 'Underavsnittet "Övrigt" saknas under "Uppföljning av ekonomi".',
        },
      ],
    },
    {
      name: 'economy heading with nothing at all under it',
      report: vb(
        VB_SECTIONS.map((s) => (s.title === 'Uppföljning av ekonomi' ? { title: s.title, content: false } : s)),
      ),
      findings: [
        {
          messageId: 'sectionEmpty.error',
          kind: 'section-empty',
          subject: 'Uppföljning av ekonomi',
          severity: 'error',
          location: { block: 4 },
          message:
            'Avsnittet "Uppföljning av ekonomi" har ingen text. Skriv vad som hänt, eller att det inte finns något att rapportera.',
        },
      ],
    },
    {
      name: 'seed 002: an enhetsmål without Arbetssätt, and an empty Utveckling',
      report: vp({ ...ALL_PARTS, arbetssatt: undefined, utveckling: ' ' }),
      findings: [
        {
          messageId: 'goalPartMissing.error',
          kind: 'section-missing',
          subject: 'Rättssäkra och likvärdiga biståndsbedömningar',
          severity: 'error',
          location: { block: 17 },
          message: 'Enhetsmålet saknar delen "Arbetssätt", som varje enhetsmål i en verksamhetsplan ska ha.',
        },
        {
          messageId: 'goalPartEmpty.warning',
          kind: 'section-empty',
          subject: 'Rättssäkra och likvärdiga biståndsbedömningar',
          severity: 'warning',
          location: { block: 21 },
          message: 'Delen "Utveckling" i enhetsmålet är tom.',
        },
      ],
    },
    {
      name: 'an enhetsmål without Resursanvändning (a warning), and an empty Uppföljning (an error)',
      report: vp({ ...ALL_PARTS, resursanvandning: undefined, uppfoljning: '' }),
      findings: [
        {
          messageId: 'goalPartMissing.warning',
          kind: 'section-missing',
          subject: 'Rättssäkra och likvärdiga biståndsbedömningar',
          severity: 'warning',
          location: { block: 17 },
          message: 'Enhetsmålet saknar delen "Resursanvändning", som varje enhetsmål i en verksamhetsplan ska ha.',
        },
        {
          messageId: 'goalPartEmpty.error',
          kind: 'section-empty',
          subject: 'Rättssäkra och likvärdiga biståndsbedömningar',
          severity: 'error',
          location: { block: 20 },
          message: 'Delen "Uppföljning" i enhetsmålet är tom.',
        },
      ],
    },
    {
      name: 'VP without Inledning',
      report: (() => {
        resetBlocks();
        return makeReport({ type: 'VP', sections: sections(VP_SECTIONS.slice(1)), goals: vp(ALL_PARTS).goals });
      })(),
      findings: [
        {
          messageId: 'sectionMissing.error',
          kind: 'section-missing',
          subject: 'Inledning',
          severity: 'error',
          location: { block: 0 },
          message: 'Avsnittet "Inledning" saknas; det ska finnas i en verksamhetsplan.',
        },
      ],
    },
  ],
});

describe('required-sections on a VP whose Inledning parts are not headings', () => {
  it('accepts Inledning with its own text and the goal headings under it (seed 002)', () => {
    resetBlocks();
    const secs = sections([
      {
        title: 'Inledning',
        content: true,
        children: [{ title: '1. En modern storstad med möjligheter och valfrihet för alla' }],
      },
      { title: 'Redovisning av ekonomi' },
    ]);
    const goals = vp(ALL_PARTS).goals;
    expect(runRule(requiredSections, makeReport({ type: 'VP', year: 2021, sections: secs, goals }))).toEqual([]);
  });
});

describe('required-sections docs', () => {
  it('name the sections and enhetsmål parts as the newest template has them, not as code once wrote them', () => {
    const file = newestTemplateFile();
    const titles = Object.values(file.layouts).flatMap((l) => [
      ...l.sections.map((s) => s.title),
      ...l.enhetsmalParts.map((p) => p.label),
    ]);
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) expect(requiredSections.meta.docs.description).toContain(title);
  });
});
