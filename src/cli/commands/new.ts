/**
 * `rapportstod new --type VB|T1|T2|VP --unit NAMN --year ÅÅÅÅ [--goals 1.1,1.5] -o FIL`: writes a
 * report skeleton from the catalog. An existing file is never overwritten: a skeleton written over
 * a half-finished report would lose the user's text.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { createDocx } from '../../docx/package-writer';
import { renderSkeleton, skeletonValue, UnknownGoalError, type SkeletonOptions } from '../../core/skeleton/index';
import { writeFailure, type Command } from '../io';

/** The author property of a new report, for the officer to replace with their name (Arkiv > Info). */
export const AUTHOR_PLACEHOLDER = 'Handläggarens namn';

const USAGE = 'Användning: rapportstod new --type VB|T1|T2|VP --unit NAMN --year ÅÅÅÅ [--goals 1.1,1.5] -o FIL';
const TYPES = ['VB', 'T1', 'T2', 'VP'] as const;

interface Args {
  options: Omit<SkeletonOptions, 'date'>;
  out: string;
}

function todayIso(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function parseNewArgs(args: string[]): Args | string {
  const values: Record<string, string> = {};
  const flags: Record<string, string> = {
    '--type': 'type',
    '--unit': 'unit',
    '--year': 'year',
    '--goals': 'goals',
    '-o': 'out',
    '--output': 'out',
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.indexOf('=');
    const flag = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const key = flags[flag];
    if (!key) return a.startsWith('-') ? `Okänd flagga: ${a}` : `Oväntat argument: ${a}`;
    const value = eq > 0 && a.startsWith('--') ? a.slice(eq + 1) : args[++i];
    if (value === undefined || (value.startsWith('-') && eq < 0)) return `Flaggan ${flag} behöver ett värde.`;
    if (key in values) return `Flaggan ${flag} är angiven två gånger.`;
    values[key] = value;
  }
  const type = (values.type ?? '').toUpperCase();
  if (!values.type) return 'Ange rapporttyp med --type VB, T1, T2 eller VP.';
  if (!(TYPES as readonly string[]).includes(type))
    return `Okänd rapporttyp "${values.type}". Välj VB, T1, T2 eller VP.`;
  const unit = (values.unit ?? '').trim();
  if (!unit) return 'Ange enhetens namn med --unit, t.ex. --unit "Axelsbergs vård- och omsorgsboende".';
  if (!values.year) return 'Ange året med --year, t.ex. --year 2020.';
  if (!/^20\d\d$/.test(values.year.trim())) return `Året "${values.year}" ska skrivas med fyra siffror, t.ex. 2020.`;
  if (!values.out) return 'Ange utfilen med -o FIL, t.ex. -o rapport.docx.';
  if (!/\.docx$/i.test(values.out)) return `Utfilen ska sluta på .docx (fick ${values.out}).`;
  let goals: string[] | undefined;
  if (values.goals !== undefined) {
    goals = values.goals
      .split(/[\s;]+|,(?=\s*\d+[.,]\d)/)
      .map((g) => g.trim())
      .filter((g) => g !== '');
    if (goals.length === 0) return 'Ange minst ett KF-mål med --goals, t.ex. --goals 1.1,1.5.';
  }
  return {
    options: { type: type as (typeof TYPES)[number], unit, year: Number(values.year.trim()), goals },
    out: values.out,
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

export const run: Command = async (args, io) => {
  const parsed = parseNewArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  let value;
  try {
    value = skeletonValue({ ...parsed.options, date: todayIso() });
  } catch (e) {
    if (e instanceof UnknownGoalError) {
      io.err(`${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const out = parsed.out;
  if (await exists(out)) {
    io.err(`Filen ${out} finns redan och skrivs inte över. Välj ett annat namn eller ta bort filen först.\n`);
    return 2;
  }
  // Title, an author to fill in and Swedish as the language (styles.xml's defaults) by construction,
  // so a new report passes the accessibility checks (src/core/rules/a11y).
  const bytes = createDocx(renderSkeleton(value), {
    title: value.front.title,
    author: AUTHOR_PLACEHOLDER,
    updateFields: true,
  });
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    io.err(`${writeFailure(out, e)}\n`);
    return 2;
  }
  io.out(`Skapade ${out}: ${value.front.title}, ${value.goals.length} KF-mål.\n`);
  if (value.catalogNote) io.err(`Obs: ${value.catalogNote}\n`);
  return 0;
};
