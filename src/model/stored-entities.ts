// Entities as the archive knows them: canonical names with their mentions across items.
import type { EntityAlias, EntityType, ResolvedMention } from './entity.ts';
import type { EntityId, ItemId } from './ids.ts';
import type { Figure, ThemeMatch } from './story.ts';

/** An alias an item defines, with the keys that join names across items. */
export interface KeyedAlias extends EntityAlias {
  readonly aliasKey: string;
  readonly canonicalKey: string;
}

/** What analysis found in one item, to be stored (replacing what an earlier analysis found). */
export interface ItemAnalysis {
  readonly itemId: ItemId;
  readonly mentions: readonly ResolvedMention[];
  readonly aliases: readonly KeyedAlias[];
  /** The themes the item is about, with the words that say so. */
  readonly themes: readonly ThemeMatch[];
  /** The quantitative claims it makes. */
  readonly figures: readonly Figure[];
}

/** An item waiting for analysis: the text its mention offsets refer to. */
export interface PendingItem {
  readonly id: ItemId;
  readonly title: string | null;
  readonly text: string;
}

export interface EntityRecord {
  readonly id: EntityId;
  readonly name: string;
  readonly type: EntityType;
  readonly key: string;
  readonly mentionCount: number;
  readonly itemCount: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

export interface EntityEvidence {
  readonly itemId: ItemId;
  readonly feedId: number;
  /** sha256 of the raw bytes the item was first seen in: the citation's proof. */
  readonly sourceSha256: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string;
  readonly source: string;
  /** The sentence that names the entity. */
  readonly sentence: string;
  readonly mention: string;
}

export interface EntityDecision {
  readonly kind: 'merge' | 'split' | 'rename';
  readonly entityId: EntityId;
  readonly otherId: EntityId | null;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly actor: string;
  readonly at: string;
}

export interface EntityDetail {
  readonly entity: EntityRecord;
  /** Independent outlets that named the entity (feeds; near-duplicates counted once). */
  readonly outlets: number;
  readonly aliases: ReadonlyArray<{ readonly alias: string; readonly source: string }>;
  /** The names the entity was written as, with how often. */
  readonly spellings: ReadonlyArray<{ readonly text: string; readonly count: number }>;
  readonly perDay: ReadonlyArray<{ readonly day: string; readonly mentions: number; readonly items: number }>;
  readonly evidence: readonly EntityEvidence[];
  readonly cooccurring: ReadonlyArray<{ readonly entity: EntityRecord; readonly sharedItems: number }>;
  readonly decisions: readonly EntityDecision[];
}
