// The CLI's entry: builds the command tree, runs it, maps errors to exit codes.
import { Command, CommanderError } from 'commander';
import { AppError, isAppError } from '../model/index.ts';
import { registerCommands } from './commands/index.ts';
import { exitCodeFor } from './exit-codes.ts';

/** Returns the program with every subcommand registered. */
export function buildProgram(): Command {
  const program = new Command('newswatch')
    .description('Monitor the news about a cause: collect, archive, search and analyse feeds.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    // A group's options (`entities --db F`) stay before its subcommand, so that
    // `entities split X --db F` gives --db to split rather than to entities.
    .enablePositionalOptions();
  registerCommands(program);
  return program;
}

// A reader that stops early (`newswatch export | head`) closes the pipe: the write fails with
// EPIPE, which is the reader's choice, not an error. Later writes go nowhere; a command that
// streams (export) stops when it notices, and the rest finish their work.
function ignoreClosedPipe(err: NodeJS.ErrnoException): void {
  if (err.code !== 'EPIPE') throw err;
}

/** Runs the CLI with argv and returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  if (!process.stdout.listeners('error').includes(ignoreClosedPipe))
    process.stdout.on('error', ignoreClosedPipe);
  try {
    await buildProgram().parseAsync([...argv]);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (isAppError(err, 'export.output_closed')) return 0;
    if (err instanceof AppError) {
      process.stderr.write(`newswatch: ${err.message}\n`);
      return exitCodeFor(err.code);
    }
    throw err;
  }
}
