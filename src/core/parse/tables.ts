/**
 * Classifies a table by its header text — never by position, since exported tables move around
 * and headers arrive broken ("Utfall kvinn or/ flicko r", "Arsmål", line breaks inside cells) —
 * and reads indicator and activity rows into the model.
 */
import type {
  Activity,
  ActivityTable,
  Indicator,
  IndicatorColumn,
  IndicatorTable,
  IndicatorValue,
  TextRef,
} from '../model';
import { parseSwedishNumber } from '../numbers/swedish';
import type { Cell, Row, Table } from '../snapshot';
import { compactKey, isBlank, leadingSymbol, loc, squash, stripSymbols } from './text';

/** Column of an indicator-table header cell, from its compacted text. */
export function indicatorColumn(header: string): IndicatorColumn | null {
  const k = compactKey(header);
  if (k === '' || k === 'status') return 'status';
  if (k.startsWith('indikator')) return 'indikator';
  if (k.startsWith('periodensutfall')) return k === 'periodensutfall' ? 'utfall' : 'utfallForegaende';
  if (k === 'utfall') return 'utfall';
  if (k.startsWith('utfallman') || k.includes('pojkar')) return 'utfallMan';
  if (k.startsWith('utfallkvinn') || k.includes('flickor')) return 'utfallKvinnor';
  if (k.startsWith('utfall') && /\d{4}|vb|t[12]|foregaende/.test(k.slice(6))) return 'utfallForegaende';
  if (k.startsWith('prognos')) return 'prognos';
  if (k.startsWith('kfsarsmal') || k.startsWith('kfarsmal') || (k.startsWith('kf') && k.includes('arsmal')))
    return 'kfArsmal';
  if (k.startsWith('arsmal') || k === 'mal') return 'arsmal';
  if (k.startsWith('periodicitet')) return 'periodicitet';
  if (k === 'period' || k.startsWith('period')) return 'period';
  return null;
}

type ActivityColumn = 'aktivitet' | 'start' | 'slut' | 'avvikelse' | 'status';

function activityColumn(header: string): ActivityColumn | null {
  const k = compactKey(header);
  if (k === '' || k === 'status') return 'status';
  if (k.startsWith('aktivitet')) return 'aktivitet';
  if (k.startsWith('startdatum') || k === 'start') return 'start';
  if (k.startsWith('slutdatum') || k === 'slut') return 'slut';
  if (k.startsWith('avvikelse')) return 'avvikelse';
  return null;
}

export type TableKind = 'indicator' | 'activity' | 'other';

/** Maps every grid column to the header cell's column, so data cells are found by grid position. */
function gridMap<C>(header: Row, classify: (text: string) => C | null): Map<number, C | null> {
  const map = new Map<number, C | null>();
  for (const cell of header.cells) {
    const col = classify(cell.text);
    for (let g = cell.gridColumn; g < cell.gridColumn + Math.max(1, cell.gridSpan); g++) map.set(g, col);
  }
  return map;
}

/** How many grid columns a row covers. */
function rowWidth(row: Row): number {
  return row.cells.reduce((w, c) => Math.max(w, c.gridColumn + Math.max(1, c.gridSpan)), 0);
}

function headerRowIndex(t: Table): number {
  // The header is the first row with text; a leading blank row occurs in pasted tables.
  const i = t.rows.findIndex((r) => r.cells.some((c) => !isBlank(c.text)));
  return i < 0 ? 0 : i;
}

/**
 * A second header row under a header cell that spans several grid columns ("Utfall" over "Män" and
 * "Kvinnor"): its cells are words, not figures, and the row above has a spanning cell.
 */
function isSubHeader(header: Row, next: Row | undefined): boolean {
  if (!next || !header.cells.some((c) => c.gridSpan > 1)) return false;
  const texts = next.cells.map((c) => squash(c.text)).filter((t) => t !== '');
  if (texts.length === 0) return false;
  return texts.every((t) => t.length < 40 && !/\d/.test(t) && !/^analys\b/i.test(t));
}

