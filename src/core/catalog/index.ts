/**
 * The catalog of KF goals and indicators as data, one set per budget year (data/<år>/, listed in
 * years.ts), with tolerant look-ups: names in reports are wrapped over several lines, hyphenated at
 * odd places, cut off with "…", and spelled "Antalet"/"Andelen" as often as "Antal"/"Andel".
 *
 * A report uses the catalog of its own budget year (a file may cover several: `validThrough`, as the
 * city's budget 2020–2021 does); a year without its own data uses the nearest
 * earlier year (the earliest when the report is older or its year unknown), and `catalogFor` says so
 * in `note` — the goals may have changed, so the caller shows it rather than silently using old data.
 * The look-ups take the catalog as an argument, with no default: every caller (rules, block forms,
 * skeleton) passes the one `catalogFor` chose from the report's own year.
 */
import {
  type CatalogGoal,
  type CatalogIndicator,
  type Direction,
  goalsFileSchema,
  indicatorsFileSchema,
} from './schema';
import { CATALOG_DATA } from './years';

export type { CatalogGoal, CatalogIndicator, Direction } from './schema';

/** One budget year's goals and indicators. */
export interface CatalogYear {
  budgetYear: number;
  /** The last budget year the data is meant for (2021 for the city's budget 2020–2021). */
  validThrough: number;
  goals: readonly CatalogGoal[];
  indicators: readonly CatalogIndicator[];
}

/** Validates one year's files: both must be valid and name the same budget year. */
export function loadCatalogYear(goalsData: unknown, indicatorsData: unknown): CatalogYear {
  const g = goalsFileSchema.parse(goalsData);
  const i = indicatorsFileSchema.parse(indicatorsData);
  if (g.budgetYear !== i.budgetYear) {
    throw new Error(`Katalogens goals.json gäller budgetår ${g.budgetYear} men indicators.json ${i.budgetYear}.`);
  }
  const validThrough = g.validThrough ?? g.budgetYear;
  if (validThrough !== (i.validThrough ?? i.budgetYear) || validThrough < g.budgetYear) {
    throw new Error(
      `Katalogens goals.json och indicators.json för ${g.budgetYear} ska ha samma validThrough, inte före budgetåret.`,
    );
  }
  return { budgetYear: g.budgetYear, validThrough, goals: g.goals, indicators: i.indicators };
}

/** Every budget year's catalog, validated when the module loads, oldest first. */
export const CATALOG_YEARS: readonly CatalogYear[] = CATALOG_DATA.map((d) =>
  loadCatalogYear(d.goals, d.indicators),
).sort((a, b) => a.budgetYear - b.budgetYear);

export interface CatalogChoice extends CatalogYear {
  /** Swedish, for the user: set when the report's year has no catalog of its own. */
  note: string | null;
}

/** The catalog for a report of this budget year, with a note when another year's data stands in. */
export function catalogFor(year: number | null, years: readonly CatalogYear[] = CATALOG_YEARS): CatalogChoice {
  if (years.length === 0) throw new Error('Målkatalogen har inga budgetår.');
  let chosen = years[0];
  for (const y of years) if (year !== null && y.budgetYear <= year) chosen = y;
  let note: string | null = null;
  if (year === null) note = `Rapportens budgetår är okänt; målkatalogen för ${chosen.budgetYear} används.`;
  else if (year < chosen.budgetYear || year > chosen.validThrough) {
    note = `Målkatalogen har inga mål och indikatorer för ${year}; katalogen för ${chosen.budgetYear} används, och målen kan ha ändrats sedan dess.`;
  }
  return { ...chosen, note };
}

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

type IndicatorKeys = { key: string; indicator: CatalogIndicator }[];
// The look-up keys of each year's indicators, computed once per (immutable) catalog object.
const keysByCatalog = new WeakMap<CatalogYear, IndicatorKeys>();
function keysOf(catalog: CatalogYear): IndicatorKeys {
  let keys = keysByCatalog.get(catalog);
  if (!keys) {
    keys = catalog.indicators.flatMap((indicator) =>
      [indicator.name, ...(indicator.aliases ?? [])].map((n) => ({ key: canonical(n), indicator })),
    );
    keysByCatalog.set(catalog, keys);
  }
  return keys;
}

/** The catalog indicator with this name (case, spacing and a trailing "…" do not matter), or null. */
export function findIndicator(name: string, catalog: CatalogYear): CatalogIndicator | null {
  const indicatorKeys = keysOf(catalog);
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
export function findGoal(numberOrTitle: string, catalog: CatalogYear): CatalogGoal | null {
  const goals = catalog.goals;
  const text = numberOrTitle.replace(/\s+/g, ' ').trim();
  const m = GOAL_NUMBER.exec(text);
  const number = m ? m[1].replace(',', '.') : null;
  const rest = m ? text.slice(m[0].length) : text;
  if (number !== null) {
    const byNumber = goals.find((g) => g.number === number) ?? null;
    if (!rest || !byNumber) return byNumber;
    // A number with a title: the title decides when they disagree (a renumbered copy is still that goal).
    return matchTitle(rest, goals) ?? byNumber;
  }
  return matchTitle(rest, goals);
}

function matchTitle(title: string, goals: readonly CatalogGoal[]): CatalogGoal | null {
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
export function indicatorDirection(name: string, catalog: CatalogYear): Direction {
  return indicatorDirectionSource(name, catalog).direction;
}

/**
 * The direction and whether it is only a guess from the first word ("Andel …", "Antal …", "… index"):
 * "Antal avvikelser i läkemedelshanteringen" is lower-is-better though it reads like a count of good
 * things, so a guessed direction must never make an error. The catalog and the lower-is-better wordings
 * above (sjukfrånvaro, klimatpåverkan …) are known.
 */
export function indicatorDirectionSource(
  name: string,
  catalog: CatalogYear,
): { direction: Direction; guessed: boolean } {
  const known = findIndicator(name, catalog);
  if (known) return { direction: known.direction, guessed: false };
  const key = canonical(name);
  if (!key) return { direction: 'none', guessed: false };
  if (LOWER_IS_BETTER.some((re) => re.test(key))) return { direction: 'lower', guessed: false };
  // Shares, counts and indexes of good things are the common case; anything else we do not guess.
  const higher = /^(andel|antal|index|nöjd|stockholmarnas nöjdhet)\b/.test(key) || /\bindex\b/.test(key);
  return higher ? { direction: 'higher', guessed: true } : { direction: 'none', guessed: false };
}

/** Indicators belonging to a KF goal, in catalog order. */
export function indicatorsForGoal(goalNumber: string, catalog: CatalogYear): CatalogIndicator[] {
  return catalog.indicators.filter((i) => i.goal === goalNumber);
}
