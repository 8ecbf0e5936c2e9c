/**
 * The README and docs/rules.md document every rule and every kind of finding: a rule added without
 * documentation fails here, so the manager's reference never falls behind the checker.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { allRules } from '../src/core/check';
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
