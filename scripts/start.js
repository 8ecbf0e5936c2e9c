#!/usr/bin/env node
/**
 * npm start: the development server (HTTPS on localhost:3000, webpack-dev-server's self-signed
 * certificate) and the addresses to open. Ctrl+C stops it.
 */
'use strict';
const { spawn, spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const webpack = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');

// First the engine on its own: the command-line check of the sample report, as a manager would run it.
const sample = path.join(ROOT, 'test', 'fixtures', 'docx', 'seed-000.docx');
console.log('Exempel: rapportstod check på exempelrapporten (VB 2020, Axelsbergs vård- och omsorgsboende)\n');
spawnSync(process.execPath, [path.join(ROOT, 'bin', 'rapportstod.js'), 'check', path.relative(ROOT, sample)], { cwd: ROOT, stdio: 'inherit' });
console.log('\nStartar utvecklingsservern …\n');

const child = spawn(process.execPath, [webpack, 'serve', '--mode', 'development'], { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'] });
let announced = false;
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /compiled/i.test(String(chunk))) {
    announced = true;
    console.log(`
Rapportstöd körs:
  Demo (exempelrapport + panelen mot en simulerad Word):  https://localhost:3000/demo.html
  Demo på engelska:                                        https://localhost:3000/demo.html?lang=en
  Aktivitetsfönstret (för Word):                           https://localhost:3000/taskpane.html
  Manifest:                                                https://localhost:3000/manifest.xml

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
