// The CLI's entry: builds the command tree, runs it, maps errors to exit codes.
import { Command, CommanderError } from 'commander';
import { AppError } from '../model/index.ts';
import { registerCommands } from './commands/index.ts';
import { exitCodeFor } from './exit-codes.ts';

/** Returns the program with every subcommand registered. */
export function buildProgram(): Command {
  const program = new Command('newswatch')
    .description('Monitor the news about a cause: collect, archive, search and analyse feeds.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

/** Runs the CLI with argv and returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof AppError) {
      process.stderr.write(`newswatch: ${err.message}\n`);
      return exitCodeFor(err.code);
    }
    throw err;
  }
}
