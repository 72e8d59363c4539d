import os from 'node:os';

/** What os.networkInterfaces() returns; tests pass their own. */
export type NetworkInterfaces = ReturnType<typeof os.networkInterfaces>;

/** The private ranges an office network uses (RFC 1918), best first. */
const PRIVATE_RANGES: RegExp[] = [/^192\.168\./, /^10\./, /^172\.(1[6-9]|2\d|3[01])\./];

function rank(address: string): number {
  const i = PRIVATE_RANGES.findIndex((re) => re.test(address));
  return i === -1 ? PRIVATE_RANGES.length : i;
}

/**
 * The address the phones can reach this computer at: an IPv4 address of a network interface that
 * is not loopback (the kernel's own flag), not link-local (169.254.x.x: no DHCP answered), a private
 * office range first. Null when the computer is on no network.
 */
export function chooseLanAddress(interfaces: NetworkInterfaces = os.networkInterfaces()): string | null {
  const candidates: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      if (info.address.startsWith('169.254.')) continue;
      candidates.push(info.address);
    }
  }
  candidates.sort((a, b) => rank(a) - rank(b));
  return candidates[0] ?? null;
}