/**
 * Maps every grid column to its header column over one or two header rows: under a spanning header cell,
 * the sub-header's words complete the name ("Utfall" + "Män" → Utfall män), so a spanning cell never
 * shifts the values one column left. Returns the map and the index of the last header row.
 */
function headerGrid<C>(t: Table, classify: (text: string) => C | null): { grid: Map<number, C | null>; last: number } {
  const h = headerRowIndex(t);
  const header = t.rows[h];
  const grid = gridMap(header, classify);
  const sub = t.rows[h + 1];
  if (!sub || !isSubHeader(header, sub)) return { grid, last: h };
  for (const cell of sub.cells) {
    if (isBlank(cell.text)) continue;
    const parent = header.cells.find(
      (p) => p.gridColumn <= cell.gridColumn && cell.gridColumn < p.gridColumn + Math.max(1, p.gridSpan),
    );
    const combined =
      classify(parent && parent.gridSpan > 1 ? `${parent.text} ${cell.text}` : cell.text) ?? classify(cell.text);
    for (let g = cell.gridColumn; g < cell.gridColumn + Math.max(1, cell.gridSpan); g++)
      if (combined !== null) grid.set(g, combined);
  }
  return { grid, last: h + 1 };
}

export function classifyTable(t: Table): { kind: TableKind; layout: 'VB/T' | 'VP' } {
  if (t.rows.length === 0) return { kind: 'other', layout: 'VB/T' };
  const header = t.rows[headerRowIndex(t)];
  const ind = header.cells.map((c) => indicatorColumn(c.text));
  if (ind.includes('indikator')) {
    const known = ind.filter((c) => c !== null && c !== 'status' && c !== 'indikator');
    if (known.length >= 2) {
      const vp =
        ind.includes('periodicitet') ||
        (!ind.includes('utfall') && !ind.includes('period') && !ind.includes('prognos'));
      return { kind: 'indicator', layout: vp ? 'VP' : 'VB/T' };
    }
  }
  const act = header.cells.map((c) => activityColumn(c.text));
  if (act.includes('aktivitet') && (act.includes('start') || act.includes('slut'))) {
    return { kind: 'activity', layout: act.includes('avvikelse') ? 'VB/T' : 'VP' };
  }
  return { kind: 'other', layout: 'VB/T' };
}

/** A row that carries the "Analys" of the row above: its first text cell starts with "Analys". */
function analysRow(row: Row, block: number, r: number): TextRef | null {
  const cells = row.cells.filter((c) => !isBlank(c.text));
  if (cells.length === 0) return null;
  const first = cells[0];
  const m = /^\s*analys\b\s*:?\s*/i.exec(stripSymbols(first.text));
  if (!m) return null;
  const firstRest = squash(stripSymbols(first.text).slice(m[0].length));
  const texts = [firstRest, ...cells.slice(1).map((c) => c.text.trim())].filter((t) => t !== '');
  const cellIndex = row.cells.indexOf(first);
  return { text: texts.join('\n'), loc: loc(block, r, cellIndex) };
}

function cellRef(cell: Cell | undefined, block: number, r: number, c: number): TextRef | null {
  if (!cell || isBlank(cell.text)) return null;
  return { text: squash(cell.text), loc: loc(block, r, c) };
}

function isDeviation(text: string): boolean {
  const t = squash(text).toLowerCase();
  if (t === '') return false;
  if (/^(ingen|nej|ej|inte|-|–|—|0)\b/.test(t) || /ingen avvikelse/.test(t)) return false;
  return true;
}

