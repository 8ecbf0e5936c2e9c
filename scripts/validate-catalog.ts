/**
 * Validates the catalog data per budget year (src/core/catalog/data/<år>/goals.json, indicators.json) and the report template per budget year
 * (src/core/template/data/*.json) before a build: the zod schemas, and
 * what the schemas cannot see on their own — an indicator pointing at a goal that does not exist or
 * at an inriktningsmål instead of a KF goal, or an alias that is another indicator's name. A broken
 * catalog would otherwise only show up as a skeleton without indicators or a wrong direction check.
 *
 * Run: npx ts-node --transpile-only scripts/validate-catalog.ts  (part of `npm run build`)
 * Exit 0 when valid, 1 with one Swedish line per problem otherwise.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CATALOG_YEARS } from '../src/core/catalog/index';
import { goalsFileSchema, indicatorsFileSchema } from '../src/core/catalog/schema';
import { TEMPLATE_FILES } from '../src/core/template/index';
import { templateFileSchema } from '../src/core/template/schema';

export const CATALOG_DIR = join(__dirname, '..', 'src', 'core', 'catalog', 'data');

function issues(file: string, error: { issues: { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => `${file}: ${i.path.length ? `${i.path.map(String).join('.')}: ` : ''}${i.message}`);
}

/** Problems with the catalog data, in Swedish; empty when it is valid. */
export function validateCatalog(goalsData: unknown, indicatorsData: unknown): string[] {
  const goals = goalsFileSchema.safeParse(goalsData);
  const indicators = indicatorsFileSchema.safeParse(indicatorsData);
  const out: string[] = [];
  if (!goals.success) out.push(...issues('goals.json', goals.error));
  if (!indicators.success) out.push(...issues('indicators.json', indicators.error));
  if (!goals.success || !indicators.success) return out;

  const byNumber = new Map(goals.data.goals.map((g) => [g.number, g]));
  const names = new Map(indicators.data.indicators.map((i) => [i.name.toLowerCase(), i.name]));
  indicators.data.indicators.forEach((ind, n) => {
    const goal = byNumber.get(ind.goal);
    if (!goal)
      out.push(
        `indicators.json: indicators.${n}.goal: Indikatorn "${ind.name}" hör till mål ${ind.goal}, som inte finns i goals.json.`,
      );
    else if (goal.level !== 'kf-mal')
      out.push(
        `indicators.json: indicators.${n}.goal: Indikatorn "${ind.name}" ska höra till ett KF-mål, inte till inriktningsmål ${ind.goal}.`,
      );
    for (const alias of ind.aliases ?? []) {
      const other = names.get(alias.toLowerCase());
      if (other && other !== ind.name)
        out.push(`indicators.json: indicators.${n}.aliases: Aliaset "${alias}" är namnet på en annan indikator.`);
    }
  });
  return out;
}

function readJson(file: string, dir = CATALOG_DIR): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (e) {
    return { error: `${file} kunde inte läsas som JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * Every year folder of the catalog (data/<år>/): its two files valid and consistent, their budgetYear
 * the folder's, and the year listed in src/core/catalog/years.ts — a folder not listed there would
 * never be used, which is the one mistake the schemas cannot see.
 */
export function validateCatalogYears(
  dir = CATALOG_DIR,
  registered: readonly number[] = CATALOG_YEARS.map((y) => y.budgetYear),
): string[] {
  const out: string[] = [];
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  if (folders.length === 0) out.push('Målkatalogen har inga budgetår (data/<år>/).');
  for (const year of folders) {
    const read = (file: string): unknown => readJson(join(year, file), dir);
    const goals = read('goals.json');
    const indicators = read('indicators.json');
    out.push(...validateCatalog(goals, indicators).map((p) => `${year}/${p}`));
    for (const [file, data] of [
      ['goals.json', goals],
      ['indicators.json', indicators],
    ] as const) {
      const y = (data as { budgetYear?: number | string }).budgetYear;
      if (y !== undefined && String(y) !== year)
        out.push(`${year}/${file}: budgetYear ${String(y)} stämmer inte med mappens namn.`);
    }
    if (!registered.includes(Number(year)))
      out.push(`${year}/: budgetåret finns inte i src/core/catalog/years.ts och används därför aldrig.`);
  }
  return out;
}

export const TEMPLATE_DIR = join(__dirname, '..', 'src', 'core', 'template', 'data');

/** Problems with the report template files (src/core/template/data/<budgetår>.json), in Swedish. */
export function validateTemplates(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.json'))) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(TEMPLATE_DIR, name), 'utf8'));
    } catch (e) {
      out.push(`template/${name} kunde inte läsas som JSON: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const parsed = templateFileSchema.safeParse(data);
    if (!parsed.success) out.push(...issues(`template/${name}`, parsed.error));
    else if (`${parsed.data.budgetYear}.json` !== name)
      out.push(`template/${name}: budgetYear ${parsed.data.budgetYear} stämmer inte med filnamnet.`);
    else if (!TEMPLATE_FILES.some((f) => f.budgetYear === parsed.data.budgetYear)) {
      out.push(`template/${name}: budgetåret finns inte i src/core/template/index.ts och används därför aldrig.`);
    }
  }
  return out;
}

if (require.main === module) {
  const problems = [...validateCatalogYears(), ...validateTemplates()];
  if (problems.length) {
    process.stderr.write(
      `Katalogen eller mallen är inte giltig (${problems.length} fel):\n${problems.map((p) => `  ${p}`).join('\n')}\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write('Katalogen och mallen är giltiga.\n');
  }
}
