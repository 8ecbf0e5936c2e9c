import { catalogFor } from '../catalog/index';
import type { Report } from '../model';
import type { DocSnapshot } from '../snapshot';
import { body, buildReport, FRONT, SEED_HEADINGS, type Line } from '../toc/testing';
import { MAX_SINGLE_FINDINGS, tableOfContents } from './table-of-contents';
import { computeFixes } from '../fix';
import { createAnalysis } from './analysis';
import { interpolate, kindsOf, type ReportDescriptor } from './types';

type Reported = ReportDescriptor & { kind: string; message: string };

/** The rule's reports in the order it makes them, with kind and text from its messages. */
function run(report: Report, snapshot: DocSnapshot): Reported[] {
  const found: Reported[] = [];
  tableOfContents.check({
    model: report,
    snapshot,
    analysis: createAnalysis(report, snapshot),
    catalog: catalogFor(report.year),
    report: (d) => {
      const spec = tableOfContents.meta.messages[d.messageId];
      found.push({ ...d, kind: spec.kind, message: interpolate(spec.text, d.data) });
    },
  });
  return found;
}

const correctEntries = (): Line[] => SEED_HEADINGS.map((h) => ({ entry: h.heading, level: h.level }));

describe('table-of-contents rule', () => {
  it('is quiet for a TOC that lists the headings (Swedish heading styles Rubrik1–3)', () => {
    const { report, snapshot } = buildReport([...FRONT, ...correctEntries(), ...body()], 'styled');
    expect(
      snapshot.blocks.some((b) => b.kind === 'paragraph' && b.styleId === 'Rubrik1' && b.styleName === 'heading 1'),
    ).toBe(true);
    expect(run(report, snapshot)).toEqual([]);
  });

  it('reports each difference of a stale typed TOC with the heading as subject and a rebuild fix', () => {
    const entries = correctEntries().filter((l) => !('entry' in l && l.entry.startsWith('1.5')));
    entries.splice(6, 0, { entry: 'Medel för lokaländamål', level: 2 });
    const { report, snapshot } = buildReport([...FRONT, ...entries, ...body()], 'typed');
    const found = run(report, snapshot);
    expect(found.map((f) => [f.kind, f.subject])).toEqual([
      [
        'toc-stale',
        '1.5. I Stockholm har äldre en tillvaro som präglas av hög kvalitet, trygghet och självbestämmande',
      ],
      ['toc-stale', 'Medel för lokaländamål'],
    ]);
    expect(found[0].message).toMatch(
      /^Rubriken ”1\.5\. I Stockholm .*” saknas i innehållsförteckningen\. .*inskriven för hand/,
    );
    expect(found[1].message).toMatch(/har raden ”Medel för lokaländamål”, men det finns ingen sådan rubrik/);
    // The missing heading is located at the heading; the extra entry at its TOC line.
    const missingHeading = report.headings.find((h) => h.text.startsWith('1.5'));
    expect(found[0].location).toEqual(missingHeading?.loc);
    expect(found[1].location.block).toBeGreaterThanOrEqual(report.toc?.fromBlock ?? -1);
    expect(found[1].location.block).toBeLessThanOrEqual(report.toc?.toBlock ?? -1);
    expect(found[0].fix?.map((e) => e.kind)).toEqual(['replaceBlocks', 'setUpdateFieldsOnOpen']);
  });

  it('reports a stale field TOC with the Word remedy', () => {
    const entries = correctEntries().slice(0, 8);
    const { report, snapshot } = buildReport([...FRONT, ...entries, ...body()], 'field');
    const found = run(report, snapshot);
    // `\o "1-3"` lists every heading-styled paragraph, the front matter's "Förslag till beslut" too, as Word does.
    expect(found.map((f) => f.subject)).toEqual(['Förslag till beslut', 'Systematiskt kvalitetsarbete', 'Övrigt']);
    expect(found[0].message).toContain('Referenser > Uppdatera tabell');
  });

  it('groups many differences into one finding that names them', () => {
    const entries: Line[] = [
      { entry: 'Sammanfattande analys', level: 1 },
      { entry: 'Uppföljning av ekonomi', level: 1 },
      { entry: 'Investeringar', level: 2 },
      { entry: 'Systematiskt kvalitetsarbete', level: 1 },
      { entry: 'Övrigt', level: 1 },
      { entry: 'Verksamhetens resultat 2019', level: 1 },
      { entry: 'Personal', level: 1 },
    ];
    const { report, snapshot } = buildReport([...FRONT, ...entries, ...body()], 'typed');
    const found = run(report, snapshot);
    expect(found).toHaveLength(1);
    expect(found[0].subject).toBe('Innehållsförteckning');
    expect(found[0].location).toEqual(report.toc?.heading?.loc);
    expect(found[0].message).toMatch(
      /^Innehållsförteckningen stämmer inte med rubrikerna: 5 rubriker saknas \(”Uppföljning av Kommunfullmäktiges inriktningsmål”, .* med flera\); 2 rader har ingen rubrik i dokumentet \(”Verksamhetens resultat 2019”, ”Personal”\)\./,
    );
    expect(MAX_SINGLE_FINDINGS).toBeLessThan(11);
  });

  it('reports a typed list where more than a third of the lines list no heading as ambiguous, with no fix', () => {
    const entries: Line[] = [
      { entry: 'Sammanfattande analys', level: 1 },
      { entry: 'Verksamhetens resultat 2019', level: 1 },
      { entry: 'Personal', level: 1 },
    ];
    const { report, snapshot } = buildReport([...FRONT, ...entries, ...body()], 'typed');
    const found = run(report, snapshot);
    expect(found.map((f) => f.kind)).toEqual(['toc-ambiguous']);
    expect(found[0].message).toMatch(
      /^Innehållsförteckningen kunde inte jämföras säkert med rubrikerna: 2 av 3 rader motsvarar ingen rubrik/,
    );
    expect(found[0].fix).toBeUndefined();
  });

  it('reports a missing TOC in a VB, suggesting (for Åtgärda, not for fix) to insert one before Sammanfattande analys', () => {
    const { report, snapshot } = buildReport([...FRONT, ...body()], null, 'VB');
    const found = run(report, snapshot);
    expect(found).toHaveLength(1);
    const f: Reported = found[0];
    expect(f.kind).toBe('toc-missing');
    expect(f.message).toBe(
      'Rapporten (VB) saknar innehållsförteckning. Lägg in en före Sammanfattande analys (Referenser > Innehållsförteckning), eller låt Rapportstöd göra det.',
    );
    expect(f.fix).toBeUndefined();
    expect(f.suggest?.[0].kind).toBe('insertBlocks');
    // `fix` and Räkna om apply fixes only: they never insert a TOC the writer did not ask for.
    expect(computeFixes(snapshot, report).edits).toEqual([]);
  });

  it('reports a missing TOC in a short VP too, but not in a document that is not a report', () => {
    const short = buildReport([{ heading: 'Sammanfattande analys', level: 1 }, { text: 'Kort plan.' }], null, 'VP');
    expect(run(short.report, short.snapshot).map((f) => f.kind)).toEqual(['toc-missing']);
    // The place is named by the template's first section of the report type: a VP starts with Inledning.
    expect(run(short.report, short.snapshot)[0].message).toContain('Lägg in en före Inledning (Referenser');
    const other = buildReport([...body()], null, null);
    expect(run(other.report, other.snapshot)).toEqual([]);
  });

  it('declares its kinds with severities, that it is fixable, and Swedish docs', () => {
    expect([...kindsOf(tableOfContents.meta)].sort()).toEqual([
      ['toc-ambiguous', ['warning']],
      ['toc-missing', ['warning']],
      ['toc-stale', ['warning']],
    ]);
    expect(tableOfContents.meta.fixable).toBe(true);
    expect(tableOfContents.meta.docs.description).toMatch(/innehållsförteckning/);
  });
});
