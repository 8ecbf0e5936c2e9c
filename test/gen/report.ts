/**
 * Large, realistic reports for the benchmark and the scale tests: the VB layout of the seeds (front
 * matter, typed TOC, goal hierarchy with indicator and activity tables, economy section with a
 * driftbudget table), repeated until the requested length. Deterministic for a given seed so that
 * benchmark runs on different days measure the same bytes.
 *
 * "Pages" are estimated the way an A4 page of this layout fills: about 4 200 characters of prose,
 * and a table row counts as a few lines. Checked against LibreOffice's page count (pdfinfo): the 50-
 * and 200-page reports render as 48 and 193 pages.
 */
import { createDocx, type StyleFlavour } from '../../src/docx/package-writer';
import { renderBlocks, renderFrontMatter } from '../fixtures/render';
import type { ActivityRow, FixtureBlock, FrontMatter, IndicatorRow, TocEntry } from '../fixtures/blocks';
import { mulberry32, pick } from './prng';

export interface GenOptions {
  /** Estimated pages of the finished report. */
  pages: number;
  /** Tables in the goal section (indicator + activity tables); default 0,4 per page, at most 200. */
  tables?: number;
  seed?: number;
  unit?: string;
  styles?: StyleFlavour;
  /** Write a wrong "Totalt" in the driftbudget table, so `fix` has something to correct (default true). */
  wrongTotal?: boolean;
}

export const CHARS_PER_PAGE = 4200;
const CHARS_PER_TABLE_ROW = 350;

const KF: { goal: string; title: string; sub: { id: string; title: string }[] }[] = [
  {
    goal: '1. En modern storstad med möjligheter och valfrihet för alla',
    title: '1. En modern storstad med möjligheter och valfrihet för alla',
    sub: [
      { id: '1.1', title: '1.1. Stockholm är en stad där människor kan växa och utvecklas' },
      {
        id: '1.5',
        title: '1.5. I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
      },
      { id: '1.6', title: '1.6. Stockholm är en stad där alla kan leva ett självständigt liv' },
    ],
  },
  {
    goal: '2. En nytänkande klimatsmart och miljövänlig storstad',
    title: '2. En nytänkande klimatsmart och miljövänlig storstad',
    sub: [{ id: '2.4', title: '2.4. Stockholm är en miljövänlig stad med minskad klimatpåverkan' }],
  },
  {
    goal: '3. En ekonomiskt hållbar och innovativ storstad för framtiden',
    title: '3. En ekonomiskt hållbar och innovativ storstad för framtiden',
    sub: [{ id: '3.2', title: '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna' }],
  },
];

const SENTENCES = [
  'Verksamheten har under året arbetat aktivt med att stärka de boendes delaktighet i vardagen.',
  'Pandemin har påverkat arbetet i hög grad, och flera planerade aktiviteter har fått skjutas upp.',
  'Medarbetarna har genomgått utbildning i lågaffektivt bemötande och dokumentation enligt IBIC.',
  'Brukarundersökningen visar att andelen nöjda omsorgstagare har ökat jämfört med föregående år.',
  'Sjukfrånvaron har ökat under våren men minskade åter under hösten när smittspridningen avtog.',
  'Enheten har infört digitala arbetsplatsträffar och tätare avstämningar med samtliga chefer.',
  'Samverkan med hälso- och sjukvården har utvecklats genom gemensamma rutiner för läkemedelshantering.',
  'Kostnaderna för inhyrd personal har minskat tack vare en bättre planering av bemanningen.',
  'Resultatet är något lägre än målet, vilket förklaras av färre besök under årets första tertial.',
  'Arbetet med att minska matsvinnet har gett resultat och klimatpåverkan per portion har sjunkit.',
  'Uppföljningen av genomförandeplanerna visar att de flesta boende har en aktuell plan.',
  'Under hösten genomfördes en kartläggning av kompetensbehovet inför kommande år.',
  'Det förebyggande arbetet med fallrisker har fortsatt och antalet fallolyckor har minskat.',
  'Verksamheten redovisar ett överskott om 0,6 mnkr som beror på vakanta tjänster under våren.',
  'Enheten har tagit emot 12 nya medarbetare och introduktionsprogrammet har reviderats.',
];

function prose(rand: () => number, chars: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const s = pick(rand, SENTENCES);
    out.push(s);
    n += s.length + 1;
  }
  return out.join(' ');
}

function percent(rand: () => number): string {
  const v = Math.floor(rand() * 1000) / 10;
  return `${v.toFixed(1).replace('.', ',')} %`;
}

function indicatorRows(rand: () => number, n: number, goal: number): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (let i = 0; i < n; i++) {
    const individuals = rand() < 0.5;
    rows.push({
      name: `${individuals ? 'Andel omsorgstagare som är nöjda med' : 'Andel verksamheter som uppfyller'} mål ${goal}, indikator ${i + 1}`,
      values: [
        percent(rand),
        individuals ? percent(rand) : '',
        individuals ? percent(rand) : '',
        percent(rand),
        '',
        percent(rand),
        'Tas fram av nämnd',
        'VB 2020',
      ],
      analys: rand() < 0.4 ? prose(rand, 300) : undefined,
    });
  }
  return rows;
}

