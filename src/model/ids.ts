// Branded ids: a FeedId cannot be passed where an ItemId is expected.
export type FeedId = number & { readonly __brand: 'FeedId' };
export type ItemId = number & { readonly __brand: 'ItemId' };
export type FetchId = number & { readonly __brand: 'FetchId' };
export type EntityId = number & { readonly __brand: 'EntityId' };
export type StoryId = number & { readonly __brand: 'StoryId' };
export type WatchlistId = number & { readonly __brand: 'WatchlistId' };

/** Returns n typed as a FeedId. */
export const asFeedId = (n: number): FeedId => n as FeedId;
/** Returns n typed as an ItemId. */
export const asItemId = (n: number): ItemId => n as ItemId;
/** Returns n typed as a FetchId. */
export const asFetchId = (n: number): FetchId => n as FetchId;
/** Returns n typed as an EntityId. */
export const asEntityId = (n: number): EntityId => n as EntityId;
/** Returns n typed as a WatchlistId. */
export const asWatchlistId = (n: number): WatchlistId => n as WatchlistId;
/** Returns n typed as a StoryId. */
export const asStoryId = (n: number): StoryId => n as StoryId;
