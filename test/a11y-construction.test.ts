/**
 * What the product creates passes the Tillgänglighet pack by construction: a skeleton from
 * `rapportstod new` (title, author placeholder, Swedish, heading styles) and every block Infoga inserts
 * (header rows marked and named) give no accessibility finding.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AUTHOR_PLACEHOLDER, run as runNew } from '../src/cli/commands/new';
import { blockTypes } from '../src/core/blocks/index';
import { checkSnapshot } from '../src/core/check';
import { renderSkeleton, skeletonValue } from '../src/core/skeleton/index';
import { createDocx } from '../src/docx/package-writer';
import { readDocx } from '../src/docx/index';

function a11y(bytes: Uint8Array): string[] {
  return checkSnapshot(readDocx(bytes).snapshot)
    .findings.filter((f) => f.rule.startsWith('a11y-'))
    .map((f) => `${f.kind}: ${f.subject}`);
}

/** A filled-in value for each block type (the registry's defaults leave required texts empty). */
const SAMPLES: Record<string, unknown> = {
  kfGoal: {
    reportType: 'VB',
    year: 2020,
    inriktningsmal: { number: '1', title: 'En modern storstad med möjligheter och valfrihet för alla' },
    kfMal: { number: '1.5', title: 'I Stockholm har äldre en tillvaro som präglas av hög kvalitet' },
    assessment: 'delvis',
    analys: 'Målet uppfylls delvis.',
    indicators: [
      {
        name: 'Andel trygga omsorgstagare',
        utfall: '89 %',
        utfallMan: '88 %',
        utfallKvinnor: '90 %',
        arsmal: '87 %',
        kfArsmal: '87 %',
        period: '2020',
      },
    ],
    namndmal: [
      {
        reportType: 'VB',
        title: 'Äldre får insatser av hög kvalitet',
        beskrivning: 'Beskrivning.',
        forvantatResultat: 'Trygga äldre.',
        activities: [
          { text: 'Riskbedömningar', start: '2020-01-01', end: '2020-12-31', deviation: true, analys: 'Flyttades.' },
        ],
        enhetsmal: [
          {
            reportType: 'VB',
            title: 'Vi erbjuder insatser med hög kvalitet',
            assessment: 'helt',
            forvantatResultat: 'Nöjda äldre.',
            analys: 'Uppfylls.',
          },
        ],
      },
    ],
  },
  namndmal: {
    reportType: 'VP',
    title: 'Äldre får insatser av hög kvalitet',
    beskrivning: 'Beskrivning.',
    forvantatResultat: 'Trygga äldre.',
    activities: [{ text: 'Riskbedömningar', start: '2021-01-01', end: '2021-12-31' }],
  },
  enhetsmal: {
    reportType: 'T2',
    title: 'Vi erbjuder insatser med hög kvalitet',
    assessment: 'inte',
    forvantatResultat: 'Nöjda äldre.',
    analys: 'Bemanningen räckte inte.',
  },
  indicatorTable: {
    reportType: 'T1',
    year: 2020,
    rows: [{ name: 'Andel trygga omsorgstagare', utfall: '89 %', arsmal: '87 %', period: 'T1 2020' }],
  },
  activityTable: {
    reportType: 'VB',
    rows: [
      { text: 'Temaveckor', start: '2020-05-01', end: '2020-05-31', deviation: true, analys: 'Flyttades till hösten.' },
    ],
  },
  'budget-drift': {
    kind: 'drift',
    year: 2020,
    rows: [{ label: 'Äldreomsorg', budget: '609,6', justeringar: '0,0', prognosFore: '613,1', prognosEfter: '613,1' }],
  },
  'budget-resultatenheter': {
    kind: 'resultatenheter',
    year: 2020,
    rows: [{ label: 'Hemtjänst', bruttobudget: '100,0', franForegaende: '1,0', resultat: '2,0' }],
  },
  'budget-investeringar': {
    kind: 'investeringar',
    year: 2020,
    rows: [{ label: 'Inventarier', budget: '1,0', prognos: '0,8' }],
  },
  'budget-omslutning': { kind: 'omslutning', rows: [{ label: 'Statsbidrag', kostnader: '2,0', intakter: '2,0' }] },
};

describe('rapportstod new: a skeleton passes the accessibility pack', () => {
  it.each(['VB', 'T1', 'T2', 'VP'])(
    '%s: title, author placeholder, Swedish, and no accessibility finding',
    async (type) => {
      const tmp = mkdtempSync(join(tmpdir(), 'rapportstod-a11y-'));
      try {
        const out = join(tmp, `${type}.docx`);
        const io = { out: () => undefined, err: (t: string) => void process.stderr.write(t) };
        expect(
          await runNew(
            ['--type', type, '--unit', 'Axelsbergs vård- och omsorgsboende', '--year', '2020', '-o', out],
            io,
          ),
        ).toBe(0);
        const bytes = readFileSync(out);
        const { snapshot } = readDocx(bytes);
        expect(snapshot.properties?.title).toMatch(/2020 för Axelsbergs vård- och omsorgsboende$/);
        expect(snapshot.properties?.author).toBe(AUTHOR_PLACEHOLDER);
        expect(snapshot.language).toEqual({ default: 'sv-SE' });
        expect(a11y(bytes)).toEqual([]);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  );
});

describe('Infoga: every inserted block passes the accessibility pack', () => {
  const value = skeletonValue({
    type: 'VB',
    unit: 'Axelsbergs vård- och omsorgsboende',
    year: 2020,
    date: '2021-02-03',
  });
  const skeleton = renderSkeleton(value);
  const plain = createDocx(skeleton, { title: value.front.title });

  it('has a sample for every block type, and the skeleton alone is clean', () => {
    expect(blockTypes.map((b) => b.type).sort()).toEqual(Object.keys(SAMPLES).sort());
    expect(a11y(plain)).toEqual([]);
  });

  it.each(blockTypes.map((b) => [b.type, b] as const))('%s: no accessibility finding once inserted', (_type, block) => {
    const xml = block.render(SAMPLES[block.type]);
    // Inserted at the end of Sammanfattande analys' text, where an officer would put it.
    const bytes = createDocx(skeleton + xml, { title: value.front.title });
    expect(a11y(bytes)).toEqual([]);
    // Every table the block brings has its first row marked as header.
    const ours = readDocx(createDocx(xml)).snapshot.blocks.filter((b) => b.kind === 'table');
    if (block.type !== 'enhetsmal') expect(ours.length).toBeGreaterThan(0);
    for (const t of ours) if (t.kind === 'table') expect(t.rows[0]?.header).toBe(true);
  });
});
