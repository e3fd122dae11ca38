// The analysis pages rendered in-process over the analysed sample: stories, a story's timeline
// and items, entities with their evidence, themes, key figures, the item page's analysis, the
// search filters, the overview's blocks; analysts' forms, who sees them, and what they record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/api/index.ts';
import { analyzePending } from '../../src/pipeline/index.ts';
import { sampleAnalyzer } from '../store/analysed-sample.ts';
import { importOf, rssOf } from '../store/helpers.ts';
import { analysedApp, NOW, type AnalysedApp } from './analysis-helpers.ts';
import { REMOTE } from './helpers.ts';

const BACHELET = 37;
const UN_STORY = 8;

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

/** Returns the page with its white space squashed (templates break tags over lines). */
const page = async (t: AnalysedApp, path: string, session?: Session) => {
  const res = await t.call(path, session ? { from: REMOTE, headers: { cookie: session.cookie } } : {});
  const text = (await res.text()).replace(/\s+/g, ' ').replaceAll('> <', '><');
  return { status: res.status, text, location: res.headers.get('location') };
};

async function signIn(t: AnalysedApp, name: string, role: 'reader' | 'analyst'): Promise<Session> {
  await createUser(t.store, { name, role, password: 'a long enough password' }, new Date());
  const login = await t.call('/login', {
    method: 'POST',
    from: REMOTE,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `name=${name}&password=a+long+enough+password`,
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const home = await page(t, '/stories', { cookie, csrf: '' });
  return { cookie, csrf: /<meta name="csrf-token" content="([^"]+)"/.exec(home.text)?.[1] ?? '' };
}

async function post(t: AnalysedApp, path: string, session: Session, fields: Array<[string, string]>) {
  const body = new URLSearchParams([['_csrf', session.csrf], ...fields]).toString();
  const res = await t.call(path, {
    method: 'POST',
    from: REMOTE,
    headers: {
      cookie: session.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    body,
  });
  return { status: res.status, location: res.headers.get('location'), text: await res.text() };
}

const mainOf = (text: string) => text.slice(text.indexOf('<main'), text.indexOf('</main>'));

describe('the analysis pages, read', () => {
  let t: AnalysedApp;
  beforeAll(async () => {
    t = await analysedApp();
  });
  afterAll(async () => t.close());

  it('put stories and entities in the navigation, with access keys', async () => {
    const { text } = await page(t, '/');
    expect([
      /<a href="\/stories" accesskey="t"/.test(text),
      /<a href="\/entities" accesskey="e"/.test(text),
    ]).toEqual([true, true]);
  });

  it('list the growing stories first, then every story with items, outlets and span', async () => {
    const { status, text } = await page(t, '/stories');
    const growing = text.slice(text.indexOf('id="growing"'), text.indexOf('id="all"'));
    expect([
      status,
      growing.includes('<th scope="col">New in 7 days</th>'),
      growing.indexOf(`href="/stories/${UN_STORY}"`) <
        growing.indexOf('href="/stories/', growing.indexOf(`href="/stories/${UN_STORY}"`) + 1),
      text.includes('<p role="status">10 stories</p>'),
      (await page(t, '/stories?minItems=5')).text.includes('<p role="status">1 story</p>'),
    ]).toEqual([200, true, true, true, true]);
  });

  it('show a story: its timeline chart with a hidden table, items in time order, names and themes', async () => {
    const { text } = await page(t, `/stories/${UN_STORY}`);
    const items = [...mainOf(text).matchAll(/<th scope="row"><a href="\/items\/(\d+)">/g)].map((m) =>
      Number(m[1]),
    );
    expect([
      /<svg viewBox="0 0 600 160" role="img" aria-label="Items of this story per day \(UTC\): 5 items/.test(
        text,
      ),
      text.includes('<table class="visually-hidden">'),
      items,
      /<code class="hash" title="sha256 [0-9a-f]{64}">[0-9a-f]{12}…<\/code>/.test(text),
      text.includes(`<a href="/entities/${BACHELET}">Michelle Bachelet</a>`),
      text.includes('<a href="/search?q=theme%3Aun-and-diplomacy">UN and diplomacy</a>'),
      text.includes('No analyst has changed anything here.'),
    ]).toEqual([true, true, [8, 10, 11, 12, 13], true, true, true, true]);
  });

  it('give the local admin the analysts’ forms, each with its CSRF field and labelled controls', async () => {
    const { text } = await page(t, `/stories/${UN_STORY}`);
    const forms = [
      ...text.matchAll(/<form method="post" action="([^"]+)"[^>]*>\s*<input type="hidden" name="_csrf"/g),
    ];
    const ids = [...mainOf(text).matchAll(/<(?:input|select)[^>]* id="([^"]+)"/g)].map((m) => m[1] as string);
    expect([forms.map((m) => m[1]), ids.every((id) => text.includes(`for="${id}"`))]).toEqual([
      [`/stories/${UN_STORY}/split`, `/stories/${UN_STORY}/rename`, `/stories/${UN_STORY}/merge`],
      true,
    ]);
  });

  it('list entities by type, linked to their pages', async () => {
    const { text } = await page(t, '/entities?type=PER');
    const kinds = [...text.matchAll(/<td><abbr title="[^"]+">([A-Z]+)<\/abbr><\/td>/g)].map((m) => m[1]);
    expect([
      text.includes(`<a href="/entities/${BACHELET}" data-result-link>Michelle Bachelet</a>`),
      new Set(kinds),
      text.includes('<label for="type">Kind</label'),
    ]).toEqual([true, new Set(['PER']), true]);
  });

  it('show an entity with its chart, the sentences naming it marked, and its company', async () => {
    const { text } = await page(t, `/entities/${BACHELET}`);
    expect([
      /<svg viewBox="0 0 600 160" role="img" aria-label="Items naming Michelle Bachelet per day/.test(text),
      text.includes(
        'The report by the UN office of the high commissioner for human rights (OHCHR) was published minutes before <mark>Michelle Bachelet</mark> ended her tenure.',
      ),
      text.includes('href="/search?q=entity%3A%22Michelle%20Bachelet%22"'),
      text.includes('<th scope="row"><a href="/entities/31">UN</a></th>'),
    ]).toEqual([true, true, true, true]);
  });

  it('chart themes over time with a hidden table and where stories began, each linked to its search', async () => {
    const { text } = await page(t, '/themes?since=2022-11-01');
    expect([
      text.includes('<th scope="row"><a href="/search?q=theme%3Aun-and-diplomacy">UN and diplomacy</a></th>'),
      text.includes(
        '<svg class="spark" viewBox="0 0 300 28" role="img" focusable="false" aria-label="UN and diplomacy: 7 items in 31 days, at most 7 a day, where 3 of its stories began marked"',
      ),
      text.includes('<th scope="row">2022-12-01</th>'),
      /<g class="milestone" data-day="2022-12-01"\s*><title>3 stories began 2022-12-01: West weighs calling/.test(
        text,
      ),
    ]).toEqual([true, true, true, true]);
  });

  it('group key figures with who reported what, and explain a bad query', async () => {
    const { text } = await page(t, '/figures');
    const bad = await page(t, '/figures?q=%28cotton');
    expect([
      text.includes('<p role="status">7 claims in 5 items</p>'),
      text.includes('<th scope="row">as many as one million</th>'),
      [bad.status, bad.text.includes('class="error" role="alert"')],
    ]).toEqual([true, true, [400, true]]);
  });

  it('show on an item its story, its names, its themes with their triggers, and its figures', async () => {
    const { text } = await page(t, '/items/5');
    expect([
      text.includes('<h2 id="analysis">What analysis found</h2>'),
      /Part of the story <a href="\/stories\/\d+">Failure to investigate UK imports/.test(text),
      text.includes('>National Crime Agency</a>'),
      /Forced labour and supply chains<\/a>, because of [^<]*“forced Uyghur labour”/i.test(text),
      text.includes('<th scope="row">380</th>'),
    ]).toEqual([true, true, true, true, true]);
  });

  it('offer name and theme filters on search, written into the query', async () => {
    const form = await page(t, '/search');
    const byTheme = await page(t, '/search?q=cotton&theme=forced-labour&sort=date');
    const byName = await page(t, '/search?q=&entity=Michelle+Bachelet');
    const results = await page(t, `/search?q=${encodeURIComponent('entity:"Michelle Bachelet"')}`);
    expect([
      form.text.includes('<label for="entity">Naming</label>') &&
        form.text.includes('<label for="theme">Theme</label'),
      form.text.includes('<option value="forced-labour">Forced labour and supply chains (3)</option>'),
      [byTheme.status, byTheme.location],
      byName.location,
      results.text.includes('<p role="status">4 results</p>'),
    ]).toEqual([
      true,
      true,
      [303, '/search?q=cotton+theme%3Aforced-labour&since=&until=&feed=&sort=date'],
      '/search?q=entity%3A%22Michelle+Bachelet%22&since=&until=&feed=&sort=relevance',
      true,
    ]);
  });

  it('show growing stories and themes over time on the overview', async () => {
    const { text } = await page(t, '/');
    expect([
      text.includes('<h2 id="growing">Growing stories</h2>'),
      text.includes(`href="/stories/${UN_STORY}"`),
      text.includes('<h2 id="themes-over-time">Themes over time</h2>'),
      /<svg class="spark"/.test(text),
    ]).toEqual([true, true, true, true]);
  });

  it('carry no inline script, style attribute or handler', async () => {
    const paths = [
      '/stories',
      `/stories/${UN_STORY}`,
      '/entities',
      `/entities/${BACHELET}`,
      '/themes',
      '/figures',
      '/items/13',
      '/',
    ];
    const pages = await Promise.all(paths.map(async (p) => (await page(t, p)).text));
    expect(
      pages.map((p) => [/<script(?![^>]*\bsrc=)[^>]*>/.test(p), /\sstyle=/.test(p), /\son[a-z]+=/.test(p)]),
    ).toEqual(pages.map(() => [false, false, false]));
  });

  it('answer unknown stories and entities with a not-found page', async () => {
    const story = await page(t, '/stories/999');
    const entity = await page(t, '/entities/9999');
    expect([story.status, entity.status, entity.text.includes('no entity #9999')]).toEqual([404, 404, true]);
  });
});

describe("analysts' decisions through the pages", () => {
  let t: AnalysedApp;
  let reader: Session;
  let analyst: Session;
  beforeAll(async () => {
    t = await analysedApp();
    reader = await signIn(t, 'rose', 'reader');
    analyst = await signIn(t, 'anna', 'analyst');
  });
  afterAll(async () => t.close());

  it('hide the forms from a reader and refuse a reader’s post', async () => {
    const shown = await page(t, `/stories/${UN_STORY}`, reader);
    const sent = await post(t, `/stories/${UN_STORY}/rename`, reader, [['label', 'Nope']]);
    expect([
      shown.text.includes('action="/stories/8/rename"'),
      shown.text.includes('type="checkbox"'),
      sent.status,
    ]).toEqual([false, false, 403]);
  });

  it('refuse a post without the CSRF token', async () => {
    const sent = await post(t, `/stories/${UN_STORY}/rename`, { ...analyst, csrf: 'stale' }, [
      ['label', 'Nope'],
    ]);
    expect(sent.status).toBe(403);
  });

  it('rename a story, with the analyst in its decisions and in the audit log', async () => {
    const sent = await post(t, `/stories/${UN_STORY}/rename`, analyst, [
      ['label', 'UN report on Xinjiang'],
      ['why', 'clearer'],
    ]);
    const shown = await page(t, `/stories/${UN_STORY}?done=story-renamed`, analyst);
    const audit = await t.store.listAudit(1, null);
    expect([
      sent.status,
      sent.location,
      shown.text.includes('<h1>UN report on Xinjiang</h1>'),
      shown.text.includes('Story renamed.'),
      /<td>user:anna<\/td>\s*<td>rename<\/td>/.test(shown.text),
      shown.text.includes('<span class="muted">reason:</span> clearer'),
      [audit[0]?.actor, audit[0]?.action, audit[0]?.target],
    ]).toEqual([
      303,
      `/stories/${UN_STORY}?done=story-renamed`,
      true,
      true,
      true,
      true,
      ['user:anna', `POST /stories/${UN_STORY}/rename`, `story:${UN_STORY}`],
    ]);
  });

  it('split checked items out into a new story, and merge a story back', async () => {
    const split = await post(t, `/stories/${UN_STORY}/split`, analyst, [
      ['items', '10'],
      ['items', '11'],
      ['label', 'Genocide question'],
    ]);
    const newId = Number(/\/stories\/(\d+)\?done=story-split/.exec(split.location ?? '')?.[1]);
    const shown = await page(t, `/stories/${newId}`, analyst);
    const merged = await post(t, `/stories/${UN_STORY}/merge`, analyst, [['from', String(newId)]]);
    const back = await page(t, `/stories/${UN_STORY}`, analyst);
    expect([
      split.status,
      shown.text.includes('<h1>Genocide question</h1>'),
      [...shown.text.matchAll(/<th scope="row"><a href="\/items\/(\d+)">/g)].map((m) => m[1]),
      merged.location,
      /<p class="lead"> ?5 items/.test(back.text),
    ]).toEqual([303, true, ['10', '11'], `/stories/${UN_STORY}?done=story-merged`, true]);
  });

  it('explain a decision that cannot be made on the page itself', async () => {
    const empty = await post(t, `/stories/${UN_STORY}/split`, analyst, [['label', 'x']]);
    const self = await post(t, `/stories/${UN_STORY}/merge`, analyst, [['from', String(UN_STORY)]]);
    const missing = await post(t, `/stories/${UN_STORY}/merge`, analyst, [['from', '999']]);
    const alert = (text: string) => /<p class="error" role="alert">([^<]*)<\/p>/.exec(text)?.[1];
    expect([
      [empty.status, alert(empty.text)],
      [self.status, alert(self.text)],
      [missing.status, alert(missing.text)],
    ]).toEqual([
      [400, 'Check at least one item to split out.'],
      [400, 'stories: a story cannot be merged into itself'],
      [404, 'stories: no story 999 (see newswatch stories)'],
    ]);
  });

  it('rename, merge by name and split an entity', async () => {
    const renamed = await post(t, '/entities/31/rename', analyst, [['name', 'United Nations']]);
    const merged = await post(t, '/entities/2/merge', analyst, [['from', 'Britain']]);
    const uk = await page(t, '/entities/2', analyst);
    const split = await post(t, `/entities/${BACHELET}/split`, analyst, [
      ['spellings', 'Bachelet'],
      ['name', 'Bachelet (surname)'],
    ]);
    const unknown = await post(t, '/entities/2/merge', analyst, [['from', 'Nobody At All']]);
    expect([
      renamed.location,
      (await page(t, '/entities/31')).text.includes('<h1>United Nations</h1>'),
      merged.location,
      uk.text.includes('Britain <span class="muted">(analyst)</span>'),
      /<td>user:anna<\/td>\s*<td>merge<\/td>/.test(uk.text),
      split.status,
      /^\/entities\/\d+\?done=entity-split$/.test(split.location ?? ''),
      [unknown.status, unknown.text.includes('entities: no entity named &quot;Nobody At All&quot;')],
    ]).toEqual([
      '/entities/31?done=entity-renamed',
      true,
      '/entities/2?done=entity-merged',
      true,
      true,
      303,
      true,
      [404, true],
    ]);
  });

  it('point from a merged entity to the one it was merged into, without forms', async () => {
    const britain = await page(t, '/entities/4', analyst);
    expect([
      britain.text.includes('An analyst merged this entity into <a href="/entities/2">entity #2</a>.'),
      britain.text.includes('action="/entities/4/rename"'),
    ]).toEqual([true, false]);
  });
});

describe('key figures the sources disagree about', () => {
  let t: AnalysedApp;
  beforeAll(async () => {
    t = await analysedApp();
    const wire = rssOf('Wire', [
      {
        guid: 'w1',
        title: 'New estimate',
        text: 'At least 1.8 million Uyghurs have been detained, a study says.',
      },
    ]);
    await t.store.importFeed(importOf('https://wire.example/rss', wire, '2022-12-01T11:00:00.000Z'));
    await analyzePending(t.store, sampleAnalyzer(), NOW);
  });
  afterAll(async () => t.close());

  it('are flagged, with each source’s figure and sentence', async () => {
    const { text } = await page(t, '/figures');
    const group = text.slice(
      text.indexOf('uyghur <span'),
      text.indexOf('</section>', text.indexOf('uyghur <span')),
    );
    expect([
      text.includes('<p role="status">7 claims in 6 items, 1 disputed</p>'),
      group.includes('<span class="state state-failing">sources disagree</span>'),
      [...group.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]),
      group.includes('<td>Wire</td>'),
    ]).toEqual([true, true, ['as many as one million', 'At least 1.8 million'], true]);
  });
});
