/**
 * Where `../shared` is: beside the project root on a developer's machine and in CI, absent on a user's
 * clone. Tests that need it use `describeWithShared`, which skips with a visible note when it is absent,
 * so `npm test` passes on a clone without it. Never an absolute path: the project may live anywhere.
 */
import { existsSync, readdirSync, statSync } from 'fs';
import { join, resolve } from 'path';

/** The project root: the folder holding package.json, two levels above this file. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..');

/** `../shared` relative to the project root, or null when it is not there. */
export const SHARED_DIR: string | null = (() => {
  const dir = resolve(PROJECT_ROOT, '..', 'shared');
  return existsSync(dir) ? dir : null;
})();

/** A path inside `../shared`, or null when the shared folder (or that path in it) is absent. */
export function sharedPath(...parts: string[]): string | null {
  if (!SHARED_DIR) return null;
  const p = join(SHARED_DIR, ...parts);
  return existsSync(p) ? p : null;
}

let noted = false;
/** Prints once per test file that the shared folder is missing, so a skip is never silent. */
export function noteSharedMissing(what: string): void {
  if (noted) return;
  noted = true;

  console.warn(`[rapportstod tests] ../shared saknas bredvid projektet: hoppar över ${what}.`);
}

/** `describe` when `../shared/<parts>` exists, else `describe.skip` with a visible note. */
export function describeWithShared(parts: string[], name: string, fn: (dir: string) => void): void {
  const dir = sharedPath(...parts);
  if (dir) {
    describe(name, () => fn(dir));
  } else {
    noteSharedMissing(`${name} (../shared/${parts.join('/')})`);
    describe.skip(`${name} — ../shared/${parts.join('/')} saknas`, () => {
      it('skipped', () => undefined);
    });
  }
}

/** Every .docx file below a folder, recursively, sorted. */
export function docxFilesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.toLowerCase().endsWith('.docx')) out.push(p);
    }
  };
  walk(dir);
  return out;
}
