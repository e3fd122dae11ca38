// Schema migrations: numbered, append-only. Never edit a released migration; add the next.
// Each runs in its own transaction with its version row, so a database is never half-migrated.

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'feeds, fetches, blobs, items, versions, search, near-duplicates',
    sql: `
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('http', 'file')),
  title TEXT,
  site_url TEXT,
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'failing')),
  last_error_code TEXT,
  last_error_message TEXT,
  error_count INTEGER NOT NULL DEFAULT 0,
  last_success_at TEXT,
  last_attempt_at TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  encoding TEXT NOT NULL CHECK (encoding IN ('identity', 'gzip')),
  data BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE fetches (
  id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL REFERENCES feeds(id),
  source TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  http_status INTEGER,
  http_headers TEXT,
  byte_length INTEGER NOT NULL,
  sha256 TEXT NOT NULL REFERENCES blobs(sha256),
  format TEXT,
  warnings TEXT NOT NULL DEFAULT '[]',
  items_new INTEGER NOT NULL DEFAULT 0,
  items_updated INTEGER NOT NULL DEFAULT 0,
  items_unchanged INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX fetches_feed ON fetches(feed_id, fetched_at);
CREATE INDEX fetches_sha256 ON fetches(sha256);

CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL REFERENCES feeds(id),
  item_key TEXT NOT NULL,
  guid TEXT,
  url TEXT,
  canonical_url TEXT,
  title TEXT,
  summary_html TEXT,
  content_html TEXT,
  text TEXT NOT NULL,
  source_name TEXT NOT NULL,
  authors TEXT NOT NULL DEFAULT '[]',
  categories TEXT NOT NULL DEFAULT '[]',
  enclosures TEXT NOT NULL DEFAULT '[]',
  language TEXT,
  language_detected INTEGER NOT NULL DEFAULT 0,
  truncated INTEGER NOT NULL DEFAULT 0,
  published_raw TEXT,
  published_at TEXT,
  updated_raw TEXT,
  updated_at TEXT,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  version_seen_at TEXT NOT NULL,
  first_fetch_id INTEGER NOT NULL REFERENCES fetches(id),
  last_fetch_id INTEGER NOT NULL REFERENCES fetches(id),
  content_hash TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  removed_at TEXT,
  duplicate_of INTEGER REFERENCES items(id),
  duplicate_similarity REAL,
  UNIQUE (feed_id, item_key)
);
CREATE INDEX items_published ON items(coalesce(published_at, first_seen_at));
CREATE INDEX items_canonical_url ON items(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX items_duplicate_of ON items(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE item_versions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  version INTEGER NOT NULL,
  seen_at TEXT NOT NULL,
  fetch_id INTEGER NOT NULL REFERENCES fetches(id),
  title TEXT,
  url TEXT,
  text TEXT NOT NULL,
  summary_html TEXT,
  content_html TEXT,
  replaced_at TEXT NOT NULL,
  changed_fields TEXT NOT NULL,
  UNIQUE (item_id, version)
);

CREATE TABLE item_events (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  kind TEXT NOT NULL CHECK (kind IN ('removed', 'restored')),
  at TEXT NOT NULL,
  fetch_id INTEGER NOT NULL REFERENCES fetches(id)
);
CREATE INDEX item_events_item ON item_events(item_id);

CREATE TABLE near_dup_bands (
  band_key INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  PRIMARY KEY (band_key, item_id)
) WITHOUT ROWID;

-- External content: the index reads title, text and source_name from items by rowid.
CREATE VIRTUAL TABLE items_fts USING fts5(
  title, text, source_name,
  content = 'items',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
`,
  },
  {
    version: 2,
    name: 'polling: schedules, conditional requests, redirects, attempts, url history',
    sql: `
ALTER TABLE feeds ADD COLUMN removed_at TEXT;
ALTER TABLE feeds ADD COLUMN interval_seconds INTEGER;
ALTER TABLE feeds ADD COLUMN next_fetch_at TEXT;
ALTER TABLE feeds ADD COLUMN etag TEXT;
ALTER TABLE feeds ADD COLUMN last_modified TEXT;
ALTER TABLE feeds ADD COLUMN last_full_fetch_at TEXT;
ALTER TABLE feeds ADD COLUMN last_status INTEGER;
ALTER TABLE feeds ADD COLUMN redirect_target TEXT;
ALTER TABLE feeds ADD COLUMN redirect_seen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN redirect_first_seen_at TEXT;
ALTER TABLE feeds ADD COLUMN fetch_full_text INTEGER NOT NULL DEFAULT 0;
CREATE INDEX feeds_due ON feeds(next_fetch_at) WHERE removed_at IS NULL AND kind = 'http';

CREATE TABLE feed_url_history (
  id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL REFERENCES feeds(id),
  old_url TEXT NOT NULL,
  new_url TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  reason TEXT NOT NULL
);

CREATE TABLE fetch_attempts (
  id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL REFERENCES feeds(id),
  started_at TEXT NOT NULL,
  duration_ms INTEGER NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'not_modified', 'error')),
  code TEXT,
  message TEXT,
  http_status INTEGER,
  final_url TEXT,
  fetch_id INTEGER REFERENCES fetches(id)
);
CREATE INDEX fetch_attempts_feed ON fetch_attempts(feed_id, started_at);
`,
  },
  {
    version: 3,
    name: 'users, API keys, sessions and the audit log of writes',
    sql: `
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'reader')),
  password_hash TEXT,
  created_at TEXT NOT NULL,
  disabled_at TEXT
);

CREATE TABLE api_keys (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  prefix TEXT NOT NULL UNIQUE,
  key_hash TEXT NOT NULL,
  label TEXT,
  created_at TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at TEXT
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log(at);
`,
  },
  {
    version: 4,
    name: 'entities: analysis state, entities, aliases, mentions, analyst decisions',
    sql: `
ALTER TABLE items ADD COLUMN analyzed_version INTEGER;
CREATE INDEX items_unanalyzed ON items(id) WHERE analyzed_version IS NULL;

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  merged_into INTEGER REFERENCES entities(id),
  created_at TEXT NOT NULL
);

CREATE TABLE entity_aliases (
  alias_key TEXT PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('text', 'analyst'))
) WITHOUT ROWID;
CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  type TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  confidence REAL NOT NULL,
  source TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id, item_id);
CREATE INDEX mentions_item ON mentions(item_id);

CREATE TABLE entity_decisions (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  other_id INTEGER REFERENCES entities(id),
  detail TEXT NOT NULL DEFAULT '{}',
  actor TEXT NOT NULL,
  at TEXT NOT NULL
);
`,
  },
  {
    version: 5,
    name: 'watchlists, match decisions, alerts and what they delivered',
    sql: `
CREATE TABLE watchlists (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('csv', 'ftm')),
  created_at TEXT NOT NULL
);

CREATE TABLE watchlist_entries (
  id INTEGER PRIMARY KEY,
  watchlist_id INTEGER NOT NULL REFERENCES watchlists(id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  countries TEXT NOT NULL DEFAULT '[]',
  identifier TEXT,
  notes TEXT,
  schema TEXT,
  extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX watchlist_entries_list ON watchlist_entries(watchlist_id);

-- Keyed by names, not ids, so that a decision applies again when the same entry and entity
-- meet in a later screening (after re-importing the list, or re-analysing the archive).
CREATE TABLE match_decisions (
  id INTEGER PRIMARY KEY,
  entry_ref TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
  reason TEXT,
  actor TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX match_decisions_pair ON match_decisions(entry_ref, entity_key);

CREATE TABLE alerts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('search', 'watchlist')),
  query TEXT,
  watchlist_id INTEGER REFERENCES watchlists(id) ON DELETE CASCADE,
  channels TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_run_at TEXT,
  removed_at TEXT
);

CREATE TABLE alert_deliveries (
  alert_id INTEGER NOT NULL REFERENCES alerts(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  channel TEXT NOT NULL,
  at TEXT NOT NULL,
  outcome TEXT NOT NULL,
  PRIMARY KEY (alert_id, item_id, channel)
) WITHOUT ROWID;
`,
  },
  {
    version: 6,
    name: 'stories, their decisions and the clusterer state; item themes and figures',
    sql: `
-- key is the clusterer's own name for the story; label is the analyst's.
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  label TEXT,
  headline TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- forced = 1: an analyst put the item there; a rebuild keeps it there.
CREATE TABLE story_items (
  item_id INTEGER PRIMARY KEY REFERENCES items(id),
  story_id INTEGER NOT NULL REFERENCES stories(id),
  score REAL NOT NULL,
  forced INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_items_story ON story_items(story_id);

CREATE TABLE story_decisions (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
  story_id INTEGER NOT NULL,
  other_id INTEGER,
  detail TEXT NOT NULL DEFAULT '{}',
  actor TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX story_decisions_story ON story_decisions(story_id);

-- The online clusterer carries on from here; saved with the placements it produced.
CREATE TABLE clusterer_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  state TEXT NOT NULL,
  saved_at TEXT NOT NULL
);

CREATE TABLE item_themes (
  item_id INTEGER NOT NULL REFERENCES items(id),
  theme TEXT NOT NULL,
  label TEXT NOT NULL,
  triggers TEXT NOT NULL,
  PRIMARY KEY (item_id, theme)
) WITHOUT ROWID;
CREATE INDEX item_themes_theme ON item_themes(theme, item_id);

CREATE TABLE figures (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  counted_key TEXT NOT NULL,
  unit TEXT NOT NULL,
  value REAL NOT NULL,
  figure TEXT NOT NULL
);
CREATE INDEX figures_item ON figures(item_id);
CREATE INDEX figures_key ON figures(counted_key, unit);
`,
  },
  {
    version: 7,
    name: 'near-duplicates out of the full-text index; items by last fetch',
    sql: `
-- items_fts holds exactly the items with duplicate_of IS NULL: a near-duplicate is never a search
-- hit, so ranking need not join items to filter it out. Until now every item was indexed with its
-- current values, which is what an external-content 'delete' must be given.
INSERT INTO items_fts (items_fts, rowid, title, text, source_name)
  SELECT 'delete', id, title, text, source_name FROM items WHERE duplicate_of IS NOT NULL;
-- The deletions were written as a segment of tombstones that every query would merge (at 100k
-- items, search p50 4.1 ms instead of 2.6); optimize rewrites the index as one segment, once.
INSERT INTO items_fts (items_fts) VALUES ('optimize');

-- Removal detection looks up the items of a fetch; without this index each import scans items.
-- (Archives built by the benchmark's former --proposed-index option have it already.)
CREATE INDEX IF NOT EXISTS items_last_fetch ON items(last_fetch_id, coalesce(published_at, first_seen_at));
`,
  },
  {
    version: 8,
    name: 'items of a feed, newest first, for the polling schedule',
    sql: `
-- dueFeeds reads the first_seen_at of each due feed's 20 newest items. Without this covering
-- index it read every item row of every due feed each round: at 200,000 items, 1.6 s and the
-- whole 64 MB page cache (RSS) of a poller whose round then only got 304s.
CREATE INDEX IF NOT EXISTS items_feed_recent ON items(feed_id, id, first_seen_at);
`,
  },
  {
    version: 9,
    name: 'near-duplicates in their own full-text index',
    sql: `
-- copies_fts holds exactly the items with duplicate_of IS NOT NULL, the complement of items_fts:
-- a search by feed or by source: finds that feed's copies too, while an unfiltered search still
-- ranks the originals alone. Same columns, tokenizer and prefixes as items_fts.
CREATE VIRTUAL TABLE copies_fts USING fts5(
  title, text, source_name,
  content = 'items',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
-- One pass over the partial index items_duplicate_of, in rowid order (what FTS5 writes fastest).
INSERT INTO copies_fts (rowid, title, text, source_name)
  SELECT id, title, text, source_name FROM items WHERE duplicate_of IS NOT NULL ORDER BY id;
INSERT INTO copies_fts (copies_fts) VALUES ('optimize');
`,
  },
  {
    version: 10,
    name: 'every response of an attempt: its headers and the sha256 of its body',
    sql: `
-- A 4xx/5xx (bot-protection pages included), a 304 or a 429/503 left only its status before:
-- now every response that arrives keeps its headers, and its body (an error page's start) is
-- archived in blobs like a 200's. NULL for attempts without a response, and for older rows.
ALTER TABLE fetch_attempts ADD COLUMN http_headers TEXT;
ALTER TABLE fetch_attempts ADD COLUMN sha256 TEXT REFERENCES blobs(sha256);
ALTER TABLE fetch_attempts ADD COLUMN byte_length INTEGER;
ALTER TABLE fetch_attempts ADD COLUMN body_truncated INTEGER NOT NULL DEFAULT 0;
`,
  },
];
