// Monitors as the API and the UI manage them: saved searches and watchlists whose new matches
// go out by signed webhook or e-mail digest, a test send, and the Atom feed any reader can follow.
import { renderAlertFeed } from '../../alerts/index.ts';
import { createAddressPolicy, parseFetchUrl } from '../../fetch/index.ts';
import { AppError, type AlertChannels, type AlertRecord } from '../../model/index.ts';
import { alertMatches, testAlert, type AlertRunResult } from '../../pipeline/index.ts';
import { parseQuery } from '../../query/index.ts';
import type { ServiceDeps } from './deps.ts';

export interface NewAlertInput {
  readonly name: string;
  readonly query?: string | null | undefined;
  readonly watchlistId?: number | null | undefined;
  readonly webhook?: { readonly url: string; readonly secret: string } | null | undefined;
  readonly email?: readonly string[] | null | undefined;
}

/** A monitor as shown to anyone who may read it: the webhook's secret never leaves the server. */
export interface AlertView {
  readonly id: number;
  readonly name: string;
  readonly kind: AlertRecord['kind'];
  readonly query: string | null;
  readonly watchlistId: number | null;
  readonly channels: {
    readonly webhook?: { readonly url: string };
    readonly email?: { readonly to: readonly string[] };
  };
  readonly createdAt: string;
  readonly lastRunAt: string | null;
  readonly feedPath: string;
}

/** Entries in an alert's Atom feed (the CLI's `alerts feed` shows as many). */
const FEED_ENTRIES = 50;

/** Returns the path of an alert's Atom feed. */
export const alertFeedPath = (id: number): string => `/api/alerts/${id}/feed.atom`;

/** Returns the monitor without its webhook secret. */
export function alertView(a: AlertRecord): AlertView {
  const { webhook, email } = a.channels;
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    query: a.query,
    watchlistId: a.watchlistId,
    channels: { ...(webhook ? { webhook: { url: webhook.url } } : {}), ...(email ? { email } : {}) },
    createdAt: a.createdAt,
    lastRunAt: a.lastRunAt,
    feedPath: alertFeedPath(a.id),
  };
}

function channelsOf(deps: ServiceDeps, input: NewAlertInput): AlertChannels {
  if (input.webhook) {
    // A literal private address is refused now rather than at the first delivery; names are
    // checked on every address they resolve to when the webhook is called.
    const checked = parseFetchUrl(createAddressPolicy(deps.alerting.allow), input.webhook.url);
    if (!(checked instanceof URL))
      throw new AppError(
        'input.webhook_blocked',
        `alerts: ${checked.message}; the server's --allow-host lets webhooks reach it`,
      );
  }
  return {
    ...(input.webhook ? { webhook: { url: input.webhook.url, secret: input.webhook.secret } } : {}),
    ...(input.email?.length ? { email: { to: [...input.email] } } : {}),
  };
}

/** Stores a new monitor of a saved search or a watchlist; returns it. */
export async function createAlert(deps: ServiceDeps, input: NewAlertInput): Promise<AlertRecord> {
  const hasQuery = Boolean(input.query);
  if (hasQuery === (input.watchlistId !== null && input.watchlistId !== undefined))
    throw new AppError('input.alert_kind', 'alerts: give either a query or a watchlist');
  if (/^#?\d+$/.test(input.name.trim()))
    throw new AppError('input.bad_name', `alerts: '${input.name}' is a number; give the alert a name`);
  if (input.query) parseQuery(input.query);
  const list = input.watchlistId ? await deps.store.getWatchlist(`#${input.watchlistId}`) : null;
  if (input.watchlistId && !list)
    throw new AppError('input.not_found', `alerts: no watchlist #${input.watchlistId}`);
  return deps.store.saveAlert(
    {
      name: input.name.trim(),
      kind: list ? 'watchlist' : 'search',
      query: input.query ?? null,
      watchlistId: list?.id ?? null,
      channels: channelsOf(deps, input),
    },
    deps.now().toISOString(),
  );
}

/** Returns the active monitor with this id; throws input.not_found when there is none. */
export async function findAlert(deps: ServiceDeps, id: number): Promise<AlertRecord> {
  const alert = await deps.store.getAlert(`#${id}`);
  if (!alert) throw new AppError('input.not_found', `alerts: no alert #${id}`);
  return alert;
}

/** Stops a monitor (its delivery log stays); returns it. */
export async function removeAlert(deps: ServiceDeps, id: number): Promise<AlertRecord> {
  const alert = await findAlert(deps, id);
  await deps.store.removeAlert(alert.id, deps.now().toISOString());
  return alert;
}

/** Sends a sample of the monitor's latest matches on each channel now, without marking them sent. */
export async function sendTestAlert(deps: ServiceDeps, id: number): Promise<AlertRunResult[]> {
  return testAlert({ store: deps.store, now: deps.now, ...deps.alerting }, await findAlert(deps, id));
}

/** Returns the monitor's latest matches as an Atom feed; site is where the UI is served. */
export async function alertFeed(deps: ServiceDeps, id: number, site: string): Promise<string> {
  const alert = await findAlert(deps, id);
  const items = (await alertMatches(deps.store, alert, new Date(0).toISOString())).slice(0, FEED_ENTRIES);
  return renderAlertFeed(
    {
      id: `urn:newswatch:alert:${alert.id}`,
      title: `newswatch: ${alert.name}`,
      selfUrl: `${site}${alertFeedPath(alert.id)}`,
      siteUrl: site,
    },
    items,
    deps.now(),
  );
}
