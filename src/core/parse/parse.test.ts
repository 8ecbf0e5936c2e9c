import { emptySnapshot, paragraph, table, type Block } from '../snapshot';
import { parseReport, NOT_A_REPORT_WARNING } from './index';
import { parseTitle } from './report-type';
import { splitEntry } from './toc';
import { assessmentValue, goalLabel, partLabel, splitGoalNumber } from './labels';
import { classifyTable, indicatorColumn } from './tables';

const h = (text: string, level: number): Block =>
  paragraph(text, { styleName: `heading ${level}`, styleId: `Rubrik${level}`, outlineLevel: level });
const b = (text: string): Block => paragraph(text, { bold: true });

describe('labels', () => {
  it('tolerates missing colon, case, spaces and symbols', () => {
    expect(goalLabel('KF:s inriktningsmål:')?.label).toBe('inriktningsmal');
    expect(goalLabel('  kf:s  MÅL för verksamhetsområdet ')?.label).toBe('kfMal');
    expect(goalLabel('● Nämndmål')?.label).toBe('namndmal');
    expect(goalLabel('Enhetsmål: Enheten har god ekonomi')).toEqual({
      label: 'enhetsmal',
      rest: 'Enheten har god ekonomi',
    });
    expect(goalLabel('Enhetsmålen har uppfyllts')).toBeNull();
    expect(partLabel('Förväntat  resultat')?.label).toBe('forvantatResultat');
    expect(partLabel('Analys av resultaträkning - uppföljning av driftbudget')).toBeNull();
    expect(partLabel('Utveckling av arbetssätt')).toBeNull();
  });
  it('reads assessments with symbols', () => {
    expect(assessmentValue('● Uppfylls delvis')).toBe('delvis');
    expect(assessmentValue('— Ingen')).toBe('ingen');
    expect(assessmentValue('✓ Uppfylls helt')).toBe('helt');
    expect(assessmentValue('Uppfylls inte')).toBe('inte');
    expect(assessmentValue('Uppfylls nästan')).toBeNull();
    expect(assessmentValue('Brukarna är nöjda.')).toBeUndefined();
  });
  it('normalises KF goal numbers', () => {
    expect(splitGoalNumber('1.5. I Stockholm har äldre')).toEqual({ number: '1.5', title: 'I Stockholm har äldre' });
    expect(splitGoalNumber('1.1 I Stockholm är människor')).toEqual({
      number: '1.1',
      title: 'I Stockholm är människor',
    });
    expect(splitGoalNumber('2. En hållbart växande')).toEqual({ number: '2', title: 'En hållbart växande' });
    expect(splitGoalNumber('Stockholm utan nummer').number).toBeNull();
  });
});

describe('title', () => {
  it.each([
    [
      'Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende',
      'VB',
      2020,
      'Axelsbergs vård- och omsorgsboende',
    ],
    ['Tertialrapport 1 2020', 'T1', 2020, null],
    ['Tertialrapport T2 2020 för Hägersten-Älvsjö stadsdelsnämnd', 'T2', 2020, 'Hägersten-Älvsjö stadsdelsnämnd'],
    ['Tertialrapport 2020 T1', 'T1', 2020, null],
    ['Verksamhetsplan 2021 för Beställarenheten äldre', 'VP', 2021, 'Beställarenheten äldre'],
    ['VP 2021', 'VP', 2021, null],
  ])('%s', (text, type, year, unit) => {
    expect(parseTitle(text)).toMatchObject({ type, year, unit });
  });
  it('is not fooled by sentences', () => {
    expect(parseTitle('Verksamhetsplanen diskuterades på APT 2021-02-24.')).toBeNull();
  });
  it('takes the unit from the next line when the title breaks after "för"', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('Verksamhetsberättelse VB 2020 för'),
        paragraph('Axelsbergs vård- och omsorgsboende'),
        h('Sammanfattande analys', 1),
        paragraph('Text.'),
      ]),
    );
    expect(r).toMatchObject({ type: 'VB', year: 2020, unit: 'Axelsbergs vård- och omsorgsboende' });
    expect(r.title?.loc).toEqual({ block: 0 });
  });
});

