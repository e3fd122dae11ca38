import { describe, expect, it } from 'vitest';
import { StoryClusterer } from '../../src/stories/index.ts';
import { FIRE_A, FIRE_B, OTHER } from './fixtures/news.ts';
import type { StoryDocument } from '../../src/model/story.ts';

function storiesOf(clusterer: StoryClusterer, docs: readonly StoryDocument[]): string[] {
  return docs.map((d) => clusterer.assign(d).story);
}

describe('StoryClusterer', () => {
  it('keeps two similar but different events apart, whatever the order', () => {
    const interleaved = [FIRE_A[0], FIRE_B[0], FIRE_A[1], FIRE_B[1], FIRE_A[2], FIRE_B[2]] as StoryDocument[];
    const c = new StoryClusterer();
    const stories = storiesOf(c, interleaved);
    expect(stories).toEqual(['s1', 's2', 's1', 's2', 's1', 's2']);
  });

  it('puts an unrelated item in a story of its own', () => {
    const c = new StoryClusterer();
    storiesOf(c, [...FIRE_A, ...FIRE_B]);
    expect(c.assign(OTHER[0] as StoryDocument)).toEqual({
      docId: 'c1',
      story: 's3',
      score: 0,
      isNew: true,
      isForced: false,
    });
  });

  it('puts a near-duplicate in the story of its original', () => {
    const c = new StoryClusterer();
    storiesOf(c, [...FIRE_A, ...FIRE_B]);
    const original = FIRE_B[0] as StoryDocument;
    const copy = { ...original, id: 'b1-copy', title: `${original.title} (update)` };
    expect(c.assign(copy).story).toBe('s2');
  });

  it('returns the same story when the same item comes again', () => {
    const c = new StoryClusterer();
    storiesOf(c, FIRE_A);
    expect(c.assign(FIRE_A[1] as StoryDocument)).toEqual({
      docId: 'a2',
      story: 's1',
      score: 1,
      isNew: false,
      isForced: false,
    });
  });

  it('starts a new story when the dates are months apart', () => {
    const c = new StoryClusterer();
    const [first, second] = FIRE_A as [StoryDocument, StoryDocument];
    c.assign({ ...first, published: '2021-03-02T08:00:00Z' });
    expect(c.assign({ ...second, published: '2021-09-02T08:00:00Z' }).story).toBe('s2');
  });

  it('puts an item in the story an analyst chose (forceStory)', () => {
    const c = new StoryClusterer();
    storiesOf(c, FIRE_A);
    const forced = c.assign(FIRE_B[0] as StoryDocument, { forceStory: 's1' });
    expect(forced).toEqual({ docId: 'b1', story: 's1', score: 1, isNew: false, isForced: true });
  });

  it('moves an item seen before when an analyst forces it into another story', () => {
    const c = new StoryClusterer();
    storiesOf(c, [...FIRE_A, ...FIRE_B]);
    c.assign(FIRE_A[2] as StoryDocument, { forceStory: 's2' });
    expect(c.listStories().map((s) => [s.key, s.docIds])).toEqual([
      ['s1', ['a1', 'a2']],
      ['s2', ['b1', 'b2', 'b3', 'a3']],
    ]);
  });

  it('creates the story an analyst names when it does not exist yet', () => {
    const c = new StoryClusterer();
    const forced = c.assign(FIRE_A[0] as StoryDocument, { forceStory: 'analyst-7' });
    expect([forced.story, forced.isNew]).toEqual(['analyst-7', true]);
  });

  it('starts a new story on forceNew even for a near-duplicate', () => {
    const c = new StoryClusterer();
    storiesOf(c, FIRE_A);
    const fresh = c.assign({ ...(FIRE_A[0] as StoryDocument), id: 'a1-again' }, { forceNew: true });
    expect([fresh.story, fresh.isNew, fresh.isForced]).toEqual(['s2', true, true]);
  });

  it('merges two stories and sends later items to the merged one', () => {
    const c = new StoryClusterer();
    storiesOf(c, [FIRE_A[0], FIRE_B[0]] as StoryDocument[]);
    const merged = c.merge('s1', 's2');
    expect(merged.docIds).toEqual(['a1', 'b1']);
    expect(c.listStories().map((s) => s.key)).toEqual(['s1']);
    expect(c.assign(FIRE_B[1] as StoryDocument).story).toBe('s1');
  });

  it('splits items out into a new story', () => {
    const c = new StoryClusterer();
    storiesOf(c, FIRE_A);
    const key = c.split([FIRE_A[2] as StoryDocument]);
    expect(key).toBe('s2');
    expect(c.listStories().map((s) => [s.key, s.docIds])).toEqual([
      ['s1', ['a1', 'a2']],
      ['s2', ['a3']],
    ]);
  });

  it('names a story with the analyst label once renamed', () => {
    const c = new StoryClusterer();
    storiesOf(c, FIRE_A);
    c.rename('s1', 'Aksu factory fire');
    expect(c.listStories()[0]?.label).toBe('Aksu factory fire');
  });

  it('carries on from a saved state as if it had never stopped', () => {
    const c = new StoryClusterer();
    storiesOf(c, [FIRE_A[0], FIRE_B[0], FIRE_A[1]] as StoryDocument[]);
    const restored = StoryClusterer.fromState(JSON.parse(JSON.stringify(c.toState())));
    const rest = [FIRE_B[1], FIRE_A[2], FIRE_B[2]] as StoryDocument[];
    expect(storiesOf(restored, rest)).toEqual(storiesOf(c, rest));
  });

  it('reports first and last seen from the published dates', () => {
    const c = new StoryClusterer();
    c.assign({ ...(FIRE_A[0] as StoryDocument), published: '2021-03-02T08:00:00Z' });
    c.assign({ ...(FIRE_A[1] as StoryDocument), published: '2021-03-03T10:00:00Z' });
    const [story] = c.listStories();
    expect([story?.firstSeen, story?.lastSeen]).toEqual([
      '2021-03-02T08:00:00.000Z',
      '2021-03-03T10:00:00.000Z',
    ]);
  });

  it('names the main names of a story, phrases before their words', () => {
    const c = new StoryClusterer();
    const [a1, a2] = FIRE_A as [StoryDocument, StoryDocument];
    c.assign({ ...a1, entities: ['World Uyghur Congress', 'Aksu', 'Hongda'] });
    c.assign({ ...a2, entities: ['Aksu', 'Hongda', 'Aksu'] });
    expect(c.mainNames('s1', 3)).toEqual(['world uyghur congress', 'aksu', 'hongda']);
  });

  it('fails with a stories error when merging a story that does not exist', () => {
    const c = new StoryClusterer();
    storiesOf(c, FIRE_A);
    expect(() => c.merge('s1', 's9')).toThrow('stories: no story s9');
  });
});
