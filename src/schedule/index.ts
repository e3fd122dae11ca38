// schedule/: the polling policy. Pure.
export {
  adaptiveInterval,
  DEFAULT_POLICY,
  isFullFetchDue,
  nextFetchAt,
  trackRedirect,
  type PollPolicy,
  type RedirectState,
} from './poll-policy.ts';
