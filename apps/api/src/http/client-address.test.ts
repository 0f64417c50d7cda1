import type http from 'node:http';
import { clientAddress, compileTrust } from './client-address';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} }) as unknown as http.IncomingMessage;

describe('the client address behind a proxy', () => {
  it('ignores X-Forwarded-For when no proxy is trusted: a client cannot choose its address', () => {
    expect(clientAddress(request('198.51.100.7', '203.0.113.9'), compileTrust(false))).toBe('198.51.100.7');
  });

  it('takes the address a trusted balancer saw, and only from it', () => {
    const trust = compileTrust(['loopback']);
    expect(clientAddress(request('127.0.0.1', '203.0.113.9'), trust)).toBe('203.0.113.9');
    // A forged entry before the balancer's own is not believed: the balancer is the last hop trusted.
    expect(clientAddress(request('127.0.0.1', '10.9.9.9, 203.0.113.9'), trust)).toBe('203.0.113.9');
    // Straight from the internet, the header is the client's own say-so.
    expect(clientAddress(request('198.51.100.7', '203.0.113.9'), trust)).toBe('198.51.100.7');
  });

  it('counts hops when given a number', () => {
    expect(clientAddress(request('10.0.0.2', '203.0.113.9, 10.0.0.1'), compileTrust(2))).toBe('203.0.113.9');
  });
});
