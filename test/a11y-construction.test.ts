/**
 * What the product creates passes the Tillgänglighet pack by construction: a skeleton from
 * `rapportstod new` (title, author placeholder, Swedish, heading styles) and every block Infoga inserts
 * (header rows marked and named) give no accessibility finding.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { BLOCK_SAMPLES } from './support/block-samples';
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
    expect(blockTypes.map((b) => b.type).sort()).toEqual(Object.keys(BLOCK_SAMPLES).sort());
    expect(a11y(plain)).toEqual([]);
  });

  it.each(blockTypes.map((b) => [b.type, b] as const))('%s: no accessibility finding once inserted', (_type, block) => {
    const xml = block.render(BLOCK_SAMPLES[block.type]);
    // Inserted at the end of Sammanfattande analys' text, where an officer would put it.
    const bytes = createDocx(skeleton + xml, { title: value.front.title });
    expect(a11y(bytes)).toEqual([]);
    // Every table the block brings has its first row marked as header.
    const ours = readDocx(createDocx(xml)).snapshot.blocks.filter((b) => b.kind === 'table');
    if (block.type !== 'enhetsmal') expect(ours.length).toBeGreaterThan(0);
    for (const t of ours) if (t.kind === 'table') expect(t.rows[0]?.header).toBe(true);
  });
});
