import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { mayConnect } from './address-guard';

/**
 * Reads a page of a co-op's website for a claim's token, from the server. The website is text a
 * stranger typed, so the fetch is guarded: http and https only; every address the host resolves
 * to must be public (address-guard.ts), and the connection goes to the address that was checked
 * (the check runs in the socket's own DNS lookup, so a second answer cannot swap in a private
 * one); redirects are followed by hand, at most three, each checked the same way; a few seconds
 * in all and a few hundred kilobytes at most. Injectable: the services take any WebsiteFetcher.
 */
export interface WebsiteFetcher {
  get(url: string): Promise<FetchResult>;
}

export type FetchResult =
  | { ok: true; url: string; status: number; body: string }
  | { ok: false; url: string; reason: string };

export interface FetchSettings {
  /** The whole fetch, redirects included. */
  timeoutMs: number;
  /** Bytes of a body read at most; the rest is left unread (a meta tag is in the head). */
  maxBytes: number;
  maxRedirects: number;
  /** Let the fetch reach 127.0.0.0/8 and ::1: integration tests only. */
  allowLoopback: boolean;
}

export const DEFAULT_FETCH_SETTINGS: FetchSettings = { timeoutMs: 5_000, maxBytes: 256 * 1024, maxRedirects: 3, allowLoopback: false };

const NOT_PUBLIC = 'it is not on the public internet';

class Refused extends Error {}

export function safeWebsiteFetcher(settings: Partial<FetchSettings> = {}): WebsiteFetcher {
  const options = { ...DEFAULT_FETCH_SETTINGS, ...settings };
  return {
    async get(start) {
      const deadline = Date.now() + options.timeoutMs;
      let url = start;
      for (let hop = 0; ; hop++) {
        const target = parseTarget(url);
        if (typeof target === 'string') return { ok: false, url, reason: target };
        // The URL keeps an IPv6 host in brackets ("[::1]"), which isIP does not recognise, and Node
        // connects to a number without the guarded lookup: a number is checked here, or refused.
        const host = target.hostname.replace(/^\[|\]$/g, '');
        if (isIP(host) === 6) return { ok: false, url, reason: 'addresses written as IPv6 numbers are not checked' };
        if (isIP(host) && !mayConnect(host, options.allowLoopback)) return { ok: false, url, reason: NOT_PUBLIC };
        let answer: Answer;
        try {
          answer = await request(target, options, deadline);
        } catch (error) {
          return { ok: false, url, reason: describe(error, options.timeoutMs) };
        }
        if (answer.location === null) return { ok: true, url, status: answer.status, body: answer.body };
        if (hop >= options.maxRedirects) return { ok: false, url, reason: 'it redirects too many times' };
        try {
          url = new URL(answer.location, target).toString();
        } catch {
          return { ok: false, url, reason: 'it redirects to an address that is not valid' };
        }
      }
    },
  };
}

/** The URL to fetch, or why it may not be fetched. */
function parseTarget(url: string): URL | string {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return 'it is not a valid web address';
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return 'only http and https addresses are checked';
  if (target.username || target.password) return 'addresses with a user name or password are not checked';
  return target;
}

interface Answer {
  status: number;
  /** Where a redirect points; null when it is not one. */
  location: string | null;
  body: string;
}

function request(target: URL, options: FetchSettings, deadline: number): Promise<Answer> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new Error('timeout'));
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: 'GET',
        lookup: guardedLookup(options.allowLoopback),
        headers: { 'user-agent': 'PrincipleSixClaimCheck/1.0 (+co-op claim check)', accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' },
        // No connection pooling: every request resolves and checks its address afresh.
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ status, location: res.headers.location, body: '' });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => resolve({ status, location: null, body: Buffer.concat(chunks).toString('utf8') });
        res.on('data', (chunk: Buffer) => {
          const room = options.maxBytes - size;
          chunks.push(room < chunk.length ? chunk.subarray(0, room) : chunk);
          size += Math.min(room, chunk.length);
          if (size >= options.maxBytes) {
            res.destroy();
            done();
          }
        });
        res.on('end', done);
        res.on('error', reject);
      },
    );
    const timer = setTimeout(() => req.destroy(new Error('timeout')), remaining);
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end();
  });
}

/**
 * The socket's DNS lookup, refusing a host any of whose addresses is not public: checking the
 * address the connection then uses, rather than resolving twice, closes the rebinding gap.
 */
function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (!addresses.length || addresses.some((a) => !mayConnect(a.address, allowLoopback))) {
        return callback(new Refused(NOT_PUBLIC), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Refused) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  if (message === 'timeout') return `it did not answer within ${Math.round(timeoutMs / 1000)} seconds`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'its name could not be found (check the web address on the profile)';
  if (code === 'ECONNREFUSED') return 'it refused the connection';
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return 'its secure connection (https) could not be checked';
  return 'it could not be reached';
}
