// The main job on bundled data: import the sample into newswatch-demo.db and search it.
// Runs the compiled CLI (npm install builds it).
import { main } from '../dist/cli/main.js';

const db = process.env.NEWSWATCH_DB ?? 'newswatch-demo.db';
const run = (...args) => main(['node', 'newswatch', ...args, '--db', db]);

let code = await run('import', 'samples/xinjiang-topic-dump.txt');
for (const query of ['"forced labour" OR "forced labor"', 'Hikvision', 'UN report NOT genocide']) {
  if (code !== 0) break;
  process.stdout.write(`\n$ newswatch search '${query}'\n`);
  code = await run('search', query, '--limit', '5');
}
process.exitCode = code;
