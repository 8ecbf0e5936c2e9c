/**
 * The core's folders import each other one way only (the skeleton builds on the blocks, the rules on
 * the budget analysis …): a pair of folders importing each other is how a block definition ended up
 * in two places before. Checked on the import statements, type-only imports left out (they vanish
 * when compiled); no package needed.
 */
import { readdirSync, readFileSync, existsSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';

const CORE = join(__dirname, '..', 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** The module an import of `spec` from `file` loads, or null outside the tree. */
function resolved(file: string, spec: string): string | null {
  const base = resolve(dirname(file), spec);
  return [`${base}.ts`, join(base, 'index.ts')].find((c) => existsSync(c)) ?? null;
}

/** `src/core/blocks/render.ts` → `blocks`; files directly in src/core stand for themselves. */
function folderOf(file: string): string {
  return relative(CORE, file).split(sep)[0];
}

/** Each core folder's folders it imports at run time. */
function folderImports(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const file of sources(CORE)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']*)'/gms)) {
      if (m[1]) continue;
      const target = resolved(file, m[2]);
      if (!target || !target.startsWith(CORE)) continue;
      const [a, b] = [folderOf(file), folderOf(target)];
      if (a === b) continue;
      if (!out.has(a)) out.set(a, new Set());
      out.get(a)!.add(b);
    }
  }
  return out;
}

describe('imports between the core’s folders', () => {
  it('run one way: no two folders import each other', () => {
    const graph = folderImports();
    const pairs = [...graph].flatMap(([a, bs]) =>
      [...bs].filter((b) => a < b && graph.get(b)?.has(a)).map((b) => `${a} ↔ ${b}`),
    );
    expect(pairs).toEqual([]);
  });

  it('sees the imports it checks (the skeleton builds on the blocks)', () => {
    expect(folderImports().get('skeleton')).toContain('blocks');
  });
});
