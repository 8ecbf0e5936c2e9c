/**
 * `fix` applies exactly the fixes the check's findings carry (as ESLint's --fix), each once, and
 * reads the budget tables and the TOC once for the whole run.
 */
import { checkSnapshot } from './check';
import { computeFixes } from './fix';
import { parseReport } from './parse/index';
import { createAnalysis } from './rules/analysis';
import { runRules } from './rules/run';
import { budgetSums } from './rules/budget-sums';
import { numberFormat } from './rules/number-format';
import { emptySnapshot, paragraph, table } from './snapshot';
import { DRIFT_HEADER, DRIFT_ROWS, INVESTERINGAR_ROWS, withCell } from './budget/__fixtures__/seed001';

const snapshot = emptySnapshot([
  paragraph('Tertialrapport 1 2020 för Testenheten'),
  paragraph('Uppföljning av ekonomi', { styleName: 'heading 1', outlineLevel: 1 }),
  paragraph('Uppföljning av driftbudget'),
  table([DRIFT_HEADER, ...withCell(withCell(DRIFT_ROWS, 'Totalt', 1, '2019,9'), 'Äldreomsorg', 5, '3,5')]),
  paragraph('Tabell 5 Investeringar'),
  table(withCell(INVESTERINGAR_ROWS, 'Totalt', 2, '28,9')),
]);

describe('computeFixes', () => {
  it('applies the fixes of the findings, once each, with the cells described', () => {
    const { findings } = checkSnapshot(snapshot);
    const carried = findings.flatMap((f) => f.fix ?? []);
    expect(carried.length).toBeGreaterThan(0);
    const { edits, changes } = computeFixes(snapshot, parseReport(snapshot));
    expect([...edits].sort(byLoc)).toEqual([...carried].sort(byLoc));
    expect(changes.map((c) => `${c.table}: ${c.row}, ${c.column}: ${c.old} → ${c.new}`)).toEqual([
      'Uppföljning av driftbudget: Äldreomsorg, Avvikelse (+/-): 3,5 → -3,5',
      'Uppföljning av driftbudget: Totalt, Budget 2020 (netto): 2019,9 → 2017,9',
      'Tabell 5 Investeringar: Totalt, Prognos tertial 2020: 28,9 → 29,8',
    ]);
  });

  it('fixes what an ignored finding carries too: Ignorera hides a finding, fix mends the document', () => {
    const { findings } = checkSnapshot(snapshot);
    const ignored = findings.filter((f) => f.fix).map((f) => f.id);
    const stored = { ...snapshot, settings: { ...snapshot.settings, ignoredFindings: ignored } };
    expect(computeFixes(stored, parseReport(stored)).edits).toHaveLength(3);
  });

  it('recognises the budget tables once per analysis, however many rules ask', () => {
    const report = parseReport(snapshot);
    const analysis = createAnalysis(report, snapshot);
    const first = analysis.budget;
    runRules([budgetSums, numberFormat], report, snapshot, analysis);
    expect(analysis.budget).toBe(first);
    // A new check analyses anew: nothing is cached across checks.
    expect(createAnalysis(report, snapshot).budget).not.toBe(first);
  });
});

function byLoc(a: { reason: string }, b: { reason: string }): number {
  return a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0;
}
