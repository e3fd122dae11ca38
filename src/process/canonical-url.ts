// One URL per article: tracking parameters and fragments removed, host lower-cased, default
// port dropped, remaining query parameters in a stable order.

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'igshid',
  'icid',
  'cmpid',
  'cmp',
  'ito',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'wt_mc',
  'wt.mc_id',
  'smid',
  'sref',
  'ocid',
  'rss',
  'feature',
  'xtor',
  'spm',
  'share',
  'ref_src',
  'ref_url',
  'src',
  'mbid',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('utm_') ||
    lower.startsWith('pk_') ||
    lower.startsWith('mtm_') ||
    TRACKING_PARAMS.has(lower)
  );
}

/** Returns the canonical form of an http(s) URL, or null when url is not one. */
export function canonicalUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return parsed.href;
}
