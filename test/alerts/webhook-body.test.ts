import { describe, expect, it } from 'vitest';
import { buildWebhookBody } from '../../src/alerts/index.ts';
import { BATCH, SEARCH_ITEM, WATCH_ITEM } from './alert-fixtures.ts';

const DELIVERY = '6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f';

describe('buildWebhookBody', () => {
  it('writes version 1 with the event, delivery, alert and items', () => {
    const body = buildWebhookBody({ ...BATCH, items: [WATCH_ITEM] }, DELIVERY);
    expect(JSON.stringify(body)).toBe(
      '{"version":1,"event":"alert","delivery":"6f1c2b9e-3d4a-4c5b-8e7f-0a1b2c3d4e5f",' +
        '"alert":{"id":"7","name":"Supply chains"},"generatedAt":"2030-01-02T03:04:05.000Z",' +
        '"items":[{"itemId":42,"title":"Camera maker wins contract",' +
        '"url":"https://wire.example/cameras?id=7&lang=en","published":"2030-01-01T09:30:00.000Z",' +
        '"source":"Wire Service","snippet":"Hikvision cameras will be installed.",' +
        '"sha256":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",' +
        '"matchedBy":{"kind":"watchlist","watchlist":"Surveillance vendors",' +
        '"entry":"Hangzhou Hikvision Digital Technology Co., Ltd.","entity":"Hikvision","score":0.912}}]}',
    );
  });

  it('removes search highlight marks from the snippet', () => {
    const body = buildWebhookBody({ ...BATCH, items: [SEARCH_ITEM] }, DELIVERY);
    expect(body.items[0]!.snippet).toBe('The supplier sourced cotton from the region, the report says.');
  });

  it('keeps a missing title, link and date as null', () => {
    const item = { ...SEARCH_ITEM, title: null, url: null, published: null };
    const [written] = buildWebhookBody({ ...BATCH, items: [item] }, DELIVERY).items;
    expect([written!.title, written!.url, written!.published]).toEqual([null, null, null]);
  });
});
