/**
 * Browser check of the folder summary (`rapportstod check MAPP --report FIL.html`): the CLI writes the
 * summary of test/fixtures/docx, Chromium opens it from disk with every network request refused, and
 * the test checks the overview, that every row's link leads to its report's findings, and takes a
 * screenshot on screen and in print (test-artifacts/summary.png, summary-print.png).
 * Called by scripts/browser-test.js with its context and helpers.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

async function summaryTests({ context, test, expect, artifacts, root }) {
  await test('sammanställningen av en mapp öppnas i Chromium utan nätverk, länkar till varje rapport och går att skriva ut', async () => {
    if (!fs.existsSync(path.join(root, 'dist-cli', 'cli', 'main.js'))) {
      const b = spawnSync(
        process.execPath,
        [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
        { cwd: root, stdio: 'inherit' },
      );
      expect(b.status === 0, 'Kommandoradsverktyget kunde inte byggas (npm run build:cli).');
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapportstod-summary-'));
    const html = path.join(dir, 'sammanstallning.html');
    const folder = path.join(root, 'test', 'fixtures', 'docx');
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'rapportstod.js'), 'check', folder, '--report', html],
      { encoding: 'utf8' },
    );
    expect(r.status === 1, `check avslutades med ${r.status}: ${r.stderr}`);
    const files = fs.readdirSync(folder).filter((n) => n.endsWith('.docx'));

    const page = await context.newPage();
    const requests = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(`file://${html}`);
    expect((await page.locator('h1').textContent()) === 'Sammanställning av rapporter', 'rubriken saknas');
    const rows = page.locator('tbody tr');
    expect((await rows.count()) === files.length, `${await rows.count()} rader, väntade ${files.length}`);
    // The reports that cannot be submitted come first.
    const statuses = await page.locator('tbody tr td:first-child').allTextContents();
    const firstOk = statuses.findIndex((s) => s === 'Klar' || s === 'Varningar');
    expect(
      firstOk > 0 && statuses.slice(firstOk).every((s) => s === 'Klar' || s === 'Varningar'),
      `ordningen är ${statuses.join(', ')}`,
    );
    // Every row's link names an existing section.
    const hrefs = await page.locator('tbody tr a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect((await page.locator(href).count()) === 1, `${href} leder ingenstans`);
    await page.screenshot({ path: path.join(artifacts, 'summary.png'), fullPage: false });
    await page.locator('tbody tr a').first().click();
    expect(new URL(page.url()).hash === hrefs[0], 'länken öppnade inte rapportens fynd');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(artifacts, 'summary-print.png'), fullPage: false });
    await page.pdf({ path: path.join(artifacts, 'summary.pdf'), format: 'A4', landscape: true });
    expect(requests.length === 0, `sidan försökte hämta ${requests.join(', ')}`);
    await page.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

module.exports = { summaryTests };
