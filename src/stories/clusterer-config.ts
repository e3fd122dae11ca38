// The clusterer's thresholds and weights, in one place. How they were chosen: the weights
// and evidence factors by measuring, on pairs of ECB+ dev documents from the odd-numbered
// topics only, how much more often each signal holds between two reports of one event than
// between reports of two similar events (a year apart in the text, a lead number shared...),
// then kept well below those ratios because the signals overlap with the words; the join
// threshold by the sweep that `npm run eval:stories` prints on those same odd topics. The
// even-numbered topics are the held-out check, and kept-back ECB+ topics the real one.

export interface ClustererConfig {
  /** Minimum similarity to join an existing story; below it a document starts a new one. */
  readonly joinThreshold: number;
  /** How many times a title word counts relative to a body word in the word vector. */
  readonly titleWeight: number;
  /** Share of the text similarity that comes from shared names. */
  readonly nameWeight: number;
  /** Share of the text similarity that comes from the headline (title and lead sentence). */
  readonly headlineWeight: number;
  /** × (1 + this) when every dated document of the story names the document's latest year. */
  readonly yearAgreeBonus: number;
  /** × (1 - this) when every dated document of the story names a year two or more apart. */
  readonly yearConflictPenalty: number;
  /** × (1 + this) when every number the document cites also occurs in the story. */
  readonly numberBonus: number;
  /** × (1 + this) for each signal (lead numbers, lead weekday, months of dates) the story shares... */
  readonly leadAgreeBonus: number;
  /** ...and × (1 - this) for each it contradicts: the story has such signals, none in common. */
  readonly leadConflictPenalty: number;
  /** Days apart within which publication dates cost nothing. */
  readonly graceDays: number;
  /** Beyond the grace period, similarity halves every this many days. */
  readonly halfLifeDays: number;
  /** Stories whose dates are further than this from a document are not candidates at all. */
  readonly windowDays: number;
}

export const DEFAULT_CLUSTERER_CONFIG: ClustererConfig = {
  joinThreshold: 0.225,
  titleWeight: 2,
  nameWeight: 0.4,
  headlineWeight: 0.3,
  yearAgreeBonus: 0.5,
  yearConflictPenalty: 0.3,
  numberBonus: 0.5,
  leadAgreeBonus: 0.3,
  leadConflictPenalty: 0.3,
  // Coverage of one event runs over days and follow-ups over weeks; ECB+ events with dated
  // reports span up to eight weeks, so dates decay gently and only long gaps rule a story out.
  graceDays: 7,
  halfLifeDays: 14,
  windowDays: 120,
};
