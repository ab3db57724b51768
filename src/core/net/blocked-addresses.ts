// Addresses a server-side fetch must never reach: everything that is not the public internet
// (private networks, loopback, link-local and cloud metadata, carrier-grade NAT, multicast,
// documentation and reserved ranges), and every IPv6 form that carries an IPv4 address inside
// it (mapped, compatible, NAT64, 6to4, Teredo), since those can lead back to an internal host.
import { BlockList, isIP } from 'node:net';

const blockedIpv4: [string, number][] = [
  ['0.0.0.0', 8], // "this network", including the unspecified address
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, where cloud metadata services answer
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relays
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

const blockedIpv6: [string, number][] = [
  ['::', 96], // unspecified, loopback and IPv4-compatible addresses
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96], // NAT64
  ['64:ff9b:1::', 48], // local NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4
  ['3fff::', 20], // documentation
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed by some networks)
  ['ff00::', 8], // multicast
];

// Two lists: node checks an IPv4 address against IPv6 rules too (as ::ffff:a.b.c.d), so one
// list holding ::ffff:0:0/96 would block every IPv4 address.
const ipv4List = new BlockList();
for (const [network, prefix] of blockedIpv4) ipv4List.addSubnet(network, prefix, 'ipv4');
const ipv6List = new BlockList();
for (const [network, prefix] of blockedIpv6) ipv6List.addSubnet(network, prefix, 'ipv6');

/** True for an address a fetch must not connect to; anything that is not an IP is blocked too. */
export function isBlockedAddress(address: string): boolean {
  const version = isIP(address);
  // A zone id (fe80::1%eth0) names an interface: only link-local addresses carry one.
  if (version === 0 || address.includes('%')) return true;
  return version === 4 ? ipv4List.check(address, 'ipv4') : ipv6List.check(address, 'ipv6');
}
