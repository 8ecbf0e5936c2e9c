/**
 * Exact decimal arithmetic for budget figures: a value is `digits × 10^-scale` with a bigint
 * mantissa, so 0,1 + 0,2 is 0,3 and sums of mnkr columns never drift the way binary floats do.
 */
export interface Decimal {
  readonly digits: bigint;
  readonly scale: number;
}

export const ZERO: Decimal = { digits: 0n, scale: 0 };

const TEN = 10n;

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

export function dec(digits: bigint | number, scale = 0): Decimal {
  return { digits: typeof digits === 'number' ? BigInt(digits) : digits, scale };
}

/** Parses a plain decimal literal: optional "-", digits, optional "." and digits. */
export function parseDecimal(literal: string): Decimal | null {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(literal);
  if (!m) return null;
  const frac = m[3] ?? '';
  const digits = BigInt(m[2] + frac);
  return { digits: m[1] ? -digits : digits, scale: frac.length };
}

function rescale(a: Decimal, scale: number): bigint {
  return a.digits * pow10(scale - a.scale);
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { digits: rescale(a, scale) + rescale(b, scale), scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  return add(a, negate(b));
}

export function negate(a: Decimal): Decimal {
  return { digits: -a.digits, scale: a.scale };
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, scale: a.scale + b.scale };
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce(add, ZERO);
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function equals(a: Decimal, b: Decimal): boolean {
  return compare(a, b) === 0;
}

export function isZero(a: Decimal): boolean {
  return a.digits === 0n;
}

export function abs(a: Decimal): Decimal {
  return a.digits < 0n ? negate(a) : a;
}

/** Rounds to `scale` decimals, half away from zero (as Excel and Word's field arithmetic do). */
export function round(a: Decimal, scale: number): Decimal {
  if (a.scale <= scale) return { digits: rescale(a, scale), scale };
  const divisor = pow10(a.scale - scale);
  const negative = a.digits < 0n;
  const magnitude = negative ? -a.digits : a.digits;
  let q = magnitude / divisor;
  const r = magnitude % divisor;
  if (r * 2n >= divisor) q += 1n;
  return { digits: negative ? -q : q, scale };
}

/** Plain representation with "." as decimal point and exactly `scale` decimals, e.g. "-3.5". */
export function toPlainString(a: Decimal): string {
  const negative = a.digits < 0n;
  const s = (negative ? -a.digits : a.digits).toString().padStart(a.scale + 1, '0');
  const int = a.scale ? s.slice(0, -a.scale) : s;
  const frac = a.scale ? '.' + s.slice(-a.scale) : '';
  return (negative ? '-' : '') + int + frac;
}

/** For display and tests only: not for arithmetic. */
export function toNumber(a: Decimal): number {
  return Number(toPlainString(a));
}
