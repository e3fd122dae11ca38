// npm run eval:golden: newswatch's parse of the feeds in ../shared/corpora/feeds-golden against the
// expected outputs of rss-parser and gofeed, field by field. Prints agreement per field per corpus,
// the worst-disagreeing files, and totals. How values are normalised before comparison is set out
// in golden-normalise.ts; how each peer's fields map onto ours, at the top of each golden-map-*.ts.
//   --corpus NAME  only corpora whose name contains NAME
//   --worst N      worst files listed per corpus (8)
//   --diffs FIELD  also list every disagreement on FIELD (for example item.title)
//   --file TEXT    also list every disagreement in files whose path contains TEXT
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ParsedFeed } from '../src/model/index.ts';
import { parseFeed } from '../src/parse/index.ts';
import type { FieldCheck } from './golden-check.ts';
import { listCorpora, type Corpus } from './golden-corpora.ts';
import { corpusLines, fieldDiffLines, fileLines, totalLines } from './golden-report.ts';
import { fileResult, tallyFields, type CorpusResult } from './golden-tally.ts';

const ROOT = fileURLToPath(new URL('../../shared/corpora/feeds-golden/', import.meta.url));
const NOW = new Date('2024-06-01T12:00:00Z');

/**
 * Returns our parse of a file; when the parser threw (it must never), the parser's reading of no
 * bytes instead, so that every expected value of the file counts as a disagreement.
 */
function parseFile(path: string): { readonly feed: ParsedFeed; readonly crash: string | null } {
  try {
    return { feed: parseFeed(readFileSync(path), { now: NOW }), crash: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { feed: parseFeed(new Uint8Array(0), { now: NOW }), crash: message.split('\n')[0] ?? message };
  }
}

function runCorpus(corpus: Corpus): CorpusResult {
  const checksPerFile: FieldCheck[][] = [];
  const files = corpus.cases.map((one) => {
    const { feed, crash } = parseFile(one.inputPath);
    const checks = one.compare(feed);
    checksPerFile.push(checks);
    return fileResult(one.file, checks, crash);
  });
  return { name: corpus.name, files, fields: tallyFields(checksPerFile), skipped: corpus.skipped };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      worst: { type: 'string', default: '8' },
      diffs: { type: 'string' },
      file: { type: 'string' },
    },
  });
  if (!existsSync(ROOT)) {
    console.log(`eval:golden: ${ROOT} is missing; nothing to compare (the corpora live beside the project).`);
    return;
  }
  const corpora = listCorpora(ROOT).filter((corpus) => corpus.name.includes(values.corpus ?? ''));
  const results = corpora.map(runCorpus);
  console.log(
    `Golden comparison of newswatch parseFeed against rss-parser and gofeed expected outputs (${ROOT})`,
  );
  for (const result of results) console.log(corpusLines(result, Number(values.worst)).join('\n'));
  if (values.diffs !== undefined) console.log(fieldDiffLines(results, values.diffs).join('\n'));
  if (values.file !== undefined) {
    const wanted = values.file;
    const files = results.flatMap((result) => result.files.filter((file) => file.file.includes(wanted)));
    console.log(
      [`\n== Files matching ${wanted}`, ...files.flatMap((file) => fileLines(file, Infinity))].join('\n'),
    );
  }
  console.log(totalLines(results).join('\n'));
}

main();
