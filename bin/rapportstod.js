#!/usr/bin/env node
'use strict';
// The CLI is compiled from src/ by `npm ci` (the prepare script) or `npm run build:cli`.
const path = require('path');
const fs = require('fs');
const entry = path.join(__dirname, '..', 'dist-cli', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('rapportstod är inte byggt. Kör "npm ci" eller "npm run build:cli" först.\n');
  process.exit(2);
}
// `rapportstod check … | head` closes the pipe early: that is not an error of ours.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode || 0);
  throw error;
});
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    process.stderr.write('Internt fel: ' + (error && error.message ? error.message : String(error)) + '\n');
    process.exitCode = 2;
  });
