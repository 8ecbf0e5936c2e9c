#!/usr/bin/env node
/**
 * npm start: the development server (HTTPS on localhost:3000, webpack-dev-server's self-signed
 * certificate) and the addresses to open. Ctrl+C stops it. PORT=3001 npm start uses another port
 * (the browser tests start exactly this script on a free port).
 */
'use strict';
const { spawn, spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const webpack = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
const PORT = Number(process.env.PORT) || 3000;
const BASE = `https://localhost:${PORT}`;

// First the engine on its own: the command-line check of the sample report, as a manager would run it.
const sample = path.join(ROOT, 'test', 'fixtures', 'docx', 'seed-000.docx');
console.log('Exempel: rapportstod check på exempelrapporten (VB 2020, Axelsbergs vård- och omsorgsboende)\n');
spawnSync(process.execPath, [path.join(ROOT, 'bin', 'rapportstod.js'), 'check', path.relative(ROOT, sample)], {
  cwd: ROOT,
  stdio: 'inherit',
});
console.log('\nStartar utvecklingsservern …\n');

// webpack.config.js reads PORT too (the dev server's port and its live-reload socket in the CSP).
const child = spawn(process.execPath, [webpack, 'serve', '--mode', 'development'], {
  cwd: ROOT,
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ...process.env, PORT: String(PORT) },
});
let announced = false;
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /compiled/i.test(String(chunk))) {
    announced = true;
    console.log(`
Rapportstöd körs:
  Demo (exempelrapport + panelen mot en simulerad Word):  ${BASE}/demo.html
  Demo på engelska:                                        ${BASE}/demo.html?lang=en
  Aktivitetsfönstret (för Word):                           ${BASE}/taskpane.html
  Manifest:                                                ${BASE}/manifest.xml

Webbläsaren varnar för certifikatet (självsignerat) – välj att fortsätta.
För att läsa in tillägget i Word (Windows/macOS): kör en gång  npx office-addin-dev-certs install
och läs sedan in manifest.xml via Infoga > Tillägg > Mina tillägg > Ladda upp mitt tillägg.
Avsluta med Ctrl+C.`);
  }
});
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