describe('front matter', () => {
  it('reads labels in paragraphs, in one or two lines', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('Tjänsteutlåtande'),
        paragraph('Dnr: HÄ 2020/362'),
        paragraph('2021-02-03'),
        paragraph('Verksamhetsberättelse VB 2020 för Enheten'),
        paragraph('Handläggare'),
        paragraph('Marie Karlsson'),
        paragraph('Telefon: 08-508 23420'),
        paragraph('Till'),
        paragraph('Stöd- och aktivitetsenheten'),
        h('Sammanfattande analys', 1),
      ]),
    );
    expect(r.frontMatter.dnr).toEqual({ text: 'HÄ 2020/362', loc: { block: 1 } });
    expect(r.frontMatter.date).toEqual({ text: '2021-02-03', loc: { block: 2 } });
    expect(r.frontMatter.handlaggare?.text).toBe('Marie Karlsson');
    expect(r.frontMatter.telefon?.text).toBe('08-508 23420');
    expect(r.frontMatter.till).toEqual({ text: 'Stöd- och aktivitetsenheten', loc: { block: 8 } });
  });
  it('reads label cells with values in the cell below, and labels in one cell', () => {
    const r = parseReport(
      emptySnapshot([
        table([['Axelsbergs vård- och omsorgsboende', 'Tjänsteutlåtande\nDnr: HÄ 2020/362\nSid 1 (15)\n2021-02-03']]),
        paragraph('Verksamhetsberättelse VB 2020 för Axelsbergs vård- och omsorgsboende', { styleName: 'title' }),
        table([
          ['Handläggare', 'Till'],
          ['Hossein Ahmadian', 'Axelsbergs vård- och omsorgsboende'],
          ['Telefon: 08-508 23 762', ''],
        ]),
        h('Sammanfattande analys', 1),
      ]),
    );
    expect(r.frontMatter.dnr).toEqual({ text: 'HÄ 2020/362', loc: { block: 0, row: 0, cell: 1, paragraph: 1 } });
    expect(r.frontMatter.date?.text).toBe('2021-02-03');
    expect(r.frontMatter.handlaggare).toEqual({
      text: 'Hossein Ahmadian',
      loc: { block: 2, row: 1, cell: 0, paragraph: 0 },
    });
    expect(r.frontMatter.till?.text).toBe('Axelsbergs vård- och omsorgsboende');
    expect(r.frontMatter.telefon?.text).toBe('08-508 23 762');
  });
  it('reads two labels on one line with the values below in the same order', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('Handläggare\tTill'),
        paragraph('Hossein Ahmadian\tAxelsbergs vård- och omsorgsboende'),
        h('Sammanfattande analys', 1),
      ]),
    );
    expect(r.frontMatter.handlaggare?.text).toBe('Hossein Ahmadian');
    expect(r.frontMatter.till?.text).toBe('Axelsbergs vård- och omsorgsboende');
  });
});

