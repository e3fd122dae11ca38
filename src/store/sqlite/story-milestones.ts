// The items of the largest stories an entity's or a theme's items belong to, for timelines that
// mark where each story began (the analyser picks the first item of each).
import type Database from 'better-sqlite3';
import { asItemId } from '../../model/index.ts';
import type { StoryTimelineItem, TimelineFilter } from '../store.ts';

const DATE = 'coalesce(i.published_at, i.first_seen_at)';

interface Row {
  item_id: number;
  published: string;
  story_id: number;
  story_title: string;
}

function chosenItems(filter: TimelineFilter): { sql: string; param: string | number } {
  return 'entityId' in filter
    ? { sql: 'SELECT DISTINCT item_id FROM mentions WHERE entity_id = ?', param: filter.entityId }
    : { sql: 'SELECT item_id FROM item_themes WHERE theme = ?', param: filter.theme };
}

/**
 * Returns the items (dated since, when given) of the `stories` stories that hold most of the
 * filter's items, each with its story and the story's title (the analyst's name, else the headline).
 */
export function storyTimelineItems(
  db: Database.Database,
  filter: TimelineFilter,
  since: string | null,
  stories: number,
): StoryTimelineItem[] {
  const chosen = chosenItems(filter);
  const rows = db
    .prepare<[string | number, string, number], Row>(
      `WITH chosen AS (
         SELECT i.id, ${DATE} AS published, si.story_id FROM (${chosen.sql}) c
         JOIN items i ON i.id = c.item_id JOIN story_items si ON si.item_id = i.id
         WHERE ${DATE} >= ?),
       top AS (SELECT story_id FROM chosen GROUP BY story_id ORDER BY count(*) DESC, story_id LIMIT ?)
       SELECT c.id AS item_id, c.published, c.story_id, coalesce(s.label, s.headline) AS story_title
       FROM chosen c JOIN top t ON t.story_id = c.story_id JOIN stories s ON s.id = c.story_id
       ORDER BY c.published, c.id`,
    )
    .all(chosen.param, since ?? '', stories);
  return rows.map((r) => ({
    itemId: asItemId(r.item_id),
    published: r.published,
    storyId: r.story_id,
    storyTitle: r.story_title,
  }));
}
