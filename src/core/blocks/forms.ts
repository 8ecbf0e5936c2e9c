/**
 * The one definition of each insertable block as a form, in the shape the task pane's Infoga tab
 * takes (string fields with Swedish labels, validate → errors per field, render, extra edits): the
 * pane imports these and builds none of its own. Each form maps its fields onto a block value of the
 * registry (index.ts) and lets the block's zod schema judge it, so the pane shows the same Swedish
 * messages as every other caller. Goals and indicators come from the catalog of the year the form
 * says (`catalogFor`), so a 2021 report gets 2021's goals once the city has published them.
 */
import { CATALOG_YEARS, catalogFor, indicatorsForGoal, type CatalogYear } from '../catalog/index';
import { findBlockType } from './index';
import { vpGoalParts } from './render';
import { catalogIndicatorRow, ownIndicatorRow } from './indicator-rows';
import { OWN_INDICATORS_HINT, parseOwnIndicators } from './own-indicators';
import type { BlockReportType, FieldError } from './schemas';
import type { Edit } from '../edits';
import {
  budgetInsert,
  budgetTablesFor,
  INSERTABLE_BUDGET_KINDS,
  reportTypeLabels,
  type GoalPart,
} from '../template/index';
import type { ReportType } from '../model';
import { listOf, typedLines } from './lines';

export type FormValue = Record<string, string>;

export interface FormOption {
  value: string;
  label: string;
}

export interface FormField {
  name: string;
  label: string;
  kind: 'text' | 'multiline' | 'select';
  options?: FormOption[] | ((value: FormValue) => FormOption[]);
  required?: boolean;
  hint?: string;
  visible?: (value: FormValue) => boolean;
}

export type FormValidation = { ok: true } | { ok: false; errors: Record<string, string> };

/** An insertable block: the one definition the pane (Infoga) and the core share. */
export interface FormBlock {
  type: string;
  label: string;
  fields: FormField[];
  initial?: FormValue;
  validate(value: FormValue): FormValidation;
  /** WordprocessingML body content (`w:` prefix, no namespace declarations). */
  render(value: FormValue): string;
  /**
   * Edits that go into the document in the same batch as the insertion (the own indicators'
   * settings); all or nothing with it.
   */
  edits?(value: FormValue): Edit[];
}

/** The report types' Swedish names, for forms and listings (the pane and the CLI): the template's. */
export const REPORT_TYPE_NAMES: Record<ReportType, string> = reportTypeLabels();

export const REPORT_TYPES: FormOption[] = Object.entries(REPORT_TYPE_NAMES).map(([value, label]) => ({ value, label }));

const ASSESSMENTS: FormOption[] = [
  { value: '', label: 'Inte bedömt än' },
  { value: 'helt', label: 'Uppfylls helt' },
  { value: 'delvis', label: 'Uppfylls delvis' },
  { value: 'inte', label: 'Uppfylls inte' },
];

const isVp = (v: FormValue): boolean => v.reportType === 'VP';
const reportTypeField: FormField = {
  name: 'reportType',
  label: 'Rapport',
  kind: 'select',
  options: REPORT_TYPES,
  required: true,
};
const yearField: FormField = { name: 'year', label: 'År', kind: 'text', required: true, hint: 'Till exempel 2020' };

function reportType(v: FormValue): BlockReportType {
  return (v.reportType || 'VB') as BlockReportType;
}

function year(v: FormValue): number {
  return /^\d{4}$/.test((v.year ?? '').trim()) ? Number(v.year.trim()) : NaN;
}

/** Block-value error paths → form field names; errors on fields the form does not show go to the first field. */
function toFormErrors(
  errors: FieldError[],
  pathToField: (path: string) => string | null,
  fallback: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const field = pathToField(e.path) ?? fallback;
    if (!(field in out)) out[field] = e.message;
  }
  return out;
}

function form(
  type: string,
  label: string,
  fields: FormField[],
  initial: FormValue,
  toValue: (v: FormValue) => unknown,
  pathToField: (path: string) => string | null,
): FormBlock {
  const block = findBlockType(type);
  if (!block) throw new Error(`Okänd blocktyp ${type}`);
  return {
    type,
    label,
    fields,
    initial,
    validate(v) {
      const errors = block.validate(toValue(v));
      return errors.length ? { ok: false, errors: toFormErrors(errors, pathToField, fields[0].name) } : { ok: true };
    },
    render: (v) => block.render(toValue(v)),
  };
}

