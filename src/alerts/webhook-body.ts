// The JSON a webhook receives. Versioned: a receiver checks `version` before reading further,
// and a change that breaks readers bumps it.
import type { AlertBatch, AlertItem, AlertMatch } from './alert-types.ts';
import { cleanText } from './alert-text.ts';

export const WEBHOOK_BODY_VERSION = 1;

/** One item as the webhook body carries it. */
export interface WebhookItem {
  readonly itemId: number;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly source: string;
  readonly snippet: string;
  readonly sha256: string;
  readonly matchedBy: AlertMatch;
}

/** The webhook body, version 1. */
export interface WebhookBody {
  readonly version: 1;
  readonly event: 'alert';
  /** The delivery id, the same as the X-Newswatch-Delivery header: stable across retries. */
  readonly delivery: string;
  readonly alert: { readonly id: string; readonly name: string };
  readonly generatedAt: string;
  readonly items: readonly WebhookItem[];
}

function webhookItem(item: AlertItem): WebhookItem {
  return {
    itemId: item.itemId,
    title: item.title === null ? null : cleanText(item.title),
    url: item.url,
    published: item.published,
    source: cleanText(item.source),
    snippet: cleanText(item.snippet),
    sha256: item.sha256,
    matchedBy: item.matchedBy,
  };
}

/** Returns the body of one webhook delivery. */
export function buildWebhookBody(batch: AlertBatch, delivery: string): WebhookBody {
  return {
    version: WEBHOOK_BODY_VERSION,
    event: 'alert',
    delivery,
    alert: { id: batch.alertId, name: batch.alertName },
    generatedAt: batch.generatedAt,
    items: batch.items.map(webhookItem),
  };
}
