/**
 * Round trip for every block type: value → render → a real .docx → readDocx → parseReport →
 * extract → the same value. Goal blocks are also inserted into a generated fixture with the
 * insertBlocks edit, as the pane and the CLI insert them.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createDocx } from '../src/docx/package-writer';
import { applyEdits, readDocx } from '../src/docx/index';
import { parseReport } from '../src/core/parse/index';
import { checkSnapshot } from '../src/core/check';
import { para, heading } from '../src/core/ooxml/builders';
import {
  activityTableSchema,
  budgetTableSchema,
  enhetsmalSchema,
  indicatorTableSchema,
  kfGoalSchema,
  namndmalSchema,
  type KfGoalValue,
} from '../src/core/blocks/schemas';
import {
  renderActivityTable,
  renderBudgetTable,
  renderEnhetsmal,
  renderIndicatorTable,
  renderKfGoal,
  renderNamndmal,
} from '../src/core/blocks/render';
import { extractBudgetTables, extractKfGoals } from '../src/core/blocks/extract';
import { renderSkeleton, skeletonValue } from '../src/core/skeleton/index';
import type { Report } from '../src/core/model';
import type { DocSnapshot } from '../src/core/snapshot';

const CTX = { reportType: 'VB' as const, year: 2020 };

function read(body: string): { snapshot: DocSnapshot; report: Report } {
  const doc = readDocx(createDocx(body));
  return { snapshot: doc.snapshot, report: parseReport(doc.snapshot) };
}

/** A goal block needs the goal hierarchy above it to be read as one; this wraps it in a minimal one. */
const GOALS_HEADING = heading('Uppföljning av Kommunfullmäktiges inriktningsmål', 1);

const KF15 = {
  inriktningsmal: { number: '1', title: 'En modern storstad med möjligheter och valfrihet för alla' },
  kfMal: {
    number: '1.5',
    title: 'I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
  },
};

const ENHETSMAL_VB = {
  reportType: 'VB' as const,
  title: 'Vi erbjuder insatser med hög kvalitet',
  assessment: 'delvis' as const,
  forvantatResultat: 'Trygga, delaktiga och nöjda äldre.',
  analys: 'Brukarundersökningen visar lägre trygghet än målet; kontaktmännen följer upp varje boende under våren.',
};

const NAMNDMAL_VB = {
  reportType: 'VB' as const,
  title:
    'Äldre får insatser av hög kvalitet som ger trygghet, valfrihet och stärker förmågan att leva ett värdigt och självständigt liv',
  beskrivning: 'Äldres hälsa och välbefinnande står i fokus för äldreomsorgens verksamheter och insatser.',
  forvantatResultat: 'Äldre känner sig trygga och är nöjda med äldreomsorgen.',
  activities: [
    {
      text: 'Boende ska erbjudas förebyggande riskbedömningar för fall, trycksår och undernäring.',
      start: '2020-01-01',
      end: '2020-12-31',
    },
    {
      text: 'Temaveckor kring mat, kost och hälsa ska arrangeras under maj månad.',
      start: '2020-05-01',
      end: '2020-05-31',
      deviation: true,
      analys: 'Temaveckorna flyttades till september på grund av pandemin och genomfördes då.',
    },
  ],
  enhetsmal: [ENHETSMAL_VB],
};

const KF_GOAL_VB = {
  reportType: 'VB' as const,
  year: 2020,
  ...KF15,
  assessment: 'helt' as const,
  analys: 'Målet uppfylls helt: de boende är trygga och nöjda.',
  indicators: [
    {
      name: 'Andel trygga omsorgstagare i vård- och omsorgsboende',
      utfall: '89 %',
      utfallMan: '88 %',
      utfallKvinnor: '90 %',
      utfallForegaende: '87 %',
      arsmal: '87 %',
      kfArsmal: '87 %',
      period: '2020',
    },
    {
      name: 'Andel omsorgstagare som upplever att de kan påverka hur hjälpen utförs på vård- och omsorgsboende',
      utfall: '74 %',
      arsmal: '77 %',
      kfArsmal: '77 %',
      period: '2020',
      analys: 'Resultatet är något lägre än målet. Kontaktmännen går igenom genomförandeplanerna.',
    },
  ],
  namndmal: [NAMNDMAL_VB],
};

