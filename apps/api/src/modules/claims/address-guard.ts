import { BlockList, isIP } from 'node:net';

/**
 * Addresses a server-side fetch for a claim must never reach: a co-op's "website" could name
 * our own machine, the cloud's metadata service or anything on the private network (SSRF).
 * Loopback is allowed only when a test setting says so (integration tests serve the token from
 * a local HTTP server).
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['169.254.0.0', 16], // link-local (cloud metadata at 169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['64:ff9b::', 96], // NAT64: an IPv4 address inside
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  PRIVATE.addSubnet(network, prefix, 'ipv6');
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** An IPv4 address written inside IPv6 (::ffff:10.0.0.1, ::10.0.0.1): checked as IPv4. */
function embeddedIpv4(address: string): string | null {
  const match = /^::(?:ffff:(?:0{1,4}:)?)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (match) return match[1]!;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

export type AddressVerdict = 'public' | 'loopback' | 'private' | 'invalid';

/** What kind of address this is, for the fetcher's decision. */
export function classifyAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'invalid';
  const v4 = family === 6 ? embeddedIpv4(bare) : bare;
  if (v4) {
    if (LOOPBACK.check(v4, 'ipv4')) return 'loopback';
    return PRIVATE.check(v4, 'ipv4') ? 'private' : 'public';
  }
  if (LOOPBACK.check(bare, 'ipv6')) return 'loopback';
  return PRIVATE.check(bare, 'ipv6') ? 'private' : 'public';
}

/** Whether a fetch may connect to this address. */
export function mayConnect(address: string, allowLoopback: boolean): boolean {
  const verdict = classifyAddress(address);
  return verdict === 'public' || (verdict === 'loopback' && allowLoopback);
}
