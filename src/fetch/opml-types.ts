// Feed subscription lists as OPML carries them.
// Spec: http://opml.org/spec2.opml (and 1.0, whose files still circulate).

export interface OpmlFeed {
  readonly url: string;
  readonly title: string | null;
  readonly htmlUrl: string | null;
  /** The folders the outline sits in, outermost first (`['News', 'China']`). */
  readonly categoryPath: readonly string[];
}

export interface OpmlProblem {
  /** Stable code: opml.not_opml, opml.missing_url, opml.bad_url, opml.duplicate. */
  readonly code: string;
  readonly message: string;
  /** 1-based line of the outline (or of the document's root). */
  readonly line: number;
}

export interface OpmlDocument {
  readonly title: string | null;
  readonly feeds: readonly OpmlFeed[];
  readonly problems: readonly OpmlProblem[];
}
