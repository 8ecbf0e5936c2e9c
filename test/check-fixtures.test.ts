/**
 * "Kontrollera rapporten" end to end on the seed-based fixtures (test/fixtures/docx, written by
 * test/fixtures/generate.ts): read the .docx, parse, run every rule. The expectations are what a
 * manager reading seed 000 would list, and nothing that would block the complete report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSnapshot } from '../src/core/check';
import type { Finding } from '../src/core/rules/types';
import { readDocx } from '../src/docx/index';
import type { CliIo } from '../src/cli/io';
import { main } from '../src/cli/main';

const DIR = join(__dirname, 'fixtures', 'docx');

function check(name: string) {
  return checkSnapshot(readDocx(readFileSync(join(DIR, name))).snapshot);
}

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');
const brief = (f: Finding) => `${f.rule}/${f.kind} «${f.subject}»`;

const PAVERKA = 'Andel omsorgstagare som upplever att de kan påverka hur hjälpen utförs på vård- och omsorgsboende';

describe.each(['seed-000.docx', 'swedish-styles.docx', 'swedish-names.docx', 'labels-only.docx'])(
  '%s (seed 000 in different dress)',
  (file) => {
    const { report, findings } = check(file);

    it('is read as VB 2020', () => {
      expect(report.type).toBe('VB');
      expect(report.year).toBe(2020);
    });

    it('finds the unexplained misses: Sjukfrånvaro dag 1-14 3,9 % vs 2,5 % and 40 % vs 77 %', () => {
      const sick = findings.find((f) => f.rule === 'goal-analysis' && f.subject === 'Sjukfrånvaro dag 1-14');
      expect(sick).toMatchObject({
        severity: 'error',
        message: 'Utfallet 3,9 % når inte årsmålet 2,5 % (lägre är bättre) och det saknas analys.',
        section: 'Uppföljning av Kommunfullmäktiges inriktningsmål',
      });
      const influence = findings.find((f) => f.rule === 'goal-analysis' && f.subject.replace(/\s+/g, ' ') === PAVERKA);
      expect(influence).toMatchObject({
        severity: 'error',
        message: 'Utfallet 40 % når inte årsmålet 77 % (högre är bättre) och det saknas analys.',
      });
    });

    it('does not ask for an analysis where the seed gives one, or where the target is met', () => {
      const analysed = findings.filter(
        (f) => f.rule === 'goal-analysis' && f.kind === 'analysis-missing' && f.severity === 'error',
      );
      expect(analysed.map((f) => f.subject.replace(/\s+/g, ' ')).sort()).toEqual(
        [PAVERKA, 'Sjukfrånvaro dag 1-14'].sort(),
      );
    });

    it('reports the empty economy sections, the driftbudget analysis as an error', () => {
      const empty = findings.filter((f) => f.kind === 'section-empty' && f.section === 'Uppföljning av ekonomi');
      expect(empty.map((f) => [f.subject, f.severity])).toEqual([
        ['Analys av resultaträkning - uppföljning av driftbudget', 'error'],
        ['Investeringar', 'warning'],
        ['Medel för lokaländamål', 'warning'],
        ['Övrigt', 'warning'],
      ]);
    });

    it('lists exactly the errors a manager would send back', () => {
      expect(errors(findings).map(brief)).toEqual(
        [
          `goal-analysis/analysis-missing «${PAVERKA}»`,
          `indicator-values/indicator-value-missing «Andel inköpta ekologiska måltider och livsmedel i staden i kronor av totala värdet av inköpta måltider och livsmedel»`,
          'indicator-values/indicator-value-missing «Totalt köpt energi i stadens verksamheter»',
          'goal-texts/expected-result-missing «Enhetens medarbetare arbetar aktivt för att göra miljövänliga val i verksamheten»',
          'goal-texts/expected-result-missing «Enhetens verksamhet har en långsiktigt hållbar ekonomi.»',
          'goal-analysis/analysis-missing «Sjukfrånvaro dag 1-14»',
          'required-sections/section-empty «Analys av resultaträkning - uppföljning av driftbudget»',
        ].map((s) => s.replace(/\s+/g, ' ')),
      );
    });

    it('gives the same findings, warnings and tips included, whatever the dress (styles, Swedish ids, labels only)', () => {
      // Heading structure for accessibility is exactly what the dress changes: a report without heading
      // styles has headings made by hand (a11y-fake-heading), so those kinds are compared apart.
      const dressed = (f: Finding): boolean =>
        f.kind === 'a11y-fake-heading' || f.kind === 'a11y-heading-level-skipped';
      const reference = check('seed-000.docx')
        .findings.filter((f) => !dressed(f))
        .map((f) => `${f.severity} ${brief(f)}`);
      expect(findings.filter((f) => !dressed(f)).map((f) => `${f.severity} ${brief(f)}`)).toEqual(reference);
    });

    it('gives every finding a Swedish message, a section and a unique id, in document order', () => {
      expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
      for (const f of findings) {
        expect(f.section).not.toBe('');
        expect(f.message).toMatch(/[.!?]$/);
      }
      const blocks = findings.map((f) => f.location.block);
      expect(blocks).toEqual([...blocks].sort((a, b) => a - b));
    });
  },
);

describe('complete-vb.docx', () => {
  it('has no finding at all: a complete, correct report is left in peace', () => {
    const { report, findings } = check('complete-vb.docx');
    expect(report.type).toBe('VB');
    expect(report.warnings).toEqual([]);
    expect(findings.map(brief)).toEqual([]);
  });
});

describe('seed-002.docx (VP 2021)', () => {
  it('is read as a VP and has every enhetsmål part; no assessments or outcomes are asked for', () => {
    const { report, findings } = check('seed-002.docx');
    expect(report.type).toBe('VP');
    expect(errors(findings).map(brief)).toEqual([]);
    expect(findings.filter((f) => ['goal-assessment', 'goal-analysis', 'indicator-values'].includes(f.rule))).toEqual(
      [],
    );
  });
});

describe('seed-004.docx (VB 2020, Stöd- och aktivitetsenheten)', () => {
  it('finds its sick-leave misses and the outcomes the export left empty', () => {
    const { findings } = check('seed-004.docx');
    const misses = findings
      .filter((f) => f.rule === 'goal-analysis' && f.kind === 'analysis-missing')
      .map((f) => f.message);
    expect(misses).toContain('Utfallet 4,5 % når inte årsmålet 2,5 % (lägre är bättre) och det saknas analys.');
    const missing = findings
      .filter((f) => f.kind === 'indicator-value-missing' && f.severity === 'error')
      .map((f) => f.subject);
    expect(missing).toContain('Antalet aspiranter som fått Stockholmsjobb');
  });
});

describe('not-a-report.docx', () => {
  it('is not judged as a report', () => {
    const { report, findings } = check('not-a-report.docx');
    expect(report.type).toBeNull();
    expect(findings.filter((f) => f.rule !== 'table-of-contents')).toEqual([]);
  });
});

describe('rapportstod check on the fixture folder', () => {
  it('checks every file and exits 1 because seed 000 has errors', async () => {
    let out = '';
    const io: CliIo = { out: (t) => void (out += t), err: () => undefined };
    const code = await main(['check', '--json', DIR], io);
    expect(code).toBe(1);
    const result = JSON.parse(out) as {
      files: { file: string; reportType: string | null; findings: { severity: string }[] }[];
    };
    const byName = new Map(result.files.map((f) => [f.file.split(/[\\/]/).pop(), f]));
    expect(byName.get('seed-000.docx')?.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(byName.get('complete-vb.docx')?.findings.some((f) => f.severity === 'error')).toBe(false);
    expect(byName.get('seed-002.docx')?.reportType).toBe('VP');
  });
});
