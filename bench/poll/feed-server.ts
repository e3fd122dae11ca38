// A local server that plays 10,000 feeds: each answers after 20-200 ms with an RSS feed of 20
// items of varied text (half of the feeds name their language), and honours If-None-Match. Run as its own process: `tsx feed-server.ts PORT`.
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 0);

const WORDS = (
  'the of and to in a report said China Xinjiang Uyghur camps cotton supply chain forced labour companies ' +
  'government officials researchers satellite images detention sanctions court ruling UN human rights ' +
  'surveillance cameras Hikvision workers factory exports investors funds police documents leaked families'
).split(' ');

/** Returns a sentence of words picked by a small linear congruential generator seeded with seed. */
function sentence(seed: number, length: number): string {
  let x = seed >>> 0;
  const out: string[] = [];
  for (let k = 0; k < length; k++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(WORDS[x % WORDS.length] as string);
  }
  return out.join(' ');
}

function feedBody(n: number): string {
  const items = Array.from({ length: 20 }, (_, i) => {
    const id = `${n}-${i}`;
    const text = [1, 2, 3].map((p) => sentence(n * 1000 + i * 10 + p, 25)).join('&lt;/p&gt;&lt;p&gt;');
    return `<item><title>${sentence(n * 7 + i, 9)}</title><link>https://feed${n}.bench.test/items/${i}</link><guid>urn:bench:${id}</guid><pubDate>Thu, 01 Sep 2022 ${String(i % 24).padStart(2, '0')}:00:00 GMT</pubDate><description>&lt;p&gt;${text}&lt;/p&gt;</description></item>`;
  }).join('');
  const language = n % 2 === 0 ? '<language>en</language>' : '';
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench feed ${n}</title><link>https://feed${n}.bench.test/</link>${language}${items}</channel></rss>`;
}

const server = createServer((req, res) => {
  const n = Number(/feed(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
  const latency = 20 + ((n * 7919) % 181);
  const etag = `"feed-${n}"`;
  setTimeout(() => {
    if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
    else res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feedBody(n));
  }, latency);
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : port}\n`);
});
