/**
 * The economy section's budget tables as a template file describes them (`budgetTables`): which
 * column role a header means, how each kind is recognised, its title, and how Infoga writes it. The
 * recogniser (src/core/budget/recognize.ts), the block renderer and the forms read them from here,
 * so a renamed table or column is a change to the data file; the arithmetic of each kind stays code.
 */
import type {
  BudgetColumnData,
  BudgetKindData,
  BudgetTableKind,
  BudgetTablesData,
  ColumnRole,
  TemplateFile,
} from './schema';

/** A condition of `when`, compiled: a pattern that must hold of the row names or the headings. */
export type KindCondition = { labels: RegExp[] } | { heading: RegExp } | { mostLabels: RegExp };

export interface BudgetInsert {
  unit: 'mnkr' | 'tkr';
  year: boolean;
  columns: BudgetColumnData[];
  totalLabel: string;
  rowsLabel: string;
  example: string;
  computed: string;
}

export interface BudgetKind {
  kind: BudgetTableKind;
  title: string;
  titleEn: string;
  unitWhenUnstated: 'mnkr' | 'tkr' | null;
  recognizedBy: ColumnRole[][];
  when: KindCondition[] | null;
  insert: BudgetInsert | null;
}

export interface BudgetTables {
  notBudgetHeaders: RegExp;
  columnRoles: { role: ColumnRole; header: RegExp }[];
  /** In the order they are tried. */
  kinds: BudgetKind[];
}

// The data's patterns are written for lower-case text without flags, as the recogniser's own were.
function compileKind(k: BudgetKindData): BudgetKind {
  return {
    kind: k.kind,
    title: k.title,
    titleEn: k.titleEn,
    unitWhenUnstated: k.unitWhenUnstated,
    recognizedBy: k.recognizedBy,
    when:
      k.when?.map((c): KindCondition => {
        if ('labels' in c) return { labels: c.labels.map((p) => new RegExp(p)) };
        if ('heading' in c) return { heading: new RegExp(c.heading) };
        return { mostLabels: new RegExp(c.mostLabels) };
      }) ?? null,
    insert: k.insert ?? null,
  };
}

function compile(data: BudgetTablesData): BudgetTables {
  return {
    notBudgetHeaders: new RegExp(data.notBudgetHeaders),
    columnRoles: data.columnRoles.map((r) => ({ role: r.role, header: new RegExp(r.header) })),
    kinds: data.kinds.map(compileKind),
  };
}

const compiled = new WeakMap<TemplateFile, BudgetTables>();

/** The file's budget tables, compiled once per (immutable) file. */
export function budgetTablesOf(file: TemplateFile): BudgetTables {
  let tables = compiled.get(file);
  if (!tables) {
    tables = compile(file.budgetTables);
    compiled.set(file, tables);
  }
  return tables;
}

/** The kind's description; throws for a kind the file lacks (the schema requires the ones Infoga writes). */
export function budgetKind(tables: BudgetTables, kind: BudgetTableKind): BudgetKind {
  const k = tables.kinds.find((x) => x.kind === kind);
  if (!k) throw new Error(`Mallen beskriver inte budgettabellen ${kind}.`);
  return k;
}

/** How Infoga writes the kind; throws for a kind it does not write. */
export function budgetInsert(tables: BudgetTables, kind: BudgetTableKind): BudgetInsert & { title: string } {
  const k = budgetKind(tables, kind);
  if (!k.insert) throw new Error(`Mallen säger inte hur budgettabellen ${kind} infogas.`);
  return { ...k.insert, title: k.title };
}
