// Entity mentions and the names they resolve to: plain readonly types, no I/O.

/** The kinds of names the extractor finds: CoNLL-2003's four plus laws and acts. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'LAW';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC', 'LAW'];

/** Where a sentence lies in the item's text, as character offsets (end exclusive). */
export interface SentenceSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** One mention of a name in a text; start and end are UTF-16 offsets into that text. */
export interface EntityMention {
  readonly text: string;
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly sentence: SentenceSpan;
  /** 0..1, how sure the tagger (or rule) was; not a calibrated probability. */
  readonly confidence: number;
  /** Where the mention came from: the statistical tagger or a rule. */
  readonly source: 'tagger' | 'rule';
}

/** A mention with the canonical name it resolves to inside its item, and its key across items. */
export interface ResolvedMention extends EntityMention {
  readonly canonical: string;
  readonly key: string;
}

/** A name the item itself defines as another name for a canonical one ("NCA" for "National Crime Agency"). */
export interface EntityAlias {
  readonly alias: string;
  readonly canonical: string;
  readonly type: EntityType;
}
