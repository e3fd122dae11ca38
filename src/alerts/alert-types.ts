// What an alert carries: the items that matched, why each matched, and the evidence to cite.
import type { ItemId } from '../model/index.ts';

/** Why an item is in an alert: a saved search found it, or a watchlist entry met one of its entities. */
export type AlertMatch =
  | { readonly kind: 'search'; readonly query: string }
  | {
      readonly kind: 'watchlist';
      /** The watchlist's name. */
      readonly watchlist: string;
      /** The entry's name as the watchlist spells it. */
      readonly entry: string;
      /** The canonical name of the entity in the news that it matched. */
      readonly entity: string;
      /** The match score, 0 to 1. */
      readonly score: number;
    };

/** One item to alert about, with what a reader needs to find and cite it. */
export interface AlertItem {
  readonly itemId: ItemId;
  readonly title: string | null;
  /** The article's own link, as the feed gave it. */
  readonly url: string | null;
  /** ISO-8601 UTC, or null when the feed gave no date. */
  readonly published: string | null;
  /** The outlet or feed name. */
  readonly source: string;
  /** A plain-text excerpt; search highlight marks (\u0002, \u0003) are removed when rendered. */
  readonly snippet: string;
  readonly matchedBy: AlertMatch;
  /** sha256 (hex) of the stored source bytes the item was read from: the evidence. */
  readonly sha256: string;
}

/** The new items of one alert, sent together. */
export interface AlertBatch {
  readonly alertId: string;
  readonly alertName: string;
  readonly items: readonly AlertItem[];
  /** ISO-8601 UTC. */
  readonly generatedAt: string;
}
