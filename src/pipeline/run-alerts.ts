// The monitoring use case: for every monitor, the items first seen lately that match it and
// have not yet gone out on a channel are sent there, and recorded, so each item alerts once.
import {
  deliverWebhook,
  renderDigest,
  sendDigest,
  type AlertBatch,
  type AlertItem,
  type SmtpSettings,
} from '../alerts/index.ts';
import { AppError, asEntityId, type AlertRecord, type SearchHit } from '../model/index.ts';
import { buildNameIndex } from '../screen/index.ts';
import type { Store } from '../store/index.ts';
import { entryRefOf } from './screen-watchlist.ts';
import { runSearch } from './search.ts';

export interface AlertDeps {
  readonly store: Store;
  readonly now: () => Date;
  /** The SMTP server digests go through, or null when none is configured. */
  readonly smtp: Omit<SmtpSettings, 'to'> | null;
  /** Hosts or ranges webhooks may reach although private. */
  readonly allow: readonly string[];
}

export interface AlertRunResult {
  readonly alert: string;
  readonly channel: string;
  readonly items: number;
  readonly ok: boolean;
  readonly message: string;
}

/** How far back a monitor looks for items it has not sent yet. */
const LOOKBACK_MS = 7 * 24 * 3600_000;
const MAX_ITEMS = 200;

const toAlertItem = (hit: SearchHit, matchedBy: AlertItem['matchedBy']): AlertItem => ({
  itemId: hit.itemId,
  title: hit.title,
  url: hit.link,
  published: hit.published,
  source: hit.source,
  snippet: hit.snippet,
  matchedBy,
  sha256: hit.sourceSha256,
});

async function searchMatches(store: Store, alert: AlertRecord, since: string): Promise<AlertItem[]> {
  const result = await runSearch(store, alert.query ?? '', {
    limit: MAX_ITEMS,
    sort: 'date',
    firstSeenSince: since,
  });
  return result.hits.map((h) => toAlertItem(h, { kind: 'search', query: alert.query ?? '' }));
}

async function watchlistMatches(store: Store, alert: AlertRecord, since: string): Promise<AlertItem[]> {
  const list = alert.watchlistId === null ? null : await store.getWatchlist(`#${alert.watchlistId}`);
  if (!list) throw new AppError('input.not_found', `alerts: the watchlist of "${alert.name}" is gone`);
  const names = await store.entityNames();
  const index = buildNameIndex(names.map((e) => ({ id: e.id as number, name: e.name, aliases: e.aliases })));
  const entries = await store.watchlistEntries(list.id);
  const rejected = new Set(
    (await store.latestDecisions(entries.map((e) => entryRefOf(list, e))))
      .filter((d) => d.decision === 'rejected')
      .map((d) => `${d.entryRef}\u0000${d.entityKey}`),
  );
  const keyOf = new Map(names.map((n) => [n.id as number, n]));
  const matched = new Map<number, { entry: string; entity: string; score: number }>();
  for (const entry of entries) {
    for (const hit of index.screen({
      name: entry.name,
      aliases: entry.aliases,
      countries: entry.countries,
    })) {
      const entity = keyOf.get(hit.id);
      if (!entity || rejected.has(`${entryRefOf(list, entry)}\u0000${entity.key}`)) continue;
      if (!matched.has(hit.id))
        matched.set(hit.id, { entry: entry.name, entity: entity.name, score: hit.match.score });
    }
  }
  const items = await store.recentItemsNaming([...matched.keys()].map(asEntityId), since, MAX_ITEMS);
  return items.map(({ hit, entityId }) => {
    const m = matched.get(entityId as number) as { entry: string; entity: string; score: number };
    return toAlertItem(hit, {
      kind: 'watchlist',
      watchlist: list.name,
      entry: m.entry,
      entity: m.entity,
      score: m.score,
    });
  });
}

async function deliver(
  deps: AlertDeps,
  alert: AlertRecord,
  channel: 'webhook' | 'email',
  batch: AlertBatch,
): Promise<{ ok: boolean; message: string }> {
  if (channel === 'webhook') {
    const target = alert.channels.webhook as { url: string; secret: string };
    const result = await deliverWebhook(target, batch, { now: deps.now, allow: deps.allow });
    return result.ok
      ? { ok: true, message: `webhook: delivered (HTTP ${result.status})` }
      : { ok: false, message: result.message };
  }
  if (!deps.smtp)
    return {
      ok: false,
      message: 'alerts: no SMTP server configured (set NEWSWATCH_SMTP_URL and NEWSWATCH_SMTP_FROM)',
    };
  const result = await sendDigest(
    { ...deps.smtp, to: [...(alert.channels.email?.to ?? [])] },
    renderDigest(batch),
    { timeoutMs: 30_000 },
  );
  return result.ok
    ? { ok: true, message: `email: sent to ${result.accepted.join(', ')}` }
    : { ok: false, message: result.message };
}

/** Returns what a monitor matches among items first seen since a time. */
export async function alertMatches(store: Store, alert: AlertRecord, since: string): Promise<AlertItem[]> {
  return alert.kind === 'search' ? searchMatches(store, alert, since) : watchlistMatches(store, alert, since);
}

/** Runs every monitor once: sends each channel what it has not had yet. */
export async function runAlerts(deps: AlertDeps): Promise<AlertRunResult[]> {
  const results: AlertRunResult[] = [];
  for (const alert of await deps.store.listAlerts()) {
    const since = new Date(
      Math.max(Date.parse(alert.createdAt), deps.now().getTime() - LOOKBACK_MS),
    ).toISOString();
    const matches = await alertMatches(deps.store, alert, since);
    for (const channel of (['webhook', 'email'] as const).filter((c) => alert.channels[c])) {
      const sent = await deps.store.deliveredItems(
        alert.id,
        channel,
        matches.map((m) => m.itemId),
      );
      const fresh = matches.filter((m) => !sent.has(m.itemId));
      if (fresh.length === 0) continue;
      const batch: AlertBatch = {
        alertId: String(alert.id),
        alertName: alert.name,
        items: fresh,
        generatedAt: deps.now().toISOString(),
      };
      const outcome = await deliver(deps, alert, channel, batch);
      await deps.store.recordDeliveries(
        alert.id,
        channel,
        fresh.map((m) => m.itemId),
        outcome.ok ? 'ok' : 'failed',
        deps.now().toISOString(),
      );
      results.push({ alert: alert.name, channel, items: fresh.length, ...outcome });
    }
  }
  return results;
}

/** Sends a sample of a monitor's latest matches through each channel without recording it. */
export async function testAlert(deps: AlertDeps, alert: AlertRecord): Promise<AlertRunResult[]> {
  const matches = (await alertMatches(deps.store, alert, new Date(0).toISOString())).slice(0, 3);
  const batch: AlertBatch = {
    alertId: String(alert.id),
    alertName: `${alert.name} (test)`,
    items: matches,
    generatedAt: deps.now().toISOString(),
  };
  const out: AlertRunResult[] = [];
  for (const channel of (['webhook', 'email'] as const).filter((c) => alert.channels[c])) {
    out.push({
      alert: alert.name,
      channel,
      items: matches.length,
      ...(await deliver(deps, alert, channel, batch)),
    });
  }
  return out;
}
