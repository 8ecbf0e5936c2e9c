#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: speed and memory of check and fix against mammoth on the same files, batch check
 * through the real CLI, and the Word adapter's round trips. Prints the tables and rewrites the part of
 * BENCHMARKS.md between the bench markers, so the numbers there always come with the command and the
 * machine that produced them.
 *
 * The product code is measured as the CLI ships it: compiled by tsc (tsconfig.cli.json) into a
 * temporary folder. ts-node is used only to run the TypeScript generators and the Word adapter's fake.
 *
 * Options: --quick (fewer runs, no 500-page file), --no-write (leave BENCHMARKS.md alone),
 *          --profile (write a CPU profile of check on the largest report and list its hot spots),
 *          --baseline=REV (also time the reader and check of git revision REV, built the same way from
 *          `git archive`, on the same files in the same loop: did a change make the reader slower?).
 */
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const args = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--baseline=')));
const BASELINE = process.argv
  .slice(2)
  .find((a) => a.startsWith('--baseline='))
  ?.slice('--baseline='.length);
const QUICK = args.has('--quick');
const PAGES = QUICK ? [50, 100, 200] : [50, 100, 200, 500];
const RUNS = QUICK ? 3 : 7;
const BATCH = 100;
const CHECK_TARGET = 0.5;
const BATCH_TARGET_MS = 5000;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rapportstod-bench-'));
const dist = path.join(work, 'dist-cli');
// The compiled CLI resolves its dependencies (fflate, saxes, zod) from the project's node_modules.
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');

function log(text) {
  process.stderr.write(`${text}\n`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const fmt = (n, d = 0) => n.toLocaleString('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d });
const mb = (bytes) => fmt(bytes / 1024 / 1024, 1);

function buildCli() {
  log('Bygger CLI:n (tsc -p tsconfig.cli.json) …');
  // tsc emits even when another part of the tree has type errors; the CLI's own files are what count.
  spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json'), '--outDir', dist],
    {
      cwd: ROOT,
      stdio: 'ignore',
    },
  );
  if (!fs.existsSync(path.join(dist, 'cli', 'main.js')))
    throw new Error('CLI-bygget misslyckades (dist-cli/cli/main.js saknas).');
}

/**
 * The CLI of an earlier revision, compiled like ours into the temporary folder, from `git archive` (the
 * repository and its worktrees are left alone). Its tsc errors are ignored as ours are: only the output counts.
 */
function buildBaseline(rev) {
  const src = path.join(work, 'baseline-src');
  const out = path.join(work, 'baseline-dist');
  fs.mkdirSync(src);
  log(`Bygger ${rev} (git archive + tsc) …`);
  const tar = execFileSync('git', ['archive', '--format=tar', rev], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', src], { input: tar });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'), 'dir');
  spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(src, 'tsconfig.cli.json'), '--outDir', out],
    { cwd: src, stdio: 'ignore' },
  );
  if (!fs.existsSync(path.join(out, 'docx', 'index.js'))) throw new Error(`Bygget av ${rev} misslyckades.`);
  return out;
}

function generate() {
  require('ts-node').register({ transpileOnly: true, project: path.join(ROOT, 'tsconfig.json') });
  const { generateReport, generateUnitReports } = require(path.join(ROOT, 'test', 'gen', 'report.ts'));
  const files = [
    { name: 'seed-001 (81 s.)', pages: 81, file: path.join(ROOT, 'test', 'fixtures', 'docx', 'seed-001.docx') },
  ];
  for (const pages of PAGES) {
    const file = path.join(work, `gen-${pages}.docx`);
    fs.writeFileSync(file, generateReport({ pages }));
    files.push({ name: `genererad ${pages} s.`, pages, file });
  }
  const batchDir = path.join(work, 'batch');
  fs.mkdirSync(batchDir);
  for (const [name, bytes] of generateUnitReports(BATCH)) fs.writeFileSync(path.join(batchDir, name), bytes);
  return { files, batchDir };
}

