// Sends a digest over SMTP with nodemailer. The server is the operator's own (from config),
// so no address policy applies; every expected failure is a result with an `alerts.` code.
// nodemailer loads on the first digest: it costs about 16 MB in every process that sends none.
import type { DigestMessage } from './render-digest.ts';

export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** True for implicit TLS (port 465); false upgrades with STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user?: string;
  readonly password?: string;
  readonly from: string;
  readonly to: readonly string[];
}

export interface SendDigestOptions {
  /** Connecting, the greeting, and each wait for the server. */
  readonly timeoutMs: number;
}

export type SmtpErrorCode =
  | 'alerts.smtp_auth'
  | 'alerts.smtp_connect'
  | 'alerts.smtp_timeout'
  | 'alerts.smtp_rejected'
  | 'alerts.smtp_failed';

export type SendDigestResult =
  | {
      readonly ok: true;
      readonly messageId: string;
      readonly accepted: readonly string[];
      readonly rejected: readonly string[];
    }
  | {
      readonly ok: false;
      readonly code: SmtpErrorCode;
      readonly message: string;
      /** The SMTP reply code, when the server gave one. */
      readonly responseCode?: number;
    };

// Nodemailer's error codes, by what they mean to whoever reads the alert's status.
const CODES: Readonly<Record<string, SmtpErrorCode>> = {
  EAUTH: 'alerts.smtp_auth',
  ENOAUTH: 'alerts.smtp_auth',
  ETIMEDOUT: 'alerts.smtp_timeout',
  ECONNECTION: 'alerts.smtp_connect',
  ESOCKET: 'alerts.smtp_connect',
  EDNS: 'alerts.smtp_connect',
  ETLS: 'alerts.smtp_connect',
  EENVELOPE: 'alerts.smtp_rejected',
  EMESSAGE: 'alerts.smtp_rejected',
};

function failureOf(err: unknown, smtp: SmtpSettings): SendDigestResult {
  const e = err as { code?: unknown; responseCode?: unknown; message?: unknown };
  // 530 (authentication required) comes back on MAIL FROM, so nodemailer calls it an envelope error.
  const isAuthReply = e.responseCode === 530 || e.responseCode === 534 || e.responseCode === 535;
  const code = isAuthReply
    ? 'alerts.smtp_auth'
    : (typeof e.code === 'string' && CODES[e.code]) || 'alerts.smtp_failed';
  const reason = typeof e.message === 'string' ? e.message : String(err);
  const message = `alerts: smtp ${smtp.host}:${smtp.port}: ${reason}`;
  return typeof e.responseCode === 'number'
    ? { ok: false, code, message, responseCode: e.responseCode }
    : { ok: false, code, message };
}

const addressOf = (a: string | { address: string }) => (typeof a === 'string' ? a : a.address);

/** Returns the outcome of sending the digest to every recipient; never throws for SMTP failures. */
export async function sendDigest(
  smtp: SmtpSettings,
  message: DigestMessage,
  options: SendDigestOptions,
): Promise<SendDigestResult> {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user !== undefined ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
    dnsTimeout: options.timeoutMs,
    // The message is built here from text; nothing in it may name a file or URL to read.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    const info = await transport.sendMail({
      from: smtp.from,
      to: [...smtp.to],
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    const accepted = info.accepted.map(addressOf);
    const rejected = info.rejected.map(addressOf);
    return { ok: true, messageId: info.messageId, accepted, rejected };
  } catch (err) {
    return failureOf(err, smtp);
  } finally {
    transport.close();
  }
}
