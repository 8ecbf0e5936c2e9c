/**
 * Swedish number conventions as real reports write them: decimal comma, space / no-break space /
 * narrow no-break space as thousands separator, "-", "−" (U+2212) or "–" as minus, "%" with or
 * without a space, a unit after the number ("st", "mnkr", "GWh", "kg CO2 per kg livsmedel").
 * A parsed value remembers its style so that a recomputed figure is written back the same way.
 */
import { Decimal, dec, negate, parseDecimal, round } from './decimal';

export interface NumberStyle {
  /** Number of decimals written. */
  decimals: number;
  /** Thousands separator seen ('' when none was needed or seen). */
  thousands: '' | ' ' | '\u00a0' | '\u202f' | '\u2009';
  decimalMark: ',' | '.';
  minus: '-' | '\u2212' | '\u2013';
  /** A positive value is written with "+" (an Avvikelse column written "+3,5"). Absent means no. */
  plus?: boolean;
  /** Text after the number, including its leading space: " %", "%", " st", " mnkr", or ''. */
  suffix: string;
}

export type ParsedValue =
  | { kind: 'number'; raw: string; value: Decimal; unit: string | null; percent: boolean; style: NumberStyle }
  /** Blank cell: 0 or "not given", depending on the table. */
  | { kind: 'empty'; raw: string }
  /** An explicit "no figure": "i.u.", "-", "–", "−", "..", "saknas". */
  | { kind: 'not-given'; raw: string }
  /** Words: "Tas fram av nämnd", "öka", "Ingen". */
  | { kind: 'text'; raw: string };

export const DEFAULT_STYLE: NumberStyle = { decimals: 0, thousands: ' ', decimalMark: ',', minus: '-', suffix: '' };

const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const NOT_GIVEN = /^(?:i\.?\s?u\.?|-|\u2013|\u2212|\u2014|\.\.|saknas|ej aktuellt|e\.?\s?a\.?)$/i;
// A number with optional minus, thousands groups and decimals, then an optional unit/percent.
const NUMBER =
  /^([-\u2212\u2013+]?)\s?(\d{1,3}(?:([ \u00a0\u202f\u2009])\d{3})+|\d+)(?:([,.])(\d+))?(\s*%|\s+[A-Za-zÅÄÖåäö][^\d]*.*|\s*(?:st|kr|tkr|mnkr|mdkr|GWh|MWh|kWh)\b.*)?$/;

/** Parses a cell or indicator value. Never throws; anything unreadable is `text`. */
export function parseSwedishNumber(raw: string): ParsedValue {
  const trimmed = raw.replace(/[\u200b\ufeff]/g, '').trim();
  if (trimmed === '') return { kind: 'empty', raw };
  if (NOT_GIVEN.test(trimmed)) return { kind: 'not-given', raw };
  const m = NUMBER.exec(trimmed);
  if (!m) return { kind: 'text', raw };
  const [, sign, intPart, sep, mark, frac, tail] = m;
  let decimalMark: ',' | '.' = ',';
  const fraction = frac ?? '';
  const integer = intPart.replace(SPACES, '');
  if (mark === '.') {
    // "1.234" with no comma is a thousands dot only if three digits follow and a group pattern fits;
    // Swedish reports use the dot as a decimal point more often (pasted from English Excel).
    decimalMark = '.';
  }
  if (mark && !frac) return { kind: 'text', raw };
  const literal = integer + (fraction ? '.' + fraction : '');
  const parsed = parseDecimal(literal);
  if (!parsed) return { kind: 'text', raw };
  const negative = sign === '-' || sign === '\u2212' || sign === '\u2013';
  const value = negative ? negate(parsed) : parsed;
  const suffix = tail ?? '';
  const percent = /%/.test(suffix);
  const unitText = suffix.replace('%', '').trim();
  const style: NumberStyle = {
    decimals: fraction.length,
    thousands: (sep as NumberStyle['thousands']) ?? '',
    decimalMark,
    minus: negative ? sign : '-',
    suffix,
  };
  if (sign === '+') style.plus = true;
  return { kind: 'number', raw, value, unit: unitText || null, percent, style };
}

/** The numeric value of a cell, or null when it holds no number. Blank is null, not 0. */
export function numberOf(raw: string): Decimal | null {
  const p = parseSwedishNumber(raw);
  return p.kind === 'number' ? p.value : null;
}

/**
 * Writes a value in the given style: rounded to its decimals, thousands grouped when the style
 * groups (or when the style was seen on a number too small to need grouping — then a plain space),
 * the style's minus sign and suffix.
 */
export function formatSwedishNumber(value: Decimal, style: NumberStyle = DEFAULT_STYLE): string {
  const r = round(value, style.decimals);
  const negative = r.digits < 0n;
  const s = (negative ? -r.digits : r.digits).toString().padStart(r.scale + 1, '0');
  const int = r.scale ? s.slice(0, -r.scale) : s;
  const frac = r.scale ? s.slice(-r.scale) : '';
  const grouped = style.thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands) : int;
  const body = grouped + (frac ? style.decimalMark + frac : '');
  const sign = negative ? style.minus : style.plus && r.digits > 0n ? '+' : '';
  return sign + body + style.suffix;
}

/**
 * The style a column uses, from the styles of its parsed numbers: the most decimals seen, a thousands
 * separator if any number had one, the minus sign if any negative was written.
 */
export function columnStyle(styles: readonly NumberStyle[], fallback: NumberStyle = DEFAULT_STYLE): NumberStyle {
  if (styles.length === 0) return fallback;
  const decimals = Math.max(...styles.map((s) => s.decimals));
  const thousands = styles.find((s) => s.thousands)?.thousands ?? '';
  const minus = styles.find((s) => s.minus !== '-')?.minus ?? '-';
  const style: NumberStyle = {
    decimals,
    thousands,
    decimalMark: styles[0].decimalMark,
    minus,
    suffix: styles[0].suffix,
  };
  if (styles.some((s) => s.plus)) style.plus = true;
  return style;
}

export { dec };
