// `newswatch entities`, `entity NAME`, `reanalyze`, and the analyst's merge/split/rename.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { nameKey } from '../../extract/index.ts';
import {
  AppError,
  asEntityId,
  ENTITY_TYPES,
  type EntityDetail,
  type EntityId,
  type EntityRecord,
  type EntityType,
} from '../../model/index.ts';
import { analyzePending } from '../../pipeline/index.ts';
import type { Store } from '../../store/index.ts';
import { loadItemAnalyzer, withAnalysisOptions, type AnalysisFlags } from '../analysis-setup.ts';
import { parseDateOption } from '../date-option.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';
import { plural } from '../text-format.ts';
import { formatEntityDetail } from './entity-text.ts';

interface ListFlags extends DbFlags {
  readonly type?: string;
  readonly since?: string;
  readonly limit: string;
  readonly json?: boolean;
}

const actorOf = (by: string | undefined) => by ?? `cli:${userInfo().username}`;

/** Returns the entity a name (any alias or spelling) or #id refers to. */
export async function findEntity(store: Store, ref: string): Promise<EntityId> {
  const byId = /^#?(\d+)$/.exec(ref.trim());
  const id = byId
    ? asEntityId(Number(byId[1]))
    : ((await store.entityByKey(nameKey(ref))) ?? (await store.entityBySpelling(ref.trim())));
  if (id === null || !(await store.getEntity(id)))
    throw new AppError('input.not_found', `entities: no entity named "${ref}"`);
  return id;
}

function listLine(e: EntityRecord): string {
  return `#${e.id} ${e.type.padEnd(4)} ${e.name} · ${plural(e.itemCount, 'item')}, ${plural(e.mentionCount, 'mention')} · ${e.firstSeen?.slice(0, 10) ?? '?'} to ${e.lastSeen?.slice(0, 10) ?? '?'}`;
}

async function listCommand(flags: ListFlags): Promise<void> {
  if (flags.type && !ENTITY_TYPES.includes(flags.type as EntityType)) {
    throw new AppError('usage.bad_type', `--type: '${flags.type}' is not one of ${ENTITY_TYPES.join(', ')}`);
  }
  const list = await withStore(flags, (store) =>
    store.listEntities({
      limit: Number(flags.limit),
      ...(flags.type ? { type: flags.type as EntityType } : {}),
      ...(flags.since ? { since: parseDateOption('since', flags.since, new Date()) } : {}),
    }),
  );
  process.stdout.write(
    flags.json ? `${JSON.stringify(list, null, 2)}\n` : `${list.map(listLine).join('\n')}\n`,
  );
}

async function showCommand(name: string, flags: DbFlags & { json?: boolean }): Promise<void> {
  const detail = (await withStore(flags, async (store) =>
    store.getEntity(await findEntity(store, name)),
  )) as EntityDetail;
  process.stdout.write(flags.json ? `${JSON.stringify(detail, null, 2)}\n` : formatEntityDetail(detail));
}

async function reanalyzeCommand(flags: DbFlags & AnalysisFlags): Promise<void> {
  const analyze = await loadItemAnalyzer(flags);
  const done = await withStore(flags, async (store) => {
    await store.resetAnalysis();
    return analyzePending(
      store,
      analyze,
      () => new Date(),
      (n) => process.stderr.isTTY && process.stderr.write(`\ranalysed ${n} items`),
    );
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  process.stdout.write(`analysed ${done} items\n`);
}

/** Adds `entities` (with merge/split/rename), `entity` and `reanalyze` to program. */
export function registerEntities(program: Command): void {
  const entities = withDbOption(
    program.command('entities').description('the people, organisations, places and laws the archive names'),
  )
    .option('--type <type>', `only ${ENTITY_TYPES.join(', ')}`)
    .option('--since <date>', 'only mentions in items published since')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .action(listCommand);
  withDbOption(
    entities
      .command('merge')
      .description('merge an entity into another (names or #ids)')
      .argument('<from>')
      .argument('<into>'),
  )
    .option('--by <name>', 'who decides (recorded)')
    .action(async (from: string, into: string, flags: DbFlags & { by?: string }) => {
      await withStore(flags, async (store) =>
        store.mergeEntities(
          await findEntity(store, from),
          await findEntity(store, into),
          actorOf(flags.by),
          new Date().toISOString(),
        ),
      );
      process.stdout.write(`merged "${from}" into "${into}"\n`);
    });
  withDbOption(
    entities
      .command('split')
      .description('move some spellings of an entity into an entity of their own')
      .argument('<entity>'),
  )
    .requiredOption('--spelling <text...>', 'the spellings that name the other entity')
    .requiredOption('--name <name>', "the new entity's name")
    .option('--by <name>', 'who decides (recorded)')
    .action(async (ref: string, flags: DbFlags & { spelling: string[]; name: string; by?: string }) => {
      const id = await withStore(flags, async (store) =>
        store.splitEntity(
          {
            entityId: await findEntity(store, ref),
            newName: flags.name,
            newKey: nameKey(flags.name),
            spellings: flags.spelling.map((text) => ({ text, key: nameKey(text) })),
          },
          actorOf(flags.by),
          new Date().toISOString(),
        ),
      );
      process.stdout.write(`split "${flags.spelling.join('", "')}" into #${id} ${flags.name}\n`);
    });
  withDbOption(
    entities
      .command('rename')
      .description("change an entity's display name")
      .argument('<entity>')
      .argument('<name>'),
  )
    .option('--by <name>', 'who decides (recorded)')
    .action(async (ref: string, name: string, flags: DbFlags & { by?: string }) => {
      await withStore(flags, async (store) =>
        store.renameEntity(await findEntity(store, ref), name, actorOf(flags.by), new Date().toISOString()),
      );
      process.stdout.write(`renamed to "${name}"\n`);
    });
  withDbOption(
    program
      .command('entity')
      .description('an entity: aliases, mentions over time, evidence, co-occurring entities')
      .argument('<name>', 'any name it goes by, or #id'),
  )
    .option('--json', 'print JSON')
    .action(showCommand);
  withAnalysisOptions(
    withDbOption(
      program
        .command('reanalyze')
        .description('analyse every stored item again (after a model or alias change)'),
    ),
  ).action(reanalyzeCommand);
}
