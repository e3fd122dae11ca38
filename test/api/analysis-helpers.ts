// An app over the bundled sample as the server's analyser leaves it (entities, themes, figures,
// stories), with readers and analysts holding API keys, and JSON requests made short.
import { freshStore } from '../store/helpers.ts';
import { importAnalysedSample } from '../store/analysed-sample.ts';
import { keyFor, makeApp, REMOTE, withKey, type TestApp } from './helpers.ts';

/** The sample's items are first seen at 10:00 that day; "now" is two hours later. */
export const NOW = () => new Date('2022-12-01T12:00:00Z');

export interface AnalysedApp extends TestApp {
  readonly readerKey: string;
  readonly analystKey: string;
  /** Sends a request from a remote address with key, a JSON body when given; returns status and body. */
  readonly as: (
    key: string | null,
    path: string,
    body?: unknown,
  ) => Promise<{ status: number; body: Record<string, unknown> }>;
}

/** Returns an app whose archive holds the analysed sample, with a reader and an analyst. */
export async function analysedApp(): Promise<AnalysedApp> {
  const { store } = freshStore();
  await importAnalysedSample(store);
  const t = makeApp({ store, now: NOW });
  const readerKey = await keyFor(store, 'rita', 'reader');
  const analystKey = await keyFor(store, 'ana', 'analyst');
  const as: AnalysedApp['as'] = async (key, path, body) => {
    const headers: Record<string, string> = key ? withKey(key) : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await t.call(path, {
      from: REMOTE,
      headers,
      ...(body !== undefined ? { method: 'POST', body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return { ...t, readerKey, analystKey, as };
}

/** Returns the audit name of the analyst's key (`key:PREFIX (ana)`). */
export function analystActor(t: AnalysedApp): string {
  return `key:${t.analystKey.split('_')[1]} (ana)`;
}
