// Users and API keys, shared by the API and the CLI. Secrets are hashed here and shown once.
import { AppError } from '../../model/index.ts';
import type { ApiKeyRecord, Role, Store, UserRecord } from '../../store/index.ts';
import { generateApiKey } from '../auth/api-keys.ts';
import { hashPassword } from '../auth/passwords.ts';

export const MIN_PASSWORD_LENGTH = 10;
const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

export interface CreatedKey {
  /** The whole key: shown once, never stored. */
  readonly key: string;
  readonly record: ApiKeyRecord;
}

/** Adds a user (with a password, or none for key-only users); returns it. */
export async function createUser(
  store: Store,
  input: { name: string; role: Role; password: string | null },
  now: Date,
): Promise<UserRecord> {
  if (!USER_NAME.test(input.name)) {
    throw new AppError(
      'input.bad_name',
      `users: '${input.name}' is not a user name (letters, digits, . _ @ -)`,
    );
  }
  if (input.password !== null && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError(
      'input.weak_password',
      `users: a password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  return store.addUser({ name: input.name, role: input.role, passwordHash }, now.toISOString());
}

/** Creates an API key for the user named userName; returns it with the key shown once. */
export async function createKey(
  store: Store,
  input: { userName: string; label: string | null },
  now: Date,
): Promise<CreatedKey> {
  const user = await store.getUserByName(input.userName);
  if (!user) throw new AppError('input.not_found', `keys: no user named ${input.userName}`);
  const secret = generateApiKey();
  const record = await store.addApiKey(
    { userId: user.id, prefix: secret.prefix, keyHash: secret.hash, label: input.label },
    now.toISOString(),
  );
  return { key: secret.key, record };
}

/** Revokes the key with this prefix; throws input.not_found when there is no live one. */
export async function revokeKey(store: Store, prefix: string, now: Date): Promise<void> {
  if (!(await store.revokeApiKey(prefix, now.toISOString()))) {
    throw new AppError('input.not_found', `keys: no live key with prefix ${prefix}`);
  }
}

/** Removes the live user named name (keys revoked, sessions ended); returns them as they are now. */
export async function removeUser(store: Store, name: string, now: Date): Promise<UserRecord> {
  const user = await store.removeUser(name, now.toISOString());
  if (!user) throw new AppError('input.not_found', `users: no user named ${name}`);
  return user;
}

/** Gives the live user named name a role; returns them. */
export async function changeRole(store: Store, name: string, role: Role): Promise<UserRecord> {
  const user = await store.setUserRole(name, role);
  if (!user) throw new AppError('input.not_found', `users: no user named ${name}`);
  return user;
}
