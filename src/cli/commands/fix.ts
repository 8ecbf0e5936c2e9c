/**
 * `rapportstod fix FIL -o UT [--in-place]`: recomputes wrong figures in the budget tables and
 * writes a corrected copy. The input is never overwritten unless the user says --in-place, and
 * then only through a temporary file, so a failed write cannot leave half a document behind.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { accessibilityFixes, computeFixes } from '../../core/fix';
import { parseReport } from '../../core/parse/index';
import type { TocChangeAction } from '../../core/toc/index';
import { applyEdits, DocxError, readDocx } from '../../docx/index';
import { writeFailure, type Command } from '../io';

const USAGE = 'Användning: rapportstod fix FIL -o UT [--in-place] [--tillganglighet]';

const TOC_ACTION: Record<TocChangeAction, string> = {
  added: 'lades till',
  removed: 'togs bort',
  moved: 'flyttades',
  changed: 'ändrades',
};

interface Args {
  file: string;
  out: string;
  /** Also the accessibility pack's fixes (title, language, header rows), which `fix` leaves alone unless asked. */
  a11y: boolean;
}

function parseArgs(args: string[]): Args | string {
  let file: string | null = null;
  let out: string | null = null;
  let inPlace = false;
  let a11y = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output') {
      const next = args[++i];
      if (!next) return `Flaggan ${a} behöver ett filnamn.`;
      out = next;
    } else if (a === '--in-place') {
      inPlace = true;
    } else if (a === '--tillganglighet' || a === '--tillgänglighet') {
      a11y = true;
    } else if (a.startsWith('-')) {
      return `Okänd flagga: ${a}`;
    } else if (file === null) {
      file = a;
    } else {
      return `Ange bara en fil (fick både ${file} och ${a}).`;
    }
  }
  if (!file) return 'Ange vilken fil som ska åtgärdas.';
  if (inPlace && out && path.resolve(out) !== path.resolve(file))
    return 'Ange antingen -o UT eller --in-place, inte båda.';
  if (!inPlace && !out) return 'Ange en utfil med -o UT, eller --in-place för att skriva över originalet.';
  if (!inPlace && out && path.resolve(out) === path.resolve(file)) {
    return 'Utfilen är samma som originalet. Använd --in-place om originalet verkligen ska skrivas över.';
  }
  return { file, out: out ?? file, a11y };
}

/** Writes via a temporary file beside the target; a failure is a Swedish message (thrown as WriteError). */
async function writeSafely(target: string, bytes: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw new WriteError(writeFailure(target, error));
  }
}

class WriteError extends Error {}

export const run: Command = async (args, io) => {
  try {
    return await fix(args, io);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.err(`${error.message}\n`);
    return 2;
  }
};

const fix: Command = async (args, io) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  const { file, out, a11y } = parsed;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(
      code === 'ENOENT'
        ? `Filen ${file} finns inte.\n`
        : `Filen ${file} kunde inte läsas (${code ?? String(error)}).\n`,
    );
    return 2;
  }
  let doc;
  try {
    doc = readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxError) {
      io.err(`${file}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const report = parseReport(doc.snapshot);
  const { edits: figures, changes, toc, notReport } = computeFixes(doc.snapshot, report);
  // Appended after the figures and the TOC, so the change list below keeps its order.
  const accessibility = a11y ? accessibilityFixes(doc.snapshot, report) : [];
  const edits = [...figures, ...accessibility];
  if (notReport) {
    // Byte for byte the input: a document that is not a report is not ours to touch.
    if (out !== file) await writeSafely(out, bytes);
    io.out(`${file}: ${notReport}${out !== file ? ` Oförändrad kopia skriven till ${out}.` : ''}\n`);
    return 0;
  }
  if (edits.length === 0) {
    if (out !== file) await writeSafely(out, bytes);
    io.out(`${file}: inget att åtgärda.${out !== file ? ` Oförändrad kopia skriven till ${out}.` : ''}\n`);
    return 0;
  }
  let result;
  try {
    result = applyEdits(doc, edits);
  } catch (error) {
    // A part that read well enough to check can still be too damaged to rewrite: say so, write nothing.
    if (error instanceof DocxError) {
      io.err(`${file}: ${error.message} Ingen fil skrevs.\n`);
      return 2;
    }
    throw error;
  }
  const applied = new Set(result.applied);
  for (const [i, change] of changes.entries()) {
    if (!applied.has(edits[i])) continue;
    io.out(`${change.table}: ${change.row}, ${change.column}: ${change.old.trim()} → ${change.new}\n`);
  }
  const tocApplied = edits.some((e) => e.kind === 'replaceBlocks' && applied.has(e));
  if (toc && tocApplied) {
    io.out(`Innehållsförteckningen byggdes om som ett fält som Word uppdaterar när dokumentet öppnas:\n`);
    for (const change of toc.changes) io.out(`  ${TOC_ACTION[change.action]}: ${change.entry}\n`);
    for (const warning of toc.warnings) io.out(`  Obs: ${warning}\n`);
  }
  for (const edit of accessibility) if (applied.has(edit)) io.out(`Tillgänglighet: ${edit.reason}\n`);
  for (const refusal of result.refused) {
    io.err(`Ändrades inte: ${refusal.edit.reason} (${refusal.reason})\n`);
  }
  if (result.applied.length === 0) {
    io.out(`${file}: inga ändringar kunde göras; filen skrevs inte.\n`);
    return 0;
  }
  await writeSafely(out, result.bytes);
  io.out(
    `${result.applied.length === 1 ? '1 ändring skriven' : `${result.applied.length} ändringar skrivna`} till ${out}.\n`,
  );
  return 1;
};
