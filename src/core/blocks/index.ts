/**
 * The blocks a user can insert, as a registry the task pane (Infoga) and the CLI share: each with
 * its zod schema, a default value built from the catalog of the value's own budget year, validation
 * with Swedish field messages, and its renderer. `render` validates first, so no invalid value ever
 * reaches the document. The pane's forms over these blocks are in forms.ts.
 */
import type { z } from 'zod';
import { CATALOG_YEARS, catalogFor, indicatorsForGoal, type CatalogGoal, type CatalogYear } from '../catalog/index';
import {
  activityTableSchema,
  budgetTableSchema,
  type BudgetTableValue,
  driftTableSchema,
  enhetsmalSchema,
  fieldErrors,
  indicatorTableSchema,
  investeringarTableSchema,
  kfGoalSchema,
  namndmalSchema,
  omslutningTableSchema,
  resultatenheterTableSchema,
  type BlockReportType,
  type FieldError,
} from './schemas';
import {
  renderActivityTable,
  renderBudgetTable,
  renderEnhetsmal,
  renderIndicatorTable,
  renderKfGoal,
  renderNamndmal,
  type RenderOptions,
} from './render';
import { catalogIndicatorRow } from './indicator-rows';
import {
  budgetInsert,
  budgetKind,
  budgetTablesFor,
  budgetTablesOf,
  INSERTABLE_BUDGET_KINDS,
  newestTemplateFile,
  type BudgetTableKind,
} from '../template/index';

export * from './schemas';
export * from './render';
export * from './extract';
export * from './indicator-rows';

export interface BlockDefaults {
  reportType: BlockReportType;
  year: number;
  /** KF goal number for goal blocks and indicator tables ("1.5"); the catalog's first KF goal otherwise. */
  goal?: string;
}

export class BlockValueError extends Error {
  constructor(
    readonly type: string,
    readonly errors: FieldError[],
  ) {
    super(`Blocket kan inte infogas: ${errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join(' ')}`);
  }
}

export interface BlockType {
  type: string;
  label: { sv: string; en: string };
  schema: z.ZodType;
  /**
   * A starting value: from the catalog of `defaults.year` (chosen among `catalogs`, the shipped budget
   * years by default) where it knows the content, empty texts otherwise.
   */
  defaultValue(defaults: BlockDefaults, catalogs?: readonly CatalogYear[]): unknown;
  /** Field-level Swedish messages; empty when the value can be inserted. */
  validate(value: unknown): FieldError[];
  /** WordprocessingML in one content control; throws `BlockValueError` for an invalid value. */
  render(value: unknown, options?: RenderOptions): string;
}

function define<S extends z.ZodType>(def: {
  type: string;
  label: { sv: string; en: string };
  schema: S;
  defaultValue(catalog: CatalogYear, defaults: BlockDefaults): z.input<S>;
  render(value: z.output<S>, options?: RenderOptions): string;
}): BlockType {
  return {
    type: def.type,
    label: def.label,
    schema: def.schema,
    defaultValue: (defaults, catalogs = CATALOG_YEARS) =>
      def.defaultValue(catalogFor(defaults.year, catalogs), defaults),
    validate: (value) => fieldErrors(def.schema.safeParse(value)),
    render(value, options) {
      const parsed = def.schema.safeParse(value);
      if (!parsed.success) throw new BlockValueError(def.type, fieldErrors(parsed));
      return def.render(parsed.data, options);
    },
  };
}

function kfGoal(catalog: CatalogYear, number?: string): CatalogGoal | null {
  const kf = catalog.goals.filter((g) => g.level === 'kf-mal');
  return kf.find((g) => g.number === number) ?? kf[0] ?? null;
}

function catalogRows(catalog: CatalogYear, d: BlockDefaults) {
  const goal = kfGoal(catalog, d.goal);
  return goal ? indicatorsForGoal(goal.number, catalog).map((i) => catalogIndicatorRow(i, d.reportType, d.year)) : [];
}

