// Where alerts go out: the SMTP server from $NEWSWATCH_SMTP_URL (smtp:// or smtps://, with
// user:password@ if it needs them) and $NEWSWATCH_SMTP_FROM.
import type { SmtpSettings } from '../alerts/index.ts';
import { AppError } from '../model/index.ts';

/** Returns the SMTP settings the environment gives, or null when none are set. */
export function smtpFromEnv(): Omit<SmtpSettings, 'to'> | null {
  const raw = process.env['NEWSWATCH_SMTP_URL'];
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('usage.bad_smtp', 'NEWSWATCH_SMTP_URL: not a URL (use smtp://user:password@host:587)');
  }
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    ...(url.username
      ? { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
      : {}),
    from: process.env['NEWSWATCH_SMTP_FROM'] ?? `newswatch@${url.hostname}`,
  };
}