async function timeInProcess(files, baselineDist) {
  const docx = require(path.join(dist, 'docx', 'index.js'));
  const { checkSnapshot } = require(path.join(dist, 'core', 'check.js'));
  const { computeFixes } = require(path.join(dist, 'core', 'fix.js'));
  const { parseReport } = require(path.join(dist, 'core', 'parse', 'index.js'));
  const mammoth = require('mammoth');

  const jobs = {
    check: async (bytes) => checkSnapshot(docx.readDocx(bytes).snapshot),
    fix: async (bytes) => {
      const doc = docx.readDocx(bytes);
      const fixes = computeFixes(doc.snapshot, parseReport(doc.snapshot));
      return { edits: fixes.edits.length, out: docx.applyEdits(doc, fixes.edits) };
    },
    mammoth: async (bytes) => mammoth.convertToHtml({ buffer: bytes }),
    // The reader alone: how much of check is reading the .docx, and how much parsing and rules.
    read: async (bytes) => docx.readDocx(bytes),
  };
  if (baselineDist) {
    const old = require(path.join(baselineDist, 'docx', 'index.js'));
    const oldCheck = require(path.join(baselineDist, 'core', 'check.js'));
    jobs.baselineRead = async (bytes) => old.readDocx(bytes);
    jobs.baselineCheck = async (bytes) => oldCheck.checkSnapshot(old.readDocx(bytes).snapshot);
  }
  const out = [];
  for (const f of files) {
    const bytes = fs.readFileSync(f.file);
    const first = await jobs.check(bytes);
    const fixed = await jobs.fix(bytes);
    for (const name of Object.keys(jobs)) if (name !== 'check' && name !== 'fix') await jobs[name](bytes);
    const times = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
    // The process's CPU time (user + system) besides the wall time: on the shared machine the wall time
    // also counts the waits while other agents' processes run, the CPU time only the job's own work.
    const cpu = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
    // Interleaved, so a noisy neighbour on the shared machine hits all three alike.
    for (let i = 0; i < RUNS; i++) {
      for (const [name, job] of Object.entries(jobs)) {
        const c = process.cpuUsage();
        const t = process.hrtime.bigint();
        await job(bytes);
        times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
        const used = process.cpuUsage(c);
        cpu[name].push((used.user + used.system) / 1e3);
      }
    }
    const snapshot = docx.readDocx(bytes).snapshot;
    out.push({
      ...f,
      bytes: bytes.length,
      blocks: snapshot.blocks.length,
      tables: snapshot.blocks.filter((b) => b.kind === 'table').length,
      findings: first.findings.length,
      edits: fixed.edits,
      applied: fixed.out.applied.length,
      check: median(times.check),
      fix: median(times.fix),
      mammoth: median(times.mammoth),
      read: median(times.read),
      cpu: Object.fromEntries(Object.entries(cpu).map(([name, xs]) => [name, median(xs)])),
      ...(baselineDist ? { baselineRead: median(times.baselineRead), baselineCheck: median(times.baselineCheck) } : {}),
    });
    log(
      `  ${f.name}: check ${fmt(median(times.check))} ms (läsning ${fmt(median(times.read))} ms), fix ${fmt(median(times.fix))} ms, mammoth ${fmt(median(times.mammoth))} ms` +
        (baselineDist
          ? `; ${BASELINE}: läsning ${fmt(median(times.baselineRead))} ms, check ${fmt(median(times.baselineCheck))} ms`
          : ''),
    );
  }
  return out;
}

function child(tool, file) {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'bench', 'child.js'), tool, file, dist], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${tool} ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function memory(files) {
  return files.map((f) => {
    const m = { check: child('check', f.file), fix: child('fix', f.file), mammoth: child('mammoth', f.file) };
    log(
      `  ${f.name}: topp-RSS check ${mb(m.check.maxRss)} MB, fix ${mb(m.fix.maxRss)} MB, mammoth ${mb(m.mammoth.maxRss)} MB`,
    );
    return { name: f.name, ...m };
  });
}

