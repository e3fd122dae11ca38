// alerts/: delivering what the monitors found, once per item: signed webhooks with retries,
// an Atom feed per saved search, and e-mail digests over SMTP. The renderers are pure; only
// deliverWebhook and sendDigest do I/O, and they return results rather than throw.
export type { AlertItem, AlertBatch, AlertMatch } from './alert-types.ts';
export {
  deliverWebhook,
  WEBHOOK_USER_AGENT,
  type WebhookTarget,
  type WebhookOptions,
  type WebhookResult,
} from './deliver-webhook.ts';
export type { WebhookErrorCode } from './webhook-errors.ts';
export {
  buildWebhookBody,
  WEBHOOK_BODY_VERSION,
  type WebhookBody,
  type WebhookItem,
} from './webhook-body.ts';
export {
  signWebhook,
  verifySignature,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  DEFAULT_TOLERANCE_SECONDS,
  type HeaderSource,
  type SignatureCheck,
} from './webhook-signature.ts';
export { renderAlertFeed, alertEntryId, type AlertFeedInfo } from './alert-feed.ts';
export { renderDigest, formatDigestDate, type DigestMessage, type DigestOptions } from './render-digest.ts';
export {
  sendDigest,
  type SmtpSettings,
  type SendDigestOptions,
  type SendDigestResult,
  type SmtpErrorCode,
} from './send-digest.ts';
