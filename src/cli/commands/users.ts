// `newswatch users add|list|remove|role`: the people who may sign in to the server, with their role.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { changeRole, createUser, removeUser } from '../../api/index.ts';
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

function roleOf(value: string, what: string): Role {
  if (!ROLES.includes(value as Role)) {
    throw new AppError('usage.bad_role', `${what}: '${value}' is not admin, analyst or reader`);
  }
  return value as Role;
}

async function addCommand(name: string, flags: AddFlags): Promise<void> {
  const role = roleOf(flags.role, '--role');
  const password = flags.passwordStdin ? await readPassword() : null;
  const user = await withStore(flags, async (store) => {
    const created = await createUser(store, { name, role, password }, new Date());
    await auditCli(store, 'users add', `user:${name}`, { role: created.role });
    return created;
  });
  process.stdout.write(
    `added user ${user.name} (${user.role})${password === null ? '; no password: create an API key with `newswatch keys create --user NAME`' : ''}\n`,
  );
}

async function removeCommand(name: string, flags: DbFlags): Promise<void> {
  const user = await withStore(flags, async (store) => {
    const removed = await removeUser(store, name, new Date());
    await auditCli(store, 'users remove', `user:${name}`);
    return removed;
  });
  process.stdout.write(
    `removed user ${user.name}: keys revoked, sessions ended; the audit log keeps the name\n`,
  );
}

async function roleCommand(name: string, value: string, flags: DbFlags): Promise<void> {
  const role = roleOf(value, 'role');
  await withStore(flags, async (store) => {
    const before = await store.getUserByName(name);
    await changeRole(store, name, role);
    await auditCli(store, 'users role', `user:${name}`, { role, previousRole: before?.role ?? null });
  });
  process.stdout.write(`${name} is now ${role}\n`);
}

/** Adds `users` and its subcommands to program. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('who may use the server, and with which role');
  withDbOption(users.command('add').description('add a user').argument('<name>'))
    .requiredOption('--role <role>', 'admin, analyst or reader')
    .option('--password-stdin', 'read the password from the first line of stdin (for the web UI)')
    .action(addCommand);
  withDbOption(
    users
      .command('remove')
      .description('remove a user: their keys are revoked and sessions ended; the audit log keeps the name')
      .argument('<name>'),
  ).action(removeCommand);
  withDbOption(
    users
      .command('role')
      .description("change a user's role")
      .argument('<name>')
      .argument('<role>', 'admin, analyst or reader'),
  ).action(roleCommand);
  withDbOption(users.command('list').description('list users (removed ones too)'))
    .option('--json', 'print JSON')
    .action(async (flags: DbFlags & { json?: boolean }) => {
      const list = await withStore(flags, (store) => store.listUsers());
      const line = (u: (typeof list)[number]) =>
        `${u.name}\t${u.role}\t${u.hasPassword ? 'password' : 'keys only'}\t${u.disabledAt ? `removed ${u.disabledAt}` : 'active'}\tsince ${u.createdAt}`;
      process.stdout.write(
        flags.json
          ? `${JSON.stringify(list, null, 2)}\n`
          : list.map(line).join('\n') + (list.length ? '\n' : 'no users\n'),
      );
    });
}