describe('goal blocks round trip through a .docx', () => {
  it('a KF goal section (inriktningsmål, KF goal, indicators, nämndmål with activities and enhetsmål)', () => {
    const value = kfGoalSchema.parse(KF_GOAL_VB);
    const { report } = read(GOALS_HEADING + renderKfGoal(value));
    expect(extractKfGoals(report, CTX)).toEqual([value]);
  });

  it('two KF goals under one inriktningsmål, the second continuing under the first heading', () => {
    const first = kfGoalSchema.parse({ ...KF_GOAL_VB, namndmal: [] });
    const second = kfGoalSchema.parse({
      reportType: 'VB',
      year: 2020,
      inriktningsmal: null,
      kfMal: {
        number: '1.4',
        title:
          'I Stockholm får människor i behov av stöd insatser i tid präglade av hög kvalitet, evidens och rättssäkerhet',
      },
      indicators: [{ name: 'Andel nöjda brukare', utfall: '12', unit: 'st', arsmal: '10', period: 'VB 2020' }],
    });
    const { report } = read(GOALS_HEADING + renderKfGoal(first) + renderKfGoal(second));
    expect(report.goals).toHaveLength(1);
    const [a, b] = extractKfGoals(report, CTX);
    expect(a).toEqual(first);
    // The user's own indicator: its unit is written with the bare numbers.
    expect(b).toEqual({
      ...second,
      indicators: [{ ...second.indicators[0], unit: undefined, utfall: '12 st', arsmal: '10 st' }],
    });
    expect(b.indicators[0]).not.toHaveProperty('unit', 'st');
  });

  it('a VP goal section: VP indicator layout, activities without Avvikelse, enhetsmål with the five parts', () => {
    const value = kfGoalSchema.parse({
      reportType: 'VP',
      year: 2021,
      ...KF15,
      indicators: [
        {
          name: 'Andel trygga omsorgstagare i vård- och omsorgsboende',
          arsmal: '90 %',
          kfArsmal: '87 %',
          periodicitet: 'År',
        },
      ],
      namndmal: [
        {
          reportType: 'VP',
          title: 'Äldre får insatser av hög kvalitet',
          beskrivning: 'Äldreomsorgen utgår från den enskildes behov.',
          forvantatResultat: 'Äldre är nöjda.',
          activities: [{ text: 'Införa digital tillsyn nattetid.', start: '2021-01-01', end: '2021-06-30' }],
          enhetsmal: [
            {
              reportType: 'VP',
              title: 'Beställarenheten säkerställer rättssäkra beslut',
              forvantatResultat: 'Besluten håller vid överprövning.',
              arbetssatt: 'Handläggarna använder IBIC och gemensamma mallar.',
              resursanvandning: 'Två handläggare avsätter tid för kollegial granskning.',
              uppfoljning: 'Egenkontroll av tjugo akter per tertial.',
              utveckling: 'Ny rutin för uppföljning av hemtjänstbeslut.',
            },
          ],
        },
      ],
    });
    const { report } = read(GOALS_HEADING + renderKfGoal(value));
    expect(report.goals[0].kfMal[0].indicatorTables[0].layout).toBe('VP');
    expect(report.goals[0].kfMal[0].namndmal[0].activityTables[0].layout).toBe('VP');
    expect(extractKfGoals(report, { reportType: 'VP', year: 2021 })).toEqual([value]);
  });

  it('a nämndmål and an enhetsmål inserted on their own under a KF goal read back as themselves', () => {
    const kf = kfGoalSchema.parse({ ...KF_GOAL_VB, indicators: [], analys: '', assessment: null, namndmal: [] });
    const namndmal = namndmalSchema.parse({ ...NAMNDMAL_VB, enhetsmal: [] });
    const enhetsmal = enhetsmalSchema.parse(ENHETSMAL_VB);
    const { report } = read(GOALS_HEADING + renderKfGoal(kf) + renderNamndmal(namndmal) + renderEnhetsmal(enhetsmal));
    const [got] = extractKfGoals(report, CTX);
    expect(got.namndmal).toEqual([{ ...namndmal, enhetsmal: [enhetsmal] }]);
  });

  it('an indicator table and an activity table on their own', () => {
    const indicators = indicatorTableSchema.parse({ reportType: 'T1', year: 2020, rows: KF_GOAL_VB.indicators });
    const activities = activityTableSchema.parse({ reportType: 'T1', rows: NAMNDMAL_VB.activities });
    const kf = kfGoalSchema.parse({
      ...KF_GOAL_VB,
      reportType: 'T1',
      indicators: [],
      analys: '',
      assessment: null,
      namndmal: [],
    });
    const namndmal = namndmalSchema.parse({ ...NAMNDMAL_VB, reportType: 'T1', activities: [], enhetsmal: [] });
    const { report, snapshot } = read(
      GOALS_HEADING +
        renderKfGoal(kf) +
        renderIndicatorTable(indicators) +
        renderNamndmal(namndmal) +
        renderActivityTable(activities),
    );
    const [got] = extractKfGoals(report, { reportType: 'T1', year: 2020 });
    expect(got.indicators).toEqual(indicators.rows);
    expect(got.namndmal[0].activities).toEqual(activities.rows);
    // T1 header names the previous year's tertial.
    expect(
      snapshot.blocks.some(
        (b) => b.kind === 'table' && b.rows[0].cells.some((c) => c.text === 'Periodens utfall T1 2019'),
      ),
    ).toBe(true);
  });

  it('each block stands in one content control tagged rapportstod:<type>:<id>', () => {
    const value = kfGoalSchema.parse(KF_GOAL_VB);
    const { snapshot } = read(GOALS_HEADING + renderKfGoal(value, { id: 'kf-1.5' }) + renderKfGoal(value));
    const tags = snapshot.contentControls.map((c) => c.tag);
    expect(tags[0]).toBe('rapportstod:kfGoal:kf-1.5');
    expect(tags[1]).toMatch(/^rapportstod:kfGoal:[0-9a-f]{8}$/);
    expect(snapshot.contentControls[0].fromBlock).toBe(1);
    expect(snapshot.contentControls[0].toBlock).toBe(snapshot.contentControls[1].fromBlock - 1);
  });

  it('inserted into a generated report with the insertBlocks edit, the goal reads back from the report', () => {
    const doc = readDocx(new Uint8Array(readFileSync(join(__dirname, 'fixtures/docx/complete-vb.docx'))));
    const before = parseReport(doc.snapshot);
    const lastKf = before.goals[before.goals.length - 1].kfMal.at(-1)!;
    const value: KfGoalValue = kfGoalSchema.parse({
      ...KF_GOAL_VB,
      inriktningsmal: { number: '3', title: 'En ekonomiskt hållbar och innovativ storstad för framtiden' },
      kfMal: { number: '3.1', title: 'Stockholm har en god och långsiktigt hållbar ekonomi' },
      namndmal: [],
    });
    // After the last enhetsmål's Analys text of the goal area, before "Uppföljning av ekonomi".
    const economy = before.headings.find((h) => h.text === 'Uppföljning av ekonomi')!;
    const result = applyEdits(doc, [
      { kind: 'insertBlocks', after: economy.loc.block - 1, ooxml: renderKfGoal(value), reason: 'Infoga KF-mål' },
    ]);
    expect(result.refused).toEqual([]);
    const after = parseReport(readDocx(result.bytes).snapshot);
    const goals = extractKfGoals(after, CTX);
    expect(goals.map((g) => g.kfMal.number)).toEqual(['1.5', '3.2', '3.1']);
    expect(goals[2]).toEqual(value);
    expect(lastKf.number).toBe('3.2');
  });
});

