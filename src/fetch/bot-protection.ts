// Recognises the pages bot-protection services answer with instead of the content, so a
// blocked feed is reported as blocked rather than as a plain 403 or 503.
type Headers = Readonly<Record<string, string>>;

interface Vendor {
  readonly name: string;
  /** Headers alone are proof (a challenge is being served). */
  readonly isProvenByHeaders: (headers: Headers) => boolean;
  /** Headers that show the vendor is in front of the site. */
  readonly isPresent: (headers: Headers) => boolean;
  /** Page text of its block or challenge page. */
  readonly pageSigns: readonly RegExp[];
}

const header = (headers: Headers, name: string) => headers[name] ?? '';
const never = () => false;

const VENDORS: readonly Vendor[] = [
  {
    name: 'cloudflare',
    isProvenByHeaders: (h) => /challenge/i.test(header(h, 'cf-mitigated')),
    isPresent: (h) => 'cf-ray' in h || /cloudflare/i.test(header(h, 'server')),
    pageSigns: [
      /<title>\s*Just a moment\.\.\.\s*<\/title>/i,
      /Attention Required!/i,
      /challenge-platform|_cf_chl_opt|cf-browser-verification|cf_chl_/i,
      /Checking (?:your|if the site connection is secure)/i,
      /Sorry, you have been blocked/i,
    ],
  },
  {
    name: 'akamai',
    isProvenByHeaders: never,
    // Its "Reference #18.xxxx" block page is distinctive enough without a header.
    isPresent: () => true,
    pageSigns: [/Access Denied[\s\S]{0,800}Reference(?:\s|&#32;)(?:#|&#35;)/i, /errors\.edgesuite\.net/i],
  },
  {
    name: 'datadome',
    isProvenByHeaders: (h) => 'x-datadome' in h || 'x-dd-b' in h,
    isPresent: (h) => /datadome/i.test(header(h, 'server')) || /datadome/i.test(header(h, 'set-cookie')),
    pageSigns: [/captcha-delivery\.com/i],
  },
  {
    name: 'perimeterx',
    isProvenByHeaders: never,
    isPresent: () => true,
    pageSigns: [/_pxAppId|px-captcha|perimeterx|\/_px[0-9a-z]*\/|Press &amp; Hold|Press & Hold/i],
  },
  {
    name: 'sucuri',
    isProvenByHeaders: (h) => 'x-sucuri-block' in h,
    isPresent: (h) => 'x-sucuri-id' in h || /Sucuri/i.test(header(h, 'server')),
    pageSigns: [/Sucuri WebSite Firewall/i, /Access Denied/i],
  },
  {
    name: 'imperva',
    isProvenByHeaders: never,
    isPresent: (h) => 'x-iinfo' in h || /incap_ses|visid_incap/i.test(header(h, 'set-cookie')),
    pageSigns: [/_Incapsula_Resource|Incapsula incident ID/i],
  },
  {
    name: 'captcha',
    isProvenByHeaders: never,
    isPresent: () => true,
    pageSigns: [/g-recaptcha|hcaptcha\.com|cf-turnstile|\bcaptcha\b/i],
  },
];

// Statuses these services block with; a 200 challenge page is left to the HTML check.
const BLOCKING_STATUSES = new Set([401, 403, 405, 406, 409, 429, 503]);

/** Returns whose bot protection answered (a vendor name, or 'captcha'), or null when none did. */
export function detectBotProtection(status: number, headers: Headers, bodyText: string): string | null {
  if (!BLOCKING_STATUSES.has(status)) return null;
  for (const vendor of VENDORS) {
    if (vendor.isProvenByHeaders(headers)) return vendor.name;
    if (vendor.isPresent(headers) && vendor.pageSigns.some((sign) => sign.test(bodyText))) return vendor.name;
  }
  return null;
}
