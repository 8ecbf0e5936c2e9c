/**
 * The README and docs/rules.md document every rule and every kind of finding: a rule added without
 * documentation fails here, so the manager's reference never falls behind the checker.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { allRules } from '../src/core/check';
import type { ReportType } from '../src/core/model';
import { newestTemplateFile, templateFor, type TemplateSection } from '../src/core/template/index';
import { kindsOf } from '../src/core/rules/types';

const root = path.join(__dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const rulesDoc = readFileSync(path.join(root, 'docs', 'rules.md'), 'utf8');

describe('rule documentation', () => {
  it.each(allRules.map((r) => [r.meta.id, r]))('%s is documented with all its kinds', (_id, rule) => {
    expect(readme).toContain(`\`${rule.meta.id}\``);
    expect(rulesDoc).toContain(`## \`${rule.meta.id}\``);
    for (const kind of kindsOf(rule.meta).keys()) {
      expect(readme).toContain(`\`${kind}\``);
      expect(rulesDoc).toContain(`\`${kind}\``);
    }
  });

  it('every rule has Swedish docs: a description and how to fix', () => {
    for (const rule of allRules) {
      expect(rule.meta.docs.description.length).toBeGreaterThan(40);
      expect(rule.meta.docs.howToFix.length).toBeGreaterThan(20);
    }
  });
});

describe('the documented template', () => {
  // The template is data (src/core/template/data): when the central administration renames or adds a
  // section there, the managers' reference must say so too, or this fails.
  const year = newestTemplateFile().budgetYear;
  const titles = (sections: readonly TemplateSection[]): string[] =>
    sections.flatMap((s) => [s.title, ...titles(s.children)]);
  const folded = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');
  const doc = folded(rulesDoc);

  it.each<ReportType>(['VB', 'T1', 'T2', 'VP'])('docs/rules.md names every section of a %s', (type) => {
    const template = templateFor(type, year);
    const missing = [...titles(template.sections), ...template.enhetsmalParts.map((p) => p.label)].filter(
      (title) => !doc.includes(folded(title)),
    );
    expect(missing).toEqual([]);
  });
});
