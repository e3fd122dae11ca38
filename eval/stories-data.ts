// ECB+ documents as news items: the gold event cluster per document, and the seeded
// shuffles the evaluation feeds them in.
import { readFileSync } from 'node:fs';

export interface GoldDocument {
  readonly id: string;
  readonly topic: number;
  readonly gold: string;
  readonly title: string;
  readonly text: string;
}

interface EcbLine {
  readonly doc_id: string;
  readonly topic: number;
  readonly subtopic: string;
  readonly sentences: readonly string[];
}

/**
 * Returns the documents of an ECB+ JSON lines file as items. ECB+ texts from the web start
 * with the page's URL as a "sentence"; a real item carries that as its link, not its text,
 * so it is dropped. The first remaining sentence is the title, the rest the text.
 */
export function loadEcbPlus(path: string): GoldDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const d = JSON.parse(line) as EcbLine;
      const sentences = d.sentences.filter((s) => !/^https?:/.test(s.trim()));
      const at = Math.max(0, sentences.findIndex(isHeadline));
      const title = sentences[at] ?? '';
      const text = sentences.filter((_, i) => i !== at).join('\n');
      return { id: d.doc_id, topic: d.topic, gold: d.subtopic, title, text };
    });
}

// Web pages in ECB+ often open with a dateline ("Posted 11 / 27 / 2005 7: 21 AM"); a feed
// item's title is never that, so the title is the first line with at least two real words.
const DATELINE_WORDS =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(am|pm|gmt|est|edt|pst|pdt|pt|et|ist|bst|cst|utc|hrs|posted|updated|published|last|on|at|by|of)$/;

function isHeadline(line: string): boolean {
  const words = line.toLowerCase().match(/[a-z]{2,}/g) ?? [];
  return words.filter((w) => !DATELINE_WORDS.test(w)).length >= 2;
}

/** Returns a pseudo-random generator (mulberry32) for seed: same seed, same orders. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a copy of items shuffled with the given seed (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