function activityRows(rand: () => number, n: number): ActivityRow[] {
  const rows: ActivityRow[] = [];
  for (let i = 0; i < n; i++) {
    const month = 1 + Math.floor(rand() * 11);
    const deviation = rand() < 0.2;
    rows.push({
      name: `${pick(rand, SENTENCES).replace(/\.$/, '')} (aktivitet ${i + 1})`,
      start: `2020-${String(month).padStart(2, '0')}-01`,
      end: '2020-12-31',
      deviation: deviation ? 'Avvikelse' : '',
      analys: deviation ? prose(rand, 200) : undefined,
    });
  }
  return rows;
}

/** A driftbudget table in seed 001's form; with `wrong`, "Totalt" is off by 1,0 mnkr in the budget column. */
function budgetTable(rand: () => number, wrong: boolean): FixtureBlock {
  const areas = [
    'Nämnd och administration',
    'Individ- och familjeomsorg',
    'Äldreomsorg',
    'Förskoleverksamhet',
    'Stöd till personer med funktionsnedsättning',
  ];
  const rows: string[][] = [];
  let budget = 0;
  let prognos = 0;
  const fmt = (tenths: number): string => {
    const s = (Math.abs(tenths) / 10).toFixed(1).replace('.', ',');
    const [int, dec] = s.split(',');
    return `${tenths < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${dec}`;
  };
  for (const a of areas) {
    const b = 200 + Math.floor(rand() * 4000);
    const p = b + Math.floor(rand() * 60) - 30;
    budget += b;
    prognos += p;
    rows.push([a, fmt(b), '0,0', fmt(p), fmt(p), fmt(b - p)]);
  }
  rows.push(['Totalt', fmt(budget + (wrong ? 10 : 0)), '0,0', fmt(prognos), fmt(prognos), fmt(budget - prognos)]);
  return {
    t: 'grid',
    columns: [9070 - 5 * 1250, 1250, 1250, 1250, 1250, 1250],
    header: [
      'Mnkr',
      'Budget 2020 (netto)',
      'Begärda budgetjusteringar',
      'Prognos 2020 (före resultatöverföringar)',
      'Prognos 2020 (efter resultatöverföringar)',
      'Avvikelse (+/-)',
    ],
    rows,
    boldRows: [rows.length - 1],
  };
}

function estimateChars(blocks: FixtureBlock[]): number {
  let chars = 0;
  for (const b of blocks) {
    if (b.t === 'p') chars += b.text.length;
    else if (b.t === 'indicators')
      chars += b.rows.reduce((n, r) => n + CHARS_PER_TABLE_ROW + (r.analys?.length ?? 0), CHARS_PER_TABLE_ROW);
    else if (b.t === 'activities')
      chars += b.rows.reduce((n, r) => n + CHARS_PER_TABLE_ROW + (r.analys?.length ?? 0), CHARS_PER_TABLE_ROW);
    else if (b.t === 'grid') chars += (b.rows.length + 1) * CHARS_PER_TABLE_ROW;
    else chars += 100;
  }
  return chars;
}

