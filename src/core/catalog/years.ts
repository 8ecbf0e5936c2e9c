/**
 * The catalog's data files, one folder per budget year (data/<år>/goals.json and indicators.json).
 * The browser bundle cannot list a folder at run time, so each year is imported here: adding a
 * budget year is the new folder plus one line in CATALOG_DATA (and a test), no other code.
 */
import goals2020 from './data/2020/goals.json';
import indicators2020 from './data/2020/indicators.json';

/** Raw, unvalidated data per budget year; index.ts validates it with zod when it loads. */
export const CATALOG_DATA: readonly { goals: unknown; indicators: unknown }[] = [
  { goals: goals2020, indicators: indicators2020 },
];
