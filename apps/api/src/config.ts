import path from 'node:path';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';
import type { TrustProxySetting } from './http/client-address';

const REPO_ROOT = path.resolve(__dirname, '../../..');

const flag = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .transform((v) => v === 'on' || v === 'true' || v === '1');

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** A PostgreSQL server to use. When unset, the embedded PGlite database is started. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * A streaming read replica of DATABASE_URL (pnpm replica:up makes one on this machine). GET
   * requests and GraphQL queries read from it while it keeps up; see replica/read-routing.ts.
   */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  /** Past this lag (seconds) the replica is not read from; also how long a person's own write pins their reads to the primary. */
  REPLICA_MAX_LAG_SECONDS: z.coerce.number().positive().max(3600).default(5),
  /** Where the embedded database keeps its files. */
  DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
  /** Generated demo co-ops for an empty directory: on by default for the embedded database only. */
  DEMO_DATA: flag.optional(),
  /** Mark the session cookie Secure; on by default when PUBLIC_URL is https. */
  COOKIE_SECURE: flag.optional(),
  /** The built web app to serve beside the API. */
  WEB_DIST: z.string().default(path.join(REPO_ROOT, 'apps/web/dist')),
  NODE_ENV: z.string().default('development'),
  /** Background tiles for the results map ({z}/{x}/{y} template); empty for markers only. */
  MAP_TILE_URL: z
    .string()
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
    .refine((v) => v === '' || (/^https?:\/\//.test(v) && v.includes('{z}')), 'an http(s) URL template with {z}, {x} and {y}, or empty'),
  MAP_TILE_ATTRIBUTION: z.string().default('© OpenStreetMap contributors'),
  /** SMTP server for email digests (smtp://user:pass@host:587); unset captures mail, sending none. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Principle Six <digest@principle-six.invalid>'),
  /** The web app's address as people reach it, for links in emails. */
  PUBLIC_URL: z.string().url().optional(),
  /** Other origins whose pages may open the live-updates socket, comma-separated. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.string().url('each origin is a URL such as https://example.org'))),
  /**
   * Serve captured mail (no SMTP_URL) at /dev/mailbox, for trying the app and browser tests: on by
   * default for the embedded database without SMTP_URL listening on loopback (the local demo).
   */
  DEV_MAILBOX: flag.optional(),
  /**
   * Which proxies' X-Forwarded-For to believe about the client's address: off (no proxy: the
   * header is ignored), a number of hops, or names and addresses (loopback, uniquelocal,
   * 10.0.0.0/8...), comma-separated. Behind `pnpm scale:up`'s nginx: loopback.
   */
  TRUST_PROXY: z
    .string()
    .default('off')
    .transform((v, ctx) => {
      const text = v.trim();
      if (['', 'off', 'false', '0'].includes(text)) return false as const;
      if (/^\d+$/.test(text)) return Number(text);
      if (['true', 'on'].includes(text)) {
        // Believing every X-Forwarded-For would let any client name its own address.
        ctx.addIssue({ code: 'custom', message: 'trusting every proxy is not offered: name the balancer (loopback, its addresses) or a number of hops' });
        return z.NEVER;
      }
      const list = text.split(',').map((part) => part.trim()).filter(Boolean);
      try {
        proxyaddr.compile(list);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `off, a number of hops, or proxy addresses: ${(error as Error).message}` });
        return z.NEVER;
      }
      return list;
    }),
  /** Run the job worker (matching, expiry, digests) in this process. */
  JOB_WORKER: flag.default(true),
  /**
   * On SIGTERM, how long to keep serving while /readyz says 503, so a balancer's health checks see
   * it and stop sending work here before the listener closes. 0 (default) for one process.
   */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(0),
});

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** A read replica of databaseUrl, or null to read from the primary alone. */
  replicaUrl: string | null;
  replicaMaxLagSeconds: number;
  dataDir: string;
  demoData: boolean;
  cookieSecure: boolean;
  webDist: string | null;
  production: boolean;
  mapTiles: MapTiles | null;
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  /** Rate-limit counts: in the database with a PostgreSQL server (shared by API processes), else memory. */
  rateLimitStore: 'memory' | 'database';
  /** Live news (inbox, pitch rounds, ended sessions) between API processes: PostgreSQL's LISTEN/NOTIFY with a server, else memory. */
  liveEventsUrl: string | null;
  /** Origins whose pages may open a subscription socket: PUBLIC_URL's and ALLOWED_ORIGINS. */
  allowedOrigins: string[];
  jobWorker: boolean;
  devMailbox: boolean;
  /** Whose X-Forwarded-For to believe (TRUST_PROXY). */
  trustProxy: TrustProxySetting;
  shutdownDrainMs: number;
}

export interface MapTiles {
  urlTemplate: string;
  attribution: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_REPLICA_URL && !e.DATABASE_URL) {
    throw new Error('Invalid configuration:\n  DATABASE_REPLICA_URL: a replica needs its primary in DATABASE_URL (the embedded database has none)');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    replicaUrl: e.DATABASE_REPLICA_URL ?? null,
    replicaMaxLagSeconds: e.REPLICA_MAX_LAG_SECONDS,
    dataDir: e.DATA_DIR,
    demoData: e.DEMO_DATA ?? e.DATABASE_URL === undefined,
    cookieSecure: e.COOKIE_SECURE ?? e.PUBLIC_URL?.startsWith('https://') ?? false,
    webDist: e.WEB_DIST,
    production: e.NODE_ENV === 'production',
    mapTiles: e.MAP_TILE_URL ? { urlTemplate: e.MAP_TILE_URL, attribution: e.MAP_TILE_ATTRIBUTION } : null,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    // Unset, links in mail name the app as it prints itself on start.
    publicUrl: e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' || e.HOST === '::' ? 'localhost' : e.HOST}:${e.PORT}`,
    rateLimitStore: e.DATABASE_URL ? 'database' : 'memory',
    liveEventsUrl: e.DATABASE_URL ?? null,
    allowedOrigins: [
      ...(e.PUBLIC_URL
        ? [new URL(e.PUBLIC_URL).origin]
        : // Unset, the app is reached as it prints itself, or through either loopback name.
          [`http://localhost:${e.PORT}`, `http://127.0.0.1:${e.PORT}`]),
      ...e.ALLOWED_ORIGINS.map((o) => new URL(o).origin),
    ],
    jobWorker: e.JOB_WORKER,
    trustProxy: e.TRUST_PROXY,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    // Captured mail holds everyone's confirmation links: by default only for the local demo,
    // listening on this machine alone.
    devMailbox: e.DEV_MAILBOX ?? (e.DATABASE_URL === undefined && e.SMTP_URL === undefined && LOOPBACK.has(e.HOST)),
  };
}
