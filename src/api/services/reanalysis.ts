// Analysing stored items again, as `newswatch reanalyze` does, in the background.
import { AppError } from '../../model/index.ts';
import type { ReanalysisJob } from '../reanalysis-jobs.ts';
import type { ServiceDeps } from './deps.ts';

/** Queues a re-analysis (every item when all, else those of older analysis versions); returns the job. */
export function startReanalysis(deps: ServiceDeps, input: { all: boolean; actor: string }): ReanalysisJob {
  if (!deps.reanalyses.canRun()) {
    throw new AppError('input.no_analyzer', 'reanalyze: this server runs without analysers (--no-analyze)');
  }
  return deps.reanalyses.start(input);
}
