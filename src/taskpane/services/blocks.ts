/**
 * Insertable blocks known to the pane. Everything is rendered by the core (src/core/blocks/), so what
 * the officer inserts has exactly the layout the checker parses and `rapportstod new` writes.
 * The indicator table for a KF goal comes first: it is what officers copy from last year's report most.
 */
import { goals, indicatorsForGoal } from '../../core/catalog';
import { formBlocks } from '../../core/blocks/forms';
import { fieldErrors, indicatorTableSchema, type BlockReportType } from '../../core/blocks/schemas';
import { renderIndicatorTable as renderCoreIndicatorTable } from '../../core/blocks/render';
import { catalogIndicatorRow } from '../../core/skeleton';
import { OWN_INDICATORS_HINT, ownIndicatorRow, parseOwnIndicators } from '../../core/blocks/own-indicators';
import type { Edit } from '../../core/edits';
import { REPORT_TYPES } from '../../core/blocks/forms';
import type { BlockDefinition, BlockValue, FieldOption, Validation } from './types';

const kfGoalOptions: FieldOption[] = goals
  .filter((g) => g.level === 'kf-mal')
  .map((g) => ({ value: g.number, label: `${g.number}. ${g.title}` }));

const OWN = 'own';

function parsedOwn(value: BlockValue) {
  return parseOwnIndicators(
    value[OWN] ?? '',
    indicatorsForGoal(value.goal).map((i) => i.name),
  );
}

function indicatorTableValue(value: BlockValue): unknown {
  const type = (value.reportType || 'VB') as BlockReportType;
  const year = /^\d{4}$/.test(value.year.trim()) ? Number(value.year.trim()) : NaN;
  return {
    reportType: type,
    year,
    rows: [
      ...indicatorsForGoal(value.goal).map((ind) => catalogIndicatorRow(ind, type, year)),
      ...parsedOwn(value).indicators.map((ind) => ownIndicatorRow(ind, type, year)),
    ],
  };
}

function validateIndicatorTable(value: BlockValue): Validation {
  const errors: Record<string, string> = {};
  const own = parsedOwn(value);
  if (own.errors.length) errors[OWN] = own.errors.join(' ');
  if (!value.goal) errors.goal = 'Välj ett KF-mål.';
  else if (indicatorsForGoal(value.goal).length === 0 && own.indicators.length === 0 && !errors[OWN]) {
    errors.goal = 'Katalogen har inga indikatorer för det här målet; skriv egna indikatorer nedan.';
  }
  if (!REPORT_TYPES.some((t) => t.value === value.reportType)) errors.reportType = 'Välj rapporttyp.';
  // Four digits here; the range (2000–2099) and its own message come from the schema below.
  if (!/^\d{4}$/.test(value.year.trim())) errors.year = 'Skriv året med fyra siffror, t.ex. 2020.';
  if (Object.keys(errors).length === 0) {
    // The schema has the last word (e.g. a year outside its range), with its own Swedish messages.
    const parsed = indicatorTableSchema.safeParse(indicatorTableValue(value));
    for (const { path, message } of fieldErrors(parsed)) errors[path.startsWith('year') ? 'year' : 'goal'] ??= message;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

export function renderIndicatorTable(value: BlockValue): string {
  return renderCoreIndicatorTable(indicatorTableSchema.parse(indicatorTableValue(value)));
}

/** The own indicators' direction and unit go into the document with the table, so a reload judges them alike. */
function indicatorTableEdits(value: BlockValue): Edit[] {
  const { indicators } = parsedOwn(value);
  if (!indicators.length) return [];
  return [
    {
      kind: 'setCustomIndicators',
      indicators,
      reason: `Egna indikatorer: ${indicators.map((i) => i.name).join(', ')}`,
    },
  ];
}

export const indicatorTableBlock: BlockDefinition = {
  type: 'indicatorTable',
  label: 'Indikatortabell för ett KF-mål',
  fields: [
    { name: 'goal', label: 'KF:s mål för verksamhetsområdet', kind: 'select', options: kfGoalOptions, required: true },
    { name: 'reportType', label: 'Rapport', kind: 'select', options: REPORT_TYPES, required: true },
    { name: 'year', label: 'År', kind: 'text', required: true, hint: 'Till exempel 2020' },
    { name: OWN, label: 'Egna indikatorer (som inte finns i katalogen)', kind: 'multiline', hint: OWN_INDICATORS_HINT },
  ],
  initial: { goal: '', reportType: 'VB', year: String(new Date().getFullYear()), [OWN]: '' },
  validate: validateIndicatorTable,
  render: renderIndicatorTable,
  edits: indicatorTableEdits,
};

export const defaultBlocks: BlockDefinition[] = [
  indicatorTableBlock,
  ...formBlocks(undefined, new Date().getFullYear()),
];
