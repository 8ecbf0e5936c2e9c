/**
 * Hand-built cases for what seed 001 showed: summary sub-headings named like sections, and activity
 * tables directly under a KF goal.
 */
import { emptySnapshot, paragraph, table, type Block } from '../snapshot';
import { parseReport } from './index';

const h = (text: string, level: number): Block =>
  paragraph(text, { styleName: `heading ${level}`, outlineLevel: level });
const b = (text: string): Block => paragraph(text, { bold: true });
const title = paragraph('Tertialrapport 1 2020 för Stadsdelsnämnden');

describe('known titles in plain paragraphs of a styled document', () => {
  it('a bold "Uppföljning av ekonomi" in the summary is not a second economy section when the real one is styled', () => {
    const r = parseReport(
      emptySnapshot([
        title,
        h('Sammanfattande analys', 1),
        b('En modern storstad med möjligheter och valfrihet för alla'),
        paragraph('Försörjningsstödet har ökat.'),
        b('Uppföljning av ekonomi'),
        paragraph('Prognosen visar en budget i balans.'),
        h('Uppföljning av Kommunfullmäktiges inriktningsmål', 1),
        paragraph('Text om målen.'),
        h('Uppföljning av ekonomi', 1),
        h('Investeringar', 2),
        paragraph('Inga investeringar.'),
        h('Övrigt', 1),
        paragraph('Inget.'),
      ]),
    );
    expect(r.headings.map((x) => [x.text, x.level, x.loc.block])).toEqual([
      ['Sammanfattande analys', 1, 1],
      ['Uppföljning av Kommunfullmäktiges inriktningsmål', 1, 6],
      ['Uppföljning av ekonomi', 1, 8],
      ['Investeringar', 2, 9],
      ['Övrigt', 1, 11],
    ]);
    // The summary keeps its sub-heading and text: it runs up to the goals section.
    expect(r.sections[0]).toMatchObject({ title: 'Sammanfattande analys', fromBlock: 1, toBlock: 5, children: [] });
    expect(r.sections.filter((s) => s.title === 'Uppföljning av ekonomi')).toHaveLength(1);
  });

  it('an unstyled section title with no styled twin is still a heading (the writer forgot the style)', () => {
    const r = parseReport(
      emptySnapshot([
        title,
        h('Sammanfattande analys', 1),
        paragraph('Text.'),
        h('Uppföljning av ekonomi', 1),
        h('Övrigt', 2),
        h('Systematiskt kvalitetsarbete', 1),
        b('Övrigt'),
        paragraph('Klagomål hanteras på APT.'),
      ]),
    );
    // The styled "Övrigt" is the economy's level-2 part; the plain one is the report-level section.
    expect(r.headings.map((x) => [x.text, x.level, x.source])).toEqual([
      ['Sammanfattande analys', 1, 'style'],
      ['Uppföljning av ekonomi', 1, 'style'],
      ['Övrigt', 2, 'style'],
      ['Systematiskt kvalitetsarbete', 1, 'style'],
      ['Övrigt', 1, 'layout'],
    ]);
  });

  it('without any heading style the known titles are headings wherever they stand', () => {
    const r = parseReport(
      emptySnapshot([
        title,
        paragraph('Sammanfattande analys'),
        paragraph('Text.'),
        paragraph('Uppföljning av ekonomi'),
        paragraph('Prognos i balans.'),
      ]),
    );
    expect(r.headings.map((x) => [x.text, x.level])).toEqual([
      ['Sammanfattande analys', 1],
      ['Uppföljning av ekonomi', 1],
    ]);
  });
});

describe('activity tables directly under a KF goal', () => {
  const activityHeader = ['Aktivitet', 'Startdatum', 'Slutdatum', 'Avvikelse'];
  const r = parseReport(
    emptySnapshot([
      title,
      h('Uppföljning av Kommunfullmäktiges inriktningsmål', 1),
      paragraph('KF:s inriktningsmål:'),
      h('1. En modern storstad med möjligheter och valfrihet för alla', 2),
      paragraph('KF:s mål för verksamhetsområdet:'),
      h('1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort', 3),
      paragraph('Uppfylls helt'),
      table([
        ['Indikator', 'Periodens utfall', 'Årsmål', 'KF:s årsmål', 'Period'],
        ['Antal aspiranter som fått Stockholmsjobb', '13 st', '19 st', '800 st', 'Tertial 1 2020'],
      ]),
      table([
        activityHeader,
        ['Arbetsmarknadsnämnden ska utveckla ett arbetssätt för att nå nyanlända', '2020-01-01', '2020-12-31', ''],
        ['Analys\nEnheten deltar i nätverket.'],
        ['Arbetsmarknadsnämnden ska utveckla feriejobb', '2020-01-01', '2020-12-31', ''],
      ]),
      paragraph('Nämndmål:'),
      b('Invånarna i stadsdelsområdet är självförsörjande'),
      paragraph('Uppfylls helt'),
      table([
        ['Indikator', 'Periodens utfall', 'Årsmål', 'KF:s årsmål', 'Period'],
        ['Andel barn i familjer med ekonomiskt bistånd', '1,1 %', '2,7 %', '2,7 %', 'Tertial 1 2020'],
      ]),
      table([activityHeader, ['Förvaltningens verksamheter ska ta emot praktikanter', '2020-01-27', '2020-12-31', '']]),
      h('Uppföljning av ekonomi', 1),
      table([
        ['Mnkr', 'Budget', 'Prognos'],
        ['Äldreomsorg', '609,6', '613,1'],
      ]),
    ]),
  );
  const kf = r.goals[0].kfMal[0];

  it('attaches them to the KF goal, not to a nämndmål and not to the other tables', () => {
    expect(kf.number).toBe('1.1');
    expect(kf.activityTables.map((t) => t.block)).toEqual([8]);
    expect(
      kf.activityTables[0].activities.map((a) => [a.text, a.start?.text, a.end?.text, a.analys?.text ?? null]),
    ).toEqual([
      [
        'Arbetsmarknadsnämnden ska utveckla ett arbetssätt för att nå nyanlända',
        '2020-01-01',
        '2020-12-31',
        'Enheten deltar i nätverket.',
      ],
      ['Arbetsmarknadsnämnden ska utveckla feriejobb', '2020-01-01', '2020-12-31', null],
    ]);
    expect(r.otherTables.map((t) => t.block)).toEqual([15]);
  });

  it('keeps indicator and activity tables after "Nämndmål:" on the nämndmål', () => {
    expect(kf.indicatorTables.map((t) => t.block)).toEqual([7]);
    const nm = kf.namndmal[0];
    expect(nm.title).toBe('Invånarna i stadsdelsområdet är självförsörjande');
    expect(nm.indicatorTables.map((t) => [t.block, t.indicators[0].name])).toEqual([
      [12, 'Andel barn i familjer med ekonomiskt bistånd'],
    ]);
    expect(nm.activityTables.map((t) => [t.block, t.activities[0].text])).toEqual([
      [13, 'Förvaltningens verksamheter ska ta emot praktikanter'],
    ]);
  });
});
