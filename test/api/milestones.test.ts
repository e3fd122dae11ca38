// Milestones on the entity and theme timelines: where each of the largest stories those items
// belong to began, as data beside the per-day series the pages chart.
import { afterEach, describe, expect, it } from 'vitest';
import { analysedApp, type AnalysedApp } from './analysis-helpers.ts';

let t: AnalysedApp | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const UN_STORY = '‘Our people are still trapped’: Uyghur exiles demand action on abuses';
const DAY = '2022-12-01';
const SEEN = '2022-12-01T10:00:00.000Z';

interface Milestone {
  storyId: number;
  title: string;
  itemId: number;
  published: string;
  day: string;
}

describe('GET /api/entities/{id}', () => {
  it('marks the first item naming the entity in each story', async () => {
    t = await analysedApp();
    const { status, body } = await t.as(t.readerKey, '/api/entities/lookup?name=Michelle%20Bachelet');
    expect([status, body['perDay'], body['milestones']]).toEqual([
      200,
      [{ day: DAY, mentions: 6, items: 4 }],
      [{ storyId: 8, title: UN_STORY, itemId: 8, published: SEEN, day: DAY }],
    ]);
  });
});

describe('GET /api/themes', () => {
  it("marks the first item each story has with the theme, which need not be the story's first", async () => {
    t = await analysedApp();
    const { body } = await t.as(t.readerKey, '/api/themes');
    const themes = body['themes'] as Array<{ theme: string; milestones: Milestone[] }>;
    const camps = themes.find((th) => th.theme === 'detention-and-camps');
    expect(camps?.milestones.map((m) => [m.storyId, m.itemId, m.day])).toEqual([
      [4, 4, DAY],
      [5, 5, DAY],
      [8, 10, DAY],
      [10, 14, DAY],
    ]);
    expect(camps?.milestones.find((m) => m.storyId === 8)?.title).toBe(UN_STORY);
  });
});
