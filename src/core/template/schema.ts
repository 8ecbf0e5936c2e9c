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
  /** "Verksamhetsberättelse (VB)": how forms and listings name it. */
  label: z.string().trim().min(1),
  /**
   * "Verksamhetsberättelse VB": how a new report's title begins ("… 2020 för <enhet>"); the parser
   * must still recognise it (src/core/parse/report-type.ts), which the template test checks.
   */
  title: z.string().trim().min(1),
  /** Severities that differ for this report type, by section title. */
  severities: z.record(z.string(), z.object({ missing: missingSeverity, empty: severity.nullable() })).default({}),
});

/** What a budget table's column holds, read from its header; the block values' row keys use the same names. */
export const COLUMN_ROLES = [
  'label',
  'budget',
  'justering',
  'prognos',
  'prognosFore',
  'prognosEfter',
  'avvikelse',
  'bruttobudget',
  'femProcent',
  'franForegaende',
  'resultat',
  'tillNasta',
  'kostnader',
  'intakter',
  'summa',
  'other',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * The economy section's table kinds. `drift`: Uppföljning av driftbudget per verksamhetsområde (varav
 * rows, Totalt); `drift-netto`: the same as Intäkter / Kostnader / netto with result transfers. Each
 * kind has its own arithmetic in src/core/budget, so a new kind is code as well as data.
 */
export const BUDGET_TABLE_KINDS = ['drift', 'drift-netto', 'resultatenheter', 'investeringar', 'omslutning'] as const;
export type BudgetTableKind = (typeof BUDGET_TABLE_KINDS)[number];
/** The kinds Infoga writes (a block type `budget-<kind>` each). */
export const INSERTABLE_BUDGET_KINDS = ['drift', 'resultatenheter', 'investeringar', 'omslutning'] as const;

/** A regular expression over lower-case text, written as a string in the data file. */
const pattern = z
  .string()
  .min(1)
  .refine(
    (p) => {
      try {
        new RegExp(p);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'Mönstret är inte ett giltigt reguljärt uttryck.' },
  );

const role = z.enum(COLUMN_ROLES, { message: `Kolumnens roll ska vara en av ${COLUMN_ROLES.join(', ')}.` });

const budgetColumnSchema = z.object({
  role,
  /** The header Infoga writes; {{year}}, {{lastYear}} and {{nextYear}} are the table's year and its neighbours. */
  header: z.string().trim().min(1),
  /** The form's name for the figure the officer types; absent: Rapportstöd computes the column. */
  form: z.string().trim().min(1).optional(),
  /** The officer may leave the column out (a shorter row). */
  optional: z.boolean().default(false),
});

const budgetKindSchema = z.object({
  kind: z.enum(BUDGET_TABLE_KINDS),
  title: z.string().trim().min(1),
  titleEn: z.string().trim().min(1),
  /** The unit a table of this kind is read in when neither it nor its caption says. */
  unitWhenUnstated: z.enum(['mnkr', 'tkr']).nullable().default(null),
  /** The kind applies when the columns have every role of one of these sets … */
  recognizedBy: z.array(z.array(role).min(1)).min(1),
  /** … and, when given, one of these holds of the row names / the headers, caption and section. */
  when: z
    .array(
      z.union([
        z.strictObject({ labels: z.array(pattern).min(1) }),
        z.strictObject({ heading: pattern }),
        z.strictObject({ mostLabels: pattern }),
      ]),
    )
    .min(1)
    .optional(),
  /** How Infoga writes a table of this kind. */
  insert: z
    .object({
      unit: z.enum(['mnkr', 'tkr']),
      year: z.boolean(),
      columns: z.array(budgetColumnSchema).min(2),
      totalLabel: z.string().trim().min(1),
      rowsLabel: z.string().trim().min(1),
      example: z.string().trim().min(1),
      computed: z.string().trim().min(1),
    })
    .optional(),
});

const budgetTablesSchema = z.object({
  /** Header words of tables that are never budget tables (indicator and activity tables). */
  notBudgetHeaders: pattern,
  /** Header pattern → column role, the first that matches wins. */
  columnRoles: z.array(z.object({ role, header: pattern })).min(1),
  /** The kinds in the order they are tried. */
  kinds: z.array(budgetKindSchema).min(1),
});

export type BudgetTablesData = z.infer<typeof budgetTablesSchema>;
export type BudgetKindData = z.infer<typeof budgetKindSchema>;
export type BudgetColumnData = z.infer<typeof budgetColumnSchema>;

export const templateFileSchema = z
  .object({
    budgetYear: z.number().int().min(2000).max(2100),
    reportTypes: z.object({ VB: reportTypeSchema, T1: reportTypeSchema, T2: reportTypeSchema, VP: reportTypeSchema }),
    layouts: z.record(z.string(), layoutSchema),
    budgetTables: budgetTablesSchema,
  })
  .superRefine((file, ctx) => {
    checkBudgetKinds(file.budgetTables, ctx);
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

/** Every kind once; the kinds Infoga writes say how, with one label column first and typed figures. */
function checkBudgetKinds(tables: BudgetTablesData, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string): void =>
    ctx.addIssue({ code: 'custom', path: ['budgetTables', ...path], message });
  const seen = new Set<string>();
  tables.kinds.forEach((k, i) => {
    if (seen.has(k.kind)) issue(['kinds', i, 'kind'], `Tabellsorten ${k.kind} finns två gånger.`);
    seen.add(k.kind);
    const insert = k.insert;
    if (!insert) return;
    if (insert.columns[0].role !== 'label' || insert.columns.slice(1).some((c) => c.role === 'label')) {
      issue(['kinds', i, 'insert', 'columns'], 'Första kolumnen (och bara den) ska ha rollen label.');
    }
    if (!insert.columns.some((c) => c.form)) {
      issue(['kinds', i, 'insert', 'columns'], 'Minst en kolumn ska ha form (det handläggaren skriver in).');
    }
    if (!insert.year && insert.columns.some((c) => /\{\{/.test(c.header))) {
      issue(
        ['kinds', i, 'insert', 'columns'],
        'Tabellen har inget år (year: false), så rubrikerna kan inte nämna det.',
      );
    }
  });
  for (const kind of INSERTABLE_BUDGET_KINDS) {
    if (!tables.kinds.some((k) => k.kind === kind && k.insert)) {
      issue(['kinds'], `Tabellsorten ${kind} saknas eller saknar insert (Infoga skriver den).`);
    }
  }
}