export function readIndicatorTable(t: Table, block: number, layout: 'VB/T' | 'VP'): IndicatorTable {
  const h = headerRowIndex(t);
  const header = t.rows[h];
  const { grid, last } = headerGrid(t, indicatorColumn);
  const columns = last > h ? [...new Set([...grid.values()])] : header.cells.map((c) => indicatorColumn(c.text));
  const firstHeaderGrid = header.cells.length ? header.cells[0].gridColumn : 0;
  const headerWidth = rowWidth(header);
  const indicators: Indicator[] = [];
  for (let r = last + 1; r < t.rows.length; r++) {
    const row = t.rows[r];
    if (row.cells.every((c) => isBlank(c.text))) continue;
    // A repeated header row (table broken over pages) is not an indicator.
    if (
      row.cells.some((c) => indicatorColumn(c.text) === 'indikator') &&
      compactKey(row.cells.map((c) => c.text).join('')).includes('arsmal')
    )
      continue;
    const analys = analysRow(row, block, r);
    if (analys) {
      appendAnalys(indicators[indicators.length - 1], analys);
      continue;
    }
    let name = '';
    let nameLoc = loc(block, r, 0);
    let status: string | null = null;
    const values: Partial<Record<IndicatorColumn, IndicatorValue>> = {};
    // Data rows may have an extra narrow status cell with no header above it: a row wider on the grid
    // than the header (not one with more cells, which a spanning header cell also gives).
    const shift =
      rowWidth(row) > headerWidth && firstHeaderGrid === 0 && header.cells.length > 0 ? rowWidth(row) - headerWidth : 0;
    row.cells.forEach((cell, c) => {
      const g = cell.gridColumn - shift;
      const col = g < 0 ? 'status' : (grid.get(g) ?? null);
      if (col === 'status') {
        if (!isBlank(cell.text)) status = squash(cell.text);
        return;
      }
      if (col === 'indikator') {
        const sym = leadingSymbol(cell.text);
        if (sym && status === null) status = sym;
        name = squash(stripSymbols(cell.text));
        nameLoc = loc(block, r, c);
        return;
      }
      if (col === null || values[col]) return;
      values[col] = { column: col, parsed: parseSwedishNumber(squash(cell.text)), loc: loc(block, r, c) };
    });
    if (name === '' && Object.values(values).every((v) => v === undefined || v.parsed.kind === 'empty')) continue;
    indicators.push({ name, loc: nameLoc, status, values, analys: null });
  }
  return { layout, block, columns, indicators };
}

/** An "Analys" row belongs to the row above it; a second one continues the first. */
function appendAnalys(owner: { analys: TextRef | null } | undefined, analys: TextRef): void {
  if (!owner) return;
  owner.analys = owner.analys ? { text: owner.analys.text + '\n' + analys.text, loc: owner.analys.loc } : analys;
}

export function readActivityTable(t: Table, block: number, layout: 'VB/T' | 'VP'): ActivityTable {
  const { grid, last } = headerGrid(t, activityColumn);
  const activities: Activity[] = [];
  for (let r = last + 1; r < t.rows.length; r++) {
    const row = t.rows[r];
    if (row.cells.every((c) => isBlank(c.text))) continue;
    // A header row pasted again in the body, with or without a status column before "Aktivitet".
    const kinds = row.cells.map((c) => activityColumn(c.text));
    if (kinds.includes('aktivitet') && (kinds.includes('start') || kinds.includes('slut'))) continue;
    const analys = analysRow(row, block, r);
    if (analys) {
      appendAnalys(activities[activities.length - 1], analys);
      continue;
    }
    let text = '';
    let textLoc = loc(block, r, 0);
    let start: TextRef | null = null;
    let end: TextRef | null = null;
    let deviation = false;
    row.cells.forEach((cell, c) => {
      const col = grid.get(cell.gridColumn) ?? null;
      if (col === 'aktivitet') {
        text = squash(stripSymbols(cell.text));
        textLoc = loc(block, r, c);
      } else if (col === 'start') start = cellRef(cell, block, r, c);
      else if (col === 'slut') end = cellRef(cell, block, r, c);
      else if (col === 'avvikelse') deviation = isDeviation(cell.text);
    });
    if (text === '' && start === null && end === null) continue;
    activities.push({ text, loc: textLoc, start, end, deviation, analys: null });
  }
  return { layout, block, activities };
}