/** The report as fixture blocks (TOC first), for tests that want the structure rather than bytes. */
export function reportBlocks(options: GenOptions): { front: FrontMatter; blocks: FixtureBlock[] } {
  const rand = mulberry32(options.seed ?? 2020);
  const pages = Math.max(1, options.pages);
  const tables = Math.max(2, options.tables ?? Math.min(200, Math.round(pages * 0.4)));
  const goals = Math.max(1, Math.floor(tables / 2));
  const unit = options.unit ?? 'Hägersten-Älvsjö stadsdelsförvaltning';
  const front: FrontMatter = {
    unit,
    dnr: 'HÄ 2020/362',
    date: '2021-02-03',
    title: `Verksamhetsberättelse VB 2020 för ${unit}`,
    handlaggare: 'Enhetschef',
    till: unit,
    telefon: '08-508 23 000',
  };

  // Table rows take their share of the pages first; prose fills the rest evenly over the goals.
  const indicatorsPerTable = 4;
  const activitiesPerTable = 3;
  const tableChars = goals * (indicatorsPerTable + activitiesPerTable + 2) * CHARS_PER_TABLE_ROW * 1.3;
  const proseChars = Math.max(
    goals * 600,
    pages * CHARS_PER_PAGE - tableChars - 6 * CHARS_PER_PAGE * Math.min(1, pages / 20),
  );
  const perGoal = proseChars / goals;

  const body: FixtureBlock[] = [
    { t: 'h', level: 1, text: 'Sammanfattande analys' },
    { t: 'p', text: prose(rand, Math.min(3 * CHARS_PER_PAGE, perGoal)) },
    { t: 'h', level: 1, text: 'Uppföljning av Kommunfullmäktiges inriktningsmål' },
  ];
  for (let g = 0; g < goals; g++) {
    const kf = KF[g % KF.length];
    const sub = kf.sub[Math.floor(g / KF.length) % kf.sub.length];
    body.push(
      { t: 'label', text: 'KF:s inriktningsmål:' },
      { t: 'h', level: 2, text: kf.title },
      { t: 'label', text: 'KF:s mål för verksamhetsområdet:' },
      { t: 'h', level: 3, text: sub.title },
      { t: 'assess', text: pick(rand, ['Uppfylls helt', 'Uppfylls delvis', 'Uppfylls inte']) },
      { t: 'indicators', layout: 'vb', status: false, rows: indicatorRows(rand, indicatorsPerTable, g + 1) },
      { t: 'label', text: 'Nämndmål:' },
      { t: 'p', text: `Nämndmål ${g + 1}: verksamheten ger trygghet, delaktighet och god kvalitet`, bold: true },
      { t: 'sub', text: 'Beskrivning' },
      { t: 'p', text: prose(rand, perGoal * 0.3) },
      { t: 'sub', text: 'Förväntat resultat' },
      { t: 'p', text: prose(rand, 200) },
      { t: 'activities', layout: 'vb', rows: activityRows(rand, activitiesPerTable) },
      { t: 'label', text: 'Enhetsmål:' },
      { t: 'p', text: `Enhetsmål ${g + 1}: vi erbjuder insatser med hög kvalitet`, bold: true },
      { t: 'assess', text: pick(rand, ['Uppfylls helt', 'Uppfylls delvis']) },
      { t: 'sub', text: 'Förväntat resultat' },
      { t: 'p', text: prose(rand, 200) },
      { t: 'sub', text: 'Analys' },
      ...splitParagraphs(prose(rand, perGoal * 0.7 - 400)),
    );
  }
  body.push(
    { t: 'h', level: 1, text: 'Uppföljning av ekonomi' },
    { t: 'h', level: 2, text: 'Analys av resultaträkning - uppföljning av driftbudget' },
    { t: 'p', text: prose(rand, 600) },
    budgetTable(rand, options.wrongTotal ?? true),
    { t: 'h', level: 2, text: 'Investeringar' },
    { t: 'p', text: prose(rand, 300) },
    { t: 'h', level: 2, text: 'Medel för lokaländamål' },
    { t: 'p', text: prose(rand, 300) },
    { t: 'h', level: 2, text: 'Övrigt' },
    { t: 'p', text: prose(rand, 200) },
    { t: 'h', level: 1, text: 'Systematiskt kvalitetsarbete' },
    { t: 'p', text: prose(rand, 800) },
    { t: 'h', level: 1, text: 'Övrigt' },
    { t: 'p', text: prose(rand, 300) },
  );
  return { front, blocks: [{ t: 'toc', entries: tocOf(body) }, ...body] };
}

/** Long analyses are several paragraphs in real reports, not one. */
function splitParagraphs(text: string): FixtureBlock[] {
  const out: FixtureBlock[] = [];
  const sentences = text.split(/(?<=\.) /);
  for (let i = 0; i < sentences.length; i += 6) out.push({ t: 'p', text: sentences.slice(i, i + 6).join(' ') });
  return out;
}

function tocOf(body: FixtureBlock[]): TocEntry[] {
  const out: TocEntry[] = [];
  let chars = 2 * CHARS_PER_PAGE;
  for (const b of body) {
    if (b.t === 'h') out.push({ level: b.level, text: b.text, page: String(1 + Math.floor(chars / CHARS_PER_PAGE)) });
    chars += estimateChars([b]);
  }
  return out;
}

/** Estimated page count of generated blocks (prose and table rows, front matter and TOC included). */
export function estimatePages(blocks: FixtureBlock[]): number {
  return Math.round(estimateChars(blocks) / CHARS_PER_PAGE) + 2;
}

export function generateReport(options: GenOptions): Uint8Array {
  const { front, blocks } = reportBlocks(options);
  const o = { styles: options.styles ?? 'english', headingStyles: true };
  return createDocx(renderFrontMatter(front, o) + renderBlocks(blocks, o), { styles: o.styles, title: front.title });
}

const UNITS = [
  'Axelsbergs vård- och omsorgsboende',
  'Fruängsgårdens vård- och omsorgsboende',
  'Stöd- och aktivitetsenheten',
  'Enheten för utveckling och förebyggande arbete',
  'Beställarenheten äldre',
  'Förskoleenhet Västberga',
  'Förskoleenhet Hägersten',
  'Fritidsgården Älvsjö',
];

/** `count` unit-sized reports (10–20 pages, 6–12 tables) for the batch benchmark: name → bytes. */
export function generateUnitReports(count: number, seed = 7): Map<string, Uint8Array> {
  const rand = mulberry32(seed);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const unit = `${UNITS[i % UNITS.length]} ${Math.floor(i / UNITS.length) + 1}`;
    const pages = 10 + Math.floor(rand() * 11);
    const tables = 6 + 2 * Math.floor(rand() * 4);
    out.set(
      `vb-2020-${String(i + 1).padStart(3, '0')}.docx`,
      generateReport({ pages, tables, seed: seed * 1000 + i, unit, wrongTotal: rand() < 0.3 }),
    );
  }
  return out;
}
