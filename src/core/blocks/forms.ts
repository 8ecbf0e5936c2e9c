/**
 * Flat forms over the block registry, in the shape the task pane's Infoga tab takes
 * (`BlockDefinition` in src/taskpane/services/types.ts: string fields, validate → errors per field,
 * render). Declared here structurally, so the core does not import the pane. Each form maps its
 * fields onto a block value and lets the block's zod schema judge it, so the pane shows the same
 * Swedish messages as every other caller.
 */
import { type BlockCatalog, defaultCatalog, findBlockType } from './index';
import type { BlockReportType, FieldError } from './schemas';

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

export interface FormBlock {
  type: string;
  label: string;
  fields: FormField[];
  initial?: FormValue;
  validate(value: FormValue): { ok: true } | { ok: false; errors: Record<string, string> };
  render(value: FormValue): string;
}

const REPORT_TYPES: FormOption[] = [
  { value: 'VB', label: 'Verksamhetsberättelse (VB)' },
  { value: 'T1', label: 'Tertialrapport 1 (T1)' },
  { value: 'T2', label: 'Tertialrapport 2 (T2)' },
  { value: 'VP', label: 'Verksamhetsplan (VP)' },
];

const ASSESSMENTS: FormOption[] = [
  { value: '', label: 'Inte bedömt än' },
  { value: 'helt', label: 'Uppfylls helt' },
  { value: 'delvis', label: 'Uppfylls delvis' },
  { value: 'inte', label: 'Uppfylls inte' },
];

const isVp = (v: FormValue): boolean => v.reportType === 'VP';
const reportTypeField: FormField = { name: 'reportType', label: 'Rapport', kind: 'select', options: REPORT_TYPES, required: true };
const yearField: FormField = { name: 'year', label: 'År', kind: 'text', required: true, hint: 'Till exempel 2020' };

function reportType(v: FormValue): BlockReportType {
  return (v.reportType || 'VB') as BlockReportType;
}

function year(v: FormValue): number {
  return /^\d{4}$/.test((v.year ?? '').trim()) ? Number(v.year.trim()) : NaN;
}

/** Block-value error paths → form field names; errors on fields the form does not show go to the first field. */
function toFormErrors(errors: FieldError[], pathToField: (path: string) => string | null, fallback: string): Record<string, string> {
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
  toValue: (v: FormValue, catalog: BlockCatalog) => unknown,
  pathToField: (path: string) => string | null,
  catalog: BlockCatalog,
): FormBlock {
  const block = findBlockType(type);
  if (!block) throw new Error(`Okänd blocktyp ${type}`);
  return {
    type,
    label,
    fields,
    initial,
    validate(v) {
      const errors = block.validate(toValue(v, catalog));
      return errors.length ? { ok: false, errors: toFormErrors(errors, pathToField, fields[0].name) } : { ok: true };
    },
    render: (v) => block.render(toValue(v, catalog)),
  };
}

/** The Infoga tab's forms: KF goal with catalog indicators, nämndmål, enhetsmål, one activity. */
export function formBlocks(catalog: BlockCatalog = defaultCatalog, thisYear = 2020): FormBlock[] {
  const kfOptions: FormOption[] = catalog.goals.filter((g) => g.level === 'kf-mal').map((g) => ({ value: g.number, label: `${g.number}. ${g.title}` }));
  const initialCommon = { reportType: 'VB', year: String(thisYear) };
  const simple = (path: string): string | null => (path === '' ? null : path.split('.')[0]);

  const kfGoalForm = form(
      'kfGoal',
      'KF-mål med indikatorer',
      [{ name: 'goal', label: 'KF:s mål för verksamhetsområdet', kind: 'select', options: kfOptions, required: true }, reportTypeField, yearField],
      { goal: '', ...initialCommon },
      (v, c) => {
        const def = findBlockType('kfGoal')!.defaultValue(c, { reportType: reportType(v), year: year(v), goal: v.goal });
        // No goal chosen: an empty KF goal, so the schema names the missing field.
        return v.goal ? def : { ...(def as object), kfMal: { number: '', title: '' } };
      },
      (p) => (p.startsWith('kfMal') || p.startsWith('inriktningsmal') ? 'goal' : simple(p)),
      catalog,
    );
  const validateKf = kfGoalForm.validate;
  kfGoalForm.validate = (v) => (v.goal ? validateKf(v) : { ok: false, errors: { goal: 'Välj ett KF-mål.' } });

  return [
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
      (v) => ({ reportType: reportType(v), title: v.title ?? '', beskrivning: v.beskrivning ?? '', forvantatResultat: v.forvantatResultat ?? '' }),
      simple,
      catalog,
    ),
    form(
      'enhetsmal',
      'Enhetsmål',
      [
        reportTypeField,
        { name: 'title', label: 'Enhetsmål', kind: 'text', required: true },
        { name: 'assessment', label: 'Bedömning', kind: 'select', options: ASSESSMENTS, visible: (v) => !isVp(v) },
        { name: 'forvantatResultat', label: 'Förväntat resultat', kind: 'multiline' },
        { name: 'analys', label: 'Analys', kind: 'multiline', visible: (v) => !isVp(v) },
        { name: 'arbetssatt', label: 'Arbetssätt', kind: 'multiline', visible: isVp },
        { name: 'resursanvandning', label: 'Resursanvändning', kind: 'multiline', visible: isVp },
        { name: 'uppfoljning', label: 'Uppföljning', kind: 'multiline', visible: isVp },
        { name: 'utveckling', label: 'Utveckling', kind: 'multiline', visible: isVp },
      ],
      { reportType: 'VB', title: '', assessment: '', forvantatResultat: '', analys: '', arbetssatt: '', resursanvandning: '', uppfoljning: '', utveckling: '' },
      (v) => {
        const vp = isVp(v);
        // Fields hidden for the chosen report type are left out rather than refused.
        return {
          reportType: reportType(v),
          title: v.title ?? '',
          assessment: vp || !v.assessment ? null : v.assessment,
          forvantatResultat: v.forvantatResultat ?? '',
          analys: vp ? '' : v.analys ?? '',
          ...(vp ? { arbetssatt: v.arbetssatt ?? '', resursanvandning: v.resursanvandning ?? '', uppfoljning: v.uppfoljning ?? '', utveckling: v.utveckling ?? '' } : {}),
        };
      },
      simple,
      catalog,
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
        rows: [{ text: v.text ?? '', start: v.start ?? '', end: v.end ?? '', deviation: !isVp(v) && v.deviation === 'ja', analys: v.analys ?? '' }],
      }),
      (p) => (p.startsWith('rows.0.') ? p.split('.')[2] : simple(p)),
      catalog,
    ),
  ];
}