/**
 * An enhetsmål met partly or not at all needs an Analys (the goal-analysis rule flags it right after
 * insertion); the form says so before, next to the Analys field. Not for VP, which has no assessment.
 */
function analysisWhenNotMet(f: FormBlock): FormBlock {
  const validate = f.validate;
  return {
    ...f,
    validate(v) {
      const result = validate(v);
      if (isVp(v) || (v.assessment !== 'delvis' && v.assessment !== 'inte') || (v.analys ?? '').trim()) return result;
      const label = v.assessment === 'delvis' ? 'Uppfylls delvis' : 'Uppfylls inte';
      const errors = result.ok ? {} : result.errors;
      return {
        ok: false,
        errors: {
          ...errors,
          analys:
            errors.analys ?? `Målet ${label.toLowerCase()}: skriv en analys av varför och vad enheten gör åt det.`,
        },
      };
    },
  };
}

/** The KF goals of a budget year's catalog as choices: "1.5. I Stockholm har äldre …". */
function kfGoalOptions(catalog: CatalogYear): FormOption[] {
  return catalog.goals
    .filter((g) => g.level === 'kf-mal')
    .map((g) => ({ value: g.number, label: `${g.number}. ${g.title}` }));
}

/** The KF goal to choose, among the goals of the catalog of the year the form says. */
function goalField(catalogOf: (v: FormValue) => CatalogYear): FormField {
  return {
    name: 'goal',
    label: 'KF:s mål för verksamhetsområdet',
    kind: 'select',
    options: (v) => kfGoalOptions(catalogOf(v)),
    required: true,
  };
}

const OWN = 'own';

/**
 * The indicator table for a KF goal: the goal's catalog indicators of the chosen year and the
 * officer's own (with unit, direction and whether they are about people, which go into the document
 * with the table so the checker judges them after a reload). It comes first: it is what officers copy
 * from last year's report most.
 */
function indicatorTableForm(thisYear: number, catalogOf: (v: FormValue) => CatalogYear): FormBlock {
  const block = findBlockType('indicatorTable');
  if (!block) throw new Error('Okänd blocktyp indicatorTable');
  const catalogNames = (v: FormValue): string[] => indicatorsForGoal(v.goal ?? '', catalogOf(v)).map((i) => i.name);
  const own = (v: FormValue) => parseOwnIndicators(v[OWN] ?? '', catalogNames(v));
  const toValue = (v: FormValue): unknown => {
    const type = reportType(v);
    const y = year(v);
    return {
      reportType: type,
      year: y,
      rows: [
        ...indicatorsForGoal(v.goal ?? '', catalogOf(v)).map((ind) => catalogIndicatorRow(ind, type, y)),
        ...own(v).indicators.map((ind) => ownIndicatorRow(ind, type, y)),
      ],
    };
  };
  return {
    type: 'indicatorTable',
    label: 'Indikatortabell för ett KF-mål',
    fields: [
      goalField(catalogOf),
      reportTypeField,
      yearField,
      {
        name: OWN,
        label: 'Egna indikatorer (som inte finns i katalogen)',
        kind: 'multiline',
        hint: OWN_INDICATORS_HINT,
      },
    ],
    initial: { goal: '', reportType: 'VB', year: String(thisYear), [OWN]: '' },
    validate(v) {
      const errors: Record<string, string> = {};
      const parsedOwn = own(v);
      if (parsedOwn.errors.length) errors[OWN] = parsedOwn.errors.join(' ');
      if (!v.goal) errors.goal = 'Välj ett KF-mål.';
      else if (catalogNames(v).length === 0 && parsedOwn.indicators.length === 0 && !errors[OWN]) {
        errors.goal = 'Katalogen har inga indikatorer för det här målet; skriv egna indikatorer nedan.';
      }
      if (!REPORT_TYPES.some((t) => t.value === v.reportType)) errors.reportType = 'Välj rapporttyp.';
      // Four digits here; the range (2000–2099) and its own message come from the schema below.
      if (!/^\d{4}$/.test((v.year ?? '').trim())) errors.year = 'Skriv året med fyra siffror, t.ex. 2020.';
      if (Object.keys(errors).length === 0) {
        // The schema has the last word (e.g. a year outside its range), with its own Swedish messages.
        for (const { path, message } of block.validate(toValue(v)))
          errors[path.startsWith('year') ? 'year' : 'goal'] ??= message;
      }
      return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
    },
    render: (v) => block.render(toValue(v)),
    edits(v) {
      // The own indicators' direction and unit go into the document with the table, so a reload judges them alike.
      const { indicators } = own(v);
      if (!indicators.length) return [];
      return [
        {
          kind: 'setCustomIndicators',
          indicators,
          reason: `Egna indikatorer: ${indicators.map((i) => i.name).join(', ')}`,
        },
      ];
    },
  };
}

