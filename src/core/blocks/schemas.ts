/**
 * Zod schemas for the blocks Rapportstöd inserts. A block value is what the user filled in (in the
 * task pane or from the catalog); the renderers turn a valid value into WordprocessingML and the
 * extractors read it back from the report model. Messages are Swedish and tied to a field, so the
 * pane can show each one next to its input.
 */
import { z } from 'zod';
import { formatSwedishNumber, parseSwedishNumber } from '../numbers/swedish';

export const reportTypeSchema = z.enum(['VB', 'T1', 'T2', 'VP'], { error: 'Välj rapporttyp: VB, T1, T2 eller VP.' });
export type BlockReportType = z.infer<typeof reportTypeSchema>;

const yearSchema = z
  .number({ error: 'Skriv året med fyra siffror, t.ex. 2020.' })
  .int({ error: 'Skriv året med fyra siffror, t.ex. 2020.' })
  .min(2000, { error: 'Året ska vara mellan 2000 och 2099.' })
  .max(2099, { error: 'Året ska vara mellan 2000 och 2099.' });

const required = (what: string) =>
  z
    .string({ error: `${what} ska vara text.` })
    .trim()
    .min(1, { error: `${what} saknas.` });
/** Text the user may leave for later; the checker reports it as missing text. */
const optionalText = z.string({ error: 'Ska vara text.' }).default('');

const goalNumberSchema = z.string().regex(/^\d+(\.\d+)?$/, { error: 'Målnummer skrivs som "1" eller "1.5".' });

export const assessmentSchema = z.enum(['helt', 'delvis', 'inte'], {
  error: 'Bedömningen ska vara Uppfylls helt, Uppfylls delvis eller Uppfylls inte.',
});
export type BlockAssessment = z.infer<typeof assessmentSchema>;

// ---- Indicators ----------------------------------------------------------------------------------

export const directionSchema = z.enum(['higher', 'lower', 'none'], {
  error: 'Riktningen ska vara högre, lägre eller ingen.',
});

export const indicatorRowSchema = z.object({
  name: required('Indikatorns namn'),
  /** For the user's own indicators (not in the catalog): unit and whether higher or lower is better. */
  unit: z.string().optional(),
  direction: directionSchema.optional(),
  utfall: optionalText,
  utfallMan: optionalText,
  utfallKvinnor: optionalText,
  utfallForegaende: optionalText,
  prognos: optionalText,
  arsmal: optionalText,
  kfArsmal: optionalText,
  /** VB/T: "VB 2020", "Tertial 1 2020", "2020". */
  period: optionalText,
  /** VP: "År" or "Tertial". */
  periodicitet: optionalText,
  analys: optionalText,
});
export type IndicatorRowValue = z.infer<typeof indicatorRowSchema>;
export type IndicatorRowInput = z.input<typeof indicatorRowSchema>;

/** A row with only the name written: every outcome, target and period cell left for the user or the caller. */
export function emptyIndicatorRow(name: string): IndicatorRowValue {
  return {
    name,
    utfall: '',
    utfallMan: '',
    utfallKvinnor: '',
    utfallForegaende: '',
    prognos: '',
    arsmal: '',
    kfArsmal: '',
    period: '',
    periodicitet: '',
    analys: '',
  };
}

export const indicatorTableSchema = z.object({
  reportType: reportTypeSchema,
  year: yearSchema,
  rows: z.array(indicatorRowSchema).min(1, { error: 'Lägg till minst en indikator.' }),
});
export type IndicatorTableValue = z.infer<typeof indicatorTableSchema>;

// ---- Activities ----------------------------------------------------------------------------------