describe('table of contents', () => {
  it('splits entries with dotted leaders or a tab', () => {
    expect(splitEntry('Sammanfattande analys ............................ 3 ')).toEqual({
      text: 'Sammanfattande analys',
      page: '3',
    });
    expect(splitEntry('Investeringar\t18')).toEqual({ text: 'Investeringar', page: '18' });
    expect(splitEntry('Medel för lokaländamål…………15')).toEqual({ text: 'Medel för lokaländamål', page: '15' });
    expect(splitEntry('Enheten har 54 lägenheter')).toBeNull();
  });
  it('reads a TOC field with its heading and styled entries', () => {
    const snap = emptySnapshot([
      paragraph('Innehållsförteckning', { styleName: 'toc heading' }),
      paragraph('Sammanfattande analys\t3', { styleName: 'toc 1' }),
      paragraph('1.5. I Stockholm har äldre en tillvaro\t6', { styleName: 'toc 3' }),
      h('Sammanfattande analys', 1),
      paragraph('Text.'),
    ]);
    snap.fields.push({ type: 'TOC', instruction: 'TOC \\o "1-3" \\h \\z \\u', fromBlock: 1, toBlock: 2 });
    const r = parseReport(snap);
    expect(r.toc).toMatchObject({
      kind: 'field',
      fromBlock: 1,
      toBlock: 2,
      instruction: 'TOC \\o "1-3" \\h \\z \\u',
      heading: { text: 'Innehållsförteckning', loc: { block: 0 } },
    });
    expect(r.toc?.entries).toEqual([
      { text: 'Sammanfattande analys', level: 1, page: '3', loc: { block: 1 } },
      { text: '1.5. I Stockholm har äldre en tillvaro', level: 3, page: '6', loc: { block: 2 } },
    ]);
    expect(r.headings.map((x) => x.loc.block)).toEqual([3]);
  });
  it('reads a Table of Contents content control', () => {
    const snap = emptySnapshot([
      paragraph('Innehållsförteckning'),
      paragraph('Uppföljning av ekonomi\t5', { styleName: 'toc 1' }),
      paragraph('Investeringar\t5', { styleName: 'toc 2' }),
      h('Uppföljning av ekonomi', 1),
    ]);
    snap.contentControls.push({
      tag: null,
      title: null,
      docPartGallery: 'Table of Contents',
      fromBlock: 0,
      toBlock: 2,
    });
    const toc = parseReport(snap).toc!;
    expect(toc.heading?.loc).toEqual({ block: 0 });
    expect(toc.entries.map((e) => [e.text, e.level])).toEqual([
      ['Uppföljning av ekonomi', 1],
      ['Investeringar', 2],
    ]);
  });
  it('reads a typed list and guesses levels without styles, joining a wrapped entry', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('Innehållsförteckning'),
        paragraph(''),
        paragraph('Sammanfattande analys ........ 3'),
        paragraph('1. En modern storstad ........ 5'),
        paragraph('1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper'),
        paragraph('är kort ........ 5'),
        paragraph('Uppföljning av ekonomi ........ 14'),
        paragraph('Övrigt ........ 15'),
        paragraph('Systematiskt kvalitetsarbete ........ 15'),
        paragraph('Övrigt ........ 15'),
        paragraph('Sammanfattande analys'),
        paragraph('Verksamheten har 54 lägenheter.'),
      ]),
    );
    expect(r.toc?.kind).toBe('typed');
    expect(r.toc?.entries.map((e) => [e.text, e.level, e.page])).toEqual([
      ['Sammanfattande analys', 1, '3'],
      ['1. En modern storstad', 2, '5'],
      ['1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort', 3, '5'],
      ['Uppföljning av ekonomi', 1, '14'],
      ['Övrigt', 2, '15'],
      ['Systematiskt kvalitetsarbete', 1, '15'],
      ['Övrigt', 1, '15'],
    ]);
    expect(r.toc?.toBlock).toBe(9);
    // The body's unstyled "Sammanfattande analys" is a heading by layout, the TOC's is not.
    expect(r.headings).toEqual([{ text: 'Sammanfattande analys', level: 1, loc: { block: 10 }, source: 'layout' }]);
  });
});

describe('headings and sections', () => {
  it('uses normalised Swedish heading styles and layout titles, and marks empty sections', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('Verksamhetsberättelse VB 2020 för Enheten', { styleName: 'title' }),
        h('Sammanfattande analys', 1),
        b('Verksamhetsbeskrivning'),
        paragraph('Enheten består av tre delar.'),
        paragraph('Uppföljning av ekonomi'),
        paragraph('Investeringar'),
        paragraph('Medel för lokaländamål'),
        paragraph('Inga medel.'),
        paragraph('Övrigt'),
        h('Systematiskt kvalitetsarbete', 1),
        paragraph('Övrigt'),
        paragraph('Inget att rapportera.'),
      ]),
    );
    expect(r.headings.map((x) => [x.text, x.level, x.source])).toEqual([
      ['Sammanfattande analys', 1, 'style'],
      ['Uppföljning av ekonomi', 1, 'layout'],
      ['Investeringar', 2, 'layout'],
      ['Medel för lokaländamål', 2, 'layout'],
      ['Övrigt', 2, 'layout'],
      ['Systematiskt kvalitetsarbete', 1, 'style'],
      ['Övrigt', 1, 'layout'],
    ]);
    const eco = r.sections[1];
    expect(eco).toMatchObject({ title: 'Uppföljning av ekonomi', fromBlock: 4, toBlock: 8, hasOwnContent: false });
    expect(eco.children.map((c) => [c.title, c.hasOwnContent])).toEqual([
      ['Investeringar', false],
      ['Medel för lokaländamål', true],
      ['Övrigt', false],
    ]);
    expect(r.sections[0].hasOwnContent).toBe(true);
  });
  it('takes short bold lines as headings only when the document has no heading styles', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('Verksamhetsberättelse VB 2020 för Enheten'),
        paragraph('Sammanfattande analys'),
        b('Verksamhetsbeskrivning'),
        paragraph('Text.'),
        b('Detta är en fetstilt mening som slutar med punkt.'),
      ]),
    );
    expect(r.headings.map((x) => [x.text, x.level])).toEqual([
      ['Sammanfattande analys', 1],
      ['Verksamhetsbeskrivning', 2],
    ]);
    expect(r.sections[0].children[0].hasOwnContent).toBe(true);
  });
});

