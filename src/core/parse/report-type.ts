/**
 * Report type, year and unit from the title: "Verksamhetsberättelse VB 2020 för Axelsbergs …",
 * "Tertialrapport 1 2020 för …", "Tertialrapport T2 2020", "Verksamhetsplan 2021 för …". The title
 * can break after "för" with the unit on the next line, as in seed 000.
 */
import type { ReportType, TextRef } from '../model';
import type { Line } from './lines';
import { squash } from './text';

export interface TitleInfo {
  type: ReportType;
  year: number | null;
  unit: string | null;
  title: TextRef;
}

const YEAR = '((?:19|20)\\d{2})';
const UNIT = '(?:\\s+f[öo]r(?:\\s+(.+?))?)?\\s*$';

const PATTERNS: readonly [
  RegExp,
  (m: RegExpExecArray) => { type: ReportType; year: string | undefined; unit: string | undefined },
][] = [
  [
    new RegExp(`^verksamhetsberättelse\\s+(?:vb\\s*)?${YEAR}${UNIT}`, 'i'),
    (m) => ({ type: 'VB', year: m[1], unit: m[2] }),
  ],
  [new RegExp(`^vb\\s*${YEAR}${UNIT}`, 'i'), (m) => ({ type: 'VB', year: m[1], unit: m[2] })],
  [
    new RegExp(`^tertialrapport\\s*(?:t\\s*)?([12])(?:\\s*\\(?t[12]\\)?)?(?:\\s+${YEAR})?${UNIT}`, 'i'),
    (m) => ({ type: m[1] === '1' ? 'T1' : 'T2', year: m[2], unit: m[3] }),
  ],
  [
    new RegExp(`^tertialrapport\\s+${YEAR}\\s*(?:[-,:]\\s*)?(?:t|tertial\\s*)([12])${UNIT}`, 'i'),
    (m) => ({ type: m[2] === '1' ? 'T1' : 'T2', year: m[1], unit: m[3] }),
  ],
  [
    new RegExp(`^t([12])\\s+${YEAR}${UNIT}`, 'i'),
    (m) => ({ type: m[1] === '1' ? 'T1' : 'T2', year: m[2], unit: m[3] }),
  ],
  [new RegExp(`^verksamhetsplan\\s+(?:vp\\s*)?${YEAR}${UNIT}`, 'i'), (m) => ({ type: 'VP', year: m[1], unit: m[2] })],
  [new RegExp(`^vp\\s*${YEAR}${UNIT}`, 'i'), (m) => ({ type: 'VP', year: m[1], unit: m[2] })],
];

/** Reads one title line; null when the line is not a report title. */
export function parseTitle(
  text: string,
): { type: ReportType; year: number | null; unit: string | null; endsWithFor: boolean } | null {
  const t = squash(text);
  if (t.length > 200) return null;
  for (const [re, pick] of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const r = pick(m);
    const unit = r.unit ? r.unit.replace(/[.\s]+$/, '').trim() : null;
    return {
      type: r.type,
      year: r.year ? Number(r.year) : null,
      unit: unit || null,
      endsWithFor: !unit && /\sf[öo]r\s*$/i.test(t),
    };
  }
  return null;
}

/** The first report title among the front lines; a title ending in "för" takes the unit from the next line. */
export function findTitle(lines: readonly Line[]): TitleInfo | null {
  for (let i = 0; i < lines.length; i++) {
    const p = parseTitle(lines[i].text);
    if (!p) continue;
    let unit = p.unit;
    let text = lines[i].text;
    if (p.endsWithFor && lines[i + 1]) {
      unit = lines[i + 1].text.replace(/[.\s]+$/, '').trim() || null;
      text = squash(text + ' ' + lines[i + 1].text);
    }
    return { type: p.type, year: p.year, unit, title: { text, loc: lines[i].loc } };
  }
  return null;
}
