/**
 * Insertable blocks known to the pane. The core's block renderers (src/core/blocks/) will add to
 * this list; the indicator table is wired here so the Infoga tab works end to end meanwhile.
 */
import { type CatalogIndicator, goals, indicatorsForGoal } from '../../core/catalog';
import { para, tableXml } from '../../core/ooxml/builders';
import type { BlockDefinition, BlockValue, FieldOption, Validation } from './types';

const REPORT_TYPES: FieldOption[] = [
  { value: 'VB', label: 'Verksamhetsberättelse (VB)' },
  { value: 'T1', label: 'Tertialrapport 1 (T1)' },
  { value: 'T2', label: 'Tertialrapport 2 (T2)' },
  { value: 'VP', label: 'Verksamhetsplan (VP)' },
];

const kfGoalOptions: FieldOption[] = goals
  .filter((g) => g.level === 'kf-mal')
  .map((g) => ({ value: g.number, label: `${g.number}. ${g.title}` }));

function periodText(type: string, year: string): string {
  if (type === 'T1') return `Tertial 1 ${year}`;
  if (type === 'T2') return `Tertial 2 ${year}`;
  return `VB ${year}`;
}

function previousOutcomeHeader(type: string, year: string): string {
  const prev = String(Number(year) - 1);
  return `Periodens utfall ${type === 'VB' ? 'VB' : type} ${prev}`;
}

// Twips for a landscape-free A4 text width (about 16 cm), the indicator name wide, the figures narrow.
const VB_COLUMNS = [2600, 900, 900, 900, 1000, 900, 900, 1000, 900];
const VP_COLUMNS = [4600, 1600, 1600, 1400];
const HEADER_FILL = 'DEEAF6';

function indicatorRow(type: string, year: string, ind: CatalogIndicator): string[] {
  const kf = ind.kfArsmal ?? '';
  if (type === 'VP') return [ind.name, '', kf, ind.period === 'tertial' ? 'Tertial' : 'År'];
  return [ind.name, '', '', '', '', '', '', kf, periodText(type, year)];
}

export function renderIndicatorTable(value: BlockValue): string {
  const type = value.reportType || 'VB';
  const year = value.year.trim();
  const indicators = indicatorsForGoal(value.goal);
  const header =
    type === 'VP'
      ? ['Indikator', 'Årsmål', 'KF:s årsmål', 'Periodicitet']
      : ['Indikator', 'Periodens utfall', 'Utfall män/ pojkar', 'Utfall kvinnor/ flickor', previousOutcomeHeader(type, year), 'Prognos helår', 'Årsmål', 'KF:s årsmål', 'Period'];
  const columns = type === 'VP' ? VP_COLUMNS : VB_COLUMNS;
  const rows = [
    { header: true, cells: header.map((h) => ({ content: h, bold: true, shading: HEADER_FILL })) },
    ...indicators.map((ind) => ({ cells: indicatorRow(type, year, ind) })),
  ];
  // An empty paragraph after the table keeps two inserted tables from merging into one.
  return tableXml({ columns, rows }) + para('');
}

function validateIndicatorTable(value: BlockValue): Validation {
  const errors: Record<string, string> = {};
  if (!value.goal) errors.goal = 'Välj ett KF-mål.';
  else if (indicatorsForGoal(value.goal).length === 0) errors.goal = 'Katalogen har inga indikatorer för det här målet.';
  if (!REPORT_TYPES.some((t) => t.value === value.reportType)) errors.reportType = 'Välj rapporttyp.';
  if (!/^20\d\d$/.test(value.year.trim())) errors.year = 'Skriv året med fyra siffror, t.ex. 2020.';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

export const indicatorTableBlock: BlockDefinition = {
  type: 'indicatorTable',
  label: 'Indikatortabell för ett KF-mål',
  fields: [
    { name: 'goal', label: 'KF:s mål för verksamhetsområdet', kind: 'select', options: kfGoalOptions, required: true },
    { name: 'reportType', label: 'Rapport', kind: 'select', options: REPORT_TYPES, required: true },
    { name: 'year', label: 'År', kind: 'text', required: true, hint: 'Till exempel 2020' },
  ],
  initial: { goal: '', reportType: 'VB', year: String(new Date().getFullYear()) },
  validate: validateIndicatorTable,
  render: renderIndicatorTable,
};

export const defaultBlocks: BlockDefinition[] = [indicatorTableBlock];