describe('goals', () => {
  const vbGoals: Block[] = [
    paragraph('Verksamhetsberättelse VB 2020 för Enheten'),
    paragraph('Uppföljning av Kommunfullmäktiges inriktningsmål'),
    paragraph('KF:s inriktningsmål'),
    paragraph('1. En modern storstad med möjligheter och valfrihet för alla'),
    paragraph('kf:s mål för verksamhetsområdet'),
    paragraph('1.5. I Stockholm har äldre en tillvaro som präglas av hög kvalitet'),
    paragraph('✓ Uppfylls helt'),
    paragraph('Analys'),
    paragraph('Målet bedöms uppfyllas.'),
    table([
      [
        '',
        'Indikator',
        'Periodens\nutfall',
        'Utfall män/ pojkar',
        'Utfall kvinn or/ flicko r',
        'Periodens utfall VB 2019',
        'Prognos helår',
        'Arsmål',
        'KF:s\nårsmål',
        'Period',
      ],
      ['●', 'Sjukfrånvaro dag 1-14', '3,9 %', '', '', '2,48 %', '', '2,5 %', 'Tas fram av nämnd', 'VB 2020'],
      ['Analys Sjukfrånvaron har ökat under pandemin.', '', '', '', '', '', '', '', '', ''],
      ['', 'Andel omsorgstagare som upplever att de kan påverka', '40 %', '', '', '77 %', '', '77 %', '', '2020'],
    ]),
    paragraph('NÄMNDMÅL'),
    b('Äldre får insatser av hög kvalitet'),
    paragraph('— Ingen'),
    b('Beskrivning'),
    paragraph('Första stycket.'),
    paragraph(''),
    paragraph('Andra stycket.'),
    b('Förväntat resultat:'),
    paragraph('Äldre är trygga.'),
    table([
      ['Aktivitet', 'Startdatum', 'Slutdatum', 'Avvikelse'],
      ['✓ Temaveckor kring mat', '2020-05-01', '2020-05-31', 'Avvikelse'],
      ['Analys', 'Genomfördes inte på grund av pandemin.', '', ''],
      ['Boende erbjuds aktiviteter', '2020-01-01', '2020-12-31', ''],
    ]),
    paragraph('Enhetsmål:'),
    b('Vi erbjuder insatser med hög kvalitet'),
    paragraph('● Uppfylls delvis'),
    b('Förväntat resultat'),
    paragraph('Trygga äldre.'),
    b('Analys'),
    paragraph(''),
    paragraph('Uppföljning av ekonomi'),
    paragraph('Tabell 1 Driftbudget'),
    table([
      ['Mnkr', 'Budget 2020 (netto)', 'Prognos'],
      ['Äldreomsorg', '609,6', '613,1'],
    ]),
  ];
  const r = parseReport(emptySnapshot(vbGoals));

  it('builds the hierarchy from labels without colons or with odd case', () => {
    expect(r.type).toBe('VB');
    expect(r.goals).toHaveLength(1);
    const kf = r.goals[0].kfMal[0];
    expect(r.goals[0]).toMatchObject({
      number: '1',
      title: 'En modern storstad med möjligheter och valfrihet för alla',
      loc: { block: 3 },
    });
    expect(kf).toMatchObject({
      number: '1.5',
      loc: { block: 5 },
      assessment: { raw: '✓ Uppfylls helt', value: 'helt', loc: { block: 6 } },
    });
    expect(kf.analys).toEqual({ text: 'Målet bedöms uppfyllas.', loc: { block: 8 } });
    const nm = kf.namndmal[0];
    expect(nm).toMatchObject({ title: 'Äldre får insatser av hög kvalitet', assessment: { value: 'ingen' } });
    expect(nm.beskrivning).toEqual({ text: 'Första stycket.\nAndra stycket.', loc: { block: 14 } });
    expect(nm.forvantatResultat?.text).toBe('Äldre är trygga.');
    const em = nm.enhetsmal[0];
    expect(em).toMatchObject({
      title: 'Vi erbjuder insatser med hög kvalitet',
      assessment: { value: 'delvis' },
      forvantatResultat: { text: 'Trygga äldre.' },
    });
    // An Analys label with nothing under it: present, empty, located at the label.
    expect(em.analys).toEqual({ text: '', loc: { block: 25 } });
  });

  it('reads the indicator table with a status column and messy headers', () => {
    const t = r.goals[0].kfMal[0].indicatorTables[0];
    expect(t.layout).toBe('VB/T');
    expect(t.columns).toEqual([
      'status',
      'indikator',
      'utfall',
      'utfallMan',
      'utfallKvinnor',
      'utfallForegaende',
      'prognos',
      'arsmal',
      'kfArsmal',
      'period',
    ]);
    expect(t.indicators).toHaveLength(2);
    const [sjuk, andel] = t.indicators;
    expect(sjuk).toMatchObject({ name: 'Sjukfrånvaro dag 1-14', status: '●', loc: { block: 9, row: 1, cell: 1 } });
    expect(sjuk.values.utfall?.parsed).toMatchObject({ kind: 'number', percent: true, raw: '3,9 %' });
    expect(sjuk.values.utfall?.loc).toEqual({ block: 9, row: 1, cell: 2 });
    expect(sjuk.values.arsmal?.parsed.kind).toBe('number');
    expect(sjuk.values.kfArsmal?.parsed).toMatchObject({ kind: 'text', raw: 'Tas fram av nämnd' });
    expect(sjuk.values.utfallMan?.parsed.kind).toBe('empty');
    expect(sjuk.analys).toEqual({ text: 'Sjukfrånvaron har ökat under pandemin.', loc: { block: 9, row: 2, cell: 0 } });
    expect(andel.analys).toBeNull();
    expect(andel.status).toBeNull();
  });

  it('reads the activity table: deviation, dates, Analys row in a second cell', () => {
    const [mat, akt] = r.goals[0].kfMal[0].namndmal[0].activityTables[0].activities;
    expect(mat).toMatchObject({
      text: 'Temaveckor kring mat',
      deviation: true,
      start: { text: '2020-05-01', loc: { block: 19, row: 1, cell: 1 } },
    });
    expect(mat.analys?.text).toBe('Genomfördes inte på grund av pandemin.');
    expect(akt).toMatchObject({ deviation: false, analys: null, end: { text: '2020-12-31' } });
  });

  it('lists other tables with their section and caption', () => {
    expect(r.otherTables).toEqual([{ block: 29, section: 'Uppföljning av ekonomi', caption: 'Tabell 1 Driftbudget' }]);
  });

  it('classifies VP tables and reads VP parts', () => {
    expect(classifyTable(table([['Indikator', 'Årsmål', 'KF:s årsmål', 'Periodicitet']]))).toEqual({
      kind: 'indicator',
      layout: 'VP',
    });
    expect(classifyTable(table([['Aktivitet', 'Startdatum', 'Slutdatum']]))).toEqual({
      kind: 'activity',
      layout: 'VP',
    });
    expect(classifyTable(table([['Mnkr', 'Budget', 'Avvikelse']]))).toEqual({ kind: 'other', layout: 'VB/T' });
    expect(indicatorColumn('Periodens utfall T1 2019')).toBe('utfallForegaende');
    const vp = parseReport(
      emptySnapshot([
        paragraph('Verksamhetsplan 2021 för Beställarenheten äldre'),
        paragraph('Inledning'),
        paragraph('Text.'),
        paragraph('KF:s inriktningsmål:'),
        h('3. En ekonomiskt hållbar och innovativ storstad för framtiden', 2),
        paragraph('KF:s mål för verksamhetsområdet:'),
        h('3.1. Stockholm har en budget i balans', 3),
        table([
          ['Indikator', 'Årsmål', 'KF:s årsmål', 'Periodicitet'],
          ['Sjukfrånvaro', '7 %', 'Tas fram av nämnd', 'Tertial'],
        ]),
        paragraph('Nämndmål:'),
        paragraph('Stadsdelsnämnden bedriver verksamheterna inom givna ekonomiska ramar'),
        paragraph('Enhetsmål:'),
        paragraph('Enheten har en långsiktigt hållbar ekonomi.'),
        paragraph('Arbetssätt'),
        paragraph('Vi följer upp varje månad.'),
        paragraph('Resursanvändning'),
        paragraph('Uppföljning'),
        paragraph('På APT.'),
        paragraph('Utveckling'),
        paragraph('Redovisning av ekonomi'),
        paragraph('Budgeten är 800 mnkr.'),
      ]),
    );
    expect(vp).toMatchObject({ type: 'VP', year: 2021, unit: 'Beställarenheten äldre' });
    const kf = vp.goals[0].kfMal[0];
    expect(kf.indicatorTables[0].layout).toBe('VP');
    expect(kf.indicatorTables[0].indicators[0].values.periodicitet?.parsed).toMatchObject({
      kind: 'text',
      raw: 'Tertial',
    });
    const em = kf.namndmal[0].enhetsmal[0];
    expect(em.vp.arbetssatt?.text).toBe('Vi följer upp varje månad.');
    expect(em.vp.resursanvandning).toEqual({ text: '', loc: { block: 14 } });
    expect(em.vp.uppfoljning?.text).toBe('På APT.');
    expect(em.vp.utveckling?.text).toBe('');
    expect(vp.headings.map((x) => x.text)).toEqual([
      'Inledning',
      '3. En ekonomiskt hållbar och innovativ storstad för framtiden',
      '3.1. Stockholm har en budget i balans',
      'Redovisning av ekonomi',
    ]);
  });
});