function wall(argv) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function batch(dir) {
  const runs = QUICK ? 1 : 3;
  const cli = [];
  const mam = [];
  let last;
  for (let i = 0; i < runs; i++) {
    last = wall([path.join(dist, 'cli', 'main.js'), 'check', dir]);
    cli.push(last.ms);
    mam.push(wall([path.join(__dirname, 'bench', 'mammoth-batch.js'), dir]).ms);
  }
  const summary = (last.stdout.match(/Sammanfattning: .*/) || [''])[0];
  log(`  batch: CLI ${fmt(median(cli))} ms (slutkod ${last.status}), mammoth ${fmt(median(mam))} ms`);
  return { cli: median(cli), mammoth: median(mam), status: last.status, summary };
}

async function adapter(files) {
  const docx = require(path.join(dist, 'docx', 'index.js'));
  const { measureAdapter } = require(path.join(__dirname, 'bench', 'measure-adapter.ts'));
  const fixtureDir = path.join(ROOT, 'test', 'fixtures', 'docx');
  const list = [
    ...fs
      .readdirSync(fixtureDir)
      .filter((n) => n.endsWith('.docx'))
      .sort()
      .map((n) => ({ name: n, file: path.join(fixtureDir, n) })),
    ...files
      .filter((f) => f.name.startsWith('genererad') && f.pages <= 200)
      .map((f) => ({ name: f.name, file: f.file })),
  ];
  const out = [];
  for (const f of list) {
    const snapshot = docx.readDocx(fs.readFileSync(f.file)).snapshot;
    out.push({ name: f.name, ...(await measureAdapter(snapshot)) });
  }
  return out;
}

