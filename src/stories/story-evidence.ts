// Evidence beyond words, as factors on the text similarity: the year a document speaks of
// against the story's years, the numbers it shares with the story, whether the numbers and
// weekday of its lead ("23 pirates ... on Saturday") agree with the story's, and whether the
// months of its dates do ("Dec. 11"). Between two reports of one event these agree far more
// often than between two similar events.
import type { ClustererConfig } from './clusterer-config.ts';
import type { StoryFeatures } from './story-features.ts';
import type { StoryRecord } from './story-record.ts';

/** Returns the product of every evidence factor of f against story (1 when nothing is known). */
export function evidenceFactor(f: StoryFeatures, story: StoryRecord, config: ClustererConfig): number {
  return (
    yearFactor(f, story, config) *
    numberFactor(f, story, config) *
    leadFactor(f.leadNumbers, story.numbers, config) *
    leadFactor(f.leadWeekdays, story.weekdays, config) *
    leadFactor(f.dateMonths, story.months, config)
  );
}

function yearFactor(f: StoryFeatures, story: StoryRecord, config: ClustererConfig): number {
  if (f.year === null || story.years.size === 0) return 1;
  let dated = 0;
  let same = 0;
  let far = 0;
  for (const [year, n] of story.years) {
    dated += n;
    if (year === f.year) same += n;
    else if (Math.abs(year - f.year) >= 2) far += n;
  }
  return (1 + (config.yearAgreeBonus * same) / dated) * (1 - (config.yearConflictPenalty * far) / dated);
}

function numberFactor(f: StoryFeatures, story: StoryRecord, config: ClustererConfig): number {
  if (f.numbers.size === 0 || story.numbers.size === 0) return 1;
  let shared = 0;
  for (const n of f.numbers) if (story.numbers.has(n)) shared += 1;
  return 1 + (config.numberBonus * shared) / f.numbers.size;
}

function leadFactor(
  signals: ReadonlySet<string>,
  seen: ReadonlyMap<string, number>,
  config: ClustererConfig,
): number {
  if (signals.size === 0 || seen.size === 0) return 1;
  for (const s of signals) if (seen.has(s)) return 1 + config.leadAgreeBonus;
  return 1 - config.leadConflictPenalty;
}