describe('odd documents', () => {
  it('a letter is not a report', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('Hej Anna,'),
        paragraph('Tack för mötet i tisdags. Vi ses den 2021-03-01.'),
        paragraph('Med vänliga hälsningar'),
        paragraph('Per'),
      ]),
    );
    expect(r.type).toBeNull();
    expect(r.goals).toEqual([]);
    expect(r.warnings).toEqual([NOT_A_REPORT_WARNING]);
  });
  it('an empty document does not throw', () => {
    const r = parseReport(emptySnapshot());
    expect(r.type).toBeNull();
    expect(r.warnings).toEqual([NOT_A_REPORT_WARNING]);
  });
  it('a labels-only document keeps its goals, empty titles where the text is missing', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('KF:s inriktningsmål:'),
        paragraph('KF:s mål för verksamhetsområdet:'),
        paragraph('Nämndmål:'),
        paragraph('Enhetsmål:'),
        paragraph('Förväntat resultat'),
      ]),
    );
    // Each label takes the next paragraph as its title only when that paragraph is not a label itself.
    expect(r.goals).toHaveLength(1);
    expect(r.goals[0].kfMal[0].namndmal[0].enhetsmal).toHaveLength(1);
    expect(r.type).toBeNull();
    expect(r.warnings.some((w) => /titel/.test(w))).toBe(true);
  });
  it('an enhetsmål with no nämndmål above it is kept, with a warning', () => {
    const r = parseReport(
      emptySnapshot([
        paragraph('Verksamhetsberättelse VB 2020 för X'),
        paragraph('KF:s mål för verksamhetsområdet:'),
        paragraph('3.2. Stockholm använder skattemedlen effektivt'),
        paragraph('Enhetsmål:'),
        paragraph('God ekonomi.'),
      ]),
    );
    expect(r.goals[0].number).toBe('3');
    expect(r.goals[0].kfMal[0].namndmal[0].enhetsmal[0].title).toBe('God ekonomi.');
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});
