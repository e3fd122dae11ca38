// /api/stories: events as the clusterer grouped them, one story in full with its timeline, and
// analysts' merges, splits and renames (recorded with who, when and why, and audit-logged).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { asStoryId } from '../../model/index.ts';
import type { AppEnv } from '../env.ts';
import { asJson } from '../json.ts';
import type { ServerKit } from '../kit.ts';
import { AUTH_ERRORS, BAD_REQUEST, IdParams, NOT_FOUND, SECURED, jsonOf } from '../schemas/common.ts';
import {
  GrowingQuery,
  GrowingStories,
  MergeStoryBody,
  RebuildResult,
  RenameStoryBody,
  SplitStoryBody,
  StoryDetailSchema,
  StoryListQuery,
  StoryPage,
} from '../schemas/stories.ts';

const tags = ['stories'];
const bodyOf = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

/** Adds the story routes to app. */
export function registerStoryRoutes(app: OpenAPIHono<AppEnv>, kit: ServerKit): void {
  const stories = kit.services.analysis;
  const reader = { tags, security: SECURED, middleware: [kit.requireRole('reader')] };
  const analyst = { tags, security: SECURED, middleware: [kit.requireRole('analyst')] };

  const list = createRoute({
    ...reader,
    method: 'get',
    path: '/api/stories',
    summary: 'Stories, latest activity first',
    request: { query: StoryListQuery },
    responses: { 200: jsonOf(StoryPage, 'a page of stories'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(list, async (c) => c.json(asJson(await stories.storyPage(c.req.valid('query'))), 200));

  const growing = createRoute({
    ...reader,
    method: 'get',
    path: '/api/stories/growing',
    summary: 'The stories with the most items in the last days',
    request: { query: GrowingQuery },
    responses: { 200: jsonOf(GrowingStories, 'growing stories, most first'), ...BAD_REQUEST, ...AUTH_ERRORS },
  });
  app.openapi(growing, async (c) => {
    const q = c.req.valid('query');
    return c.json(asJson(await stories.growingStories(q.limit, q.days)), 200);
  });

  const get = createRoute({
    ...reader,
    method: 'get',
    path: '/api/stories/{id}',
    summary: 'A story: items in time order, names, themes, items per day, decisions',
    request: { params: IdParams },
    responses: { 200: jsonOf(StoryDetailSchema, 'the story'), ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(get, async (c) => c.json(asJson(await stories.story(asStoryId(c.req.valid('param').id))), 200));

  const merge = createRoute({
    ...analyst,
    method: 'post',
    path: '/api/stories/{id}/merge',
    summary: 'Move every item of another story into this one; they stay together (analyst)',
    request: { params: IdParams, body: bodyOf(MergeStoryBody) },
    responses: {
      200: jsonOf(StoryDetailSchema, 'the story with both'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(merge, async (c) => {
    const body = c.req.valid('json');
    const by = { principal: c.get('principal'), why: body.why };
    const detail = await stories.mergeStories(asStoryId(c.req.valid('param').id), asStoryId(body.from), by);
    c.set('auditTarget', `story:${detail.story.id}`);
    c.set('auditDetails', { from: body.from });
    return c.json(asJson(detail), 200);
  });

  const split = createRoute({
    ...analyst,
    method: 'post',
    path: '/api/stories/split',
    summary: 'Move items out of their stories into a new one (analyst)',
    request: { body: bodyOf(SplitStoryBody) },
    responses: {
      201: jsonOf(StoryDetailSchema, 'the new story'),
      ...BAD_REQUEST,
      ...AUTH_ERRORS,
      ...NOT_FOUND,
    },
  });
  app.openapi(split, async (c) => {
    const body = c.req.valid('json');
    const by = { principal: c.get('principal'), why: body.why };
    const detail = await stories.splitStory(body.items, body.label, by);
    c.set('auditTarget', `story:${detail.story.id}`);
    c.set('auditDetails', { items: body.items });
    return c.json(asJson(detail), 201);
  });

  const rename = createRoute({
    ...analyst,
    method: 'post',
    path: '/api/stories/{id}/rename',
    summary: 'Name a story; its items stay together (analyst)',
    request: { params: IdParams, body: bodyOf(RenameStoryBody) },
    responses: { 200: jsonOf(StoryDetailSchema, 'the story'), ...BAD_REQUEST, ...AUTH_ERRORS, ...NOT_FOUND },
  });
  app.openapi(rename, async (c) => {
    const body = c.req.valid('json');
    const by = { principal: c.get('principal'), why: body.why };
    const detail = await stories.renameStory(asStoryId(c.req.valid('param').id), body.label, by);
    c.set('auditTarget', `story:${detail.story.id}`);
    c.set('auditDetails', { label: body.label });
    return c.json(asJson(detail), 200);
  });

  const rebuild = createRoute({
    tags,
    security: SECURED,
    middleware: [kit.requireRole('admin')],
    method: 'post',
    path: '/api/stories/rebuild',
    summary: "Cluster every item again from the start, keeping analysts' decisions (admin)",
    responses: { 200: jsonOf(RebuildResult, 'how many items were placed anew'), ...AUTH_ERRORS },
  });
  app.openapi(rebuild, async (c) => {
    const placed = await stories.rebuildStories();
    c.set('auditDetails', { placed });
    return c.json({ placed }, 200);
  });
}