/** A real calendar date written YYYY-MM-DD (2020-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const dateSchema = (what: string) =>
  z
    .string({ error: `${what} ska vara ett datum.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what} skrivs ÅÅÅÅ-MM-DD, t.ex. 2020-01-31.`, abort: true })
    .refine(isIsoDate, { error: `${what} är inget verkligt datum.` });

export const activityRowSchema = z
  .object({
    text: required('Aktivitetens text'),
    start: dateSchema('Startdatum'),
    end: dateSchema('Slutdatum'),
    /** VB/T: the activity deviated from the plan ("Avvikelse" in its column). */
    deviation: z.boolean().default(false),
    analys: optionalText,
  })
  .refine((a) => !isIsoDate(a.start) || !isIsoDate(a.end) || a.start <= a.end, {
    error: 'Startdatum får inte ligga efter slutdatum.',
    path: ['end'],
  });
export type ActivityRowValue = z.infer<typeof activityRowSchema>;

export const activityTableSchema = z
  .object({
    reportType: reportTypeSchema,
    rows: z.array(activityRowSchema).min(1, { error: 'Lägg till minst en aktivitet.' }),
  })
  .superRefine((t, ctx) => {
    if (t.reportType !== 'VP') return;
    t.rows.forEach((r, i) => {
      if (r.deviation)
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'deviation'],
          message: 'En verksamhetsplan har ingen Avvikelse-kolumn.',
        });
    });
  });
export type ActivityTableValue = z.infer<typeof activityTableSchema>;

// ---- Goals ---------------------------------------------------------------------------------------

export const enhetsmalSchema = z
  .object({
    reportType: reportTypeSchema,
    title: required('Enhetsmålets titel'),
    /** VB/T only; null while it is not yet assessed. */
    assessment: assessmentSchema.nullable().default(null),
    forvantatResultat: optionalText,
    analys: optionalText,
    /** VP only. */
    arbetssatt: optionalText,
    resursanvandning: optionalText,
    uppfoljning: optionalText,
    utveckling: optionalText,
  })
  .superRefine((e, ctx) => {
    if (e.reportType === 'VP') {
      if (e.assessment !== null)
        ctx.addIssue({ code: 'custom', path: ['assessment'], message: 'En verksamhetsplan bedömer inte målen.' });
      if (e.analys)
        ctx.addIssue({
          code: 'custom',
          path: ['analys'],
          message: 'En verksamhetsplan har ingen analys; skriv under Uppföljning eller Utveckling.',
        });
    } else {
      for (const key of ['arbetssatt', 'resursanvandning', 'uppfoljning', 'utveckling'] as const) {
        if (e[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'Den delen finns bara i en verksamhetsplan (VP).' });
      }
    }
  });
export type EnhetsmalValue = z.infer<typeof enhetsmalSchema>;

export const namndmalSchema = z.object({
  reportType: reportTypeSchema,
  title: required('Nämndmålets titel'),
  beskrivning: optionalText,
  forvantatResultat: optionalText,
  /** Empty: no activity table. */
  activities: z.array(activityRowSchema).default([]),
  enhetsmal: z.array(enhetsmalSchema).default([]),
});
export type NamndmalValue = z.infer<typeof namndmalSchema>;

export const goalRefSchema = z.object({ number: goalNumberSchema, title: required('Målets titel') });

export const kfGoalSchema = z
  .object({
    reportType: reportTypeSchema,
    year: yearSchema,
    /** Null when the section continues under the inriktningsmål of the section before it. */
    inriktningsmal: goalRefSchema.nullable(),
    kfMal: goalRefSchema,
    assessment: assessmentSchema.nullable().default(null),
    analys: optionalText,
    indicators: z.array(indicatorRowSchema).default([]),
    namndmal: z.array(namndmalSchema).default([]),
  })
  .superRefine((g, ctx) => {
    if (g.inriktningsmal && !g.kfMal.number.startsWith(`${g.inriktningsmal.number}.`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kfMal', 'number'],
        message: `Mål ${g.kfMal.number} hör inte till inriktningsmål ${g.inriktningsmal.number}.`,
      });
    }
  });
export type KfGoalValue = z.infer<typeof kfGoalSchema>;

// ---- Budget tables -------------------------------------------------------------------------------

/**
 * A figure in Swedish style ("609,6", "-3,5", "48 712"), or empty for "not given". A decimal point
 * (pasted from an English Excel: "609.6") is read as the Swedish number and written with a comma, so the
 * table never mixes 609.6 and 609,6; "48.712" is refused, since it may mean 48 712 as well as 48,712.
 */
