// How a command fetches: the address policy's allow-list (--allow-host or NEWSWATCH_ALLOW_HOSTS)
// and the keep-alive fetcher every fetching command shares.
import type { Command } from 'commander';
import { createFeedFetcher, type FeedFetcher } from '../fetch/index.ts';

export interface FetchFlags {
  readonly allowHost?: readonly string[];
}

/** Adds --allow-host to command. */
export function withFetchOptions(command: Command): Command {
  return command.option(
    '--allow-host <host...>',
    'hosts or CIDR ranges that may be fetched although private (also $NEWSWATCH_ALLOW_HOSTS, comma-separated)',
  );
}

/** Returns the allow-list flags and the environment give. */
export function allowListOf(flags: FetchFlags): string[] {
  const fromEnv = (process.env['NEWSWATCH_ALLOW_HOSTS'] ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return [...fromEnv, ...(flags.allowHost ?? [])];
}

/** Runs fn with a fetcher, and closes its connections afterwards. */
export async function withFetcher<T>(
  flags: FetchFlags,
  fn: (fetcher: FeedFetcher) => Promise<T>,
): Promise<T> {
  const fetcher = createFeedFetcher({ now: () => new Date(), allow: allowListOf(flags) });
  try {
    return await fn(fetcher);
  } finally {
    await fetcher.close();
  }
}
