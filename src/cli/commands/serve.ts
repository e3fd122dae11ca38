// `newswatch serve`: the API, the web UI and the poller in one process. Binds 127.0.0.1 by
// default (no login from this machine); any other address needs a user or API key first.
// --demo imports the bundled sample into an empty database before serving.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { DEFAULT_PORT, startServer } from '../../api/index.ts';
import { createFeedFetcher } from '../../fetch/index.ts';
import { AppError } from '../../model/index.ts';
import { analyzePending, importFile, type ItemAnalyzer } from '../../pipeline/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { smtpFromEnv } from '../alert-option.ts';
import { loadItemAnalyzer, withAnalysisOptions, type AnalysisFlags } from '../analysis-setup.ts';
import { allowListOf, withFetchOptions, type FetchFlags } from '../fetch-option.ts';
import { databasePath, withDbOption, type DbFlags } from '../store-option.ts';

interface ServeFlags extends DbFlags, FetchFlags, AnalysisFlags {
  readonly port: string;
  readonly host: string;
  readonly poll: boolean;
  readonly demo?: boolean;
  readonly requireLogin?: boolean;
}

/** The bundled sample, from src/cli/commands/ and dist/cli/commands/ alike. */
const SAMPLE = fileURLToPath(new URL('../../../samples/xinjiang-topic-dump.txt', import.meta.url));

function portOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new AppError('usage.bad_port', `--port: '${value}' is not a port number (0-65535)`);
  }
  return n;
}

async function importDemo(store: Store, analyze: ItemAnalyzer | null): Promise<void> {
  const counts = await store.archiveCounts(new Date().toISOString());
  if (counts.items > 0 || counts.fetches > 0) return;
  const result = await importFile(store, SAMPLE, new Date());
  const line = result.ok ? `${result.outcome.itemsNew} items` : `failed: ${result.error}`;
  process.stdout.write(`demo: imported the bundled sample (${line})\n`);
  if (analyze) await analyzePending(store, analyze, () => new Date());
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: string) => () => resolve(signal);
    process.once('SIGINT', on('SIGINT')).once('SIGTERM', on('SIGTERM'));
  });
}

async function serveCommand(flags: ServeFlags): Promise<void> {
  const path = databasePath(flags);
  const store = openStore(path);
  const fetcher = createFeedFetcher({ now: () => new Date(), allow: allowListOf(flags) });
  try {
    const analyze = flags.analyze === false ? null : await loadItemAnalyzer(flags);
    if (flags.demo) await importDemo(store, analyze);
    const port = portOf(flags.port);
    const requireLogin = flags.requireLogin === true;
    const server = await startServer({
      store,
      fetcher,
      analyze,
      // Monitors run after each polling round: e-mail through $NEWSWATCH_SMTP_URL, webhooks to
      // private addresses only when --allow-host names them (as for fetching).
      alerting: { smtp: smtpFromEnv(), allow: allowListOf(flags) },
      host: flags.host,
      port,
      poll: flags.poll,
      requireLogin,
    });
    const access = server.needsLogin
      ? 'sign in with a user, or send an API key'
      : 'no sign-in needed from this machine';
    process.stdout.write(
      `newswatch: serving ${server.url} (database ${path}; ${access}${flags.poll ? '' : '; polling off'})\n`,
    );
    const signal = await waitForSignal();
    process.stdout.write(`newswatch: ${signal}, stopping: finishing requests and the current write\n`);
    await server.close();
  } catch (err) {
    await fetcher.close();
    await store.close();
    throw err;
  }
}

/** Adds `serve` to program. */
export function registerServe(program: Command): void {
  withAnalysisOptions(
    withFetchOptions(
      withDbOption(
        program
          .command('serve')
          .description('serve the web UI and the API, and poll the feeds, in one process')
          .option('--port <port>', 'port to listen on (0: any free port)', String(DEFAULT_PORT))
          .option(
            '--host <host>',
            'address to listen on; other than loopback, a user or API key must exist',
            '127.0.0.1',
          )
          .option('--no-poll', 'do not poll feeds (the UI can still start a round)')
          .option('--require-login', 'ask everyone to sign in, even from this machine (shared machines)')
          .option('--no-analyze', 'do not analyse new items (entities, themes, figures, stories)')
          .option('--demo', 'import the bundled sample first if the database is empty'),
      ),
    ),
  ).action(serveCommand);
}
