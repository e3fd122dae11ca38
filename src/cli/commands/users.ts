// `newswatch users add|list`: the people who may sign in to the server, with their role.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { createUser } from '../../api/index.ts';
import { AppError } from '../../model/index.ts';
import type { Role, Store } from '../../store/index.ts';
import { withDbOption, withStore, type DbFlags } from '../store-option.ts';

const ROLES: readonly Role[] = ['admin', 'analyst', 'reader'];

interface AddFlags extends DbFlags {
  readonly role: string;
  readonly passwordStdin?: boolean;
}

/** Returns who ran the command, for the audit log. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

/** Records a write made from the command line in the audit log. */
export async function auditCli(
  store: Store,
  action: string,
  target: string,
  details: Record<string, unknown> = {},
) {
  await store.appendAudit({ at: new Date().toISOString(), actor: cliActor(), action, target, details });
}

async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function addCommand(name: string, flags: AddFlags): Promise<void> {
  if (!ROLES.includes(flags.role as Role)) {
    throw new AppError('usage.bad_role', `--role: '${flags.role}' is not admin, analyst or reader`);
  }
  const password = flags.passwordStdin ? await readPassword() : null;
  const user = await withStore(flags, async (store) => {
    const created = await createUser(store, { name, role: flags.role as Role, password }, new Date());
    await auditCli(store, 'users add', `user:${name}`, { role: created.role });
    return created;
  });
  process.stdout.write(
    `added user ${user.name} (${user.role})${password === null ? '; no password: create an API key with `newswatch keys create --user NAME`' : ''}\n`,
  );
}

/** Adds `users` and its subcommands to program. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('who may use the server, and with which role');
  withDbOption(users.command('add').description('add a user').argument('<name>'))
    .requiredOption('--role <role>', 'admin, analyst or reader')
    .option('--password-stdin', 'read the password from the first line of stdin (for the web UI)')
    .action(addCommand);
  withDbOption(users.command('list').description('list users'))
    .option('--json', 'print JSON')
    .action(async (flags: DbFlags & { json?: boolean }) => {
      const list = await withStore(flags, (store) => store.listUsers());
      const line = (u: (typeof list)[number]) =>
        `${u.name}\t${u.role}\t${u.hasPassword ? 'password' : 'keys only'}\t${u.disabledAt ? 'disabled' : 'active'}\tsince ${u.createdAt}`;
      process.stdout.write(
        flags.json
          ? `${JSON.stringify(list, null, 2)}\n`
          : list.map(line).join('\n') + (list.length ? '\n' : 'no users\n'),
      );
    });
}
