// From text to resolved entity mentions: tokenise, split sentences, tag, add the rules
// (laws, acronyms the item defines, names the user listed), then resolve inside the item.
import type { EntityAlias, EntityType, ResolvedMention, SentenceSpan } from '../model/entity.ts';
import { findAcronymAfter, type AcronymDefinition } from './acronyms.ts';
import { mentionsFromTags, type Draft } from './draft-mentions.ts';
import { findLaws } from './law-rules.ts';
import { repairOrgHeads } from './org-heads.ts';
import { findDescribedOrgs, type RuleMatch } from './org-rules.ts';
import { decodeModel } from './model-codec.ts';
import type { NerModel } from './ner-model.ts';
import { resolveMentions } from './resolve.ts';
import { splitSentences } from './sentence-splitter.ts';
import { createTagger } from './tag-document.ts';
import { tokenize, type Token } from './tokenizer.ts';
import { joinConjoinedNames } from './conjoined-names.ts';
import { retypeGroupNames } from './group-names.ts';
import { extendPartyNames } from './party-names.ts';
import { retypeProducts } from './product-names.ts';
import { addHonorificNames, findHonorificNames } from './honorific-names.ts';

/** A name to find wherever it is written, whatever the tagger says (from the user's alias file). */
export interface KnownName {
  readonly name: string;
  readonly type: EntityType;
}

export interface ExtractorOptions {
  readonly knownNames?: readonly KnownName[];
  /** Use the rules beside the tagger (laws, acronyms, described firms); default true. */
  readonly rules?: boolean;
}

/** What one text yields. */
export interface Extraction {
  readonly sentences: readonly SentenceSpan[];
  readonly mentions: readonly ResolvedMention[];
  readonly aliases: readonly EntityAlias[];
}

/** Returns what one text yields. */
export type Extractor = (text: string) => Extraction;

/** Returns the tagger model read from the bytes of a model file (gzipped or not). */
export function loadTagger(bytes: Uint8Array): NerModel {
  return decodeModel(bytes);
}

/** Returns an extractor over model. */
export function createExtractor(model: NerModel, options: ExtractorOptions = {}): Extractor {
  const known = (options.knownNames ?? []).filter((k) => k.name.trim().length > 0);
  const tag = createTagger(model);
  return (text) => {
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens).map(({ index, start, end, firstToken, endToken }) => ({
      span: { index, start, end },
      tokens: tokens.slice(firstToken, endToken),
    }));
    const tagged = tag(sentences.map((s) => taggerWords(s.tokens)));
    const fromTagger = sentences.flatMap((s, k) => mentionsFromTags(text, s.tokens, tagged[k], s.span));
    const spans = sentences.map((s) => s.span);
    if (options.rules === false) return { sentences: spans, ...resolveMentions(fromTagger, []) };
    const at = (offset: number): SentenceSpan => sentenceAt(spans, offset);
    let drafts = addLaws(text, retypeProducts(retypeGroupNames(fromTagger, model.lexicon)), spans);
    drafts = addHonorificNames(drafts, findHonorificNames(text), at, text);
    drafts = extendPartyNames(text, joinConjoinedNames(text, drafts, at));
    drafts = addRuleMatches(drafts, spans, findDescribedOrgs(text), 'ORG');
    drafts = repairOrgHeads(text, drafts);
    const acronyms = findAcronyms(text, drafts);
    drafts = addOccurrences(
      text,
      drafts,
      spans,
      acronyms.map((a) => ({ name: a.acronym, type: typeOfName(drafts, a.name) })),
    );
    drafts = addOccurrences(text, drafts, spans, known);
    const { mentions, aliases } = resolveMentions(drafts, acronyms);
    return { sentences: spans, mentions, aliases };
  };
}

// The words as the tagger's training text wrote them: Reuters wrote "U.S.", today's press
// mostly "US" (left alone in a headline in capitals, where it may be "us").
function taggerWords(tokens: readonly Token[]): string[] {
  const words = tokens.map((t) => t.norm);
  const isCapitals = !words.some((w) => /\p{Ll}/u.test(w));
  return isCapitals ? words : words.map((w) => (w === 'US' ? 'U.S.' : w));
}

// Rule mentions carry fixed confidences (laws 0.9, names the user or the item defined 0.8,
// described firms 0.6): guesses at how often each rule is right, not measurements.

// Laws found by rule replace whatever the tagger said over the same words, except a person
// whose surname is Law ("Nathan Law").
function addLaws(text: string, drafts: readonly Draft[], spans: readonly SentenceSpan[]): Draft[] {
  const laws = findLaws(text).filter(
    (law) =>
      !drafts.some(
        (d) => d.type === 'PER' && d.start < law.end && law.end <= d.end + 1 && d.end >= law.end - 4,
      ),
  );
  const kept = drafts.filter((d) => !laws.some((l) => d.start < l.end && l.start < d.end));
  const added = laws.map((l) => ({
    ...l,
    type: 'LAW' as const,
    sentence: sentenceAt(spans, l.start),
    confidence: 0.9,
    source: 'rule' as const,
  }));
  return sortByStart([...kept, ...added]);
}

function findAcronyms(text: string, drafts: readonly Draft[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (const d of drafts) {
    const def = findAcronymAfter(text, d.text.replace(/^the\s+/iu, ''), d.end);
    if (def !== undefined) out.push(def);
  }
  return out;
}

function typeOfName(drafts: readonly Draft[], name: string): EntityType {
  return drafts.find((d) => d.text.replace(/^the\s+/iu, '') === name)?.type ?? 'ORG';
}

// Names found by a rule where the tagger found nothing.
function addRuleMatches(
  drafts: readonly Draft[],
  spans: readonly SentenceSpan[],
  found: readonly RuleMatch[],
  type: EntityType,
): Draft[] {
  const fresh = found.filter((f) => !drafts.some((d) => d.start < f.end && f.start < d.end));
  const added = fresh.map((f) => ({
    ...f,
    type,
    sentence: sentenceAt(spans, f.start),
    confidence: 0.6,
    source: 'rule' as const,
  }));
  return sortByStart([...drafts, ...added]);
}

// Every whole-word occurrence of a known name that no mention covers yet becomes a mention.
function addOccurrences(
  text: string,
  drafts: readonly Draft[],
  spans: readonly SentenceSpan[],
  names: readonly KnownName[],
): Draft[] {
  const out = [...drafts];
  for (const { name, type } of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((d) => d.start < end && start < d.end)) continue;
      out.push({
        text: m[0],
        type,
        start,
        end,
        sentence: sentenceAt(spans, start),
        confidence: 0.8,
        source: 'rule',
      });
    }
  }
  return sortByStart(out);
}

function sentenceAt(spans: readonly SentenceSpan[], offset: number): SentenceSpan {
  return (
    spans.find((s) => offset >= s.start && offset < s.end) ??
    spans[spans.length - 1] ?? { index: 0, start: 0, end: 0 }
  );
}

function sortByStart(drafts: Draft[]): Draft[] {
  return drafts.sort((a, b) => a.start - b.start || b.end - a.end);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
