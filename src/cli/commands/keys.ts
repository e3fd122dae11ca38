// `newswatch keys create|list|revoke`: API keys for scripts. A key is printed once and stored
// only as a hash; its prefix names it afterwards.
import type { Command } from 'commander';
import { createKey, revokeKey } from '../../api/index.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';
import { auditCli } from './users.ts';

interface CreateFlags extends DbFlags {
  readonly user: string;
  readonly label?: string;
}

/** Adds `keys` and its subcommands to program. */
export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('API keys (Authorization: Bearer KEY)');
  withDbOption(keys.command('create').description('create a key for a user; it is shown once'))
    .requiredOption('--user <name>', 'the user the key acts as')
    .option('--label <label>', 'what the key is for')
    .action(async (flags: CreateFlags) => {
      const created = await withStore(flags, async (store) => {
        const key = await createKey(store, { userName: flags.user, label: flags.label ?? null }, new Date());
        await auditCli(store, 'keys create', `key:${key.record.prefix}`, {
          user: flags.user,
          label: flags.label ?? null,
        });
        return key;
      });
      process.stdout.write(`${created.key}\n`);
      process.stderr.write(
        `key ${created.record.prefix} for ${flags.user}: shown once, store it now (revoke with: newswatch keys revoke ${created.record.prefix})\n`,
      );
    });
  withDbOption(keys.command('list').description('list keys (never their secrets)')).action(
    async (flags: DbFlags) => {
      const list = await withStore(flags, (store) => store.listApiKeys());
      const line = (k: (typeof list)[number]) =>
        `${k.prefix}\t${k.userName}\t${k.label ?? ''}\t${k.revokedAt ? `revoked ${k.revokedAt}` : `last used ${k.lastUsedAt ?? 'never'}`}`;
      process.stdout.write(list.map(line).join('\n') + (list.length ? '\n' : 'no keys\n'));
    },
  );
  withDbOption(keys.command('revoke').description('revoke a key').argument('<prefix>')).action(
    async (prefix: string, flags: DbFlags) => {
      await withStore(flags, async (store) => {
        await revokeKey(store, prefix, new Date());
        await auditCli(store, 'keys revoke', `key:${prefix}`);
      });
      process.stdout.write(`key ${prefix} revoked\n`);
    },
  );
}
