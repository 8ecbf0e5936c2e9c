/**
 * `rapportstod` — the report engine on .docx files: check, fix, new.
 * Each command lives in `commands/` and returns its exit code.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { CliIo, Command, processIo } from './io';

/** package.json's version; main.ts runs from src/cli (tests) and dist-cli/cli (bin), both two levels down. */
function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'okänd';
}

const USAGE = `Användning: rapportstod <kommando> [flaggor] FIL...

Kommandon:
  --version                        Visa versionen.
  check [--json] FIL|MAPP...       Kontrollera rapporter och lista fynd (fel, varningar, tips).
                                   En mapp kontrollerar alla .docx i mappen.
  check --comments -o UT FIL       Skriv fynden som Word-kommentarer i en kopia av rapporten.
  check MAPP --report F.html --csv F.csv
                                   Sammanställning av alla rapporter (HTML för utskrift, CSV för Excel).
  fix FIL -o UT [--in-place]       Räkna om summor i budgettabeller och bygg om innehållsförteckningen.
      [--tillganglighet]           Dessutom: dokumentets rubrik, svenska som standardspråk och
                                   rubrikrader i datatabeller (Tillgänglighet).
  new --type VB|T1|T2|VP --unit NAMN --year ÅÅÅÅ [--goals 1.1,1.5] -o FIL
                                   Skapa ett rapportskelett med alla obligatoriska avsnitt.

Slutkoder: 0 = inga fel, 1 = fel hittades (check) eller något ändrades (fix), 2 = en fil kunde inte läsas.
`;

async function loadCommand(name: string): Promise<Command | null> {
  switch (name) {
    case 'check':
      return (await import('./commands/check')).run;
    case 'fix':
      return (await import('./commands/fix')).run;
    case 'new':
      return (await import('./commands/new')).run;
    default:
      return null;
  }
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(`rapportstod ${version()}\n`);
    return 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`Okänt kommando: ${name}\n\n${USAGE}`);
    return 2;
  }
  return command(rest, io);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Internt fel: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
