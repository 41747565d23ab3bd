/**
 * The `tiercraft` command line: commands, options, help and exit codes. Each command's module is
 * imported when that command runs, so that `--help` or a usage error never loads exceljs, pdfkit, zod
 * or the engine: loading them is most of a command's start-up time.
 */
import { Command, CommanderError, Option } from 'commander';
import type { QuoteOptions } from './commands/quote';
import { PAPERS } from '../quoteDocument/quoteDocument';
import type { RoutesOptions } from './routeOptions';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import type { CliIO } from './io';
import { SHEET_KEYS } from '../workbook/spec';

const EXIT_HELP = `
Exit codes:
  0   done
  1   invalid model (every issue printed with its path), or an invalid quote file (every issue
      printed with the file and the field's path), or for read a bad cell or a workbook
      without a Tiercraft model, or for quote a line that cannot be priced, or for diff and compare
      a bad --mix CSV (every problem printed with its row and column); nothing written
      (routes shows a route that cannot be priced or breaks a guardrail as a row with its status, exit 0)
  2   wrong usage (unknown command or option, missing argument, bad --sheet; for routes an unknown
      --item, --tier or --term, a missing --tier or --term among several, a bad --quantity, --discount
      or --purchases; for quote an -o that is not .pdf or .xlsx, or --internal without -o; for
      markets an unknown --market)
  3   a file could not be read or written, or is not a workbook; an existing file is left as it was
      (init and read never replace one without --force)
  4   a wanted sheet name is held by a sheet Tiercraft did not create, or an update would write over
      a user's cells or lose content (nothing is changed)
  5   under --strict, guardrail errors (with --strict=warnings, errors or warnings); nothing is written
  6   for diff, the new version brings guardrail errors the old one did not have (the comparison is
      printed, and --xlsx written, all the same)
  70  unexpected internal error`;

const JSON_HELP = `
With --json, once the model file or workbook is read, stdout holds one JSON document and nothing else:
  { "valid": true,
    "issues":   [{ "severity": "error" | "warning", "path": "prices[0].listPrice", "cell": "Price book!E5", "message": "…" }],
    "breaches": [{ "rule": "max-customer-discount", "severity": "error" | "warning", "path": "quote.lines[2]", "cell": "Quote!A8", "message": "…" }] }
valid is false when the model (or, for read, the workbook) cannot be used; path and cell are given when known.`;

type Strict = 'errors' | 'warnings';
const strictOption = (): Option =>
  new Option('--strict <level>', 'fail with exit code 5 on guardrail errors; --strict=warnings fails on warnings too (--strict alone means errors)').choices(['errors', 'warnings']);
const jsonOption = (): Option => new Option('--json', 'print the issues and breaches as one JSON document on stdout, nothing else');

/** `--strict` alone means `--strict=errors` (an option with an optional value would take the next argument). */
const withStrictLevel = (argv: readonly string[]): string[] => {
  const end = argv.indexOf('--');
  return argv.map((a, i) => (a === '--strict' && (end < 0 || i < end) ? '--strict=errors' : a));
};