describe('budget tables round trip through a .docx', () => {
  const drift = budgetTableSchema.parse({
    kind: 'drift',
    year: 2020,
    rows: [
      {
        label: 'Nämnd och administration',
        budget: '53,8',
        justering: '0,0',
        prognosFore: '53,8',
        prognosEfter: '53,8',
      },
      {
        label: 'Individ- och familjeomsorg',
        budget: '172,9',
        justering: '0,0',
        prognosFore: '173,9',
        prognosEfter: '173,9',
      },
      {
        label: 'varav socialpsykiatri',
        varav: true,
        budget: '50,6',
        justering: '0,0',
        prognosFore: '50,6',
        prognosEfter: '50,6',
      },
      { label: 'Förskoleverksamhet', budget: '686,4', prognosFore: '682,9', prognosEfter: '682,9' },
      { label: 'Äldreomsorg', budget: '609,6', justering: '0,0', prognosFore: '613,1', prognosEfter: '613,1' },
    ],
  });
  const resultatenheter = budgetTableSchema.parse({
    kind: 'resultatenheter',
    year: 2020,
    rows: [
      { label: 'Hägerstensåsens förskolor', bruttobudget: '48 712', franForegaende: '-756', resultat: '0' },
      { label: 'Liljeholmens dagliga verksamhet', bruttobudget: '35 788', franForegaende: '-3 561', resultat: '-18' },
      { label: 'Glasade gångens dagliga verksamhet', bruttobudget: '21 000', franForegaende: '-2 118', resultat: '18' },
    ],
  });
  const investeringar = budgetTableSchema.parse({
    kind: 'investeringar',
    year: 2020,
    rows: [
      { label: 'Parkinvesteringar', budget: '4,5', prognos: '4,5' },
      { label: 'Inventarier och maskiner', budget: '2,2', prognos: '7,6', justering: '5,4' },
      { label: 'Klimatinvesteringar', budget: '5,0', prognos: '5,0', justering: '0,0' },
    ],
  });
  const omslutning = budgetTableSchema.parse({
    kind: 'omslutning',
    rows: [
      { label: 'Statsbidrag (mindre barngrupper, språkutveckling)', kostnader: '4,0', intakter: '-4,0' },
      { label: 'Kompetensutv.medel samt vikarieersättning', kostnader: '3,0', intakter: '-3,0' },
    ],
  });

  const body =
    heading('Uppföljning av ekonomi', 1) +
    heading('Analys av resultaträkning - uppföljning av driftbudget', 2) +
    para('Prognosen visar en budget i balans.') +
    [drift, resultatenheter, investeringar, omslutning].map((t) => renderBudgetTable(t)).join('');

  it('every budget table reads back as its value', () => {
    const { snapshot, report } = read(body);
    expect(extractBudgetTables(snapshot, report, 2020)).toEqual([drift, resultatenheter, investeringar, omslutning]);
  });

  it('computed totals, deviations, 5 % and transfers satisfy the checker', () => {
    const { snapshot } = read(body);
    const tables = snapshot.blocks.filter((b) => b.kind === 'table');
    const last = (t: (typeof tables)[number]): string[] =>
      t.kind === 'table' ? t.rows[t.rows.length - 1].cells.map((c) => c.text) : [];
    // Totalt leaves out the varav row: 53,8 + 172,9 + 686,4 + 609,6 = 1 522,7; Äldreomsorg 609,6 − 613,1 = −3,5.
    expect(last(tables[0])).toEqual(['Totalt', '1 522,7', '0,0', '1 523,7', '1 523,7', '-1,0']);
    expect(tables[0].kind === 'table' && tables[0].rows[5].cells[5].text).toBe('-3,5');
    // 5 % of 48 712 = 2 435,6 → 2 436; transfer to next year = −(−3 561 + −18) = 3 579.
    expect(tables[1].kind === 'table' && tables[1].rows[1].cells[2].text).toBe('2 436');
    expect(tables[1].kind === 'table' && tables[1].rows[2].cells[5].text).toBe('3 579');
    expect(last(tables[1])).toEqual(['Summa resultatenheter', '105 500', '5 275', '-6 435', '0', '6 435']);
    expect(last(tables[2])).toEqual(['Totalt', '11,7', '17,1', '5,4', '0,0']);
    expect(last(tables[3])).toEqual(['Summa', '7,0', '-7,0']);
    const budgetFindings = checkSnapshot(snapshot).findings.filter(
      (f) => f.rule === 'budget-sums' || f.rule === 'number-format',
    );
    expect(budgetFindings).toEqual([]);
  });
});

