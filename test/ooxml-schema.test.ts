/**
 * Every XML part the product writes validates against ISO/IEC 29500-4 (Transitional), from
 * `../shared/ooxml-schemas` (see its README). Word refuses or silently drops elements that are out of
 * schema order where LibreOffice forgives them, so "LibreOffice opens it" proves nothing here.
 *
 * Covered: the skeletons `rapportstod new` writes (every report type), the outputs of `fix` (budget
 * sums and the TOC rebuild) on our fixtures and on files other tools wrote (../shared/docx-wild), and every `insertOoxml`
 * package the Word adapter builds (every block type, the pane's indicator table, the TOC rebuild).
 *
 * Not covered by a schema, because the schema folder has none: `[Content_Types].xml`, `.rels`,
 * `docProps/core.xml` (OPC, ISO/IEC 29500-2) and the flat-OPC `pkg:package` wrapper (a Microsoft
 * format). Those are checked for well-formedness and their root element only, and the test says so.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { BLOCK_SAMPLES } from './support/block-samples';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { spawnSync } from 'child_process';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { run as runNew } from '../src/cli/commands/new';
import { blockTypes } from '../src/core/blocks/index';
import { findBudgetTables } from '../src/core/budget/index';
import { computeFixes } from '../src/core/fix';
import { heading, para } from '../src/core/ooxml/builders';
import { renderSkeleton, skeletonValue } from '../src/core/skeleton/index';
import { createDocx } from '../src/docx/package-writer';
import { parseReport } from '../src/core/parse/index';
import { applyEdits, readDocx } from '../src/docx/index';
import { wrapInPackage } from '../src/word/ooxml-package';
import { formBlocks } from '../src/core/blocks/forms';
import { describeWithShared, PROJECT_ROOT, sharedPath } from './support/shared';
import { errorKinds, hasXmllint, validateParts, type XmlPart } from './support/xmllint';

const XMLLINT = hasXmllint();
if (!XMLLINT) {
  console.warn('[rapportstod tests] xmllint saknas (apt-get install libxml2-utils): schematesterna hoppas över.');
}

/** Word parts validate against wml.xsd; the extended properties against their own schema. */
function schemaFor(part: string): 'wml' | 'app' | null {
  if (/^word\/[^/]+\.xml$/.test(part) && !/\.rels$/.test(part)) return 'wml';
  if (part === 'docProps/app.xml') return 'app';
  return null;
}

