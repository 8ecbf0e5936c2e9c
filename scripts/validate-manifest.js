#!/usr/bin/env node
/**
 * Offline manifest check: XML schema (xmllint against schemas/officeapp.xsd), then what a schema
 * cannot say: every resid points at a resource, the referenced icons exist in assets/ at their
 * declared size, the ribbon button opens taskpane.html and the function file page is function-file.html.
 * Usage: node scripts/validate-manifest.js manifest.xml   (exit 0 = valid, 1 = invalid, 2 = cannot run)
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const SCHEMA = path.join(ROOT, 'schemas', 'officeapp.xsd');

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Returns a list of problems (Swedish); empty when the manifest is valid. */
function validateManifest(file) {
  const problems = [];
  if (!fs.existsSync(file)) return [`Manifestet finns inte: ${file}`];
  const lint = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (lint.error) {
    const err = new Error('xmllint saknas. Installera det med: apt-get install -y libxml2-utils');
    err.code = 'NO_XMLLINT';
    throw err;
  }
  if (lint.status !== 0) {
    for (const line of lint.stderr.split('\n')) {
      if (line.trim() && !/fails to validate$/.test(line)) problems.push(`Schemafel: ${line.trim()}`);
    }
    if (!problems.length) problems.push('Manifestet följer inte schemat.');
    return problems;
  }

  const xml = fs.readFileSync(file, 'utf8');
  const defined = new Map();
  for (const m of xml.matchAll(/<bt:(Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]+)"/g)) {
    if (defined.has(m[2])) problems.push(`Resurs-id ${m[2]} är definierat två gånger.`);
    defined.set(m[2], { kind: m[1], value: m[3] });
  }
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(m[1])) problems.push(`resid "${m[1]}" saknar en resurs under <Resources>.`);
  }
  for (const m of xml.matchAll(/<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"/g)) {
    const res = defined.get(m[2]);
    if (!res) continue;
    const local = /^https:\/\/localhost:\d+\/(assets\/[^"?#]+)$/.exec(res.value);
    if (!local) continue;
    const png = path.join(ROOT, local[1]);
    if (!fs.existsSync(png)) {
      problems.push(`Ikonen ${local[1]} finns inte (kör node scripts/make-icons.js).`);
      continue;
    }
    const size = pngSize(png);
    if (!size || size.width !== Number(m[1]) || size.height !== Number(m[1])) {
      problems.push(`Ikonen ${local[1]} är inte en PNG på ${m[1]}×${m[1]} bildpunkter.`);
    }
  }
  for (const m of xml.matchAll(
    /<(?:IconUrl|HighResolutionIconUrl)\s+DefaultValue="https:\/\/localhost:\d+\/(assets\/[^"]+)"/g,
  )) {
    if (!fs.existsSync(path.join(ROOT, m[1]))) problems.push(`Ikonen ${m[1]} finns inte.`);
  }
  const source = /<DefaultSettings>\s*<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml);
  if (!source || !/\/taskpane\.html$/.test(source[1])) problems.push('SourceLocation ska peka på taskpane.html.');
  const commands = defined.get('Commands.Url');
  if (!commands || !/\/function-file\.html$/.test(commands.value))
    problems.push('FunctionFile (Commands.Url) ska peka på function-file.html.');
  if (!/<Set\s+Name="WordApi"\s+MinVersion="1\.3"/.test(xml))
    problems.push('Kravet WordApi 1.3 saknas under <Requirements>.');
  if (!/<Host\s+Name="Document"\s*\/>/.test(xml)) problems.push('Värdprogrammet Document (Word) saknas under <Hosts>.');
  return problems;
}

if (require.main === module) {
  const file = process.argv[2] || path.join(ROOT, 'manifest.xml');
  try {
    const problems = validateManifest(file);
    if (problems.length) {
      console.error(`${file} är ogiltigt:\n` + problems.map((p) => `  - ${p}`).join('\n'));
      process.exit(1);
    }
    console.log(`${file} är giltigt (schema och resurser).`);
    console.log('Före publicering: kör även npx office-addin-manifest validate manifest.xml (kräver nätverk).');
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}

module.exports = { validateManifest };
