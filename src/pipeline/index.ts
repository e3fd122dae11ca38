// pipeline/: one orchestrator per use case; the one place where the stages meet.
export { importBytes, importFile, feedOfFile, type FileImportResult } from './import-file.ts';
export { listImportFiles } from './list-files.ts';
export { exportCsv, exportJsonl, exportWarc, type ExportFormat } from './export-items.ts';
export { refreshFeed, type PollDeps, type RefreshResult } from './refresh-feed.ts';
export { pollOnce, DEFAULT_POLL_OPTIONS, type PollOptions } from './poll.ts';
export { fetchArticle, type ArticleResult } from './fetch-article.ts';
export { findFeed, type FoundFeed } from './find-feed.ts';
export {
  analyzePending,
  createItemAnalyzer,
  ANALYSIS_VERSION,
  type AnalyzerOptions,
  type ItemAnalyzer,
} from './analyze-items.ts';
export { exportRequestFor, resolveQuery, runSearch, type SearchOptions } from './search.ts';
export { entryRefOf, screenWatchlist } from './screen-watchlist.ts';
export { alertMatches, runAlerts, testAlert, type AlertDeps, type AlertRunResult } from './run-alerts.ts';
export {
  clusterPending,
  mergeStories,
  rebuildStories,
  renameStory,
  splitStory,
  storyWithTimeline,
  type Decision,
} from './cluster-stories.ts';
export { reportFigures } from './report-figures.ts';
export { readItemFindings, type ItemFindings } from './item-findings.ts';
export { MILESTONE_STORIES, timelineMilestones, type TimelineMilestone } from './timeline-milestones.ts';
