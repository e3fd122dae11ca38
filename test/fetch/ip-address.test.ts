import { describe, expect, it } from 'vitest';
import {
  formatIp,
  isInRange,
  parseCidr,
  parseIp,
  parseIpv4,
  parseIpv6,
  reservedRangeOf,
} from '../../src/fetch/index.ts';

const bytes = (text: string) => [...(parseIpv6(text) ?? [])];
const range = (text: string) => reservedRangeOf(parseIp(text)!);

describe('parseIpv4', () => {
  it('reads a dotted quad', () => {
    expect([...parseIpv4('192.168.1.20')!]).toEqual([192, 168, 1, 20]);
  });

  it('refuses octets over 255, leading zeros, and short forms', () => {
    expect(parseIpv4('256.1.1.1')).toBe(null);
    expect(parseIpv4('010.0.0.1')).toBe(null);
    expect(parseIpv4('127.1')).toBe(null);
    expect(parseIpv4('0x7f.0.0.1')).toBe(null);
  });
});

describe('parseIpv6', () => {
  it('expands ::', () => {
    expect(bytes('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('reads a full address and an embedded IPv4 tail', () => {
    expect(bytes('2001:db8:0:0:0:0:0:ff')).toEqual([
      0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff,
    ]);
    expect(bytes('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1]);
  });

  it('accepts brackets and drops a zone id', () => {
    expect(bytes('[fe80::1%eth0]')).toEqual([0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('refuses two ::, too many groups, and bad hex', () => {
    expect(parseIpv6('1::2::3')).toBe(null);
    expect(parseIpv6('1:2:3:4:5:6:7:8:9')).toBe(null);
    expect(parseIpv6('1:2:3:4:5:6:7')).toBe(null);
    expect(parseIpv6('12345::')).toBe(null);
    expect(parseIpv6('g::1')).toBe(null);
  });
});

describe('formatIp', () => {
  it('writes IPv6 in RFC 5952 form', () => {
    expect(formatIp(parseIp('0:0:0:0:0:0:0:1')!)).toBe('::1');
    expect(formatIp(parseIp('2001:DB8:0:0:1:0:0:1')!)).toBe('2001:db8::1:0:0:1');
    expect(formatIp(parseIp('::')!)).toBe('::');
    expect(formatIp(parseIp('1:0:2:3:4:5:6:7')!)).toBe('1:0:2:3:4:5:6:7');
  });
});

describe('CIDR ranges', () => {
  it('matches an IPv4 prefix that does not end on a byte', () => {
    const cgnat = parseCidr('100.64.0.0/10')!;
    expect(isInRange(parseIp('100.127.255.255')!, cgnat)).toBe(true);
    expect(isInRange(parseIp('100.128.0.0')!, cgnat)).toBe(false);
  });

  it('treats a bare address as a /32 or /128', () => {
    expect(parseCidr('::1')!.prefix).toBe(128);
    expect(parseCidr('10.0.0.1')!.prefix).toBe(32);
  });

  it('never matches across families', () => {
    expect(isInRange(parseIp('::ffff:10.0.0.1')!, parseCidr('10.0.0.0/8')!)).toBe(false);
  });

  it('refuses a prefix longer than the address', () => {
    expect(parseCidr('10.0.0.0/33')).toBe(null);
    expect(parseCidr('::/129')).toBe(null);
  });
});

describe('reservedRangeOf', () => {
  it('names the IPv4 special ranges', () => {
    expect(range('127.0.0.1')).toBe('loopback');
    expect(range('10.20.30.40')).toBe('private');
    expect(range('172.31.255.255')).toBe('private');
    expect(range('192.168.0.1')).toBe('private');
    expect(range('169.254.169.254')).toBe('link-local');
    expect(range('100.64.0.1')).toBe('cgnat');
    expect(range('0.0.0.0')).toBe('unspecified');
    expect(range('224.0.0.251')).toBe('multicast');
    expect(range('198.51.100.7')).toBe('documentation');
    expect(range('255.255.255.255')).toBe('reserved');
  });

  it('leaves public IPv4 addresses alone', () => {
    expect(range('8.8.8.8')).toBe(null);
    expect(range('172.32.0.1')).toBe(null);
    expect(range('100.128.0.1')).toBe(null);
  });

  it('names the IPv6 special ranges', () => {
    expect(range('::1')).toBe('loopback');
    expect(range('::')).toBe('unspecified');
    expect(range('fd12:3456::1')).toBe('unique-local');
    expect(range('fe80::1')).toBe('link-local');
    expect(range('ff02::1')).toBe('multicast');
    expect(range('2001:db8::1')).toBe('documentation');
  });

  it('judges IPv4-mapped, NAT64 and 6to4 addresses by the IPv4 address inside', () => {
    expect(range('::ffff:127.0.0.1')).toBe('ipv4-mapped loopback');
    expect(range('::ffff:8.8.8.8')).toBe(null);
    expect(range('64:ff9b::a00:1')).toBe('nat64 private');
    expect(range('2002:c0a8:0101::1')).toBe('6to4 private');
  });

  it('refuses IPv6 outside global unicast, such as the IPv4-compatible form', () => {
    expect(range('::127.0.0.1')).toBe('reserved');
  });

  it('leaves public IPv6 addresses alone', () => {
    expect(range('2606:4700:4700::1111')).toBe(null);
  });
});
