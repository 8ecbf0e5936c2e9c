#!/usr/bin/env node
/**
 * Prints every emitted JS file's size, raw and gzipped, and checks the pane's budget: the scripts
 * taskpane.html loads up front must stay under 400 KB gzipped (Word on the web loads the pane on
 * every open). Run by webpack after a production build, or alone: node scripts/build-report.js [dist]
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUDGET_GZIP = 400 * 1024;

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}

/** Returns { rows, initial, ok } and prints the table. */
function report(dist, log = console.log) {
  const files = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort();
  const rows = files.map((f) => {
    const raw = fs.readFileSync(path.join(dist, f));
    return { file: f, raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
  });
  const html = fs.existsSync(path.join(dist, 'taskpane.html'))
    ? fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8')
    : '';
  const initialFiles = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const initial = rows.filter((r) => initialFiles.includes(r.file)).reduce((sum, r) => sum + r.gzip, 0);
  const width = Math.max(4, ...rows.map((r) => r.file.length));
  log(`${'Fil'.padEnd(width)}  ${'storlek'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const r of rows) log(`${r.file.padEnd(width)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}`);
  const ok = initialFiles.length > 0 && initial <= BUDGET_GZIP;
  log(
    `Panelens första JavaScript (${initialFiles.join(', ') || 'hittades inte'}): ${kb(initial)} gzip av högst ${kb(BUDGET_GZIP)}${ok ? '' : ' – FÖR STORT'}`,
  );
  return { rows, initial, ok };
}

class BuildReportPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('BuildReportPlugin', (stats) => {
      if (stats.hasErrors()) return;
      const { ok } = report(compiler.options.output.path);
      if (!ok) stats.compilation.errors.push(new Error('Panelens första JavaScript är större än 400 KB gzip.'));
    });
  }
}

if (require.main === module) {
  const { ok } = report(process.argv[2] || path.join(__dirname, '..', 'dist'));
  process.exit(ok ? 0 : 1);
}

module.exports = { report, BuildReportPlugin, BUDGET_GZIP };
