// Who is asking, and what their role lets them do. Readers read; analysts also record
// decisions; admins manage feeds, users, keys and imports.
import type { Role } from '../../store/index.ts';

export interface Principal {
  /** How the request proved who it is. */
  readonly via: 'local' | 'session' | 'key';
  readonly name: string;
  readonly role: Role;
  readonly userId: number | null;
  readonly keyPrefix: string | null;
}

const RANK: Readonly<Record<Role, number>> = { reader: 1, analyst: 2, admin: 3 };

/** The built-in admin of a server bound to loopback, for requests from this machine. */
export const LOCAL_ADMIN: Principal = {
  via: 'local',
  name: 'local',
  role: 'admin',
  userId: null,
  keyPrefix: null,
};

/** Returns true when principal's role is at least role. */
export function hasRole(principal: Principal | null, role: Role): boolean {
  return principal !== null && RANK[principal.role] >= RANK[role];
}

/** Returns the audit log's name for principal: `user:NAME`, `key:PREFIX (NAME)` or `local`. */
export function actorOf(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  if (principal.via === 'local') return 'local';
  if (principal.via === 'key') return `key:${principal.keyPrefix} (${principal.name})`;
  return `user:${principal.name}`;
}