/**
 * The Infoga tab's forms: the indicator table for a KF goal, the KF goal with its catalog indicators,
 * nämndmål, enhetsmål, one activity, and the four budget tables. `thisYear` is the year the forms
 * start with (the pane sets the open report's own); each form takes its goals from the catalog of the
 * year typed in it, chosen among `catalogs` (the shipped budget years; a test adds a made-up one).
 */
export function formBlocks(thisYear = 2020, catalogs: readonly CatalogYear[] = CATALOG_YEARS): FormBlock[] {
  const catalogOf = (v: FormValue): CatalogYear => catalogFor(year(v), catalogs);
  const initialCommon = { reportType: 'VB', year: String(thisYear) };
  const simple = (path: string): string | null => (path === '' ? null : path.split('.')[0]);

  const parts = vpGoalParts();
  const vpOnlyParts = parts.filter((p) => p.part !== 'forvantatResultat');
  const partLabel = (part: GoalPart): string => parts.find((p) => p.part === part)?.label ?? part;

  const kfGoalForm = form(
    'kfGoal',
    'KF-mål med indikatorer',
    [goalField(catalogOf), reportTypeField, yearField],
    { goal: '', ...initialCommon },
    (v) => {
      const def = findBlockType('kfGoal')!.defaultValue(
        { reportType: reportType(v), year: year(v), goal: v.goal },
        catalogs,
      );
      // No goal chosen: an empty KF goal, so the schema names the missing field.
      return v.goal ? def : { ...(def as object), kfMal: { number: '', title: '' } };
    },
    (p) => (p.startsWith('kfMal') || p.startsWith('inriktningsmal') ? 'goal' : simple(p)),
  );
  const validateKf = kfGoalForm.validate;
  kfGoalForm.validate = (v) => (v.goal ? validateKf(v) : { ok: false, errors: { goal: 'Välj ett KF-mål.' } });

  return [
    indicatorTableForm(thisYear, catalogOf),
    kfGoalForm,
    form(
      'namndmal',
      'Nämndmål',
      [
        reportTypeField,
        { name: 'title', label: 'Nämndmål', kind: 'text', required: true },
        { name: 'beskrivning', label: 'Beskrivning', kind: 'multiline' },
        { name: 'forvantatResultat', label: 'Förväntat resultat', kind: 'multiline' },
      ],
      { reportType: 'VB', title: '', beskrivning: '', forvantatResultat: '' },
      (v) => ({
        reportType: reportType(v),
        title: v.title ?? '',
        beskrivning: v.beskrivning ?? '',
        forvantatResultat: v.forvantatResultat ?? '',
      }),
      simple,
    ),
    analysisWhenNotMet(
      form(
        'enhetsmal',
        'Enhetsmål',
        [
          reportTypeField,
          { name: 'title', label: 'Enhetsmål', kind: 'text', required: true },
          { name: 'assessment', label: 'Bedömning', kind: 'select', options: ASSESSMENTS, visible: (v) => !isVp(v) },
          { name: 'forvantatResultat', label: partLabel('forvantatResultat'), kind: 'multiline' },
          { name: 'analys', label: 'Analys', kind: 'multiline', visible: (v) => !isVp(v) },
          // A VP's own parts, as the template lists and names them.
          ...vpOnlyParts.map((p): FormField => ({ name: p.part, label: p.label, kind: 'multiline', visible: isVp })),
        ],
        {
          reportType: 'VB',
          title: '',
          assessment: '',
          forvantatResultat: '',
          analys: '',
          ...Object.fromEntries(vpOnlyParts.map((p) => [p.part, ''])),
        },
        (v) => {
          const vp = isVp(v);
          // Fields hidden for the chosen report type are left out rather than refused.
          return {
            reportType: reportType(v),
            title: v.title ?? '',
            assessment: vp || !v.assessment ? null : v.assessment,
            forvantatResultat: v.forvantatResultat ?? '',
            analys: vp ? '' : (v.analys ?? ''),
            ...(vp ? Object.fromEntries(vpOnlyParts.map((p) => [p.part, v[p.part] ?? ''])) : {}),
          };
        },
        simple,
      ),
    ),
    form(
      'activityTable',
      'Aktivitet',
      [
        reportTypeField,
        { name: 'text', label: 'Aktivitet', kind: 'multiline', required: true },
        { name: 'start', label: 'Startdatum', kind: 'text', required: true, hint: 'ÅÅÅÅ-MM-DD' },
        { name: 'end', label: 'Slutdatum', kind: 'text', required: true, hint: 'ÅÅÅÅ-MM-DD' },
        {
          name: 'deviation',
          label: 'Avvikelse',
          kind: 'select',
          options: [
            { value: '', label: 'Ingen avvikelse' },
            { value: 'ja', label: 'Avvikelse' },
          ],
          visible: (v) => !isVp(v),
        },
        { name: 'analys', label: 'Analys', kind: 'multiline' },
      ],
      { reportType: 'VB', text: '', start: `${thisYear}-01-01`, end: `${thisYear}-12-31`, deviation: '', analys: '' },
      (v) => ({
        reportType: reportType(v),
        rows: [
          {
            text: v.text ?? '',
            start: v.start ?? '',
            end: v.end ?? '',
            deviation: !isVp(v) && v.deviation === 'ja',
            analys: v.analys ?? '',
          },
        ],
      }),
      (p) => (p.startsWith('rows.0.') ? p.split('.')[2] : simple(p)),
    ),
    ...budgetForms(thisYear),
  ];
}

