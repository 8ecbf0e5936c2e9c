'use strict';
/** The baseline for the batch benchmark: mammoth converts every .docx in a folder, in one process. */
const fs = require('fs');
const path = require('path');
const mammoth = require('mammoth');

async function main() {
  const dir = process.argv[2];
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.docx'))
    .sort();
  let chars = 0;
  for (const n of names)
    chars += (await mammoth.convertToHtml({ buffer: fs.readFileSync(path.join(dir, n)) })).value.length;
  process.stdout.write(`${names.length} filer, ${chars} tecken HTML\n`);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exitCode = 1;
});
