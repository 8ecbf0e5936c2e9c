'use strict';
/**
 * One measured job in a fresh process, so peak memory (maxRSS) belongs to that job alone:
 *   node scripts/bench/child.js <check|fix|mammoth> <file> <dist-cli dir>
 * Prints JSON: rss after loading the modules, peak RSS, and their difference (what the job itself cost).
 */
const fs = require('fs');
const path = require('path');

async function main() {
  const [tool, file, dist] = process.argv.slice(2);
  let job;
  if (tool === 'mammoth') {
    const mammoth = require('mammoth');
    job = async (bytes) => (await mammoth.convertToHtml({ buffer: bytes })).value.length;
  } else {
    const docx = require(path.join(dist, 'docx', 'index.js'));
    const { checkSnapshot } = require(path.join(dist, 'core', 'check.js'));
    const { computeFixes } = require(path.join(dist, 'core', 'fix.js'));
    const { parseReport } = require(path.join(dist, 'core', 'parse', 'index.js'));
    job =
      tool === 'check'
        ? async (bytes) => checkSnapshot(docx.readDocx(bytes).snapshot).findings.length
        : async (bytes) => {
            const doc = docx.readDocx(bytes);
            const { edits } = computeFixes(doc.snapshot, parseReport(doc.snapshot));
            return docx.applyEdits(doc, edits).bytes.length;
          };
  }
  const bytes = fs.readFileSync(file);
  const rssBefore = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const result = await job(bytes);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ tool, file, result, ms, rssBefore, maxRss, delta: maxRss - rssBefore }));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exitCode = 1;
});
