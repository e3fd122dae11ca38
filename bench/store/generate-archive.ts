// Writes a seeded archive of RSS 2.0 files for the store benchmarks: 100 feeds (5 wire
// services publishing most), items over three years, files of 200-500 items named so that
// name order is time order, about 10% wire copies with 1-20% of words edited, and 0.5%
// templated reports. Beside the files: truth.json (which item copies which, at what edit
// rate) and meta.json. Run:
//   node --import tsx bench/store/generate-archive.ts [--size 100k|1m|N] [--seed N] [--force]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createGenerator, generateItem, type ArchiveGenerator, type GeneratedItem } from './archive-items.ts';
import {
  archivePaths,
  parseSize,
  readMeta,
  type ArchiveMeta,
  type ArchiveTruth,
  type TrueCopy,
} from './archive-files.ts';
import { defaultSpec, planArchive, type FeedPlan } from './archive-plan.ts';
import { between, randomFor } from './random.ts';
import { writeRss } from './rss-writer.ts';

interface Tally {
  files: number;
  items: number;
  bytes: number;
  words: number;
  copies: TrueCopy[];
  templated: Array<{ url: string; template: string }>;
}

function record(gen: ArchiveGenerator, item: GeneratedItem, tally: Tally): void {
  tally.items += 1;
  tally.words += item.article.title.length + item.article.paragraphs.reduce((n, p) => n + p.length, 0);
  if (item.template !== null) tally.templated.push({ url: item.url, template: item.template });
  if (item.origin.kind !== 'copy') return;
  const root = generateItem(gen, item.origin.root);
  tally.copies.push({
    copy: item.url,
    original: root.url,
    editRate: Math.round(item.origin.editRate * 1e4) / 1e4,
    actualRate: Math.round((item.edits / Math.max(1, item.words)) * 1e4) / 1e4,
    words: item.words,
  });
}

function fileName(feed: FeedPlan, part: number, firstMs: number): string {
  const stamp = new Date(firstMs).toISOString().slice(0, 16).replace(/[-:]/g, '');
  return `${stamp}-${feed.slug}-p${String(part).padStart(3, '0')}.xml`;
}

function writeFeed(gen: ArchiveGenerator, feed: FeedPlan, folder: string, tally: Tally): void {
  const random = randomFor(gen.plan.spec.seed, feed.index, 17);
  let part = 0;
  for (let k = 0; k < feed.count; part += 1) {
    const size = Math.min(feed.count - k, between(random, 200, 500));
    const items = Array.from({ length: size }, (_, i) => generateItem(gen, feed.offset + k + i));
    for (const item of items) record(gen, item, tally);
    const xml = writeRss(feed, items, random);
    writeFileSync(join(folder, fileName(feed, part, items[0]?.publishedMs ?? 0)), xml);
    tally.files += 1;
    tally.bytes += Buffer.byteLength(xml);
    k += size;
  }
}

/** Writes the archive for a size label unless it exists with the same spec; returns its meta. */
export function generateArchive(label: string, seed: number, force = false): ArchiveMeta {
  const spec = defaultSpec(parseSize(label), seed);
  const existing = readMeta(label);
  if (!force && existing && JSON.stringify(existing.spec) === JSON.stringify(spec)) return existing;
  const paths = archivePaths(label);
  rmSync(paths.dir, { recursive: true, force: true });
  mkdirSync(paths.feeds, { recursive: true });
  const started = performance.now();
  const gen = createGenerator(planArchive(spec));
  const tally: Tally = { files: 0, items: 0, bytes: 0, words: 0, copies: [], templated: [] };
  for (const feed of gen.plan.feeds) {
    writeFeed(gen, feed, paths.feeds, tally);
    if ((feed.index + 1) % 10 === 0)
      console.error(`  generated ${feed.index + 1}/${gen.plan.feeds.length} feeds, ${tally.items} items`);
  }
  const feeds = gen.plan.feeds.map((f) => ({
    index: f.index,
    title: f.title,
    url: f.selfUrl,
    isWire: f.isWire,
    count: f.count,
  }));
  const truth: ArchiveTruth = { spec, feeds, copies: tally.copies, templated: tally.templated };
  writeFileSync(paths.truth, JSON.stringify(truth));
  const meta: ArchiveMeta = {
    spec,
    files: tally.files,
    items: tally.items,
    bytes: tally.bytes,
    words: tally.words,
    generatedMs: Math.round(performance.now() - started),
  };
  writeFileSync(paths.meta, `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100k' },
      seed: { type: 'string', default: '20250601' },
      force: { type: 'boolean', default: false },
    },
  });
  const meta = generateArchive(values.size, Number(values.seed), values.force);
  const copies = readMetaCopies(values.size);
  console.log(
    `archive-${values.size}: ${meta.items} items in ${meta.files} files, ${(meta.bytes / 1e6).toFixed(1)} MB, ` +
      `${(meta.words / meta.items).toFixed(0)} words/item, ${copies} wire copies, generated in ${(meta.generatedMs / 1000).toFixed(1)} s`,
  );
}

function readMetaCopies(label: string): number {
  // Counted from the truth file so that a reused archive reports the same figure.
  return (JSON.parse(readFileSync(archivePaths(label).truth, 'utf8')) as ArchiveTruth).copies.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
