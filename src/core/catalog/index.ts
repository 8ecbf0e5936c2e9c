/**
 * The catalog of KF goals and indicators (2020–2021) as data, with tolerant look-ups: names in
 * reports are wrapped over several lines, hyphenated at odd places, cut off with "…", and
 * spelled "Antalet"/"Andelen" as often as "Antal"/"Andel".
 */
import goalsData from './data/goals.json';
import indicatorsData from './data/indicators.json';
import { type CatalogGoal, type CatalogIndicator, type Direction, goalsFileSchema, indicatorsFileSchema } from './schema';

export type { CatalogGoal, CatalogIndicator, Direction } from './schema';

export const goals: readonly CatalogGoal[] = goalsFileSchema.parse(goalsData).goals;
export const indicators: readonly CatalogIndicator[] = indicatorsFileSchema.parse(indicatorsData).indicators;

const ELLIPSIS = /(?:\u2026|\.\.\.)\s*$/;

/** Lower-case, one space between words, no soft hyphens or zero-width spaces, no trailing full stop. */
export function normalizeName(text: string): string {
  return text
    .replace(/[\u00ad\u200b\ufeff]/g, '')
    .replace(/[\u2010\u2011\u2013\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(ELLIPSIS, '')
    .replace(/\s*\.$/, '')
    .trim();
}

// "Antalet"/"Andelen" and "socialpsykiatri"/"socialpsykiatrin" are the same indicator in the seeds.
function canonical(text: string): string {
  return normalizeName(text)
    .replace(/^andelen\b/, 'andel')
    .replace(/^antalet\b/, 'antal')
    .replace(/\bsocialpsykiatrin\b/g, 'socialpsykiatri')
    .replace(/\s*-\s*/g, '-');
}

function truncated(text: string): boolean {
  return ELLIPSIS.test(text.trim());
}

const indicatorKeys: { key: string; indicator: CatalogIndicator }[] = indicators.flatMap((indicator) =>
  [indicator.name, ...(indicator.aliases ?? [])].map((n) => ({ key: canonical(n), indicator })),
);

/** The catalog indicator with this name (case, spacing and a trailing "…" do not matter), or null. */
export function findIndicator(name: string): CatalogIndicator | null {
  const key = canonical(name);
  if (!key) return null;
  const exact = indicatorKeys.find((k) => k.key === key);
  if (exact) return exact.indicator;
  if (truncated(name)) {
    const matches = new Set(indicatorKeys.filter((k) => k.key.startsWith(key)).map((k) => k.indicator));
    // A cut-off name that fits several indicators is not an answer.
    if (matches.size === 1) return [...matches][0];
  }
  return null;
}

const GOAL_NUMBER = /^(\d+(?:[.,]\d+)?)[.,]?(?:\s+|$)/;

/**
 * The goal with this number ("1.5", "1.5.", "1,5") or title, with or without its number in front
 * ("1.5. I Stockholm har äldre …"), or null.
 */
export function findGoal(numberOrTitle: string): CatalogGoal | null {
  const text = numberOrTitle.replace(/\s+/g, ' ').trim();
  const m = GOAL_NUMBER.exec(text);
  const number = m ? m[1].replace(',', '.') : null;
  const rest = m ? text.slice(m[0].length) : text;
  if (number !== null) {
    const byNumber = goals.find((g) => g.number === number) ?? null;
    if (!rest || !byNumber) return byNumber;
    // A number with a title: the title decides when they disagree (a renumbered copy is still that goal).
    return matchTitle(rest) ?? byNumber;
  }
  return matchTitle(rest);
}

function matchTitle(title: string): CatalogGoal | null {
  const key = normalizeName(title);
  if (!key) return null;
  const exact = goals.find((g) => normalizeName(g.title) === key);
  if (exact) return exact;
  if (truncated(title)) {
    const matches = goals.filter((g) => normalizeName(g.title).startsWith(key));
    if (matches.length === 1) return matches[0];
  }
  return null;
}

// Wording that means "lower is better" for indicators the catalog does not know.
const LOWER_IS_BETTER: RegExp[] = [
  /\bsjukfrånvaro/,
  /\bklimatpåverkan\b/,
  /\bköpt energi\b/,
  /^andel\b.*\bekonomiskt bistånd\b/,
  /\bväntetid/,
  /\bvräkning/,
  /\bavhysning(?!.*avvärj)/,
  /\bpersonalomsättning/,
  /\bfelaktiga utbetalningar\b/,
  /\bexterna konsulter\b/,
];

/** Whether a higher or a lower value is better for this indicator: the catalog first, then its wording. */
export function indicatorDirection(name: string): Direction {
  return indicatorDirectionSource(name).direction;
}

/**
 * The direction and whether it is only a guess from the first word ("Andel …", "Antal …", "… index"):
 * "Antal avvikelser i läkemedelshanteringen" is lower-is-better though it reads like a count of good
 * things, so a guessed direction must never make an error. The catalog and the lower-is-better wordings
 * above (sjukfrånvaro, klimatpåverkan …) are known.
 */
export function indicatorDirectionSource(name: string): { direction: Direction; guessed: boolean } {
  const known = findIndicator(name);
  if (known) return { direction: known.direction, guessed: false };
  const key = canonical(name);
  if (!key) return { direction: 'none', guessed: false };
  if (LOWER_IS_BETTER.some((re) => re.test(key))) return { direction: 'lower', guessed: false };
  // Shares, counts and indexes of good things are the common case; anything else we do not guess.
  const higher = /^(andel|antal|index|nöjd|stockholmarnas nöjdhet)\b/.test(key) || /\bindex\b/.test(key);
  return higher ? { direction: 'higher', guessed: true } : { direction: 'none', guessed: false };
}

/** Indicators belonging to a KF goal, in catalog order. */
export function indicatorsForGoal(goalNumber: string): CatalogIndicator[] {
  return indicators.filter((i) => i.goal === goalNumber);
}
