import { describe, expect, it } from 'vitest';
import { countPerDay, findMilestones } from '../../src/stories/index.ts';

const items = [
  { id: 'a', story: 's1', title: 'UN report published', published: '2022-08-31T23:30:00Z' },
  { id: 'b', story: 's1', title: 'Reactions to the UN report', published: '2022-09-01T09:00:00+02:00' },
  { id: 'c', story: 's2', title: 'Exiles protest in Washington', published: '2022-09-03T15:00:00Z' },
  { id: 'd', story: 's2', title: 'Undated follow-up', published: null },
  { id: 'e', story: 's1', title: 'Earlier copy', published: '2022-08-31T23:30:00Z' },
];

describe('countPerDay', () => {
  it('counts items per UTC day and leaves undated ones out', () => {
    expect(countPerDay(items)).toEqual([
      { day: '2022-08-31', count: 2 },
      { day: '2022-09-01', count: 1 },
      { day: '2022-09-03', count: 1 },
    ]);
  });

  it('fills days without items with zero when asked', () => {
    expect(countPerDay(items, { fillGaps: true }).map((d) => d.count)).toEqual([2, 1, 0, 1]);
  });
});

describe('findMilestones', () => {
  it('returns the first item of each story, the first given winning a tie', () => {
    expect(findMilestones(items)).toEqual([
      { story: 's1', itemId: 'a', published: '2022-08-31T23:30:00Z', title: 'UN report published' },
      { story: 's2', itemId: 'c', published: '2022-09-03T15:00:00Z', title: 'Exiles protest in Washington' },
    ]);
  });
});
