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
