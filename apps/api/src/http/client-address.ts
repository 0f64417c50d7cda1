import type http from 'node:http';
import proxyaddr from 'proxy-addr';

/** TRUST_PROXY as configured: no proxy, a number of proxy hops, or the proxies' names and addresses. */
export type TrustProxySetting = false | number | string[];

export type TrustFunction = (address: string, hop: number) => boolean;

/**
 * Whom to believe about a request's client address. Express's own rules (proxy-addr): with no
 * proxy, X-Forwarded-For is ignored, so a client cannot name another address to dodge a rate
 * limit; behind a balancer, the address the balancer saw is taken from the header it set.
 * Express is given the same function, so HTTP requests and WebSocket upgrades agree.
 */
export function compileTrust(setting: TrustProxySetting): TrustFunction {
  if (setting === false) return () => false;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return proxyaddr.compile(setting);
}

/** The client's address under `trust`: what rate limits and socket caps count by. */
export function clientAddress(req: http.IncomingMessage, trust: TrustFunction): string {
  return proxyaddr(req, trust);
}