export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = new Command('tiercraft')
    .description('Tiered pricing and packaging: build the pricing workbook from a model file.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .addHelpText('after', `${EXIT_HELP}\n${JSON_HELP}`)
    .showHelpAfterError('(run tiercraft --help for usage)');
  program
    .command('build')
    .description('build (or update) the pricing workbook from a model file')
    .argument('<model>', 'model file (JSON)')
    .requiredOption('-o, --output <file>', 'the .xlsx to write or update')
    .option('--rename-on-clash', 'when a sheet name is taken by a sheet Tiercraft did not create, pick a free name instead of failing')
    .option('--sheet <key=name...>', `sheet names, e.g. --sheet "priceBook=Prices 2026" (keys: ${SHEET_KEYS.join(', ')})`)
    .option('--mix <file>', "a mix CSV (item,tier,term,channel,level,dealRegistration,quantity,discount) for the Mix sheet, in place of the model's mix")
    .addOption(strictOption())
    .addOption(jsonOption())
    .action(async (model: string, opts: { output: string; renameOnClash?: boolean; sheet?: string[]; mix?: string; strict?: Strict; json?: boolean }) => {
      const { buildCommand } = await import('./commands/build');
      code = await buildCommand(model, opts, io);
    });
  program
    .command('validate')
    .description('check a model file: every issue and guardrail breach with its path, cell and severity')
    .argument('<model>', 'model file (JSON)')
    .addOption(strictOption())
    .addOption(jsonOption())
    .action(async (model: string, opts: { strict?: Strict; json?: boolean }) => {
      const { validateCommand } = await import('./commands/validate');
      code = await validateCommand(model, opts, io);
    });
  program
    .command('read')
    .description('read the model back from a workbook edited in Excel: every bad cell and issue, then the breaches')
    .argument('<workbook>', 'a workbook Tiercraft built (.xlsx)')
    .requiredOption('-o, --output <file>', 'the model file (JSON) to write')
    .option('-f, --force', 'replace an existing model file')
    .addOption(strictOption())
    .addOption(jsonOption())
    .action(async (workbook: string, opts: { output: string; force?: boolean; strict?: Strict; json?: boolean }) => {
      const { readCommand } = await import('./commands/read');
      code = await readCommand(workbook, opts, io);
    });
  program
    .command('quote')
    .description(
      "price the model's quote (or a quote file's): each line's list, customer price, true-up and tier maths in words, a partner line's margins and programme funds, then the totals and each party's pocket-price waterfall; with -o, write the customer quote as a PDF or workbook",
    )
    .argument('<model>', 'model file (JSON), or a quote file naming its model')
    .argument('[quote]', 'a quote file (JSON) to price on the model instead of its own quote')
    .option('--purchases <amount>', "the partner's purchases in the programme year, which pick the rebate tier and MDF cap (default: the quote's partnerPurchases, else 0)")
    .option('-o, --output <file>', 'write the customer quote to this .pdf or .xlsx (no cost, margin or partner figure in it)')
    .option('--internal', "add finance's view (each bundle line's allocation to its components, each party's margin) after the customer quote, marked internal")
    .addOption(new Option('--paper <size>', 'paper size of the PDF and the printed sheets').choices(PAPERS).default('a4'))
    .addOption(new Option('--json', 'print the priced quote as one JSON document on stdout, nothing else'))
    .action(async (model: string, quote: string | undefined, opts: QuoteOptions) => {
      const { quoteCommand } = await import('./commands/quote');
      code = await quoteCommand(model, quote, opts, io);
    });
  program
    .command('routes')
    .description("every route to market for one item side by side: customer price, each partner's buy price and margin, vendor invoice, pocket price and pocket margin %, guardrail status")
    .argument('<model>', 'model file (JSON)')
    .option('--item <id>', 'a product SKU or a bundle id')
    .option('--tier <id>', "the product's price-book tier (needed when the model has several; a bundle is priced in its own)")
    .option('--term <id>', 'the term (needed when the model has several)')
    .option('--quantity <n>', 'units (default 1)')
    .option('--discount <rate>', 'negotiated discount off list, 0.1 or 10% (default 0)')
    .option('--purchases <amount>', "the partner's purchases in the programme year, which pick the rebate tier and MDF cap (default: the quote's partnerPurchases, else 0)")
    .option('--matrix', 'instead, the vendor pocket price as % of list for every item × route (no discount, deal not registered)')
    .addOption(new Option('--json', 'print the routes (or the matrix) as one JSON document on stdout'))
    .action(async (model: string, opts: RoutesOptions) => {
      const { routesCommand } = await import('./commands/routes');
      code = await routesCommand(model, opts, io);
    });
  program
    .command('markets')
    .description("print each market's price book: reference, converted, derived, override and final prices, and the deviation the price corridor checks")
    .argument('<model>', 'model file (JSON)')
    .option('--market <id>', 'only this market')
    .addOption(new Option('--json', 'print the price books as one JSON document on stdout'))
    .action(async (model: string, opts: { market?: string; json?: boolean }) => {
      const { marketsCommand } = await import('./commands/markets');
      code = await marketsCommand(model, opts, io);
    });
  program
    .command('diff')
    .description("what changed from one version of a model to the next and what it does: changed price points and settings, each party's revenue, pocket and margin on the mix and on the quote, breaches that appear and disappear, new price cliffs")
    .argument('<old>', 'the base model file (JSON)')
    .argument('<new>', 'the changed model file (JSON)')
    .option('--mix <file>', "the book of business to measure on, a CSV (item,tier,term,channel,level,dealRegistration,quantity,discount); default: the new model's mix")
    .addOption(new Option('--json', 'print the comparison as one JSON document on stdout'))
    .option('--xlsx <file>', 'also write a Changes workbook (Summary, Price points, Settings, Parties, Breaches)')
    .action(async (base: string, other: string, opts: { mix?: string; json?: boolean; xlsx?: string }) => {
      const { diffCommand } = await import('./commands/diff');
      code = await diffCommand(base, other, opts, io);
    });
  program
    .command('compare')
    .description("the model's base against each of its scenarios: what each changes, each party's revenue, pocket and margin on the mix and on the quote, the breaches of each")
    .argument('<model>', 'model file (JSON) with scenarios')
    .option('--mix <file>', "the book of business to measure on, a CSV (as for diff); default: the model's mix")
    .addOption(new Option('--json', 'print the comparisons as one JSON document on stdout'))
    .action(async (model: string, opts: { mix?: string; json?: boolean }) => {
      const { compareCommand } = await import('./commands/compare');
      code = await compareCommand(model, opts, io);
    });
  program
    .command('init')
    .description('write the example model to start from')
    .argument('[file]', 'where to write it', 'pricing.tiercraft.json')
    .option('-f, --force', 'replace an existing file')
    .action(async (file: string, opts: { force?: boolean }) => {
      const { initCommand } = await import('./commands/init');
      code = await initCommand(file, opts, io);
    });
  try {
    await program.parseAsync(withStrictLevel(argv), { from: 'user' });
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
