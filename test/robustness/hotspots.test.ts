/**
 * Speed-ups made from the benchmark's profile must not change results: each optimised helper is
 * compared with the straightforward version it replaced, on random strings built from the
 * characters that matter to it.
 */
import { squash } from '../../src/core/parse/text';
import { mulberry32 } from '../gen/prng';

/** squash as it was before the benchmark: replace every whitespace run, lone spaces included. */
function squashReference(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u200b\ufeff]+/g, ' ').trim();
}

test('squash gives the same result as the reference on 100 000 random strings', () => {
  const chars = [
    ' ',
    ' ',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u00a0',
    '\u202f',
    '\u200b',
    '\ufeff',
    '\u3000',
    '\u2003',
    '\u2028',
    'a',
    'ö',
    '1',
    ',',
    '%',
  ];
  const rand = mulberry32(1);
  const differing: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    let s = '';
    for (let n = Math.floor(rand() * 14); n > 0; n--) s += chars[Math.floor(rand() * chars.length)];
    if (squash(s) !== squashReference(s)) differing.push(JSON.stringify(s));
    if (differing.length > 5) break;
  }
  expect(differing).toEqual([]);
});

test('squash on report text', () => {
  expect(squash('  Sjukfrånvaro\u00a0dag 1-14 \t\n 3,9\u202f%  ')).toBe('Sjukfrånvaro dag 1-14 3,9 %');
  expect(squash('Uppföljning av ekonomi')).toBe('Uppföljning av ekonomi');
  expect(squash('Sammanfattande analys\t3')).toBe('Sammanfattande analys 3');
  expect(squash('\u200b\ufeff')).toBe('');
});
