/** Runs the real CLI (`main`) in this process with buffered output, on bytes written to a temp file. */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  ms: number;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const started = performance.now();
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err, ms: performance.now() - started };
}

export class TempDir {
  readonly path = mkdtempSync(join(tmpdir(), 'rapportstod-robust-'));

  write(name: string, bytes: Uint8Array | string): string {
    const file = join(this.path, name);
    writeFileSync(file, bytes);
    return file;
  }

  file(name: string): string {
    return join(this.path, name);
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** Swedish letters or common Swedish words: a cheap guard that a message was meant for the user. */
export function looksSwedish(text: string): boolean {
  return /[åäöÅÄÖ]|\b(filen|dokumentet|inte|och|kan)\b/i.test(text);
}
