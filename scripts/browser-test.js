#!/usr/bin/env node
/**
 * Real-browser tests: builds the add-in, serves dist/ on 127.0.0.1 and drives Debian's Chromium
 * with playwright-core through the demo page, where the real pane runs against the Office shim
 * backed by seed-000.docx. Screenshots go to test-artifacts/. Never downloads a browser.
 * Set SKIP_BUILD=1 to test the current dist/.
 *
 * First, one test runs exactly what `npm start` serves: scripts/start.js (webpack-dev-server, development
 * build, HTTPS with its self-signed certificate) on a free port, and fails on any page error, CSP
 * violation or console error there. Set SKIP_DEV_SERVER=1 to leave it out.
 */
'use strict';
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const net = require('net');
const { spawn, spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function fail(message) {
  console.error(message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function build() {
  if (process.env.SKIP_BUILD === '1' && fs.existsSync(path.join(DIST, 'demo.html'))) return;
  console.log('Bygger (webpack --mode production)…');
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) fail('Bygget misslyckades.');
  if (!fs.existsSync(path.join(DIST, 'fixtures', 'seed-000.docx'))) {
    fail('dist/fixtures/seed-000.docx saknas: skapa testdokumenten med npm run fixtures och kör igen.');
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.docx': 'application/octet-stream',
  '.map': 'application/json',
};

/** A port nobody listens on now (the OS picks it); npm start's 3000 may be taken by a developer's server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node scripts/start.js` (what `npm start` runs) on `port` and resolves when it prints its
 * addresses, i.e. when the development build is served. Its own process group, so stopping it stops webpack too.
 */
function startDevServer(port) {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start svarade inte inom 180 s:\n${output.slice(-2000)}`)),
      180000,
    );
    const onData = (chunk) => {
      output += String(chunk);
      if (output.includes('Rapportstöd körs')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start avslutades (kod ${code}):\n${output.slice(-2000)}`));
    });
  });
  return { ready, stop, output: () => output };
}

