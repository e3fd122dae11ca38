// `npm run eval:names`: precision, recall and F1 of `analyze names` on labelled pairs built
// from ../shared/corpora/names/ (80 spellings of one name, rigour's legal forms) and the lists
// in names-data.ts. Pairs go through the same code as the CLI: JSON lines into mapJsonLines
// with the analyze-names handler.
import { readFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'yaml';
import { analyzeNamesLine, type NamesLineResult } from '../src/cli/commands/analyze-names.ts';
import { mapJsonLines } from '../src/cli/json-lines.ts';
import { buildPairs, type FormAliases, type LabelledPair } from './names-pairs.ts';
import { printReport } from './names-report.ts';

const CORPUS = process.env.NAMES_CORPUS ?? '../shared/corpora/names';

async function main(): Promise<void> {
  const spellings = readFileSync(`${CORPUS}/putin_names.txt`, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const forms = (
    parse(readFileSync(`${CORPUS}/org_types.yml`, 'utf8')) as { types: FormAliases[] }
  ).types.map((t) => ({ aliases: t.aliases.map(String) }));
  const pairs = buildPairs(spellings, forms);
  const started = performance.now();
  const results = await runThroughCli(pairs);
  const seconds = (performance.now() - started) / 1000;
  printReport(pairs, results, { spellings: spellings.length, forms: forms.length, seconds });
}

async function runThroughCli(pairs: readonly LabelledPair[]): Promise<NamesLineResult[]> {
  const input = pairs.map((p, id) => JSON.stringify({ id, a: p.a, b: p.b })).join('\n');
  const output = new PassThrough();
  const lines: string[] = [];
  output.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
  const failed = await mapJsonLines(Readable.from([input]), output, process.stderr, analyzeNamesLine);
  if (failed > 0) throw new Error(`eval names: ${failed} lines failed`);
  return lines
    .join('')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as NamesLineResult);
}

await main();
