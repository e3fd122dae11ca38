// IP addresses as bytes: parsing (IPv4 dotted quads, IPv6 with `::`, embedded IPv4 and zone
// ids) and CIDR matching. Pure, so the address policy can be tested without a network.

export interface IpAddress {
  readonly family: 4 | 6;
  /** 4 bytes for IPv4, 16 for IPv6. */
  readonly bytes: Uint8Array;
}

export interface CidrRange {
  readonly family: 4 | 6;
  readonly bytes: Uint8Array;
  readonly prefix: number;
}

const DECIMAL_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** Returns the four bytes of a dotted-quad IPv4 address, or null (no octal, hex or short forms). */
export function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [i, part] of parts.entries()) {
    if (!DECIMAL_OCTET.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes[i] = value;
  }
  return bytes;
}

// Returns the 16-bit groups of one side of `::`, or null; an IPv4 tail counts as two groups.
function readGroups(text: string, isLastSide: boolean): number[] | null {
  if (text === '') return [];
  const parts = text.split(':');
  const groups: number[] = [];
  for (const [i, part] of parts.entries()) {
    if (isLastSide && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (!v4) return null;
      groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    } else if (HEX_GROUP.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

/** Returns the sixteen bytes of an IPv6 address (brackets and zone id allowed), or null. */
export function parseIpv6(text: string): Uint8Array | null {
  let body = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = body.indexOf('%');
  if (zone !== -1) body = body.slice(0, zone);
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const head = readGroups(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? readGroups(halves[1] ?? '', true) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[2 * i] = group >> 8;
    bytes[2 * i + 1] = group & 0xff;
  });
  return bytes;
}

/** Returns the address an IP literal denotes (IPv4 or IPv6), or null for anything else. */
export function parseIp(text: string): IpAddress | null {
  const v4 = parseIpv4(text);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = text.includes(':') ? parseIpv6(text) : null;
  return v6 ? { family: 6, bytes: v6 } : null;
}

/** Returns the range a CIDR (`10.0.0.0/8`, `fc00::/7`) or a bare address (a /32 or /128) names. */
export function parseCidr(text: string): CidrRange | null {
  const slash = text.lastIndexOf('/');
  const address = parseIp(slash === -1 ? text : text.slice(0, slash));
  if (!address) return null;
  const max = address.family === 4 ? 32 : 128;
  const prefixText = slash === -1 ? String(max) : text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  return prefix <= max ? { ...address, prefix } : null;
}

/** Returns true when the first `prefix` bits of a and b agree. */
function hasSamePrefix(a: Uint8Array, b: Uint8Array, prefix: number): boolean {
  const whole = prefix >> 3;
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const rest = prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((a[whole] ?? 0) & mask) === ((b[whole] ?? 0) & mask);
}

/** Returns true when the address lies inside the range (families must agree). */
export function isInRange(address: IpAddress, range: CidrRange): boolean {
  return address.family === range.family && hasSamePrefix(address.bytes, range.bytes, range.prefix);
}

// The longest run of two or more zero groups, which `::` replaces (RFC 5952, section 4.2).
function longestZeroRun(groups: readonly number[]): { start: number; length: number } {
  let best = { start: -1, length: 0 };
  for (let i = 0; i < groups.length;) {
    let end = i;
    while (end < groups.length && groups[end] === 0) end++;
    if (end - i > best.length && end - i >= 2) best = { start: i, length: end - i };
    i = end === i ? i + 1 : end;
  }
  return best;
}

/** Returns the canonical text of an address (RFC 5952 for IPv6: lower case, `::` for zeros). */
export function formatIp(address: IpAddress): string {
  if (address.family === 4) return address.bytes.join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((address.bytes[i]! << 8) | address.bytes[i + 1]!);
  const run = longestZeroRun(groups);
  const hex = (part: readonly number[]) => part.map((g) => g.toString(16)).join(':');
  if (run.length === 0) return hex(groups);
  return `${hex(groups.slice(0, run.start))}::${hex(groups.slice(run.start + run.length))}`;
}
