'use strict';
/**
 * Do two builds of the reader read the same? `readDocx` of every .docx under test/ and ../shared/docx-wild
 * through both, compared as JSON (snapshot and source map; a refusal by its error code):
 *   node scripts/bench/same-snapshots.js DIST_A DIST_B
 * where each DIST is a `tsc -p tsconfig.cli.json --outDir DIST` build, e.g. of an older revision from
 * `git archive REV | tar -x -C DIR` (BENCHMARKS.md). Exit code 1 when a file reads differently.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const [a, b] = process.argv.slice(2).map((d) => require(path.resolve(d, 'docx', 'index.js')));
if (!a || !b) {
  process.stderr.write('Användning: node scripts/bench/same-snapshots.js DIST_A DIST_B\n');
  process.exit(2);
}

const files = [];
const walk = (dir) => {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.docx')) files.push(p);
  }
};
walk(path.join(ROOT, 'test'));
walk(path.join(ROOT, '..', 'shared', 'docx-wild'));

const read = (reader, bytes) => {
  try {
    const doc = reader.readDocx(bytes);
    return JSON.stringify({ snapshot: doc.snapshot, source: doc.source });
  } catch (e) {
    return JSON.stringify({ error: e && e.code ? e.code : String(e) });
  }
};
const differ = files.filter((f) => {
  const bytes = fs.readFileSync(f);
  return read(a, bytes) !== read(b, bytes);
});
for (const f of differ) process.stdout.write(`olika: ${path.relative(ROOT, f)}\n`);
process.stdout.write(`${files.length} filer, ${files.length - differ.length} lästa lika, ${differ.length} olika\n`);
process.exitCode = differ.length ? 1 : 0;