function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://x');
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    fail(
      `Chromium hittades inte (${CHROMIUM}). Installera det med: apt-get install -y chromium\n(eller ange sökvägen i CHROMIUM_PATH).`,
    );
  }
  // Start clean, so a screenshot of an earlier failure is never mistaken for this run's.
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const { chromium } = require('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapportstod-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
    // The development server's certificate is self-signed (as a developer accepts it in the browser).
    ignoreHTTPSErrors: true,
  });
  // A CSP violation is caught at its source too: a refused eval that the code catches logs nothing itself.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  let page = context.pages()[0] || (await context.newPage());
  let server = null;

  let passed = 0;
  let failed = 0;
  async function test(name, fn) {
    try {
      await fn();
      passed++;
      console.log(`  ✓ ${name}`);
    } catch (e) {
      failed++;
      console.log(
        `  ✗ ${name}\n    ${String(e && e.message ? e.message : e)
          .split('\n')
          .slice(0, 6)
          .join('\n    ')}`,
      );
      await page
        .screenshot({ path: path.join(ARTIFACTS, `failed-${name.replace(/[^a-z0-9]+/gi, '-')}.png`) })
        .catch(() => {});
    }
  }
  const expect = (cond, message) => {
    if (!cond) throw new Error(message);
  };
  /** Console errors and CSP violations of a page, and its uncaught errors. */
  const watch = (p) => {
    const seen = [];
    p.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
    });
    p.on('pageerror', (e) => seen.push(`pageerror: ${String(e)}`));
    return seen;
  };

  if (process.env.SKIP_DEV_SERVER !== '1') {
    await test('npm start: demo.html och taskpane.html laddar och kontrollerar i utvecklingsläge utan skriptfel eller CSP-brott', async () => {
      const port = await freePort();
      const dev = startDevServer(port);
      const devBase = `https://localhost:${port}`;
      const devPage = await context.newPage();
      page = devPage;
      try {
        await dev.ready;
        const seen = watch(devPage);
        // Office.js's CDN is not reachable here: the development server's Office shim answers in its place.
        await devPage.route(OFFICE_JS, async (route) =>
          route.fulfill({ response: await route.fetch({ url: `${devBase}/office-shim.js` }) }),
        );
        for (const [file, shotName] of [
          ['demo.html', 'npm-start-demo'],
          ['taskpane.html', 'npm-start-taskpane'],
        ]) {
          await devPage.goto(`${devBase}/${file}`);
          await devPage.getByRole('button', { name: 'Kontrollera rapporten' }).click({ timeout: 30000 });
          await devPage.getByText(/^\d+ fel, \d+ varning(ar)?, \d+ tips$/).waitFor({ timeout: 30000 });
          expect((await devPage.locator('[data-finding]').count()) > 0, `${file}: Kontrollera visade inga fynd`);
          await devPage.screenshot({ path: path.join(ARTIFACTS, `${shotName}.png`) });
        }
        expect(seen.length === 0, seen.join('\n'));
      } finally {
        dev.stop();
        await devPage.close();
      }
    });
  }

  page = context.pages()[0] || (await context.newPage());
  build();
  server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const problems = watch(page);
  const pane = page.locator('aside.pane');
  const shot = (name) => pane.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

  /**
   * axe-core over the pane in its current state: no serious or critical violation. The script is
   * evaluated through the DevTools protocol, which the page's CSP does not govern (a script tag would be
   * refused, rightly). Violations Fluent UI causes and we cannot fix are listed here with the reason.
   */
  const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const AXE_ALLOWED = {
    // (none by rule: every serious/critical violation the states below showed was ours and is fixed)
  };
  // Left out of the scan, not fixable here: Fluent UI's focus manager (tabster) puts <i aria-hidden="true"
  // tabindex="0" data-tabster-dummy> guards around the tab list and the accordion; axe's aria-hidden-focus
  // flags them, a known false positive (microsoft/tabster#288, microsoft/fluentui#25133,
  // microsoft/accessibility-insights-web#7613): they only pass focus on and are hidden on purpose.
  const AXE_EXCLUDE = [['[data-tabster-dummy]']];
  const axeStates = [];
  async function axe(state) {
    if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
    const violations = await page.evaluate(async (exclude) => {
      const result = await window.axe.run({ include: [['aside.pane']], exclude }, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    }, AXE_EXCLUDE);
    const serious = violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !AXE_ALLOWED[v.id]);
    axeStates.push(state);
    expect(
      serious.length === 0,
      `axe (${state}): ${serious.map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.join(', ')}`).join('\n')}`,
    );
  }
  const focusedTestId = () =>
    page.evaluate(
      () =>
        document.activeElement &&
        (document.activeElement.getAttribute('data-testid') || document.activeElement.tagName),
    );

  try {
    await test('demon visar rapporten och panelen', async () => {
      await page.goto(`${base}/demo.html`);
      await page.getByRole('tab', { name: 'Kontrollera' }).waitFor({ timeout: 20000 });
      const text = await page.locator('[role=document]').innerText();
      expect(/Verksamhetsberättelse/.test(text), 'rapportens text saknas i demon');
      expect(/Sjukfrånvaro/.test(text), 'indikatortabellen saknas i demon');
    });

    await test('Kontrollera hittar seed-000:s kända fel', async () => {
      await page.getByRole('button', { name: 'Kontrollera rapporten' }).click();
      const summary = page.getByText(/^\d+ fel, \d+ varning(ar)?, \d+ tips$/);
      await summary.waitFor({ timeout: 30000 });
      const findings = await pane.locator('[data-finding]').allInnerTexts();
      expect(findings.length > 0, 'inga fynd');
      expect(
        findings.some((f) => /Sjukfrånvaro/.test(f)),
        `inget fynd om Sjukfrånvaro: ${findings.slice(0, 5).join(' | ')}`,
      );
      expect(
        (await focusedTestId()) === 'check-summary',
        `fokus står på ${await focusedTestId()} efter Kontrollera, inte på sammanfattningen`,
      );
      await shot('kontrollera');
      await axe('efter Kontrollera');
    });

    await test('fyndlänkar har en synlig fokusring', async () => {
      const link = pane.locator('[data-finding] button.fui-Link').first();
      await link.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const outline = await link.evaluate((el) => {
        const cs = getComputedStyle(el);
        return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), focused: document.activeElement === el };
      });
      expect(outline.focused, 'länken fick inte fokus med tangentbordet');
      expect(outline.style !== 'none' && outline.width >= 2, `ingen synlig fokusring: ${JSON.stringify(outline)}`);
    });

    await test('Ignorera kan ångras: antalet visas, de ignorerade kan visas och återställas', async () => {
      const items = pane.locator('[data-finding]');
      const before = await items.count();
      const first = items.first();
      const subject = (await first.locator('button.fui-Link').innerText()).trim();
      const nextSubject = (await items.nth(1).locator('button.fui-Link').innerText()).trim();
      await first.getByRole('button', { name: /^Ignorera/ }).click();
      await pane.getByText('1 ignorerat fynd döljs.').waitFor({ timeout: 10000 });
      expect((await items.count()) === before - 1, 'fyndet försvann inte');
      const focused = await page.evaluate(() => document.activeElement && document.activeElement.textContent.trim());
      expect(focused === nextSubject, `fokus står på "${focused}", inte på nästa fynd "${nextSubject}"`);
      await pane.getByRole('button', { name: 'Visa det ignorerade fyndet' }).click();
      const restore = pane.getByRole('button', { name: `Visa igen: ${subject}` });
      await restore.waitFor({ timeout: 5000 });
      await shot('ignorerade');
      await axe('ignorerade fynd visas');
      await restore.click();
      await pane.getByText('Fyndet visas igen.', { exact: false }).waitFor({ timeout: 20000 });
      expect(
        (await items.count()) === before,
        `efter återställningen finns ${await items.count()} fynd, inte ${before}`,
      );
      expect((await pane.getByText(/ignorerat fynd döljs/).count()) === 0, 'antalet ignorerade visas fortfarande');
      expect(
        (await page.evaluate(() => window.__demo.fake.doc.savedSettings.rapportstodIgnored || [])).length === 0,
        'dokumentet ignorerar fortfarande fyndet',
      );
      expect(
        (await focusedTestId()) === 'check-summary',
        `fokus står på ${await focusedTestId()} efter återställningen`,
      );
    });

    // The cursor as the demo shows it: the index of the top-level block it follows (-1: top of the document).
    const cursorIndex = () =>
      page.evaluate(() => {
        const doc = window.__demo.fake.doc;
        return doc.cursorAfter ? doc.blocks.indexOf(doc.cursorAfter) : -1;
      });
    const blockText = (i) =>
      page.evaluate((i) => {
        const b = window.__demo.fake.doc.snapshot().blocks[i];
        return !b
          ? null
          : b.kind === 'table'
            ? b.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n')
            : b.text;
      }, i);

    await test('ett klick på ett fynd markerar det i dokumentet och flyttar markören dit', async () => {
      const item = pane.locator('[data-finding]', { hasText: 'Sjukfrånvaro' }).first();
      await item.getByRole('button').first().click();
      await page.waitForFunction(() => window.__demo.fake.doc.selections.length > 0, null, { timeout: 10000 });
      const sel = await page.evaluate(() => window.__demo.fake.doc.lastSelection);
      const text = await blockText(sel.loc.block);
      expect(/Sjukfrånvaro/.test(text), `markeringen (${JSON.stringify(sel.loc)}) gäller "${text}"`);
      const marked = await page.locator('[role=document] [style*="outline"]').count();
      expect(marked > 0, 'markeringen syns inte i rapporten');
      expect(
        (await cursorIndex()) === sel.loc.block,
        `markören står efter block ${await cursorIndex()}, inte vid fyndet (${sel.loc.block})`,
      );
      const caretAfter = await page
        .getByTestId('cursor')
        .evaluate((el) => el.parentElement.querySelector('[data-block]').getAttribute('data-block'));
      expect(Number(caretAfter) === sel.loc.block, `markören ritas efter block ${caretAfter}`);
    });

    await test('ett klick i rapporten sätter markören och Infoga lägger tabellen just där', async () => {
      const target = page.locator('[role=document] h2', { hasText: /^Sammanfattande analys$/ }).first();
      await target.scrollIntoViewIfNeeded();
      await target.click();
      const at = Number(await target.getAttribute('data-block'));
      expect(
        (await cursorIndex()) === at,
        `markören står efter block ${await cursorIndex()}, inte efter rubriken (${at})`,
      );
      const caret = page.getByTestId('cursor');
      expect((await caret.count()) === 1, 'markören ritas inte (eller flera gånger)');
      expect(
        (await caret.evaluate((el) => el.parentElement.querySelector('[data-block]').getAttribute('data-block'))) ===
          String(at),
        'markören ritas inte efter rubriken',
      );
      await page.screenshot({ path: path.join(ARTIFACTS, 'markoren.png') });

      await page.getByRole('tab', { name: 'Infoga' }).click();
      const before = await page.evaluate(() => window.__demo.fake.doc.snapshot().blocks.length);
      await page.getByRole('combobox', { name: /KF:s mål för verksamhetsområdet/ }).click();
      await page.getByRole('option', { name: /^1\.5\. I Stockholm har äldre/ }).click();
      await page.getByRole('textbox', { name: /^År/ }).fill('2020');
      const preview = page.getByTestId('insert-preview');
      await preview.getByRole('columnheader', { name: 'Periodens utfall VB 2019' }).waitFor({ timeout: 10000 });
      await shot('infoga');
      await axe('Infoga med förhandsvisning');
      // The wide table scrolls sideways in the narrow pane, by keyboard too: the region takes focus.
      const width = await preview.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(
        width.client <= 340 && width.scroll > width.client,
        `förhandsvisningen ${JSON.stringify(width)} rullar inte i sidled`,
      );
      await preview.focus();
      const atEnd = () => preview.evaluate((el) => el.scrollLeft >= el.scrollWidth - el.clientWidth - 1);
      for (let i = 0; i < 80 && !(await atEnd()); i++) await page.keyboard.press('ArrowRight');
      expect(await atEnd(), 'piltangenterna rullar inte förhandsvisningen till slutet');
      const last = await preview.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const ths = el.querySelectorAll('th');
        return ths.length ? ths[ths.length - 1].getBoundingClientRect().right <= r.right + 1 : false;
      });
      expect(last, 'sista kolumnen nås inte med piltangenterna');
      await page.getByRole('button', { name: 'Infoga vid markören' }).click();
      await page.getByText('infogades vid markören').waitFor({ timeout: 10000 });
      const blocks = await page.evaluate(() => window.__demo.fake.doc.snapshot().blocks);
      expect(blocks.length > before, 'dokumentet fick inga nya block');
      const inserted = blocks.findIndex(
        (b) => b.kind === 'table' && b.rows[0].cells.some((c) => c.text === 'Periodens utfall VB 2019'),
      );
      expect(inserted > at, `den infogade tabellen står i block ${inserted}, före markören (${at})`);
      // Right after the heading: only the inserted block's own paragraphs (its heading/caption) in between.
      const between = blocks.slice(at + 1, inserted);
      expect(
        between.every((b) => b.kind === 'paragraph') && between.length <= 3,
        `mellan rubriken och tabellen står: ${JSON.stringify(between.map((b) => b.text ?? '[tabell]'))}`,
      );
      expect(blocks[at].text === 'Sammanfattande analys', 'rubriken vid markören har ändrats');
      const reportText = await page.locator('[role=document]').innerText();
      expect(reportText.includes('Periodens utfall VB 2019'), 'tabellen syns inte i rapporten');
      await page.screenshot({ path: path.join(ARTIFACTS, 'infogat-vid-markoren.png') });
    });

    await test('en ny kontroll efter infogningen visar alla grupper öppna (en ny grupp öppen: App.test.tsx)', async () => {
      await page.getByRole('tab', { name: 'Kontrollera' }).click();
      await page.getByRole('button', { name: 'Kontrollera igen' }).click();
      await page.getByText(/^\d+ fel, \d+ varning(ar)?, \d+ tips$/).waitFor({ timeout: 30000 });
      const headers = pane.locator('.fui-AccordionHeader button');
      const n = await headers.count();
      const collapsed = await pane.locator('.fui-AccordionHeader button[aria-expanded="false"]').count();
      expect(n > 0 && collapsed === 0, `${collapsed} av ${n} grupper är hopfällda`);
      // The inserted table (empty outcomes) gives the section a group it did not have in the first check.
    });

    await test('Räkna om visar vad som ändrades', async () => {
      await page.getByRole('tab', { name: 'Räkna om' }).click();
      await page.getByRole('button', { name: 'Räkna om', exact: true }).click();
      await page.getByText(/ändring(ar)? gjordes|inget behövde ändras/).waitFor({ timeout: 20000 });
      await shot('rakna-om');
      await axe('Räkna om med ändringslista');
    });

    const totalCell = (corner, col) =>
      page.evaluate(
        ([corner, col]) => {
          for (const b of window.__demo.fake.doc.snapshot().blocks) {
            if (b.kind !== 'table' || b.rows[0].cells[0].text.trim() !== corner) continue;
            const row = b.rows.find((r) => r.cells[0].text.trim() === 'Totalt');
            if (row) return row.cells[col].text;
          }
          return null;
        },
        [corner, col],
      );

    await test('exempelrapporten med fel: Åtgärda rättar en felaktig totalsumma', async () => {
      await page.goto(`${base}/demo.html?sample=t1-fel`);
      expect((await page.getByTestId('sample').inputValue()) === 't1-fel', 'exempelrapporten med fel är inte vald');
      expect((await totalCell('Mnkr', 1)) === '2019,9', 'felet i driftbudgetens Totalt finns inte i exemplet');
      await page.getByRole('button', { name: 'Kontrollera rapporten' }).click();
      await page.getByText(/^\d+ fel, \d+ varning(ar)?, \d+ tips$/).waitFor({ timeout: 30000 });
      const finding = pane.locator('[data-finding]', { hasText: 'Totalt' }).filter({ hasText: '2017,9' }).first();
      await finding.waitFor({ timeout: 5000 });
      await shot('fel-att-atgarda');
      await finding.getByRole('button', { name: /^Åtgärda/ }).click();
      await page.getByText('Åtgärdat.', { exact: false }).first().waitFor({ timeout: 20000 });
      await page.waitForFunction(
        () => document.activeElement && document.activeElement.getAttribute('data-testid') === 'check-summary',
        null,
        { timeout: 5000 },
      );
      expect((await totalCell('Mnkr', 1)) === '2017,9', `Totalt i dokumentet är nu ${await totalCell('Mnkr', 1)}`);
      expect(
        (await pane.locator('[data-finding]', { hasText: 'Totalt' }).filter({ hasText: '2017,9' }).count()) === 0,
        'fyndet finns kvar efter Åtgärda',
      );
      await shot('atgardat');
    });

    await test('exempelrapporten med fel: Räkna om rättar resten', async () => {
      await page.getByRole('tab', { name: 'Räkna om' }).click();
      await page.getByRole('button', { name: 'Räkna om', exact: true }).click();
      await page.getByText(/ändring(ar)? gjordes/).waitFor({ timeout: 20000 });
      const changes = await pane.innerText();
      expect(/28,9\s*→\s*29,8/.test(changes), `ändringslistan saknar 28,9 → 29,8: ${changes.slice(0, 400)}`);
      expect(
        (await totalCell('Mnkr, netto', 2)) === '29,8',
        `investeringarnas Totalt är nu ${await totalCell('Mnkr, netto', 2)}`,
      );
      await shot('rakna-om-rattat');
    });

    await test('panelen är svensk även när Office är på engelska', async () => {
      await page.goto(`${base}/demo.html?lang=en`);
      await page.getByRole('tab', { name: 'Kontrollera' }).waitFor({ timeout: 20000 });
      await page.getByRole('button', { name: 'Kontrollera rapporten' }).click();
      await page.getByText(/^\d+ fel, \d+ varning(ar)?, \d+ tips$/).waitFor({ timeout: 30000 });
      expect(
        (await pane.getByText(/\b(Check|Insert|Recalculate|Ignore|Fix)\b/).count()) === 0,
        'engelska ord i panelen',
      );
    });

    await test('panelen följer Offices mörka tema', async () => {
      await page.goto(`${base}/demo.html?theme=dark`);
      await page.getByRole('tab', { name: 'Kontrollera' }).waitFor({ timeout: 20000 });
      const background = await page
        .locator('aside .fui-FluentProvider')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) || []).map(Number);
      expect(r + g + b < 200, `bakgrunden i mörkt tema är ${background}`);
      await page.getByRole('button', { name: 'Kontrollera rapporten' }).click();
      await page.getByText(/^\d+ fel, \d+ varning(ar)?, \d+ tips$/).waitFor({ timeout: 30000 });
      await shot('dark');
      await axe('mörkt tema efter Kontrollera');
    });

    await test('taskpane.html tillåter bara eget skript och Office.js', async () => {
      const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
      expect(csp, 'CSP saknas');
      const script = /script-src ([^;]+)/.exec(csp[1])[1].trim();
      expect(script === "'self' https://appsforoffice.microsoft.com", `script-src är "${script}"`);
      expect(/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/.test(html), 'Office.js laddas inte från CDN');
      const demo = fs.readFileSync(path.join(DIST, 'demo.html'), 'utf8');
      expect(!/appsforoffice/.test(demo), 'demon laddar Office.js');
    });

    // The folder summary the CLI writes (issue 17), in its own file.
    await require('./browser/summary').summaryTests({ context, test, expect, artifacts: ARTIFACTS, root: ROOT });

    await test('inga skriptfel eller CSP-brott i konsolen', async () => {
      expect(problems.length === 0, problems.join('\n'));
    });
  } finally {
    await context.close();
    if (server) server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => fail(String(e && e.stack ? e.stack : e)));
