import { dec, parseDecimal, toPlainString, add, sum, round } from './decimal';
import { columnStyle, formatSwedishNumber, numberOf, parseSwedishNumber } from './swedish';

const value = (raw: string) => {
  const p = parseSwedishNumber(raw);
  return p.kind === 'number' ? toPlainString(p.value) : p.kind;
};

describe('parseSwedishNumber on figures from the seeds', () => {
  test.each([
    ['2017,9', '2017.9'],
    ['2 312,2', '2312.2'],
    ['2\u00a0312,2', '2312.2'],
    ['2\u202f312,2', '2312.2'],
    ['747560', '747560'],
    ['-16 482', '-16482'],
    ['\u22123,5', '-3.5'],
    ['\u20133,5', '-3.5'],
    ['0,0', '0.0'],
    ['87 %', '87'],
    ['87%', '87'],
    ['4,8 %', '4.8'],
    ['360 st', '360'],
    [' 53,8 ', '53.8'],
  ])('%j is %s', (raw, expected) => {
    expect(value(raw)).toBe(expected);
  });

  test.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['i.u.', 'not-given'],
    ['-', 'not-given'],
    ['–', 'not-given'],
    ['\u2212', 'not-given'],
    ['Tas fram av nämnd', 'text'],
    ['ca 4,5', 'text'],
    ['4,', 'text'],
  ])('%j is %s', (raw, kind) => {
    expect(parseSwedishNumber(raw).kind).toBe(kind);
  });

  test('blank is no number, not zero', () => {
    expect(numberOf('')).toBeNull();
    expect(numberOf('0')).toEqual(dec(0));
  });
});

describe('formatSwedishNumber writes in the document’s own style', () => {
  const styleOf = (raw: string) => {
    const p = parseSwedishNumber(raw);
    if (p.kind !== 'number') throw new Error(raw);
    return p.style;
  };

  test.each([
    ['2017,9', '2017.9', '2017,9'],
    ['2 312,2', '2017.9', '2 017,9'],
    ['-22,0', '-3.5', '-3,5'],
    ['\u22121,0', '-3.5', '\u22123,5'],
    ['1 320', '-16482', '-16 482'],
    ['87 %', '90', '90 %'],
    ['0,0', '0', '0,0'],
  ])('in the style of %j, %s is %j', (seen, plain, expected) => {
    const v = parseDecimal(plain);
    if (!v) throw new Error(plain);
    expect(formatSwedishNumber(v, styleOf(seen))).toBe(expected);
  });

  test('a column style takes the most decimals, a separator and a special minus if any number shows them', () => {
    const style = columnStyle(['53,8', '0', '-1', '2 017,9', '\u22123,5'].map(styleOf));
    expect(style).toMatchObject({ decimals: 1, thousands: ' ', minus: '\u2212' });
    expect(formatSwedishNumber(dec(-20179, 1), style)).toBe('\u22122 017,9');
  });
});

describe('decimal arithmetic is exact', () => {
  test('0,1 + 0,2 = 0,3 and sums of mnkr columns do not drift', () => {
    expect(toPlainString(add(dec(1, 1), dec(2, 1)))).toBe('0.3');
    const budget = ['53,8', '172,9', '14,7', '10,5', '0,8', '686,4', '609,6', '354,9', '24,6', '12,6', '77,1', '0'];
    expect(toPlainString(sum(budget.map((b) => numberOf(b) ?? dec(0))))).toBe('2017.9');
  });

  test('rounding is half away from zero, as the 5 % column of seed 001 is (49 870 → 2 494, 82 650 → 4 133)', () => {
    expect(toPlainString(round(dec(24935, 1), 0))).toBe('2494');
    expect(toPlainString(round(dec(41325, 1), 0))).toBe('4133');
    expect(toPlainString(round(dec(-35, 1), 0))).toBe('-4');
  });
});

describe('less common but valid Swedish forms', () => {
  test('a thin space (U+2009) as thousands separator is read, and kept when the figure is written back', () => {
    const p = parseSwedishNumber('2\u2009017,9');
    expect(p.kind).toBe('number');
    if (p.kind !== 'number') return;
    expect(toPlainString(p.value)).toBe('2017.9');
    expect(formatSwedishNumber(dec(-23122, 1), p.style)).toBe('-2\u2009312,2');
  });

  test('a plus sign on a positive deviation is kept when the figure is written back', () => {
    const p = parseSwedishNumber('+3,5');
    if (p.kind !== 'number') throw new Error('not a number');
    expect(toPlainString(p.value)).toBe('3.5');
    expect(formatSwedishNumber(dec(12, 1), p.style)).toBe('+1,2');
    expect(formatSwedishNumber(dec(-12, 1), p.style)).toBe('-1,2');
    expect(formatSwedishNumber(dec(0, 1), p.style)).toBe('0,0');
  });
});
