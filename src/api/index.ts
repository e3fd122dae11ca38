// api/: the HTTP server. A Hono app whose zod schemas validate requests and generate the
// OpenAPI document; auth (loopback admin, API keys, cookie sessions with CSRF), the audit log,
// and the web UI mounted beside the API. startServer runs it with the poller.
export { createApp, type AppDeps } from './app.ts';
export { startServer, DEFAULT_PORT, type ServerOptions, type RunningServer } from './server.ts';
export type { AppEnv, AppVariables } from './env.ts';
export type { ServerKit, Limits } from './kit.ts';
export { DEFAULT_LIMITS } from './kit.ts';
export type { Principal } from './auth/principal.ts';
export { hasRole, LOCAL_ADMIN } from './auth/principal.ts';
export { requireRole } from './auth/guards.ts';
export { isLoopbackHost, isLoopbackAddress } from './auth/loopback.ts';
export { generateApiKey, parseApiKey, hashKeySecret } from './auth/api-keys.ts';
export { hashPassword, verifyPassword } from './auth/passwords.ts';
export {
  changeRole,
  createUser,
  createKey,
  removeUser,
  revokeKey,
  MIN_PASSWORD_LENGTH,
} from './services/index.ts';
export type { SearchPage, SearchParams, Overview, CreatedKey } from './services/index.ts';
export { ImportJobs, type ImportJob, type UploadedFile } from './jobs.ts';
export { ScreeningJobs, type ScreeningJob } from './screening-jobs.ts';
export type { AlertSettings, AlertView, WatchlistUpload } from './services/index.ts';
export { Poller, summariseRound, type PollSummary } from './poller.ts';
export { statusFor } from './errors.ts';
export { CONTENT_SECURITY_POLICY } from './security-headers.ts';
export { OPENAPI_PATH } from './routes/index.ts';