// ---- Budget tables -------------------------------------------------------------------------------

interface BudgetColumn {
  key: string;
  label: string;
}

interface BudgetFormSpec {
  type: `budget-${InsertableBudgetKind}`;
  kind: InsertableBudgetKind;
  label: string;
  hasYear: boolean;
  /** What the user may type after the row's name, longest first; a shorter layout leaves a column out. */
  layouts: BudgetColumn[][];
  rowsLabel: string;
  example: string;
  computed: string;
}

type InsertableBudgetKind = (typeof INSERTABLE_BUDGET_KINDS)[number];

/**
 * A budget table's form as the template of `year` describes the kind: the figures the officer types
 * (the columns with a `form` name; the block value's row keys are their roles), all of them or
 * without the optional ones; the rest is computed.
 */
function budgetFormSpec(kind: InsertableBudgetKind, year: number): BudgetFormSpec {
  const insert = budgetInsert(budgetTablesFor(year), kind);
  const typed = insert.columns.flatMap((c) => (c.form ? [{ key: c.role, label: c.form, optional: c.optional }] : []));
  const all = typed.map(({ key, label }) => ({ key, label }));
  const required = typed.filter((c) => !c.optional).map(({ key, label }) => ({ key, label }));
  return {
    type: `budget-${kind}`,
    kind,
    label: `${insert.title} (${insert.unit})`,
    hasYear: insert.year,
    layouts: required.length < all.length ? [all, required] : [all],
    rowsLabel: insert.rowsLabel,
    example: insert.example,
    computed: insert.computed,
  };
}

const TOTAL_ROW = /^(totalt|summa)\b/i;

interface ParsedBudgetForm {
  value: Record<string, unknown>;
  /** Line of each row of `value.rows`, for messages. */
  lines: number[];
  /** Line-level problems the schema cannot see (a row with the wrong number of values, a typed total). */
  lineErrors: { line: number; message: string }[];
}

