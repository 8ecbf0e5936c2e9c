import { readFileSync } from 'fs';
import { join } from 'path';
import { parseReport } from './index';
import { markdownToSnapshot } from './test-support/markdown';
import { isTable } from '../snapshot';

const seed004 = markdownToSnapshot(readFileSync(join(__dirname, 'test-support/seed-004.txt'), 'utf8'));
const report = parseReport(seed004);

describe('seed 004 (VB 2020, Stöd- och aktivitetsenheten)', () => {
  it('reads type, year, unit and front matter', () => {
    expect(report.type).toBe('VB');
    expect(report.year).toBe(2020);
    expect(report.unit).toBe('Stöd- och aktivitetsenheten');
    expect(report.frontMatter.handlaggare?.text).toBe('Marie Aggesund Karlsson');
    expect(report.frontMatter.telefon?.text).toBe('08-508 23420');
    expect(report.frontMatter.till?.text).toBe('Stöd- och aktivitetsenheten');
    expect(report.frontMatter.dnr).toBeNull();
    expect(report.warnings).toEqual([]);
  });

  it('reads the typed TOC with levels and page numbers, leaders stripped', () => {
    const toc = report.toc!;
    expect(toc.kind).toBe('typed');
    expect(toc.heading?.text).toBe('Innehållsförteckning');
    expect(toc.entries).toHaveLength(18);
    expect(toc.entries[0]).toMatchObject({ text: 'Sammanfattande analys', level: 1, page: '3' });
    expect(toc.entries[3]).toMatchObject({ level: 3, page: '5' });
    expect(toc.entries[3].text).toMatch(/^1\.1 I Stockholm .* är kort$/);
    expect(toc.entries.map((e) => e.level).slice(11)).toEqual([1, 2, 2, 2, 2, 1, 1]);
    expect(toc.entries.every((e) => !/\.\.|\t/.test(e.text))).toBe(true);
  });

  it('does not count the TOC entries or the report title as headings', () => {
    const tocBlocks = new Set(report.toc!.entries.map((e) => e.loc.block));
    expect(report.headings.some((h) => tocBlocks.has(h.loc.block))).toBe(false);
    expect(report.headings.some((h) => /^Verksamhetsberättelse/.test(h.text))).toBe(false);
    expect(report.headings[0]).toMatchObject({ text: 'Sammanfattande analys', level: 1, source: 'style' });
  });

  it('builds the section tree with empty economy sections', () => {
    const economy = report.sections.find((s) => s.title === 'Uppföljning av ekonomi')!;
    expect(economy.children.map((c) => c.title)).toEqual([
      'Analys av resultaträkning - uppföljning av driftbudget',
      'Investeringar',
      'Medel för lokaländamål',
      'Övrigt',
    ]);
    expect(economy.hasOwnContent).toBe(false);
    expect(economy.children.every((c) => !c.hasOwnContent)).toBe(true);
    const summary = report.sections.find((s) => s.title === 'Sammanfattande analys')!;
    expect(summary.hasOwnContent).toBe(true);
  });

  it('builds the goal hierarchy from the labels, whatever heading level the titles carry', () => {
    expect(report.goals.map((g) => g.number)).toEqual(['1', '2', '3']);
    expect(report.goals.map((g) => g.kfMal.map((k) => k.number))).toEqual([
      ['1.1', '1.4'],
      ['2.4', '2.5'],
      ['3.1', '3.2'],
    ]);
    const kf11 = report.goals[0].kfMal[0];
    expect(kf11.title).toBe(
      'I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
    );
    expect(kf11.assessment).toMatchObject({ raw: '— Ingen', value: 'ingen' });
    const nm = kf11.namndmal[0];
    expect(nm.title).toBe('Invånarna i stadsdelsområdet är självförsörjande');
    expect(nm.beskrivning?.text).toMatch(/^Den enskilde som är i behov/);
    expect(nm.beskrivning?.text.split('\n').length).toBeGreaterThan(5);
    expect(nm.forvantatResultat?.text).toMatch(/^Alla invånare/);
    expect(nm.activityTables).toHaveLength(2);
    const em = nm.enhetsmal[0];
    expect(em.title).toBe('Brukaren/deltagaren förbereds för att kunna närma sig arbetsmarknaden');
    expect(em.assessment?.value).toBe('helt');
    expect(em.analys?.text).toMatch(/^Brukare som har haft önskemål/);
    // "## Analys" is a level-1 heading in the document, yet it is the enhetsmål's Analys part.
    const em24 = report.goals[1].kfMal[0].namndmal[0].enhetsmal[0];
    expect(em24.assessment).toMatchObject({ raw: '● Uppfylls helt', value: 'helt' });
    expect(em24.analys?.text).toMatch(/^Det kulturliv/);
    const kf32 = report.goals[2].kfMal[1];
    expect(kf32.namndmal.map((n) => n.enhetsmal.length)).toEqual([2, 1, 1]);
  });

  it('reads indicator tables with messy headers and status symbols', () => {
    const t = report.goals[0].kfMal[1].indicatorTables[0];
    expect(t.layout).toBe('VB/T');
    expect(t.columns).toEqual([
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
    const enskilda = t.indicators[2];
    expect(enskilda.name).toBe('Andel enskilda som klarar mer på egen hand inom socialpsykiatri');
    // The seed's own defect: Prognos "26" without the "%" the Årsmål "26 %" has.
    expect(enskilda.values.prognos?.parsed).toMatchObject({ kind: 'number', raw: '26', percent: false });
    expect(enskilda.values.arsmal?.parsed).toMatchObject({ kind: 'number', raw: '26 %', percent: true });
    expect(enskilda.values.utfallForegaende?.parsed.kind).toBe('number');
    expect(enskilda.values.kfArsmal?.parsed).toMatchObject({ kind: 'number', raw: '30 %' });
    const stockholmsjobb = report.goals[0].kfMal[0].indicatorTables[0].indicators[0];
    expect(stockholmsjobb.status).toBe('—');
    expect(stockholmsjobb.name).toBe('Antalet aspiranter som fått Stockholmsjobb');
    expect(stockholmsjobb.values.kfArsmal?.parsed).toMatchObject({ kind: 'number', unit: 'st' });
    const kf32 = report.goals[2].kfMal[1].indicatorTables[0];
    expect(kf32.columns[6]).toBe('arsmal'); // header "Arsmål"
    expect(kf32.indicators[1].values.utfall?.parsed.raw).toBe('4,5 %');
    const cell = seed004.blocks[kf32.block];
    expect(isTable(cell) && cell.rows[kf32.indicators[1].values.utfall!.loc.row!].cells[1].text).toBe('4,5 %');
  });

  it('attaches "Analys" rows to the activity above', () => {
    const acts = report.goals[1].kfMal[1].namndmal[0].activityTables[0].activities;
    expect(acts).toHaveLength(2);
    expect(acts[0].text).toBe('Verksamheterna ska arbeta aktivt för att minska energiförbrukningen i verksamheten.');
    expect(acts[0].start?.text).toBe('2020-01-01');
    expect(acts[0].end?.text).toBe('2020-12-31');
    expect(acts[0].deviation).toBe(false);
    expect(acts[0].analys?.text).toBe('Arbetet har fortgått under året.');
    expect(acts[1].analys?.text).toBe('Användning av plasthandskar har ökat under pandemin.');
    const three = report.goals[2].kfMal[0].namndmal[0].activityTables[0].activities;
    expect(three.map((a) => a.analys !== null)).toEqual([true, false, true, true]);
    expect(report.otherTables).toEqual([]);
  });
});
