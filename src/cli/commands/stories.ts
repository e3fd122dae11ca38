// `newswatch stories` (with merge, split, rename, rebuild) and `newswatch story ID`: events
// as the clusterer grouped them, and the analyst's corrections.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { AppError, asStoryId, type StoryDetail, type StoryId, type StoryListing } from '../../model/index.ts';
import {
  mergeStories,
  rebuildStories,
  renameStory,
  splitStory,
  storyWithTimeline,
} from '../../pipeline/index.ts';
import { parseDateOption } from '../date-option.ts';
import { positiveInt } from '../number-option.ts';
import { plural, sparkline } from '../text-format.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

interface ListFlags extends DbFlags {
  readonly since?: string;
  readonly minItems: string;
  readonly limit: string;
  readonly json?: boolean;
}

interface DecisionFlags extends DbFlags {
  readonly by?: string;
  readonly why?: string;
}

const actorOf = (by: string | undefined) => by ?? `cli:${userInfo().username}`;

function storyIdOf(ref: string): StoryId {
  const m = /^#?(\d+)$/.exec(ref.trim());
  if (!m) throw new AppError('usage.bad_story', `'${ref}' is not a story id (see newswatch stories)`);
  return asStoryId(Number(m[1]));
}

function itemIdOf(ref: string): number {
  const m = /^#?(\d+)$/.exec(ref.trim());
  if (!m) throw new AppError('usage.bad_item', `'${ref}' is not an item id`);
  return Number(m[1]);
}

const span = (s: StoryListing) =>
  s.firstSeen.slice(0, 10) === s.lastSeen.slice(0, 10)
    ? s.firstSeen.slice(0, 10)
    : `${s.firstSeen.slice(0, 10)} to ${s.lastSeen.slice(0, 10)}`;

function listLine(s: StoryListing): string {
  return `#${s.id} ${s.headline} · ${plural(s.items, 'item')}, ${plural(s.outlets, 'outlet')} · ${span(s)}`;
}

/** Returns a story's page as text. */
export function formatStory(d: StoryDetail): string {
  const s = d.story;
  const lines = [
    `#${s.id} ${s.headline}`,
    `${s.items} items from ${s.outlets} independent outlets · ${span(s)}`,
  ];
  if (d.entities.length)
    lines.push(`Names:    ${d.entities.map((e) => `${e.name} (${e.items})`).join(', ')}`);
  if (d.themes.length) lines.push(`Themes:   ${d.themes.map((t) => `${t.label} (${t.items})`).join(', ')}`);
  if (d.perDay.length > 1)
    lines.push(
      `Per day:  ${sparkline(d.perDay.map((p) => p.count))} (${d.perDay[0]?.day} to ${d.perDay.at(-1)?.day})`,
    );
  lines.push('', 'Items, in time order:');
  for (const i of d.items) {
    const marks = [
      i.duplicateOf === null ? '' : ` (copy of #${i.duplicateOf})`,
      i.isForced ? ' [placed by analyst]' : '',
    ];
    lines.push(
      `  #${i.itemId} ${i.published.slice(0, 10)} ${i.source}: ${i.title ?? '(untitled)'}${marks.join('')}`,
      `    ${i.url ?? '(no link)'} · source sha256 ${i.sourceSha256.slice(0, 16)}…`,
    );
  }
  if (d.decisions.length)
    lines.push(
      '',
      'Decisions:',
      ...d.decisions.map((x) => `  ${x.at} ${x.actor}: ${x.kind} ${JSON.stringify(x.detail)}`),
    );
  return `${lines.join('\n')}\n`;
}

async function listCommand(flags: ListFlags): Promise<void> {
  const result = await withStore(flags, (store) =>
    store.listStories({
      limit: positiveInt('limit', flags.limit),
      minItems: positiveInt('min-items', flags.minItems),
      ...(flags.since ? { since: parseDateOption('since', flags.since, new Date()) } : {}),
    }),
  );
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const head = `${result.total} stor${result.total === 1 ? 'y' : 'ies'}${result.stories.length < result.total ? `, latest ${result.stories.length} shown` : ''}`;
  process.stdout.write(`${[head, ...result.stories.map(listLine)].join('\n')}\n`);
}

async function showCommand(ref: string, flags: DbFlags & { json?: boolean }): Promise<void> {
  const story = await withStore(flags, (store) => storyWithTimeline(store, storyIdOf(ref)));
  process.stdout.write(flags.json ? `${JSON.stringify(story, null, 2)}\n` : formatStory(story));
}

const decision = (flags: DecisionFlags) => ({
  actor: actorOf(flags.by),
  now: new Date(),
  ...(flags.why ? { why: flags.why } : {}),
});

const withDecisionOptions = (command: Command): Command =>
  withDbOption(command)
    .option('--by <name>', 'who decides (recorded)')
    .option('--why <text>', 'the reason (recorded)');

/** Adds `stories` (with merge, split, rename and rebuild) and `story` to program. */
export function registerStories(program: Command): void {
  const stories = withDbOption(
    program.command('stories').description('events: items grouped as they arrive, latest activity first'),
  )
    .option('--since <date>', 'only stories with items since (date or span: 7d)')
    .option('--min-items <n>', 'only stories of at least this many items', '1')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .action(listCommand);
  withDecisionOptions(
    stories
      .command('merge')
      .description('move every item of one story into another; they stay together')
      .argument('<into>', 'story id')
      .argument('<from>', 'story id'),
  ).action(async (into: string, from: string, flags: DecisionFlags) => {
    const id = await withStore(flags, (store) =>
      mergeStories(store, storyIdOf(into), storyIdOf(from), decision(flags)),
    );
    process.stdout.write(`merged story #${storyIdOf(from)} into #${id}\n`);
  });
  withDecisionOptions(
    stories
      .command('split')
      .description('move items out of their story into a new one')
      .argument('<items...>', 'item ids'),
  )
    .option('--label <name>', 'a name for the new story')
    .action(async (items: string[], flags: DecisionFlags & { label?: string }) => {
      const id = await withStore(flags, (store) =>
        splitStory(store, items.map(itemIdOf), {
          ...decision(flags),
          ...(flags.label ? { label: flags.label } : {}),
        }),
      );
      process.stdout.write(`moved ${items.length} item${items.length === 1 ? '' : 's'} into story #${id}\n`);
    });
  withDecisionOptions(
    stories.command('rename').description("set a story's name").argument('<story>').argument('<name>'),
  ).action(async (ref: string, name: string, flags: DecisionFlags) => {
    const id = await withStore(flags, (store) => renameStory(store, storyIdOf(ref), name, decision(flags)));
    process.stdout.write(`story #${id} is now "${name}"\n`);
  });
  withDbOption(
    stories
      .command('rebuild')
      .description("cluster every item again from the start, keeping analysts' decisions"),
  ).action(async (flags: DbFlags) => {
    const placed = await withStore(flags, (store) => rebuildStories(store, () => new Date()));
    process.stdout.write(`placed ${placed} items\n`);
  });
  withDbOption(
    program
      .command('story')
      .description('one story: its items in time order, names, themes, timeline')
      .argument('<id>'),
  )
    .option('--json', 'print JSON')
    .action(showCommand);
}
