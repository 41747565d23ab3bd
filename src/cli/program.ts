/** The `tiercraft` command line: commands, options, help and exit codes. */
import { Command, CommanderError } from 'commander';
import { buildCommand } from './commands/build';
import { initCommand } from './commands/init';
import { validateCommand } from './commands/validate';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import type { CliIO } from './io';

const EXIT_HELP = `
Exit codes:
  0   done
  1   invalid model (every issue printed with its path)
  2   wrong usage (unknown command or option, missing argument)
  3   a file could not be read or written (an existing workbook is left as it was)
  4   a wanted sheet name is held by a sheet Tiercraft did not create, or an update would write over
      a user's cells or lose content (nothing is changed)
  70  unexpected internal error`;

export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = new Command('tiercraft')
    .description('Tiered pricing and packaging: build the pricing workbook from a model file.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .addHelpText('after', EXIT_HELP)
    .showHelpAfterError('(run tiercraft --help for usage)');
  program
    .command('build')
    .description('build (or update) the pricing workbook from a model file')
    .argument('<model>', 'model file (JSON)')
    .requiredOption('-o, --output <file>', 'the .xlsx to write or update')
    .option('--rename-on-clash', 'when a sheet name is taken by a sheet Tiercraft did not create, pick a free name instead of failing')
    .option('--sheet <key=name...>', 'sheet names, e.g. --sheet "priceBook=Prices 2026" (keys: packaging, priceBook, ladders, bundles, channels, quote, checks, model)')
    .action(async (model: string, opts: { output: string; renameOnClash?: boolean; sheet?: string[] }) => {
      code = await buildCommand(model, opts, io);
    });
  program
    .command('validate')
    .description('check a model file and print every issue with its path')
    .argument('<model>', 'model file (JSON)')
    .action(async (model: string) => {
      code = await validateCommand(model, io);
    });
  program
    .command('init')
    .description('write the example model to start from')
    .argument('[file]', 'where to write it', 'pricing.tiercraft.json')
    .option('-f, --force', 'replace an existing file')
    .action(async (file: string, opts: { force?: boolean }) => {
      code = await initCommand(file, opts, io);
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (e instanceof CliError) {
      io.err(`error: ${e.message}`);
      return e.code;
    }
    io.err(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT.internal;
  }
}
