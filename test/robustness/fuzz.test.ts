/**
 * Fuzzing the public API with mutated fixtures (seeded, so a failure names the case that reproduces
 * it): reading may refuse a file only with a DocxError, and whatever was read must go through
 * check, fix and applyEdits without an exception. Runs a fixed number of cases (FUZZ_CASES, default 300)
 * rather than a time budget, so how much ground it covers never depends on how loaded the machine is.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSnapshot } from '../../src/core/check';
import { computeFixes } from '../../src/core/fix';
import { parseReport } from '../../src/core/parse/index';
import { applyEdits, DocxError, readDocx } from '../../src/docx/index';
import { Mutator, MUTATIONS, type MutationKind } from '../gen/mutate';

const CASES = Number(process.env.FUZZ_CASES ?? 300);
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_201);
const FIXTURES = [
  'complete-vb.docx',
  'seed-000.docx',
  'seed-004.docx',
  'labels-only.docx',
  'swedish-names.docx',
  'seed-002.docx',
];

jest.setTimeout(600_000);

interface Failure {
  fixture: string;
  seed: number;
  kind: MutationKind;
  stage: string;
  error: string;
}

function describeError(e: unknown): string {
  return e instanceof Error
    ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 4).join('\n')}`
    : String(e);
}

test('muterade dokument: bara DocxError vid läsning, aldrig undantag i kontroll och åtgärd', () => {
  const mutators = FIXTURES.map((name) => ({
    name,
    m: new Mutator(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'docx', name)))),
  }));
  const failures: Failure[] = [];
  const outcomes: Record<string, number> = {};
  const byKind = Object.fromEntries(MUTATIONS.map((k) => [k, 0])) as Record<MutationKind, number>;
  const started = Date.now();
  let cases = 0;

  while (cases < CASES) {
    const seed = BASE_SEED + cases;
    const { name, m } = mutators[cases % mutators.length];
    cases++;
    const { kind, bytes } = m.mutate(seed);
    byKind[kind]++;
    let stage = 'readDocx';
    try {
      const doc = readDocx(bytes);
      stage = 'checkSnapshot';
      const { report, findings } = checkSnapshot(doc.snapshot);
      // The fix path every few cases: it parses again and splices XML, the riskiest code for a bad file.
      if (cases % 4 === 0) {
        stage = 'computeFixes';
        const fixes = computeFixes(doc.snapshot, parseReport(doc.snapshot));
        stage = 'applyEdits';
        const edits = [...fixes.edits, ...findings.flatMap((f) => f.fix ?? [])];
        const result = applyEdits(doc, edits);
        stage = 'readDocx(utfil)';
        if (result.applied.length > 0) readDocx(result.bytes);
      }
      const key = report.type ?? 'ingen typ';
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    } catch (e) {
      // A DocxError is the reader's documented refusal, with a Swedish message, wherever it comes from
      // (applyEdits re-parses the parts it edits); counted apart so the log shows where it came from.
      if (e instanceof DocxError) {
        const key = `DocxError:${e.code}${stage === 'readDocx' ? '' : ` i ${stage}`}`;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        continue;
      }
      failures.push({ fixture: name, seed, kind, stage, error: describeError(e) });
    }
  }

  // Visible in the test log: how much ground the run covered.
  console.log(`fuzz: ${cases} fall på ${Date.now() - started} ms`, { byKind, outcomes });
  // Most mutations keep the XML well-formed, so most cases must get past the reader into the rules.
  const read = Object.entries(outcomes)
    .filter(([k]) => !k.startsWith('DocxError'))
    .reduce((n, [, v]) => n + v, 0);
  expect(read).toBeGreaterThan(cases / 3);
  expect(failures.slice(0, 10)).toEqual([]);
});