type InsertableBudgetKind = (typeof INSERTABLE_BUDGET_KINDS)[number];
type BudgetSchema = z.ZodType<BudgetTableValue, z.input<typeof budgetTableSchema>>;

/** Each budget table's own schema (a drift value is not an omslutning block's), typed as any budget table. */
const BUDGET_SCHEMAS: Record<InsertableBudgetKind, BudgetSchema> = {
  drift: driftTableSchema,
  resultatenheter: resultatenheterTableSchema,
  investeringar: investeringarTableSchema,
  omslutning: omslutningTableSchema,
};

/**
 * A budget table block, as the template of the value's year describes the kind: its name, and a
 * first empty row with the figures the officer must type (the optional columns left out).
 */
function budgetBlock(kind: InsertableBudgetKind): BlockType {
  return define({
    type: `budget-${kind}`,
    label: budgetLabel(kind),
    schema: BUDGET_SCHEMAS[kind],
    defaultValue(_catalog, d) {
      const insert = budgetInsert(budgetTablesFor(d.year), kind);
      const typed = insert.columns.filter((c) => c.form && !c.optional).map((c) => [c.role, '']);
      const row = Object.fromEntries([['label', ''], ...typed]) as Record<string, string>;
      // Built from the data, so typed loosely here; the kind's schema judges it before anything renders.
      return { kind, ...(insert.year ? { year: d.year } : {}), rows: [row] } as z.input<typeof budgetTableSchema>;
    },
    render: (v, o) => renderBudgetTable(v, o),
  });
}

/** A budget table block's name: the kind's title in the newest template (the block belongs to no one report). */
function budgetLabel(kind: BudgetTableKind): { sv: string; en: string } {
  const k = budgetKind(budgetTablesOf(newestTemplateFile()), kind);
  return { sv: k.title, en: k.titleEn };
}

const emptyDates = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` });

export const blockTypes: BlockType[] = [
  define({
    type: 'kfGoal',
    label: { sv: 'KF-mål med indikatorer', en: 'City council goal with indicators' },
    schema: kfGoalSchema,
    defaultValue(catalog, d) {
      const goal = kfGoal(catalog, d.goal);
      const parent = catalog.goals.find((g) => g.number === goal?.parent) ?? null;
      return {
        reportType: d.reportType,
        year: d.year,
        inriktningsmal: parent ? { number: parent.number, title: parent.title } : null,
        kfMal: { number: goal?.number ?? '', title: goal?.title ?? '' },
        indicators: catalogRows(catalog, d),
      };
    },
    render: (v, o) => renderKfGoal(v, o),
  }),
  define({
    type: 'namndmal',
    label: { sv: 'Nämndmål', en: 'District board goal' },
    schema: namndmalSchema,
    defaultValue: (_catalog, d) => ({ reportType: d.reportType, title: '', activities: [] }),
    render: (v, o) => renderNamndmal(v, o),
  }),
  define({
    type: 'enhetsmal',
    label: { sv: 'Enhetsmål', en: 'Unit goal' },
    schema: enhetsmalSchema,
    defaultValue: (_catalog, d) => ({ reportType: d.reportType, title: '' }),
    render: (v, o) => renderEnhetsmal(v, o),
  }),
  define({
    type: 'indicatorTable',
    label: { sv: 'Indikatortabell', en: 'Indicator table' },
    schema: indicatorTableSchema,
    defaultValue: (catalog, d) => ({ reportType: d.reportType, year: d.year, rows: catalogRows(catalog, d) }),
    render: (v, o) => renderIndicatorTable(v, o),
  }),
  define({
    type: 'activityTable',
    label: { sv: 'Aktivitetstabell', en: 'Activity table' },
    schema: activityTableSchema,
    defaultValue: (_catalog, d) => ({ reportType: d.reportType, rows: [{ text: '', ...emptyDates(d.year) }] }),
    render: (v, o) => renderActivityTable(v, o),
  }),
  ...INSERTABLE_BUDGET_KINDS.map(budgetBlock),
];

export function findBlockType(type: string): BlockType | null {
  return blockTypes.find((b) => b.type === type) ?? null;
}
