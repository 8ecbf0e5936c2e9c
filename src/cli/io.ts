import * as path from 'path';

/** What a CLI command may touch besides the file system: its output streams. Tests pass buffers. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A command: parses its own arguments, returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Why a file could not be written, in Swedish, for the usual causes; never a raw ENOENT. `target` is the
 * file the user asked for (the error may name a temporary file beside it).
 */
export function writeFailure(target: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const dir = path.dirname(target);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `Kunde inte skriva ${target}: mappen ${dir} finns inte. Skapa mappen först eller välj en annan plats.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Kunde inte skriva ${target}: du saknar behörighet att skriva i ${dir}.`;
    case 'ENOSPC':
      return `Kunde inte skriva ${target}: disken är full.`;
    case 'EISDIR':
      return `Kunde inte skriva ${target}: det är en mapp. Ange ett filnamn.`;
    default:
      return `Kunde inte skriva ${target} (${code ?? (error instanceof Error ? error.message : String(error))}).`;
  }
}