describe('a report made of well-filled blocks', () => {
  it('has no error findings', () => {
    const base = skeletonValue({
      type: 'VB',
      unit: 'Fruängsgårdens vård- och omsorgsboende',
      year: 2020,
      date: '2021-02-03',
      goals: [],
    });
    const drift = budgetTableSchema.parse({
      kind: 'drift',
      year: 2020,
      rows: [
        { label: 'Äldreomsorg', budget: '52,3', justering: '0,0', prognosFore: '52,7', prognosEfter: '52,3' },
        {
          label: 'varav hemtjänst',
          varav: true,
          budget: '10,1',
          justering: '0,0',
          prognosFore: '10,1',
          prognosEfter: '10,1',
        },
      ],
    });
    const value = {
      ...base,
      front: { ...base.front, dnr: 'HÄ 2020/362', handlaggare: 'Anna Lindqvist', telefon: '08-508 23 100' },
      sections: base.sections.map((s) => ({
        ...s,
        text: `Text om ${s.title.toLowerCase()} för 2020.`,
        xml:
          s.title === 'Analys av resultaträkning - uppföljning av driftbudget' ? renderBudgetTable(drift) : undefined,
      })),
      goals: [kfGoalSchema.parse(KF_GOAL_VB)],
    };
    // With its title property, as `rapportstod new` writes it (an untitled document is an accessibility error).
    const bytes = createDocx(renderSkeleton(value), { title: value.front.title });
    if (process.env.BLOCKS_ARTIFACT) writeFileSync(process.env.BLOCKS_ARTIFACT, bytes);
    const { report, findings } = checkSnapshot(readDocx(bytes).snapshot);
    expect(report.goals[0].kfMal[0].namndmal[0].enhetsmal).toHaveLength(1);
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}/${f.kind}: ${f.subject}`)).toEqual([]);
  });
});
