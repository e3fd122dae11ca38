// The shared vocabulary of every stage: plain readonly types, no I/O.
export * from './ids.ts';
export * from './app-error.ts';
export * from './parsed-feed.ts';
export * from './stored.ts';
export * from './entity.ts';
export * from './story.ts';
export * from './watchlist.ts';
export * from './stored-entities.ts';
export * from './screening.ts';
export * from './alerts.ts';
export * from './stored-stories.ts';