/** The parts of a flat-OPC package (`pkg:part` → its `pkg:xmlData` content), as Word reads them. */
export function flatOpcParts(pkg: string): { name: string; xml: string }[] {
  const out: { name: string; xml: string }[] = [];
  const re = /<pkg:part pkg:name="([^"]+)"[^>]*>\s*<pkg:xmlData>([\s\S]*?)<\/pkg:xmlData>\s*<\/pkg:part>/g;
  for (let m = re.exec(pkg); m; m = re.exec(pkg)) out.push({ name: m[1].replace(/^\//, ''), xml: m[2] });
  return out;
}

function zipParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(
    Object.entries(files)
      .filter(([n]) => /\.(xml|rels)$/.test(n))
      .map(([n, b]) => [n, strFromU8(b)]),
  );
}

function wellFormed(xml: string): string | null {
  const r = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  return r.status === 0 ? null : r.stderr;
}

/** A VB skeleton (as `new` writes it, without w:updateFields) with a heading its TOC field does not list. */
function staleTocReport(): Uint8Array {
  const value = skeletonValue({
    type: 'VB',
    unit: 'Axelsbergs vård- och omsorgsboende',
    year: 2020,
    date: '2021-02-01',
  });
  return createDocx(renderSkeleton(value) + heading('Bilaga: uppföljning av läkemedel', 1) + para('Text.'), {
    title: value.front.title,
  });
}

const SCHEMA_DIR = ['ooxml-schemas', 'ISO-IEC29500-4_2016'];

describeWithShared(SCHEMA_DIR, 'every part the product writes validates against ISO/IEC 29500', (dir) => {
  const WML = join(dir, 'wml.xsd');
  const APP = join(dir, 'shared-documentPropertiesExtended.xsd');
  const maybe = XMLLINT ? it : it.skip;

  /** Validates the parts by schema and expects no failures; parts without a schema must be well formed. */
  function expectValid(parts: XmlPart[]): void {
    const wml = parts.filter((p) => schemaFor(p.name.split(': ').pop()!) === 'wml');
    const app = parts.filter((p) => schemaFor(p.name.split(': ').pop()!) === 'app');
    const rest = parts.filter((p) => schemaFor(p.name.split(': ').pop()!) === null);
    expect(wml.length).toBeGreaterThan(0);
    expect([...validateParts(wml, WML), ...validateParts(app, APP)]).toEqual([]);
    for (const p of rest) expect({ part: p.name, error: wellFormed(p.xml) }).toEqual({ part: p.name, error: null });
  }

  maybe(
    'skeletons from `rapportstod new`, every report type (settings.xml with w:updateFields in schema order)',
    async () => {
      const tmp = mkdtempSync(join(tmpdir(), 'rapportstod-new-'));
      try {
        const parts: XmlPart[] = [];
        for (const type of ['VB', 'T1', 'T2', 'VP']) {
          const out = join(tmp, `${type}.docx`);
          const io = { out: () => undefined, err: (t: string) => void process.stderr.write(t) };
          expect(
            await runNew(
              ['--type', type, '--unit', 'Axelsbergs vård- och omsorgsboende', '--year', '2020', '-o', out],
              io,
            ),
          ).toBe(0);
          const zip = zipParts(readFileSync(out));
          // The element this test was written for: present, and after w:defaultTabStop as CT_Settings orders it.
          const settings = zip.get('word/settings.xml')!;
          expect(settings.indexOf('<w:updateFields')).toBeGreaterThan(settings.indexOf('<w:defaultTabStop'));
          for (const [name, xml] of zip) parts.push({ name: `new ${type}: ${name}`, xml });
        }
        expectValid(parts);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  );

  maybe(
    'fix outputs (budget sums, TOC rebuild, update fields on open) add no schema error to any part they change',
    () => {
      const fixture = (n: string): { name: string; bytes: Uint8Array } => {
        const file = join(PROJECT_ROOT, 'test', 'fixtures', 'docx', `${n}.docx`);
        return { name: basename(file), bytes: readFileSync(file) };
      };
      const inputs = [
        'seed-000',
        'seed-002',
        'seed-003',
        'seed-004',
        'swedish-styles',
        'swedish-names',
        'labels-only',
        'complete-vb',
      ].map(fixture);
      // Seed 001's budget tables add up; a wrong Totalt makes `fix` rewrite a cell.
      const seed001 = fixture('seed-001');
      const seedDoc = readDocx(seed001.bytes);
      const drift = findBudgetTables(seedDoc.snapshot, parseReport(seedDoc.snapshot)).find((t) => t.kind === 'drift');
      const totalRow = drift?.rows.find((r) => r.label === 'Totalt');
      const budgetColumn = drift?.columns.find((c) => c.role === 'budget');
      const cell = totalRow && budgetColumn ? totalRow.cells[budgetColumn.index] : undefined;
      if (!cell) throw new Error('seed-001: driftbudgetens Totalt saknas');
      const broken = applyEdits(seedDoc, [
        { kind: 'setCellText', loc: cell.loc, oldText: cell.raw, newText: '1,0', reason: 'test' },
      ]);
      expect(broken.applied).toHaveLength(1);
      inputs.push({ name: 'seed-001 (wrong Totalt)', bytes: broken.bytes });
      // A skeleton whose TOC field no longer lists its headings (one added after it was written) and
      // without w:updateFields: `fix` rebuilds the TOC and inserts w:updateFields among our settings.
      const stale = staleTocReport();
      inputs.push({ name: 'skeleton with a stale TOC', bytes: stale });
      // The same with the settings.xml Word wrote for a document in ../shared/docx-wild (rsids, compat,
      // w14/w15 extensions): w:updateFields must find its place among someone else's children.
      const wordSettings = sharedPath('docx-wild', 'public-corpora', 'oxmlsdk-comment.docx');
      if (wordSettings) {
        const files = unzipSync(stale);
        files['word/settings.xml'] = unzipSync(readFileSync(wordSettings))['word/settings.xml']!;
        inputs.push({ name: 'stale TOC, settings.xml by Word', bytes: zipSync(files) });
      }
      const kinds = new Set<string>();
      const changedParts: string[] = [];
      for (const { name: file, bytes } of inputs) {
        const doc = readDocx(bytes);
        const { edits } = computeFixes(doc.snapshot, parseReport(doc.snapshot));
        if (edits.length === 0) continue;
        const result = applyEdits(doc, edits);
        for (const e of result.applied) kinds.add(e.kind);
        const before = zipParts(bytes);
        const after = zipParts(result.bytes);
        const changed = [...after].filter(([name, xml]) => before.get(name) !== xml && schemaFor(name) === 'wml');
        if (changed.length === 0) continue;
        const label = (name: string): string => `${file}: ${name}`;
        const failedAfter = validateParts(
          changed.map(([name, xml]) => ({ name: label(name), xml })),
          WML,
        );
        const failedBefore = validateParts(
          changed.map(([name]) => ({ name: label(name), xml: before.get(name) ?? '<x/>' })),
          WML,
        );
        for (const f of failedAfter) {
          const old = errorKinds(failedBefore.find((b) => b.name === f.name)?.errors ?? []);
          // Only errors the input did not already have are ours.
          expect({ part: f.name, newErrors: [...errorKinds(f.errors)].filter((e) => !old.has(e)) }).toEqual({
            part: f.name,
            newErrors: [],
          });
        }
        changedParts.push(...changed.map(([n]) => label(n)));
      }
      // The test must have exercised each kind of fix it names.
      expect([...kinds].sort()).toEqual(
        expect.arrayContaining(['replaceBlocks', 'setCellText', 'setUpdateFieldsOnOpen']),
      );
      expect(changedParts.some((p) => p.endsWith('word/settings.xml'))).toBe(true);
      expect(changedParts).toContain('stale TOC, settings.xml by Word: word/settings.xml');
    },
  );

  maybe('insertOoxml packages: every block type, the pane’s indicator table and the TOC rebuild', () => {
    const missing = blockTypes.filter((b) => !(b.type in BLOCK_SAMPLES)).map((b) => b.type);
    // A new block type needs a sample here, or it would go unvalidated.
    expect(missing).toEqual([]);
    const packages: { name: string; pkg: string }[] = blockTypes.map((b) => ({
      name: b.type,
      pkg: wrapInPackage(b.render(BLOCK_SAMPLES[b.type])),
    }));
    packages.push({
      name: 'pane indicatorTable',
      pkg: wrapInPackage(
        formBlocks(2020)
          .find((b) => b.type === 'indicatorTable')!
          .render({
            goal: '1.5',
            reportType: 'VB',
            year: '2020',
            own: 'Antal aktiviteter; st; högre',
          }),
      ),
    });
    // The TOC rebuild the core computes for a report whose TOC field is stale.
    const staleDoc = readDocx(staleTocReport());
    const toc = computeFixes(staleDoc.snapshot, parseReport(staleDoc.snapshot)).edits.find(
      (e) => e.kind === 'replaceBlocks',
    );
    expect(toc).toBeDefined();
    if (toc?.kind === 'replaceBlocks') {
      packages.push({ name: 'TOC rebuild (apply)', pkg: wrapInPackage(toc.ooxml) });
    }
    const parts: XmlPart[] = [];
    for (const { name, pkg } of packages) {
      expect({ name, error: wellFormed(pkg) }).toEqual({ name, error: null });
      const inner = flatOpcParts(pkg);
      expect(inner.map((p) => p.name)).toContain('word/document.xml');
      for (const p of inner) parts.push({ name: `${name}: ${p.name}`, xml: p.xml });
    }
    expectValid(parts);
  });
});
