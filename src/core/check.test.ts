import { makeReport, resetBlocks, sections, VB_SECTIONS } from '../../test/rule-tester';
import { checkSnapshot, countBySeverity, groupBySection, runRules } from './check';
import type { Rule } from './rules/types';
import { emptySnapshot, paragraph } from './snapshot';

const probe = (reports: { kind: string; subject: string; block: number; row?: number; severity?: 'tip' }[]): Rule => ({
  meta: {
    id: 'probe',
    messages: {
      a: { kind: 'a', severity: 'error', text: 'Fynd.' },
      aTip: { kind: 'a', severity: 'tip', text: 'Fynd {{n}}.' },
      b: { kind: 'b', severity: 'warning', text: 'Fynd.' },
    },
    fixable: false,
    docs: { description: 'Testregel för körningen.', howToFix: 'Inget att åtgärda här.' },
  },
  check(context) {
    for (const r of reports) {
      const messageId = r.severity === 'tip' ? 'aTip' : r.kind;
      context.report({ messageId, data: { n: 2 }, subject: r.subject, location: { block: r.block, row: r.row } });
    }
  },
});

describe('runRules', () => {
  resetBlocks();
  const report = makeReport({ sections: sections(VB_SECTIONS) });
  const ekonomi = report.sections.find((s) => s.title === 'Uppföljning av ekonomi');

  it('fills in kind and severity from the message, the level-1 section from the location, and sorts in document order', () => {
    const findings = runRules(
      [
        probe([
          { kind: 'b', subject: 'Investeringar', block: ekonomi?.children[1].fromBlock ?? -1 },
          { kind: 'a', subject: 'Sjukfrånvaro', block: 1, row: 2 },
          { kind: 'a', subject: 'Aktivitet', block: 1, row: 1, severity: 'tip' },
          { kind: 'a', subject: 'Före allt', block: -1 },
        ]),
      ],
      report,
      emptySnapshot(),
    );
    expect(findings.map((f) => [f.subject, f.severity, f.section])).toEqual([
      ['Före allt', 'error', 'Dokumentet'],
      ['Aktivitet', 'tip', 'Sammanfattande analys'],
      ['Sjukfrånvaro', 'error', 'Sammanfattande analys'],
      ['Investeringar', 'warning', 'Uppföljning av ekonomi'],
    ]);
  });

  it('gives stable ids that survive blocks moving, and tells repeated subjects apart', () => {
    const a = runRules(
      [
        probe([
          { kind: 'a', subject: 'Sjukfrånvaro', block: 3 },
          { kind: 'a', subject: 'Sjukfrånvaro', block: 5 },
        ]),
      ],
      report,
      emptySnapshot(),
    );
    const b = runRules(
      [
        probe([
          { kind: 'a', subject: 'Sjukfrånvaro ', block: 7 },
          { kind: 'a', subject: 'Sjukfrånvaro', block: 9 },
        ]),
      ],
      report,
      emptySnapshot(),
    );
    expect(a[0].id).toMatch(/^[0-9a-z]{14}$/);
    expect(a[0].id).not.toBe(a[1].id);
    expect(b.map((f) => f.id)).toEqual(a.map((f) => f.id));
    const other = runRules([probe([{ kind: 'b', subject: 'Sjukfrånvaro', block: 3 }])], report, emptySnapshot());
    expect(other[0].id).not.toBe(a[0].id);
  });

  it('turns a crashing rule into a warning and keeps the others', () => {
    const crash: Rule = {
      ...probe([]),
      meta: { ...probe([]).meta, id: 'crash' },
      check: () => {
        throw new Error('trasig tabell');
      },
    };
    const findings = runRules([crash, probe([{ kind: 'a', subject: 'X', block: 2 }])], report, emptySnapshot());
    expect(findings.map((f) => [f.rule, f.kind, f.severity])).toEqual([
      ['crash', 'rule-failed', 'warning'],
      ['probe', 'a', 'error'],
    ]);
    expect(findings[0].message).toContain('trasig tabell');
  });

  it('rejects a message the rule does not declare', () => {
    const findings = runRules([probe([{ kind: 'okänd', subject: 'X', block: 0 }])], report, emptySnapshot());
    expect(findings[0].kind).toBe('rule-failed');
    expect(findings[0].message).toContain('okänd');
  });

  it('fills the message from its data, and rejects a fix from a rule that is not fixable', () => {
    const [tip] = runRules([probe([{ kind: 'a', subject: 'X', block: 1, severity: 'tip' }])], report, emptySnapshot());
    expect([tip.messageId, tip.kind, tip.severity, tip.message]).toEqual(['aTip', 'a', 'tip', 'Fynd 2.']);
    const fixing: Rule = {
      ...probe([]),
      check: (context) =>
        context.report({
          messageId: 'a',
          subject: 'X',
          location: { block: 1 },
          fix: [{ kind: 'setUpdateFieldsOnOpen', reason: 'r' }],
        }),
    };
    const [failed] = runRules([fixing], report, emptySnapshot());
    expect([failed.kind, failed.message]).toEqual(['rule-failed', expect.stringContaining('fixable')]);
    const [fixed] = runRules([{ ...fixing, meta: { ...fixing.meta, fixable: true } }], report, emptySnapshot());
    expect([fixed.kind, fixed.fix]).toEqual(['a', [{ kind: 'setUpdateFieldsOnOpen', reason: 'r' }]]);
  });
});