function profile(file) {
  const dir = path.join(work, 'prof');
  fs.mkdirSync(dir);
  const script = path.join(work, 'prof-check.js');
  fs.writeFileSync(
    script,
    `const d=require(${JSON.stringify(path.join(dist, 'docx', 'index.js'))});const c=require(${JSON.stringify(path.join(dist, 'core', 'check.js'))});` +
      `const b=require('fs').readFileSync(${JSON.stringify(file)});for(let i=0;i<5;i++)c.checkSnapshot(d.readDocx(b).snapshot);`,
  );
  execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, script], { cwd: ROOT });
  const prof = JSON.parse(fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0]), 'utf8'));
  const self = new Map();
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  prof.samples.forEach((id, i) => {
    const n = byId.get(id);
    const url = n.callFrame.url.replace('file://', '');
    const file = !url
      ? ''
      : url.startsWith(work)
        ? path.relative(work, url)
        : url.startsWith(ROOT)
          ? path.relative(ROOT, url)
          : url;
    const where = `${n.callFrame.functionName || '(anonym)'}${file ? ` ${file}:${n.callFrame.lineNumber + 1}` : ''}`;
    self.set(where, (self.get(where) || 0) + (prof.timeDeltas[i] || 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([where, ms]) => ({ where, ms, share: ms / total }));
}

function machine() {
  const cpu = os.cpus()[0];
  return `${os.cpus().length} kärnor (nproc ${execFileSync('nproc').toString().trim()}), ${cpu ? cpu.model.trim() : 'okänd processor'}, ${mb(os.totalmem())} MB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

function report(timing, mem, b, adapt, hot) {
  const lines = [];
  const ratio = (a, m) => fmt(a / m, 2);
  lines.push(
    `Kört med \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC på ${machine()}.`,
  );
  lines.push(
    `Tider är medianer av ${RUNS} körningar i samma process (efter en uppvärmning), check/fix/mammoth/läsning omväxlande på samma fil.`,
  );
  lines.push('');
  lines.push('### Kontroll och åtgärd mot mammoth (tid)');
  lines.push('');
  lines.push(
    '| fil | storlek | block | tabeller | fynd | check ms | därav läsning ms | fix ms | mammoth ms | check/mammoth | fix/mammoth | check/mammoth CPU-tid | check ms/sida |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of timing) {
    lines.push(
      `| ${r.name} | ${fmt(r.bytes / 1024)} kB | ${r.blocks} | ${r.tables} | ${r.findings} | ${fmt(r.check, 1)} | ${fmt(r.read, 1)} | ${fmt(r.fix, 1)} | ${fmt(r.mammoth, 1)} | ${ratio(r.check, r.mammoth)} | ${ratio(r.fix, r.mammoth)} | ${ratio(r.cpu.check, r.cpu.mammoth)} | ${fmt(r.check / r.pages, 2)} |`,
    );
  }
  const readShare = timing.map((r) => r.cpu.read / r.cpu.check);
  lines.push('');
  lines.push(
    `Läsningen av .docx-filen (\`readDocx\`) är ${fmt(Math.min(...readShare) * 100)}–${fmt(Math.max(...readShare) * 100)} % av check-tiden (CPU-tid); resten är tolkning och regler (\`src/core\`).`,
  );
  const worst = Math.max(...timing.map((r) => r.check / r.mammoth));
  const worstCpu = Math.max(...timing.map((r) => r.cpu.check / r.cpu.mammoth));
  const gen = timing.filter((r) => r.name.startsWith('genererad'));
  const perPage = gen.map((r) => r.check / r.pages);
  const spread = Math.max(...perPage) / Math.min(...perPage);
  lines.push('');
  lines.push(
    `Mål check ≤ ${fmt(CHECK_TARGET, 1)} × mammoth: ${worst <= CHECK_TARGET ? '**uppfyllt**' : '**inte uppfyllt**'} i väggtid (sämsta kvot ${fmt(worst, 2)}), ` +
      `${worstCpu <= CHECK_TARGET ? '**uppfyllt**' : '**inte uppfyllt**'} i CPU-tid (sämsta kvot ${fmt(worstCpu, 2)}). ` +
      `Tillväxt: check-tid per sida ${perPage.map((x) => fmt(x, 2)).join(' / ')} ms för ${gen.map((r) => r.pages).join('/')} sidor ` +
      `(största/minsta ${fmt(spread, 2)}; ${spread <= 1.6 ? 'linjär' : 'inte linjär'}).`,
  );
  if (BASELINE) {
    lines.push('');
    lines.push(
      `#### Mot revision \`${BASELINE}\` (samma filer, samma varv; byggd ur \`git archive ${BASELINE}\` som CLI:n)`,
    );
    lines.push('');
    lines.push(
      `| fil | läsning ms | läsning ${BASELINE} ms | läsning nu/${BASELINE} | läsning nu/${BASELINE} CPU-tid | check ms | check ${BASELINE} ms | check nu/${BASELINE} | check nu/${BASELINE} CPU-tid |`,
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of timing) {
      lines.push(
        `| ${r.name} | ${fmt(r.read, 1)} | ${fmt(r.baselineRead, 1)} | ${ratio(r.read, r.baselineRead)} | ${ratio(r.cpu.read, r.cpu.baselineRead)} | ${fmt(r.check, 1)} | ${fmt(r.baselineCheck, 1)} | ${ratio(r.check, r.baselineCheck)} | ${ratio(r.cpu.check, r.cpu.baselineCheck)} |`,
      );
    }
  }
  lines.push('');
  lines.push('### Minne (toppvärde, en barnprocess per mätning)');
  lines.push('');
  lines.push(
    'Topp-RSS (`process.resourceUsage().maxRSS`) och ökningen från RSS efter att modulerna laddats (jobbets egen kostnad).',
  );
  lines.push('');
  lines.push(
    '| fil | check topp MB | check ökning MB | fix topp MB | fix ökning MB | mammoth topp MB | mammoth ökning MB | check/mammoth (ökning) |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const m of mem) {
    lines.push(
      `| ${m.name} | ${mb(m.check.maxRss)} | ${mb(m.check.delta)} | ${mb(m.fix.maxRss)} | ${mb(m.fix.delta)} | ${mb(m.mammoth.maxRss)} | ${mb(m.mammoth.delta)} | ${ratio(Math.max(1, m.check.delta), Math.max(1, m.mammoth.delta))} |`,
    );
  }
  lines.push('');
  lines.push(`### ${BATCH} enhetsrapporter i en mapp (\`rapportstod check MAPP\`, en process)`);
  lines.push('');
  lines.push('| | väggtid ms (inkl. Node-start) |');
  lines.push('|---|---:|');
  lines.push(`| rapportstod check | ${fmt(b.cli)} |`);
  lines.push(`| mammoth, samma filer | ${fmt(b.mammoth)} |`);
  lines.push(`| kvot | ${ratio(b.cli, b.mammoth)} |`);
  lines.push('');
  lines.push(
    `Mål < ${fmt(BATCH_TARGET_MS)} ms: ${b.cli < BATCH_TARGET_MS ? '**uppfyllt**' : '**inte uppfyllt**'}. Slutkod ${b.status}; ${b.summary}`,
  );
  lines.push('');
  lines.push('### Word-tillägget: anrop till `context.sync()` och laddade data (fejkad Word, `src/word/fake`)');
  lines.push('');
  lines.push(
    '| dokument | block | check sync | check egenskaper | check objekt | fix sync | fix egenskaper | fix ändringar (gjorda/vägrade) | infoga sync | infoga egenskaper |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const a of adapt) {
    lines.push(
      `| ${a.name} | ${a.blocks} | ${a.check.syncs} | ${a.check.loadedProperties} | ${a.check.loadedItems} | ${a.fix.syncs} | ${a.fix.loadedProperties} | ${a.fix.edits} (${a.fix.applied}/${a.fix.refused}) | ${a.insert.syncs} | ${a.insert.loadedProperties} |`,
    );
  }
  if (hot) {
    lines.push('');
    lines.push('### Profil: check på den största genererade rapporten (`node --cpu-prof`, 5 varv, egen tid)');
    lines.push('');
    lines.push('| funktion | ms | andel |');
    lines.push('|---|---:|---:|');
    for (const h of hot) lines.push(`| \`${h.where}\` | ${fmt(h.ms)} | ${fmt(h.share * 100, 1)} % |`);
  }
  return lines.join('\n');
}

function updateMarkdown(section) {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Prestanda\n\n${start}\n${end}\n`;
  if (!text.includes(start) || !text.includes(end)) text += `\n${start}\n${end}\n`;
  text = text.slice(0, text.indexOf(start) + start.length) + `\n${section}\n` + text.slice(text.indexOf(end));
  fs.writeFileSync(file, text);
  log(`BENCHMARKS.md uppdaterad.`);
}

async function main() {
  try {
    buildCli();
    const baselineDist = BASELINE ? buildBaseline(BASELINE) : null;
    log('Genererar rapporter …');
    const { files, batchDir } = generate();
    log('Tid (i processen) …');
    const timing = await timeInProcess(files, baselineDist);
    log('Minne (barnprocesser) …');
    const mem = memory(files);
    log('Batch genom CLI:n …');
    const b = batch(batchDir);
    log('Word-tillägget (fejkad Word) …');
    const adapt = await adapter(files);
    const missed = timing.some((r) => r.check / r.mammoth > CHECK_TARGET) || b.cli >= BATCH_TARGET_MS;
    const hot = args.has('--profile') || missed ? profile(files[files.length - 1].file) : null;
    const section = report(timing, mem, b, adapt, hot);
    process.stdout.write(`${section}\n`);
    if (!args.has('--no-write')) updateMarkdown(section);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`Mätningen misslyckades: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 1;
});
