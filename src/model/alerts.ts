// Monitors: saved searches and watchlists whose new matches are sent on, once per item.
import type { WatchlistId } from './ids.ts';

export interface AlertChannels {
  /** POSTs signed JSON (HMAC-SHA256 with the secret). */
  readonly webhook?: { readonly url: string; readonly secret: string };
  /** Sends a digest to these addresses through the configured SMTP server. */
  readonly email?: { readonly to: readonly string[] };
}

export interface AlertRecord {
  readonly id: number;
  readonly name: string;
  readonly kind: 'search' | 'watchlist';
  /** The saved search, in the search language (kind 'search'). */
  readonly query: string | null;
  readonly watchlistId: WatchlistId | null;
  readonly channels: AlertChannels;
  readonly createdAt: string;
  readonly lastRunAt: string | null;
}
