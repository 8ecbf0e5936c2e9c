/**
 * The build's catalog validation (scripts/validate-catalog.ts): the shipped catalog passes, and the
 * mistakes a hand edit makes are caught with a message naming the file and field.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { execFileSync } from 'child_process';
import { CATALOG_DIR, validateCatalog } from '../scripts/validate-catalog';

const goals = JSON.parse(readFileSync(join(CATALOG_DIR, '2020', 'goals.json'), 'utf8')) as {
  goals: { number: string; level: string; parent: string | null; title: string }[];
};
const indicators = JSON.parse(readFileSync(join(CATALOG_DIR, '2020', 'indicators.json'), 'utf8')) as {
  indicators: { name: string; goal: string; direction: string; aliases?: string[] }[];
};
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('catalog validation', () => {
  it('the shipped catalog is valid', () => {
    expect(validateCatalog(goals, indicators)).toEqual([]);
  });

  it('an indicator under an unknown goal or under an inriktningsmål is refused', () => {
    const bad = clone(indicators);
    bad.indicators[0].goal = '9.9';
    bad.indicators[1].goal = '1';
    const problems = validateCatalog(goals, bad);
    expect(problems).toEqual([
      `indicators.json: indicators.0.goal: Indikatorn "${bad.indicators[0].name}" hör till mål 9.9, som inte finns i goals.json.`,
      `indicators.json: indicators.1.goal: Indikatorn "${bad.indicators[1].name}" ska höra till ett KF-mål, inte till inriktningsmål 1.`,
    ]);
  });

  it('schema errors name the file and the field: a wrong direction, a duplicate goal number, an alias that is another name', () => {
    const badIndicators = clone(indicators);
    badIndicators.indicators[2].direction = 'up';
    const badGoals = clone(goals);
    badGoals.goals.push({ ...badGoals.goals[1] });
    const problems = validateCatalog(badGoals, badIndicators);
    expect(
      problems.some(
        (p) => p.startsWith('goals.json: ') && p.includes(`Målnummer ${goals.goals[1].number} finns två gånger`),
      ),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('indicators.json: indicators.2.direction: '))).toBe(true);

    const aliasClash = clone(indicators);
    aliasClash.indicators[0].aliases = [aliasClash.indicators[1].name];
    expect(validateCatalog(goals, aliasClash)).toEqual([
      `indicators.json: indicators.0.aliases: Aliaset "${aliasClash.indicators[1].name}" är namnet på en annan indikator.`,
    ]);
  });

  it('runs as the build step and exits 0 on the shipped catalog and template', () => {
    const out = execFileSync(
      process.execPath,
      [
        require.resolve('ts-node/dist/bin.js'),
        '--transpile-only',
        join(__dirname, '..', 'scripts', 'validate-catalog.ts'),
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(out).toBe('Katalogen och mallen är giltiga.\n');
  });
});
