// What analysis found in one item, as `newswatch show` prints it: the story that holds it (with
// its headline), the names it mentions, its themes with the words that triggered each, and the
// figures it cites. The same store reads the server's item route makes.
import type { Figure, ItemId, StoryId, ThemeMatch } from '../model/index.ts';
import type { ItemEntity, Store } from '../store/index.ts';

export interface ItemFindings {
  /** The story that holds the item, with its headline (the analyst's name, else its first title). */
  readonly story: { readonly id: StoryId; readonly title: string } | null;
  readonly entities: readonly ItemEntity[];
  readonly themes: readonly ThemeMatch[];
  readonly figures: readonly Figure[];
}

/** Returns what analysis found in an item (empty lists and no story for one not analysed yet). */
export async function readItemFindings(store: Store, id: ItemId): Promise<ItemFindings> {
  const [storyId, entities, themes, figures] = await Promise.all([
    store.storyOfItem(id),
    store.itemEntities(id),
    store.itemThemes(id),
    store.itemFigures(id),
  ]);
  const story = storyId === null ? null : await store.getStory(storyId);
  return {
    story: story ? { id: story.story.id, title: story.story.headline } : null,
    entities,
    themes,
    figures,
  };
}
