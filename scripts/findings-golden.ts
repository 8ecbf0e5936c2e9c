/**
 * Behaviour guard for refactorings of the rules and the fixes: writes, for every .docx fixture (and
 * the third-party files in ../shared/docx-wild when present), the findings of "Kontrollera" and the
 * edits of "Åtgärda"/`rapportstod fix`, plus the same for a variant whose budget figures are nudged so
 * that the sum fixes have work to do. Run it before and after a change and diff the two files:
 *
 *   npx ts-node --transpile-only scripts/findings-golden.ts > /tmp/before.json
 *   … change …
 *   npx ts-node --transpile-only scripts/findings-golden.ts > /tmp/after.json && diff /tmp/before.json /tmp/after.json
 *
 * Not a jest snapshot on purpose: other work changes findings on purpose, and a recorded file in the
 * tree would fail for them; this compares one change against its own base.
 */
import { readFileSync } from 'fs';
import { join, relative } from 'path';
import { checkSnapshot } from '../src/core/check';
import { computeFixes } from '../src/core/fix';
import { parseReport } from '../src/core/parse/index';
import { isTable, type DocSnapshot } from '../src/core/snapshot';
import { readDocx } from '../src/docx/index';
import { docxFilesBelow, PROJECT_ROOT, sharedPath } from '../test/support/shared';

/** A copy of the snapshot in which the first figure of every table row ending in a number is raised by one. */
function nudged(snapshot: DocSnapshot): DocSnapshot {
  const copy = JSON.parse(JSON.stringify(snapshot)) as DocSnapshot;
  for (const block of copy.blocks) {
    if (!isTable(block)) continue;
    const last = block.rows[block.rows.length - 1];
    const cell = last?.cells.find((c, i) => i > 0 && /^-?\d[\d ]*(,\d+)?$/.test(c.text.trim()));
    if (!cell || cell.paragraphs.length !== 1) continue;
    const text = cell.text
      .trim()
      .replace(/^(-?)(\d)/, (_m, sign: string, d: string) => `${sign}${(Number(d) + 1) % 10}`);
    cell.text = text;
    cell.paragraphs[0].text = text;
    cell.paragraphs[0].runs = [{ text, bold: cell.paragraphs[0].bold, italic: false }];
  }
  return copy;
}

function record(snapshot: DocSnapshot): unknown {
  const { findings } = checkSnapshot(snapshot);
  const fixes = computeFixes(snapshot, parseReport(snapshot));
  return { findings, fixes };
}

const files = [
  ...docxFilesBelow(join(PROJECT_ROOT, 'test', 'fixtures', 'docx')),
  ...(sharedPath('docx-wild') ? docxFilesBelow(sharedPath('docx-wild') as string) : []),
];
const out: Record<string, unknown> = {};
for (const file of files) {
  const name = relative(PROJECT_ROOT, file);
  let snapshot: DocSnapshot;
  try {
    snapshot = readDocx(readFileSync(file)).snapshot;
  } catch (e) {
    out[name] = { unreadable: e instanceof Error ? e.message : String(e) };
    continue;
  }
  out[name] = record(snapshot);
  out[`${name} (nudged)`] = record(nudged(snapshot));
}
/** Keys sorted, so that moving a field inside an object is not a difference; `messageId` is new metadata, not behaviour. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k]) => k !== 'messageId')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, normalized(v)]));
}

process.stdout.write(`${JSON.stringify(normalized(out), null, 1)}\n`);
