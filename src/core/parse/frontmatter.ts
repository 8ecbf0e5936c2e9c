/**
 * Front matter: Dnr, date, Handläggare, Till, Telefon. Seeds write a label and its value in one
 * paragraph ("Dnr: HÄ 2020/362", "Telefon: 08-508 23 762") or in two ("Handläggare" then the
 * name), in paragraphs or in table cells, and sometimes two labels on one line
 * ("Handläggare<tab>Till") with the values on the next line in the same order.
 */
import type { FrontMatter, TextRef } from '../model';
import type { DocSnapshot } from '../snapshot';
import { headerLines, linesBefore, type Line } from './lines';

type Key = 'dnr' | 'handlaggare' | 'till' | 'telefon';

const LABELS: readonly [Key, RegExp][] = [
  ['dnr', /^dnr\b\s*[:.]?\s*(.*)$/i],
  ['handlaggare', /^handläggare\b\s*:?\s*(.*)$/i],
  ['till', /^till\b\s*:?\s*(.*)$/i],
  ['telefon', /^(?:telefon|tel\.?|tfn)\s*:?\s*(.*)$/i],
];

const DATE = /(?:^|\bdatum\s*:?\s*)(\d{4}-\d{2}-\d{2})\s*$/i;

function labelOf(text: string): { key: Key; rest: string } | null {
  for (const [key, re] of LABELS) {
    const m = re.exec(text);
    if (m) {
      // "Till" opens many sentences ("Tillsammans …" is excluded by \b; "Till exempel …" is not a label).
      if (key === 'till' && m[1] !== '' && !/^till\s*:/i.test(text)) return null;
      return { key, rest: m[1].trim() };
    }
  }
  return null;
}

/** Several labels on one line separated by tabs or runs of spaces: "Handläggare  Till". */
function labelRow(text: string): Key[] | null {
  const parts = text
    .split(/\t+|\s{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return null;
  const keys: Key[] = [];
  for (const p of parts) {
    const l = labelOf(p);
    if (!l || l.rest !== '') return null;
    keys.push(l.key);
  }
  return keys;
}

/**
 * Front matter from the first page's header and the lines before `endBlock` (the TOC or the first
 * section heading); the header comes first, as the template's place for Dnr and date.
 */
export function parseFrontMatter(snapshot: DocSnapshot, endBlock: number, rawLines?: Line[]): FrontMatter {
  const lines = rawLines ?? [...headerLines(snapshot), ...linesBefore(snapshot, endBlock)];
  const fm: FrontMatter = { dnr: null, date: null, handlaggare: null, till: null, telefon: null };
  const set = (key: Key, ref: TextRef): void => {
    if (fm[key] === null && ref.text !== '') fm[key] = ref;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fm.date === null) {
      const d = DATE.exec(line.text);
      if (d && line.text.length <= 40) fm.date = { text: d[1], loc: line.loc };
    }
    const row = line.container === 'body' ? labelRow(line.text) : null;
    if (row) {
      const next = lines[i + 1];
      if (next) {
        const values = next.text.split(/\t+|\s{2,}/).map((p) => p.trim());
        row.forEach((key, k) => {
          if (values[k]) set(key, { text: values[k], loc: next.loc });
        });
      }
      continue;
    }
    const label = labelOf(line.text);
    if (!label) continue;
    if (label.rest !== '') {
      set(label.key, { text: label.rest, loc: line.loc });
      continue;
    }
    // The value is the next line in the same cell, or the next body line.
    const next = lines[i + 1];
    if (next && next.container === line.container && !labelOf(next.text)) {
      set(label.key, { text: next.text, loc: next.loc });
      continue;
    }
    // A label alone in a table cell ("Handläggare | Till") has its value in the cell below.
    if (line.loc.row !== undefined) {
      const below = lines.find(
        (l) => l.loc.block === line.loc.block && l.loc.row === line.loc.row! + 1 && l.loc.cell === line.loc.cell,
      );
      if (below && !labelOf(below.text)) set(label.key, { text: below.text, loc: below.loc });
    }
  }
  return fm;
}
