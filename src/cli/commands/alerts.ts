// `newswatch alerts add|list|remove|test|run|feed`: monitors of saved searches and
// watchlists, sent on by webhook, e-mail digest, or read as an Atom feed.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { renderAlertFeed } from '../../alerts/index.ts';
import { AppError, type AlertChannels, type AlertRecord } from '../../model/index.ts';
import { alertMatches, runAlerts, testAlert, type AlertRunResult } from '../../pipeline/index.ts';
import { parseQuery } from '../../query/index.ts';
import type { Store } from '../../store/index.ts';
import { smtpFromEnv } from '../alert-option.ts';
import { allowListOf, withFetchOptions, type FetchFlags } from '../fetch-option.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

interface AddFlags extends DbFlags {
  readonly query?: string;
  readonly watchlist?: string;
  readonly webhook?: string;
  readonly secret?: string;
  readonly email?: string[];
}

function channelsOf(flags: AddFlags): AlertChannels {
  if (flags.webhook && !flags.secret)
    throw new AppError(
      'usage.missing_secret',
      'alerts: --webhook needs --secret (the key its signature is made with)',
    );
  return {
    ...(flags.webhook ? { webhook: { url: flags.webhook, secret: flags.secret as string } } : {}),
    ...(flags.email?.length ? { email: { to: flags.email } } : {}),
  };
}

async function findAlert(store: Store, ref: string): Promise<AlertRecord> {
  const alert = await store.getAlert(ref);
  if (!alert) throw new AppError('input.not_found', `alerts: no alert "${ref}"`);
  return alert;
}

async function addCommand(name: string, flags: AddFlags): Promise<void> {
  if (Boolean(flags.query) === Boolean(flags.watchlist))
    throw new AppError('usage.alert_kind', 'alerts: give either --query or --watchlist');
  if (flags.query) parseQuery(flags.query);
  const alert = await withStore(flags, async (store) => {
    const list = flags.watchlist ? await store.getWatchlist(flags.watchlist) : null;
    if (flags.watchlist && !list)
      throw new AppError('input.not_found', `alerts: no watchlist "${flags.watchlist}"`);
    return store.saveAlert(
      {
        name,
        kind: list ? 'watchlist' : 'search',
        query: flags.query ?? null,
        watchlistId: list?.id ?? null,
        channels: channelsOf(flags),
      },
      new Date().toISOString(),
    );
  });
  const via = Object.keys(alert.channels).join(' and ') || 'its Atom feed only';
  process.stdout.write(
    `alert #${alert.id} "${alert.name}" watches ${alert.kind === 'search' ? `"${alert.query}"` : `watchlist #${alert.watchlistId}`}; new matches go to ${via}\n`,
  );
}

const report = (results: readonly AlertRunResult[]) =>
  results
    .map((r) => `${r.alert} → ${r.channel}: ${r.items} items: ${r.ok ? 'ok' : 'FAILED'}: ${r.message}`)
    .join('\n') || 'nothing new to send';

/** Adds `alerts` and its subcommands to program. */
export function registerAlerts(program: Command): void {
  const alerts = program
    .command('alerts')
    .description('monitors: saved searches and watchlists whose new matches are sent on');
  withDbOption(alerts.command('add').description('watch a search or a watchlist').argument('<name>'))
    .option('--query <q>', 'a saved search, in the search language')
    .option('--watchlist <name>', 'a watchlist: items naming its matched entities')
    .option('--webhook <url>', 'POST signed JSON here')
    .option('--secret <key>', 'the key the webhook signature (HMAC-SHA256) is made with')
    .option('--email <address...>', 'send digests to these addresses (SMTP from $NEWSWATCH_SMTP_URL)')
    .action(addCommand);
  withDbOption(alerts.command('list').description('list alerts')).action(async (flags: DbFlags) => {
    const list = await withStore(flags, (store) => store.listAlerts());
    process.stdout.write(
      list
        .map(
          (a) =>
            `#${a.id} ${a.name}: ${a.kind} ${a.query ?? `watchlist #${a.watchlistId}`} → ${Object.keys(a.channels).join(', ') || 'feed'} · last run ${a.lastRunAt ?? 'never'}`,
        )
        .join('\n') + (list.length ? '\n' : 'no alerts\n'),
    );
  });
  withDbOption(alerts.command('remove').description('stop an alert').argument('<name>')).action(
    async (ref: string, flags: DbFlags) => {
      await withStore(flags, async (store) =>
        store.removeAlert((await findAlert(store, ref)).id, new Date().toISOString()),
      );
      process.stdout.write(`alert "${ref}" removed\n`);
    },
  );
  withFetchOptions(
    withDbOption(
      alerts
        .command('test')
        .description('send a sample of the latest matches now, without marking them sent')
        .argument('<name>'),
    ),
  ).action(async (ref: string, flags: DbFlags & FetchFlags) => {
    const results = await withStore(flags, async (store) =>
      testAlert(
        { store, now: () => new Date(), smtp: smtpFromEnv(), allow: allowListOf(flags) },
        await findAlert(store, ref),
      ),
    );
    process.stdout.write(`${report(results)}\n`);
    if (results.some((r) => !r.ok)) process.exitCode = 1;
  });
  withFetchOptions(
    withDbOption(alerts.command('run').description('run every alert once: send what is new')),
  ).action(async (flags: DbFlags & FetchFlags) => {
    const results = await withStore(flags, (store) =>
      runAlerts({ store, now: () => new Date(), smtp: smtpFromEnv(), allow: allowListOf(flags) }),
    );
    process.stdout.write(`${report(results)}\n`);
  });
  withDbOption(
    alerts.command('feed').description("print an alert's latest matches as an Atom feed").argument('<name>'),
  )
    .option('--out <file>', 'write to a file')
    .option('--site <url>', 'the address the UI is served at, for links', 'http://127.0.0.1:8750')
    .action(async (ref: string, flags: DbFlags & { out?: string; site: string }) => {
      const xml = await withStore(flags, async (store) => {
        const alert = await findAlert(store, ref);
        const items = (await alertMatches(store, alert, new Date(0).toISOString())).slice(0, 50);
        return renderAlertFeed(
          {
            id: `urn:newswatch:alert:${alert.id}`,
            title: `newswatch: ${alert.name}`,
            selfUrl: `${flags.site}/api/alerts/${alert.id}/feed.atom`,
            siteUrl: flags.site,
          },
          items,
          new Date(),
        );
      });
      if (flags.out) await writeFile(flags.out, xml);
      else process.stdout.write(xml);
    });
}
