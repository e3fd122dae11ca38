// The Hono environment every route shares: what the auth middleware found.
import type { Principal } from './auth/principal.ts';

export interface AppVariables {
  /** Null when the request carries no valid credentials. */
  principal: Principal | null;
  /** The CSRF token pages embed in their forms (the session's, or the local admin's). */
  csrfToken: string | null;
  /** What a write acted on, for the audit log (defaults to the path). */
  auditTarget: string | null;
  auditDetails: Record<string, unknown>;
}

export interface AppEnv {
  Variables: AppVariables;
}
