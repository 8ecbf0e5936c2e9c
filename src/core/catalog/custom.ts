/**
 * The user's own indicators: those a unit reports that the city's catalog does not know. Their
 * direction and unit cannot be guessed from the name, so the add-in keeps them in the document's
 * settings (`rapportstodIndicators`) and the rules ask here before they ask the catalog.
 */
import { z } from 'zod';
import type { CustomIndicator } from '../snapshot';
import {
  findIndicator,
  indicatorDirection,
  indicatorDirectionSource,
  normalizeName,
  type CatalogYear,
  type Direction,
} from './index';

export type { CustomIndicator } from '../snapshot';

/** Name of the Office document setting (a `we:property` in the .docx) holding the list as JSON. */
export const CUSTOM_INDICATORS_SETTING = 'rapportstodIndicators';

export const customIndicatorSchema = z.object({
  name: z.string({ error: 'Indikatorns namn ska vara text.' }).trim().min(1, { error: 'Indikatorns namn saknas.' }),
  unit: z.string({ error: 'Enheten ska vara text.' }).trim().default(''),
  direction: z.enum(['higher', 'lower', 'none'], { error: 'Riktningen ska vara högre, lägre eller ingen.' }),
  aboutIndividuals: z.boolean({ error: 'Ange om indikatorn gäller personer (ja eller nej).' }).default(false),
});

const customIndicatorsSchema = z.array(customIndicatorSchema);

/**
 * The stored list, from what a settings API or a `we:property` gives: an array, its JSON text, or
 * that text JSON-encoded once more (some writers do). `ok: false` when something was stored but is
 * not a list of indicators; the caller warns, and the rules fall back on the catalog.
 */
export function parseCustomIndicators(value: unknown): { indicators: CustomIndicator[]; ok: boolean } {
  if (value === null || value === undefined) return { indicators: [], ok: true };
  let v: unknown = value;
  try {
    for (let i = 0; i < 2 && typeof v === 'string'; i++) v = JSON.parse(v);
  } catch {
    return { indicators: [], ok: false };
  }
  const parsed = customIndicatorsSchema.safeParse(v);
  return parsed.success
    ? { indicators: mergeCustomIndicators([], parsed.data), ok: true }
    : { indicators: [], ok: false };
}

export const CUSTOM_INDICATORS_UNREADABLE =
  'Listan över egna indikatorer i dokumentets inställningar kunde inte läsas; deras riktning tas från katalogen eller namnet.';

function key(name: string): string {
  return normalizeName(name);
}

/** `existing` with `added` merged in by name: a new definition of an indicator replaces the old one. */
export function mergeCustomIndicators(
  existing: readonly CustomIndicator[],
  added: readonly CustomIndicator[],
): CustomIndicator[] {
  const out = new Map<string, CustomIndicator>();
  for (const i of [...existing, ...added]) {
    const k = key(i.name);
    if (!k) continue;
    out.delete(k); // keeps the latest definition last, in the order the user gave
    out.set(k, {
      name: i.name.trim(),
      unit: i.unit.trim(),
      direction: i.direction,
      aboutIndividuals: i.aboutIndividuals,
    });
  }
  return [...out.values()];
}

/** The user's own indicator with this name (case, spacing and a trailing "…" do not matter), or null. */
export function findCustomIndicator(
  name: string,
  custom: readonly CustomIndicator[] | undefined,
): CustomIndicator | null {
  if (!custom?.length) return null;
  const k = key(name);
  if (!k) return null;
  return custom.find((c) => key(c.name) === k) ?? null;
}

/** Whether higher or lower is better: the user's own definition first, then the catalog and the wording. */
export function directionWith(
  name: string,
  custom: readonly CustomIndicator[] | undefined,
  catalog: CatalogYear,
): Direction {
  return findCustomIndicator(name, custom)?.direction ?? indicatorDirection(name, catalog);
}

/** As `directionWith`, and whether the direction is only guessed from the indicator's first word. */
export function directionSourceWith(
  name: string,
  custom: readonly CustomIndicator[] | undefined,
  catalog: CatalogYear,
): { direction: Direction; guessed: boolean } {
  const own = findCustomIndicator(name, custom);
  return own ? { direction: own.direction, guessed: false } : indicatorDirectionSource(name, catalog);
}

/** Whether the indicator is about people, when the user's list or the catalog knows; null otherwise. */
export function aboutIndividualsWith(
  name: string,
  custom: readonly CustomIndicator[] | undefined,
  catalog: CatalogYear,
): boolean | null {
  const own = findCustomIndicator(name, custom);
  if (own) return own.aboutIndividuals;
  return findIndicator(name, catalog)?.individuals ?? null;
}
