// /api/entities: the people, organisations, places and laws the archive names; an entity's
// page of evidence; analysts' merges, splits and renames (recorded with who and when, and
// audit-logged).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { asEntityId } from '../../model/index.ts';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, BAD_REQUEST, IdParams, NOT_FOUND, SECURED, jsonOf } from '../schemas/common.ts';
import {
  EntityDetailSchema,
  EntityListQuery,
  EntityLookupQuery,
  EntityPage,
  EntityQuery,
  MergeEntityBody,
  RenameEntityBody,
  SplitEntityBody,
} from '../schemas/entities.ts';

const tags = ['entities'];
const bodyOf = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

/** Adds the entity routes to app. */
export function registerEntityRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const entities = kit.services.analysis;
  const reader = { tags, security: SECURED, middleware: [kit.requireRole('reader')] };
  const analyst = { tags, security: SECURED, middleware: [kit.requireRole('analyst')] };
  const detailResponses = { ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND };

  const list = createRoute({
    ...reader,
    method: 'get',
    path: '/api/entities',
    summary: 'Entities, most widely named first',
    request: { query: EntityListQuery },
    responses: { 200: jsonOf(EntityPage, 'a page of entities'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(list, async (c) => c.json(asJson(await entities.entityPage(c.req.valid('query'))), 200));

  // Before /api/entities/{id}, which would take "lookup" for an id.
  const lookup = createRoute({
    ...reader,
    method: 'get',
    path: '/api/entities/lookup',
    summary: 'The entity any name, alias or spelling refers to',
    request: { query: EntityLookupQuery },
    responses: { 200: jsonOf(EntityDetailSchema, 'the entity'), ...detailResponses },
  });
  app.openapi(lookup, async (c) => {
    const q = c.req.valid('query');
    return c.json(asJson(await entities.entity(await entities.findEntity(q.name), q.since)), 200);
  });

  const get = createRoute({
    ...reader,
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'An entity: spellings, aliases, mentions per day, evidence, co-occurring names, decisions',
    request: { params: IdParams, query: EntityQuery },
    responses: { 200: jsonOf(EntityDetailSchema, 'the entity'), ...detailResponses },
  });
  app.openapi(get, async (c) => {
    const { since } = c.req.valid('query');
    return c.json(asJson(await entities.entity(asEntityId(c.req.valid('param').id), since)), 200);
  });

  const merge = createRoute({
    ...analyst,
    method: 'post',
    path: '/api/entities/{id}/merge',
    summary: 'Merge another entity into this one; its names become aliases (analyst)',
    request: { params: IdParams, body: bodyOf(MergeEntityBody) },
    responses: { 200: jsonOf(EntityDetailSchema, 'the entity with both'), ...detailResponses },
  });
  app.openapi(merge, async (c) => {
    const { id } = c.req.valid('param');
    const { from } = c.req.valid('json');
    const detail = await entities.mergeEntities(asEntityId(id), asEntityId(from), c.get('principal'));
    c.set('auditTarget', `entity:${id}`);
    c.set('auditDetails', { from });
    return c.json(asJson(detail), 200);
  });

  const split = createRoute({
    ...analyst,
    method: 'post',
    path: '/api/entities/{id}/split',
    summary: 'Move some spellings of an entity into an entity of their own (analyst)',
    request: { params: IdParams, body: bodyOf(SplitEntityBody) },
    responses: { 201: jsonOf(EntityDetailSchema, 'the new entity'), ...detailResponses },
  });
  app.openapi(split, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const detail = await entities.splitEntity(asEntityId(id), body, c.get('principal'));
    c.set('auditTarget', `entity:${id}`);
    c.set('auditDetails', { spellings: body.spellings, into: detail.entity.id });
    return c.json(asJson(detail), 201);
  });

  const rename = createRoute({
    ...analyst,
    method: 'post',
    path: '/api/entities/{id}/rename',
    summary: "Change an entity's display name (analyst)",
    request: { params: IdParams, body: bodyOf(RenameEntityBody) },
    responses: { 200: jsonOf(EntityDetailSchema, 'the entity'), ...detailResponses },
  });
  app.openapi(rename, async (c) => {
    const { id } = c.req.valid('param');
    const { name } = c.req.valid('json');
    const detail = await entities.renameEntity(asEntityId(id), name, c.get('principal'));
    c.set('auditTarget', `entity:${id}`);
    c.set('auditDetails', { name });
    return c.json(asJson(detail), 200);
  });
}