function parseBudgetForm(spec: BudgetFormSpec, v: FormValue): ParsedBudgetForm {
  const rows: Record<string, unknown>[] = [];
  const lines: number[] = [];
  const lineErrors: { line: number; message: string }[] = [];
  const counts = spec.layouts.map((l) => l.length + 1);
  for (const { line, values } of typedLines(v.rows ?? '')) {
    const name = values[0] ?? '';
    if (TOTAL_ROW.test(name)) {
      lineErrors.push({
        line,
        message: `Rad ${line}: ${name.split(/\s/)[0]} räknas ut av Rapportstöd; ta bort raden.`,
      });
      continue;
    }
    const layout = spec.layouts.find((l) => l.length + 1 === values.length);
    if (!layout) {
      const expected = spec.layouts.map((l) => `Namn; ${l.map((c) => c.label).join('; ')}`).join(' eller ');
      lineErrors.push({
        line,
        message: `Rad ${line} har ${values.length} ${values.length === 1 ? 'värde' : 'värden'} men ska ha ${listOf(counts.map(String)).replace(' och ', ' eller ')}: ${expected}.`,
      });
      continue;
    }
    const row: Record<string, unknown> = { label: name };
    layout.forEach((c, i) => (row[c.key] = values[i + 1]));
    if (spec.kind === 'drift') row.varav = /^varav\b/i.test(name);
    rows.push(row);
    lines.push(line);
  }
  const value: Record<string, unknown> = { kind: spec.kind, rows };
  if (spec.hasYear) value.year = year(v);
  return { value, lines, lineErrors };
}

function budgetForm(spec: BudgetFormSpec, thisYear: number): FormBlock {
  const block = findBlockType(spec.type);
  if (!block) throw new Error(`Okänd blocktyp ${spec.type}`);
  const columnLabel = new Map(spec.layouts.flat().map((c) => [c.key, c.label]));
  const first = spec.layouts[0];
  const fields: FormField[] = [
    ...(spec.hasYear ? [yearField] : []),
    {
      name: 'rows',
      label: spec.rowsLabel,
      kind: 'multiline',
      required: true,
      hint: `Skriv: Namn; ${first.map((c) => c.label).join('; ')}. T.ex. ${spec.example}. ${spec.computed}`,
    },
  ];
  const errorsOf = (v: FormValue): Record<string, string> => {
    const parsed = parseBudgetForm(spec, v);
    const messages: Record<string, { line: number; message: string }[]> = {};
    const add = (field: string, message: string, line = 0): void => {
      (messages[field] ??= []).push({ line, message });
    };
    for (const m of parsed.lineErrors) add('rows', m.message, m.line);
    for (const e of block.validate(parsed.value)) {
      const [head, index, key] = e.path.split('.');
      if (head === 'year') add('year', e.message);
      else if (head === 'rows' && index !== undefined) {
        const where = key && key !== 'label' && key !== 'varav' ? `, ${columnLabel.get(key) ?? key}` : '';
        const line = parsed.lines[Number(index)] ?? Number(index) + 1;
        add('rows', `Rad ${line}${where}: ${e.message}`, line);
      } else if (!(head === 'rows' && parsed.lineErrors.length)) add('rows', e.message);
    }
    // In the order of the lines, as the user reads the box.
    return Object.fromEntries(
      Object.entries(messages).map(([k, list]) => [
        k,
        [...list]
          .sort((a, b) => a.line - b.line)
          .map((m) => m.message)
          .join(' '),
      ]),
    );
  };
  return {
    type: spec.type,
    label: spec.label,
    fields,
    initial: { ...(spec.hasYear ? { year: String(thisYear) } : {}), rows: '' },
    validate(v) {
      const errors = errorsOf(v);
      return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
    },
    render(v) {
      const parsed = parseBudgetForm(spec, v);
      // A line the form refused would silently be missing from the table: refuse the whole value instead.
      if (parsed.lineErrors.length) throw new Error(parsed.lineErrors.map((e) => e.message).join(' '));
      return block.render(parsed.value);
    },
  };
}

/** The four budget tables as forms: one text box of rows; totals, deviations, 5 % and transfers are computed. */
export function budgetForms(thisYear = 2020): FormBlock[] {
  return INSERTABLE_BUDGET_KINDS.map((kind) => budgetForm(budgetFormSpec(kind, thisYear), thisYear));
}
