/**
 * The shape of a template data file (src/core/template/data/<budgetår>.json), validated with zod when
 * the module loads and before a build (scripts/validate-template.ts), with Swedish messages, so a
 * mistyped severity or a section without a title never reaches a user as a wrong finding.
 */
import { z } from 'zod';

const severity = z.enum(['error', 'warning', 'tip'], {
  message: 'Allvarsgrad ska vara "error", "warning" eller "tip".',
});
/** Something missing is at least a warning: a tip would hide a deleted section. */
const missingSeverity = z.enum(['error', 'warning'], {
  message: 'Allvarsgrad för något som saknas ska vara "error" eller "warning".',
});

export interface TemplateSection {
  title: string;
  /** Other titles the templates have used for the same section. */
  aliases: string[];
  /** Severity when the section is missing / has no text (null: an empty one is not reported). */
  missing: z.infer<typeof missingSeverity>;
  empty: z.infer<typeof severity> | null;
  /** The goal tree stands for this section's content (its heading may be missing in exports). */
  goals: boolean;
  /** The economy section: its sub-headings are the economy titles the parser knows. */
  economy: boolean;
  /**
   * The parser takes this title for a heading wherever it stands; false when the same words also
   * stand inside goal blocks (a VP's "Resursanvändning" is a part of every enhetsmål too).
   */
  fixedHeading: boolean;
  /** Looked for only where it belongs, never elsewhere (an "Övrigt" also stands under the economy). */
  onlyAtItsPlace: boolean;
  children: TemplateSection[];
}

const sectionSchema: z.ZodType<TemplateSection> = z.lazy(() =>
  z.object({
    title: z.string().trim().min(1, 'Avsnittet saknar rubrik.'),
    aliases: z.array(z.string().trim().min(1)).default([]),
    missing: missingSeverity,
    empty: severity.nullable(),
    goals: z.boolean().default(false),
    economy: z.boolean().default(false),
    fixedHeading: z.boolean().default(true),
    onlyAtItsPlace: z.boolean().default(false),
    children: z.array(sectionSchema).default([]),
  }),
);

export const GOAL_PARTS = ['forvantatResultat', 'arbetssatt', 'resursanvandning', 'uppfoljning', 'utveckling'] as const;

const layoutSchema = z.object({
  sections: z.array(sectionSchema).min(1, 'Layouten har inga avsnitt.'),
  /** The parts every enhetsmål has in this layout (a VP's five), with the severity when one is missing or empty. */
  enhetsmalParts: z.array(z.object({ part: z.enum(GOAL_PARTS), label: z.string().min(1), severity: missingSeverity })),
});

const reportTypeSchema = z.object({
  layout: z.string().min(1),
  /** "en verksamhetsberättelse": how messages name the report type. */
  name: z.string().min(1),
  /** Severities that differ for this report type, by section title. */
  severities: z.record(z.string(), z.object({ missing: missingSeverity, empty: severity.nullable() })).default({}),
});

export const templateFileSchema = z
  .object({
    budgetYear: z.number().int().min(2000).max(2100),
    reportTypes: z.object({ VB: reportTypeSchema, T1: reportTypeSchema, T2: reportTypeSchema, VP: reportTypeSchema }),
    layouts: z.record(z.string(), layoutSchema),
  })
  .superRefine((file, ctx) => {
    for (const [type, t] of Object.entries(file.reportTypes)) {
      if (!(t.layout in file.layouts)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reportTypes', type, 'layout'],
          message: `Layouten "${t.layout}" finns inte under layouts.`,
        });
      }
    }
  });

export type TemplateFile = z.infer<typeof templateFileSchema>;
export type GoalPart = (typeof GOAL_PARTS)[number];