describe('groupBySection and counts', () => {
  it('groups in order of first appearance with counts per severity', () => {
    resetBlocks();
    const report = makeReport({ sections: sections(VB_SECTIONS) });
    const findings = runRules(
      [
        probe([
          { kind: 'a', subject: 'A', block: 1 },
          { kind: 'b', subject: 'B', block: 1 },
          { kind: 'a', subject: 'C', block: -1 },
        ]),
      ],
      report,
      emptySnapshot(),
    );
    const groups = groupBySection(findings);
    expect(groups.map((g) => [g.section, g.counts])).toEqual([
      ['Dokumentet', { error: 1, warning: 0, tip: 0 }],
      ['Sammanfattande analys', { error: 1, warning: 1, tip: 0 }],
    ]);
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 1, tip: 0 });
  });
});

describe('checkSnapshot', () => {
  const snapshot = emptySnapshot([
    paragraph('Verksamhetsberättelse VB 2020 för Testenheten'),
    paragraph('Sammanfattande analys', { styleName: 'heading 1', outlineLevel: 1 }),
    paragraph('Skriv sammanfattande analys här.'),
  ]);

  it('parses and runs the rules on a real snapshot', () => {
    const { report, findings } = checkSnapshot(snapshot);
    expect(report.type).toBe('VB');
    const placeholder = findings.find((f) => f.rule === 'placeholder-text');
    expect(placeholder?.section).toBe('Sammanfattande analys');
    expect(findings.some((f) => f.rule === 'required-sections' && f.subject === 'Systematiskt kvalitetsarbete')).toBe(
      true,
    );
  });

  it('drops ignored findings, from the options and from the document', () => {
    const first = checkSnapshot(snapshot).findings;
    const id = first.find((f) => f.rule === 'placeholder-text')?.id ?? '';
    expect(checkSnapshot(snapshot, { ignored: [id] }).findings.map((f) => f.id)).not.toContain(id);
    const stored = { ...snapshot, settings: { ...snapshot.settings, ignoredFindings: [id] } };
    const rest = checkSnapshot(stored).findings;
    expect(rest.map((f) => f.id)).not.toContain(id);
    expect(rest).toHaveLength(first.length - 1);
  });

  it("notes which catalog year it used when the report's own year has none, and says nothing otherwise", () => {
    const ofYear = (title: string) => emptySnapshot([paragraph(title), ...snapshot.blocks.slice(1)]);
    expect(checkSnapshot(snapshot).notes).toEqual([]);
    expect(checkSnapshot(ofYear('Verksamhetsberättelse VB 2035 för Testenheten')).notes).toEqual([
      'Målkatalogen har inga mål och indikatorer för 2035; katalogen för 2020 används, och målen kan ha ändrats sedan dess.',
    ]);
    expect(checkSnapshot(ofYear('Tertialrapport 1 för Testenheten')).notes).toEqual([
      'Rapportens budgetår är okänt; målkatalogen för 2020 används.',
    ]);
    // A letter is no report: it has no budget year to talk about.
    expect(checkSnapshot(emptySnapshot([paragraph('Hej! Här kommer protokollet.')])).notes).toEqual([]);
  });
});