export const figureSchema = z
  .string({ error: 'Ska vara ett tal.' })
  .trim()
  .refine((s) => s === '' || parseSwedishNumber(s).kind === 'number', {
    error: 'Skriv ett tal med decimalkomma, t.ex. 609,6 eller -3,5.',
  })
  .refine((s) => !/^[-\u2212\u2013+]?\d+\.\d{3}$/.test(s), {
    error: (issue) => {
      const [int, frac] = String(issue.input).split('.');
      return `${String(issue.input)} kan betyda både ${int} ${frac} och ${int},${frac}: skriv det med mellanslag eller decimalkomma.`;
    },
  })
  .transform((s) => {
    const p = parseSwedishNumber(s);
    return p.kind === 'number' && p.style.decimalMark === '.'
      ? formatSwedishNumber(p.value, { ...p.style, decimalMark: ',' })
      : s;
  });

const label = required('Radens namn');

export const driftRowSchema = z.object({
  label,
  /** A "varav" row: part of the row above, not counted in Totalt. Its label should start with "varav". */
  varav: z.boolean().default(false),
  budget: figureSchema,
  justering: figureSchema.default(''),
  prognosFore: figureSchema,
  prognosEfter: figureSchema,
});

export const driftTableSchema = z
  .object({
    kind: z.literal('drift'),
    year: yearSchema,
    rows: z.array(driftRowSchema).min(1, { error: 'Lägg till minst en rad.' }),
  })
  .superRefine((t, ctx) => {
    if (t.rows[0]?.varav)
      ctx.addIssue({
        code: 'custom',
        path: ['rows', 0, 'varav'],
        message: 'En varav-rad måste stå under den rad den är en del av.',
      });
    t.rows.forEach((r, i) => {
      if (r.varav !== /^varav\b/i.test(r.label)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'label'],
          message: 'Varav-rader ska börja med "varav", och bara de.',
        });
      }
    });
  });
export type DriftTableValue = z.infer<typeof driftTableSchema>;

export const resultatenheterTableSchema = z.object({
  kind: z.literal('resultatenheter'),
  year: yearSchema,
  rows: z
    .array(
      z.object({
        label,
        bruttobudget: figureSchema,
        /** Överskott −, underskott +. */
        franForegaende: figureSchema,
        /** Överskott −, underskott +. */
        resultat: figureSchema,
      }),
    )
    .min(1, { error: 'Lägg till minst en resultatenhet.' }),
});
export type ResultatenheterTableValue = z.infer<typeof resultatenheterTableSchema>;

export const investeringarTableSchema = z.object({
  kind: z.literal('investeringar'),
  year: yearSchema,
  rows: z
    .array(z.object({ label, budget: figureSchema, prognos: figureSchema, justering: figureSchema.default('') }))
    .min(1, { error: 'Lägg till minst en rad.' }),
});
export type InvesteringarTableValue = z.infer<typeof investeringarTableSchema>;

export const omslutningTableSchema = z.object({
  kind: z.literal('omslutning'),
  rows: z
    .array(z.object({ label, kostnader: figureSchema, intakter: figureSchema }))
    .min(1, { error: 'Lägg till minst en rad.' }),
});
export type OmslutningTableValue = z.infer<typeof omslutningTableSchema>;

export const budgetTableSchema = z.discriminatedUnion('kind', [
  driftTableSchema,
  resultatenheterTableSchema,
  investeringarTableSchema,
  omslutningTableSchema,
]);
export type BudgetTableValue = z.infer<typeof budgetTableSchema>;

// ---- Errors --------------------------------------------------------------------------------------

export interface FieldError {
  /** Dotted path of the field: "rows.2.start", "kfMal.number", "" for the value as a whole. */
  path: string;
  message: string;
}

/** The Swedish messages of a failed parse, one per field; empty when the value is valid. */
export function fieldErrors(result: { success: true } | { success: false; error: z.ZodError }): FieldError[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
