// Entities as the API and the UI show them: a page at a time, one found by any name it goes
// by, and analysts' merges, splits and renames, recorded under the audit log's name for them.
import { nameKey } from '../../extract/index.ts';
import {
  AppError,
  asEntityId,
  type EntityDetail,
  type EntityId,
  type EntityRecord,
  type EntityType,
} from '../../model/index.ts';
import { actorOf, type Principal } from '../auth/principal.ts';
import { encodeCursor, numericCursor, scopeOf } from '../pagination.ts';
import { timelineMilestones, type TimelineMilestone } from '../../pipeline/index.ts';
import type { ServiceDeps } from './deps.ts';

/** An entity's page of evidence, with where the largest stories naming it began on its timeline. */
export type EntityView = EntityDetail & { readonly milestones: readonly TimelineMilestone[] };

export interface EntityListParams {
  readonly type?: EntityType | undefined;
  readonly since?: string | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface EntityPage {
  readonly entities: readonly EntityRecord[];
  readonly nextCursor: string | null;
}

export interface EntitySplitInput {
  /** The spellings (as the entity's page lists them) that name the other entity. */
  readonly spellings: readonly string[];
  readonly name: string;
}

/** Returns a page of entities, most widely named first; the cursor carries the offset. */
export async function entityPage(deps: ServiceDeps, params: EntityListParams): Promise<EntityPage> {
  const scope = scopeOf(['entities', params.type, params.since]);
  const offset = numericCursor(params.cursor, scope) ?? 0;
  const rows = await deps.store.listEntities({
    limit: offset + params.limit + 1,
    ...(params.type ? { type: params.type } : {}),
    ...(params.since ? { since: params.since } : {}),
  });
  const entities = rows.slice(offset, offset + params.limit);
  const hasMore = rows.length > offset + params.limit;
  return { entities, nextCursor: hasMore ? encodeCursor(offset + params.limit, scope) : null };
}

/** Returns an entity's page (evidence since a date, if given); throws input.not_found. */
export async function entityDetail(deps: ServiceDeps, id: EntityId, since?: string): Promise<EntityView> {
  const detail = await deps.store.getEntity(id, since);
  if (!detail) throw new AppError('input.not_found', `entities: no entity #${id}`, { entityId: id });
  // Over all time, as perDay is: the markers belong on the chart that series draws.
  return { ...detail, milestones: await timelineMilestones(deps.store, { entityId: id }) };
}

/** Returns the entity a name (any alias or spelling) or #id refers to; throws input.not_found. */
export async function findEntity(deps: ServiceDeps, ref: string): Promise<EntityId> {
  const text = ref.trim();
  const byId = /^#?(\d+)$/.exec(text);
  const id = byId
    ? asEntityId(Number(byId[1]))
    : ((await deps.store.entityByKey(nameKey(text))) ?? (await deps.store.entityBySpelling(text)));
  if (id === null || !(await deps.store.getEntity(id)))
    throw new AppError('input.not_found', `entities: no entity named "${text}"`);
  return id;
}

/** Returns the entity d was merged into, or null while it stands on its own. */
export function mergedInto(d: EntityDetail): EntityId | null {
  return d.decisions.find((x) => x.kind === 'merge' && x.entityId === d.entity.id)?.otherId ?? null;
}

async function standingEntity(deps: ServiceDeps, id: EntityId): Promise<EntityView> {
  const detail = await entityDetail(deps, id);
  const other = mergedInto(detail);
  if (other !== null)
    throw new AppError(
      'input.bad_merge',
      `entities: #${id} was merged into #${other}; decide about that one`,
    );
  return detail;
}

/** Merges entity from into entity into; returns into as it is now. */
export async function mergeEntitiesBy(
  deps: ServiceDeps,
  into: EntityId,
  from: EntityId,
  principal: Principal | null,
): Promise<EntityView> {
  if (into === from) throw new AppError('input.bad_merge', 'entities: cannot merge an entity into itself');
  await standingEntity(deps, into);
  await standingEntity(deps, from);
  await deps.store.mergeEntities(from, into, actorOf(principal), deps.now().toISOString());
  return entityDetail(deps, into);
}

/** Moves the mentions written as some spellings into a new entity; returns it. */
export async function splitEntityBy(
  deps: ServiceDeps,
  id: EntityId,
  input: EntitySplitInput,
  principal: Principal | null,
): Promise<EntityView> {
  const current = await standingEntity(deps, id);
  const known = new Set(current.spellings.map((s) => s.text));
  const unknown = input.spellings.filter((s) => !known.has(s));
  if (unknown.length)
    throw new AppError(
      'input.bad_split',
      `entities: #${id} is never written "${unknown.join('", "')}" (its spellings: ${[...known].join(', ')})`,
    );
  const name = input.name.trim();
  if (!nameKey(name)) throw new AppError('input.bad_split', 'entities: the new name is empty');
  const split = {
    entityId: id,
    newName: name,
    newKey: nameKey(name),
    spellings: [...new Set(input.spellings)].map((text) => ({ text, key: nameKey(text) })),
  };
  return entityDetail(
    deps,
    await deps.store.splitEntity(split, actorOf(principal), deps.now().toISOString()),
  );
}

/** Changes an entity's display name; returns it. */
export async function renameEntityBy(
  deps: ServiceDeps,
  id: EntityId,
  name: string,
  principal: Principal | null,
): Promise<EntityView> {
  if (!name.trim()) throw new AppError('input.invalid', 'entities: the new name is empty');
  await standingEntity(deps, id);
  await deps.store.renameEntity(id, name.trim(), actorOf(principal), deps.now().toISOString());
  return entityDetail(deps, id);
}
