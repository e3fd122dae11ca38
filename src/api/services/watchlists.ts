// Watchlists as the API and the UI manage them: upload (CSV or FollowTheMoney JSON lines, rows
// with problems reported by line and skipped), look up, remove, and analysts' verdicts on matches.
import {
  AppError,
  asEntityId,
  asWatchlistId,
  type MatchDecision,
  type RowProblem,
  type StoredWatchlist,
} from '../../model/index.ts';
import { entryRefOf } from '../../pipeline/index.ts';
import { parseFtmJsonLines, parseWatchlistCsv } from '../../screen/index.ts';
import type { UploadedFile } from '../jobs.ts';
import type { ServiceDeps } from './deps.ts';

export type WatchlistFormat = 'csv' | 'ftm';

export interface WatchlistUpload {
  readonly watchlist: StoredWatchlist;
  readonly format: WatchlistFormat;
  /** True when a watchlist of that name was there before (its entries were replaced). */
  readonly replaced: boolean;
  /** The rows skipped, by line. */
  readonly problems: readonly RowProblem[];
}

export interface DecisionInput {
  readonly watchlistId: number;
  readonly entryId: number;
  readonly entityId: number;
  readonly decision: MatchDecision['decision'];
  readonly reason: string;
  readonly actor: string;
}

/** Problems quoted in the error of an upload with no usable entry. */
const QUOTED_PROBLEMS = 5;

/** Returns the format of a watchlist file, judged from its first character: FtM lines start with '{'. */
export function watchlistFormatOf(text: string): WatchlistFormat {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'ftm'
    : 'csv';
}

/** Returns the name a watchlist is stored under; throws input.bad_name for one refs would misread. */
export function watchlistNameOf(name: string | null | undefined, file: UploadedFile): string {
  const chosen = (name ?? '').trim() || file.name.replace(/\.[^.]+$/, '').trim();
  // "#3" or "3" would be read as the id of another watchlist by every command that takes a name.
  if (!chosen || /^#?\d+$/.test(chosen) || chosen.length > 100) {
    throw new AppError(
      'input.bad_name',
      `watchlist: '${chosen.slice(0, 100)}' is not a watchlist name (1 to 100 characters, not a number)`,
    );
  }
  return chosen;
}

/** Parses and stores an uploaded watchlist (replacing one with the same name); returns what happened. */
export async function uploadWatchlist(
  deps: ServiceDeps,
  input: { file: UploadedFile; name?: string | null; format?: WatchlistFormat | undefined },
): Promise<WatchlistUpload> {
  const name = watchlistNameOf(input.name, input.file);
  const text = new TextDecoder('utf-8').decode(input.file.bytes);
  const format = input.format ?? watchlistFormatOf(text);
  const parsed = format === 'ftm' ? parseFtmJsonLines(text) : parseWatchlistCsv(text);
  if (parsed.entries.length === 0) {
    const quoted = parsed.problems.slice(0, QUOTED_PROBLEMS).map((p) => `line ${p.line}: ${p.message}`);
    throw new AppError(
      'input.empty_watchlist',
      `watchlist: ${input.file.name} has no usable entries${quoted.length ? ` (${quoted.join('; ')})` : ''}`,
    );
  }
  const replaced = (await deps.store.getWatchlist(name)) !== null;
  const watchlist = await deps.store.saveWatchlist(
    { name, source: input.file.name, format, entries: parsed.entries },
    deps.now().toISOString(),
  );
  return { watchlist, format, replaced, problems: parsed.problems };
}

/** Returns the watchlist with this id; throws input.not_found when there is none. */
export async function findWatchlist(deps: ServiceDeps, id: number): Promise<StoredWatchlist> {
  const list = await deps.store.getWatchlist(`#${id}`);
  if (!list) throw new AppError('input.not_found', `watchlist: no watchlist #${id}`);
  return list;
}

/** Deletes a watchlist and its monitors (decisions stay); throws input.not_found when there is none. */
export async function removeWatchlist(deps: ServiceDeps, id: number): Promise<StoredWatchlist> {
  const list = await findWatchlist(deps, id);
  await deps.store.removeWatchlist(asWatchlistId(id));
  return list;
}

/** Records an analyst's verdict that an entry is (or is not) an entity; returns it. */
export async function decideMatch(deps: ServiceDeps, input: DecisionInput): Promise<MatchDecision> {
  const list = await findWatchlist(deps, input.watchlistId);
  const entry = (await deps.store.watchlistEntries(list.id)).find((e) => e.id === input.entryId);
  if (!entry)
    throw new AppError('input.not_found', `watchlist: no entry #${input.entryId} in "${list.name}"`);
  const entity = await deps.store.entityFacts(asEntityId(input.entityId), null);
  if (!entity) throw new AppError('input.not_found', `watchlist: no entity #${input.entityId}`);
  const decision: MatchDecision = {
    entryRef: entryRefOf(list, entry),
    entityKey: entity.entity.key,
    decision: input.decision,
    reason: input.reason,
    actor: input.actor,
    at: deps.now().toISOString(),
  };
  await deps.store.recordMatchDecision(decision);
  return decision;
}
