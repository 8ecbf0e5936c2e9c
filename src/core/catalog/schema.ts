/**
 * Zod schemas for the catalog data. The JSON files are edited by hand when the city's budget
 * changes goals or indicators, so they are validated when the catalog loads: a typo in a goal
 * number or a direction fails loudly instead of silently weakening the checks.
 */
import { z } from 'zod';

const goalNumber = z.string().regex(/^\d+(\.\d+)?$/, 'Målnummer skrivs som "1" eller "1.5"');

export const goalSchema = z
  .object({
    number: goalNumber,
    level: z.enum(['inriktningsmal', 'kf-mal']),
    parent: goalNumber.nullable(),
    title: z.string().trim().min(1),
  })
  .refine((g) => (g.level === 'inriktningsmal') === (g.parent === null), {
    message: 'Ett inriktningsmål har ingen överordnad; ett KF-mål måste ha en',
  })
  .refine((g) => g.parent === null || g.number.startsWith(`${g.parent}.`), {
    message: 'Ett KF-måls nummer ska börja med inriktningsmålets nummer',
  });

/** The budget year from which a catalog file applies; it must match the folder it lies in (data/<år>/). */
const budgetYear = z.number().int().min(2000).max(2100);

export const goalsFileSchema = z
  .object({
    budgetYear,
    /** The last budget year the data is meant for (a two-year budget: 2020–2021); budgetYear when left out. */
    validThrough: budgetYear.optional(),
    version: z.string(),
    source: z.string(),
    goals: z.array(goalSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const numbers = new Set<string>();
    for (const g of file.goals) {
      if (numbers.has(g.number)) ctx.addIssue({ code: 'custom', message: `Målnummer ${g.number} finns två gånger` });
      numbers.add(g.number);
    }
    for (const g of file.goals) {
      if (g.parent !== null && !numbers.has(g.parent)) {
        ctx.addIssue({ code: 'custom', message: `Mål ${g.number} hänvisar till okänt inriktningsmål ${g.parent}` });
      }
    }
  });

export const directionSchema = z.enum(['higher', 'lower', 'none']);

export const indicatorSchema = z.object({
  name: z.string().trim().min(1),
  /** Number of the KF goal the indicator belongs to. */
  goal: goalNumber,
  /** `%`, `st`, `GWh`, `kg CO2 per kg livsmedel`, `index`. */
  unit: z.string().min(1),
  direction: directionSchema,
  /** About individuals: the report should give outcomes for men and women where available. */
  individuals: z.boolean(),
  /** How often it is usually reported. */
  period: z.enum(['tertial', 'år']),
  /** KF:s årsmål as the city's budget writes it ("55 %", "öka", "Tas fram av nämnd"), null when unknown. */
  kfArsmal: z.string().nullable(),
  /** Other spellings seen in reports. */
  aliases: z.array(z.string().min(1)).optional(),
});

export const indicatorsFileSchema = z
  .object({
    budgetYear,
    /** The last budget year the data is meant for (a two-year budget: 2020–2021); budgetYear when left out. */
    validThrough: budgetYear.optional(),
    version: z.string(),
    source: z.string(),
    indicators: z.array(indicatorSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const names = new Set<string>();
    for (const i of file.indicators) {
      const key = i.name.toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: 'custom', message: `Indikatorn "${i.name}" finns två gånger` });
      names.add(key);
    }
  });

export type CatalogGoal = z.infer<typeof goalSchema>;
export type CatalogIndicator = z.infer<typeof indicatorSchema>;
export type Direction = z.infer<typeof directionSchema>;
