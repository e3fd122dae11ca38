// The main job on bundled data, in a fresh newswatch-demo.db: import the sample (which
// analyses it: entities, themes, figures, stories), search it, list its stories, themes and
// figures, and screen the sample watchlist against it. Runs the compiled CLI (npm install
// builds it). `npm start` then serves the same database in a browser.
import { rmSync } from 'node:fs';
import { main } from '../dist/cli/main.js';

const DB = 'newswatch-demo.db';
for (const suffix of ['', '-wal', '-shm']) rmSync(DB + suffix, { force: true });

const steps = [
  ['import', 'samples/xinjiang-topic-dump.txt'],
  ['search', '"forced labour" OR "forced labor"', '--limit', '3'],
  ['search', 'theme:surveillance-technology', '--limit', '3'],
  ['search', 'UN report NOT genocide', '--limit', '3'],
  ['stories', '--limit', '5'],
  ['themes'],
  ['figures'],
  ['watchlist', 'import', 'samples/watchlist.csv', '--name', 'sample-portfolio'],
  ['screen', 'sample-portfolio'],
];

let code = 0;
for (const args of steps) {
  process.stdout.write(`\n$ newswatch ${args.map((a) => (/[\s"]/.test(a) ? `'${a}'` : a)).join(' ')}\n`);
  code = await main(['node', 'newswatch', ...args, '--db', DB]);
  if (code !== 0) break;
}
if (code === 0)
  process.stdout.write(`\nThe archive is in ${DB}; \`npm start\` serves it at http://127.0.0.1:8750/\n`);
process.exitCode = code;
