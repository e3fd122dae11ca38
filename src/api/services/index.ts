// The server's use cases bound to their dependencies: what routes and pages call.
import type { Context } from 'hono';
import type { FeedId, ItemId } from '../../model/index.ts';
import { fetchArticle } from '../../pipeline/index.ts';
import type { AppEnv } from '../env.ts';
import type { UploadedFile } from '../jobs.ts';
import { summariseRound } from '../poller.ts';
import type { ServiceDeps } from './deps.ts';
import { bindAnalysis } from './analysis.ts';
import { addFeed, exportOpml, importOpml, removeFeed, type AddFeedInput } from './feeds.ts';
import { login, logout } from './login.ts';
import { overview } from './overview.ts';
import { searchPage, type SearchParams } from './search.ts';
import {
  alertFeed,
  alertView,
  createAlert,
  findAlert,
  removeAlert,
  sendTestAlert,
  type NewAlertInput,
} from './alerts.ts';
import { screeningJob, screeningReport, startScreening } from './screening.ts';
import { startReanalysis } from './reanalysis.ts';
import {
  decideMatch,
  findWatchlist,
  removeWatchlist,
  uploadWatchlist,
  type DecisionInput,
} from './watchlists.ts';

/** Returns the use cases bound to deps. */
export function bindServices(deps: ServiceDeps) {
  return {
    addFeed: (input: AddFeedInput) => addFeed(deps, input),
    removeFeed: (id: FeedId) => removeFeed(deps, id),
    importOpml: (text: string) => importOpml(deps, text),
    exportOpml: () => exportOpml(deps),
    search: (params: SearchParams) => searchPage(deps, params),
    overview: () => overview(deps),
    fetchArticle: (id: ItemId) => fetchArticle(deps.store, deps.fetcher, id),
    pollNow: async () => summariseRound(await deps.poller.pollNow()),
    startImport: (files: readonly UploadedFile[], actor: string) => deps.jobs.start(files, actor),
    importJob: (id: string) => deps.jobs.get(id),
    login: (c: Context<AppEnv>, client: string, input: { name: string; password: string }) =>
      login(deps, c, client, input),
    logout: (c: Context<AppEnv>) => logout(deps, c),
    uploadWatchlist: (input: Parameters<typeof uploadWatchlist>[1]) => uploadWatchlist(deps, input),
    findWatchlist: (id: number) => findWatchlist(deps, id),
    removeWatchlist: (id: number) => removeWatchlist(deps, id),
    decideMatch: (input: DecisionInput) => decideMatch(deps, input),
    startScreening: (input: { watchlistId: number; since: string | null; actor: string }) =>
      startScreening(deps, input),
    screeningJob: (id: string) => screeningJob(deps, id),
    startReanalysis: (input: { all: boolean; actor: string }) => startReanalysis(deps, input),
    reanalysisJob: (id: string) => deps.reanalyses.get(id),
    screeningReport: (id: string) => screeningReport(deps, id),
    latestScreeningOf: (watchlistId: number) => deps.screenings.latestOf(watchlistId),
    createAlert: (input: NewAlertInput) => createAlert(deps, input),
    findAlert: (id: number) => findAlert(deps, id),
    removeAlert: (id: number) => removeAlert(deps, id),
    testAlert: (id: number) => sendTestAlert(deps, id),
    alertFeed: (id: number, site: string) => alertFeed(deps, id, site),
    alertView,
    analysis: bindAnalysis(deps),
  };
}

export type Services = ReturnType<typeof bindServices>;
export type { ServiceDeps } from './deps.ts';
export {
  changeRole,
  createKey,
  createUser,
  removeUser,
  revokeKey,
  MIN_PASSWORD_LENGTH,
  type CreatedKey,
} from './accounts.ts';
export { OVERVIEW_DAYS, daysBetween, type Overview } from './overview.ts';
export type { SearchPage, SearchParams } from './search.ts';
export type { AddFeedInput, AddedFeed, OpmlImport } from './feeds.ts';
export type { AlertSettings } from './deps.ts';
export type { AlertView, NewAlertInput } from './alerts.ts';
export type { DecisionInput, WatchlistFormat, WatchlistUpload } from './watchlists.ts';
export type { AnalysisServices, DecidedBy, StoryListParams, StoryPage } from './analysis.ts';
export type { EntityListParams, EntityPage, EntitySplitInput } from './analysis.ts';
