/**
 * Soak test (pnpm bench:soak): mixed reads and writes from several clients against the API in
 * its own process on a fresh PostgreSQL database, for 30 minutes by default. Every interval it
 * prints requests, errors, p95 and the API process's resident memory; at the end, whether memory
 * stayed flat after warm-up. Goal: 0 errors, memory flat.
 *
 *   --minutes N     how long (default 30)
 *   --clients N     concurrent clients (default 4)
 *   --reports N     how many interval lines (default 10)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@principle-six/db';
import { TestClient } from '../test/integration/support/test-client';
import { startApiProcess, stopProcess } from './api-process';
import { createFreshDatabase, dropDatabase } from './bench-database';

const SEARCH = `query ($text: String) { search(input: { text: $text }, first: 20) { totalCount edges { node { id name place { name } categories { code name } } } facets { coopTypes { value count } } } }`;
const NEEDS = `{ needs(first: 20) { totalCount edges { node { id title coop { name } categories { name } } } } }`;
const INBOX = `{ notifications(first: 30) { unreadCount edges { node { id summary } } } }`;
const VIEWER = `{ viewer { user { id emailVerified } memberships { coop { id slug } } } }`;
const POST_NEED = `mutation ($coopId: ID!, $input: NeedInput!, $key: String) { postNeed(coopId: $coopId, input: $input, idempotencyKey: $key) { need { id } errors { code } } }`;
const PREFERENCES = `mutation ($f: DigestFrequency!) { updateNotificationPreferences(input: { emailDigest: $f }) { errors { code } } }`;
const MARK_READ = `mutation { markNotificationsRead(input: {}) { unreadCount errors { code } } }`;
const WORDS = ['printing', 'bookkeeping', 'bakery', 'housing', 'energy', 'design', 'cleaning', 'catering'];

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function p95(samples: number[]): number {
  if (!samples.length) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { minutes: { type: 'string', default: '30' }, clients: { type: 'string', default: '4' }, reports: { type: 'string', default: '10' } },
  });
  const minutes = Number(values.minutes);
  const clients = Number(values.clients);
  const reports = Number(values.reports);
  const name = `p6_soak_${process.pid}`;
  const url = await createFreshDatabase(name);
  const api = await startApiProcess({ DATABASE_URL: url, JOB_WORKER: 'on', DEMO_DATA: 'on' });
  const db = createPrismaClient(url, { maxConnections: 2 });
  const pid = api.child.pid!;
  console.log(`soak: ${minutes} min, ${clients} clients, API pid ${pid} at ${api.url}`);
  try {
    // One person and co-op per client, confirmed (as if they followed the mailed link).
    const people: { client: TestClient; coopId: string }[] = [];
    for (let i = 0; i < clients; i++) {
      const client = new TestClient(`${api.url}/graphql`);
      const { signUp } = await client.data(`mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { user { id } } errors { code } } }`, {
        input: { email: `soak.${i}.${Date.now()}@example.coop`, password: 'a long enough password', displayName: `Soak ${i}` },
      });
      await db.user.update({ where: { id: signUp.viewer.user.id }, data: { emailVerifiedAt: new Date() } });
      const made = await client.data(`mutation ($input: CoopInput!) { createCoop(input: $input) { coop { id } errors { code } } }`, {
        input: { name: `Soak Co-op ${i} ${Date.now()}`, placeName: 'Leeds', countryCode: 'GB', provides: `${WORDS[i % WORDS.length]} for other co-ops`,
          categoryCodes: ['18'], whyBuy: 'Steady under load, every day.', wantToTalkTo: 'Anyone who needs what we do.', coopType: 'WORKER' },
      });
      people.push({ client, coopId: made.createCoop.coop.id });
    }

    const interval = (minutes * 60_000) / reports;
    let window = { requests: 0, errors: 0, latencies: [] as number[], kinds: {} as Record<string, number> };
    const totals = { requests: 0, errors: 0, rateLimited: 0 };
    const errorKinds: Record<string, number> = {};
    const stopAt = Date.now() + minutes * 60_000;

    const send = async (client: TestClient, query: string, variables?: Record<string, unknown>) => {
      const started = performance.now();
      try {
        const result = await client.request(query, variables);
        const payloadErrors = Object.values((result.data ?? {}) as Record<string, { errors?: { code: string }[] } | null>)
          .flatMap((p) => (p && typeof p === 'object' && Array.isArray(p.errors) ? p.errors : []));
        const kind = result.status >= 400 || result.errors?.length ? `${result.status} ${String(result.errors?.[0]?.extensions?.code ?? '')}` : null;
        if (payloadErrors.some((e) => e.code === 'RATE_LIMITED')) totals.rateLimited++;
        if (kind) {
          window.errors++;
          errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
        }
      } catch (error) {
        window.errors++;
        const kind = `no answer: ${(error as Error).message.slice(0, 50)}`;
        errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
      }
      window.requests++;
      window.latencies.push(performance.now() - started);
    };

    const load = async (person: (typeof people)[number], index: number) => {
      // Posting paced within the 30-an-hour limit a person has (one every 2.5 minutes).
      let nextPost = Date.now() + index * 10_000;
      for (let i = 0; Date.now() < stopAt; i++) {
        const roll = i % 10;
        if (Date.now() >= nextPost) {
          nextPost = Date.now() + 150_000;
          await send(person.client, POST_NEED, {
            coopId: person.coopId, key: `soak-${index}-${i}`,
            input: { title: `Soak need ${index}-${i}`, description: `We need ${WORDS[i % WORDS.length]} for a community event next month.`,
              categoryCodes: ['18'], area: {}, expiresAt: new Date(Date.now() + 20 * 86_400_000).toISOString() },
          });
        } else if (roll < 4) await send(person.client, SEARCH, { text: WORDS[i % WORDS.length] });
        else if (roll < 6) await send(person.client, NEEDS);
        else if (roll < 8) await send(person.client, INBOX);
        else if (roll === 8) await send(person.client, VIEWER);
        else await send(person.client, i % 20 === 9 ? MARK_READ : PREFERENCES, { f: i % 40 < 20 ? 'DAILY' : 'WEEKLY' });
      }
    };

    const samples: { minute: number; rss: number }[] = [];
    console.log('  minute  requests  errors  p95 ms  RSS MB');
    const reporter = setInterval(() => {
      const minute = (minutes * 60_000 - (stopAt - Date.now())) / 60_000;
      const rss = rssMb(pid);
      samples.push({ minute, rss });
      console.log(`  ${minute.toFixed(1).padStart(6)}  ${String(window.requests).padStart(8)}  ${String(window.errors).padStart(6)}  ${p95(window.latencies).toFixed(1).padStart(6)}  ${rss.toFixed(0).padStart(6)}`);
      totals.requests += window.requests;
      totals.errors += window.errors;
      window = { requests: 0, errors: 0, latencies: [], kinds: {} };
    }, interval);
    const startRss = rssMb(pid);
    await Promise.all(people.map((p, i) => load(p, i)));
    clearInterval(reporter);
    totals.requests += window.requests;
    totals.errors += window.errors;

    const endRss = rssMb(pid);
    // Flat: the last report's RSS within 15% of the one after warm-up (the first fifth).
    const warm = samples[Math.max(0, Math.floor(samples.length / 5))]?.rss ?? startRss;
    const growth = endRss / warm;
    console.log(`\ntotals: ${totals.requests} requests, ${totals.errors} errors${Object.keys(errorKinds).length ? ` ${JSON.stringify(errorKinds)}` : ''}, ${totals.rateLimited} rate-limited (expected 0)`);
    console.log(`RSS: ${startRss.toFixed(0)} MB at start, ${warm.toFixed(0)} MB after warm-up, ${endRss.toFixed(0)} MB at end (×${growth.toFixed(2)} after warm-up)`);
    const met = totals.errors === 0 && growth <= 1.15;
    console.log(`goal: 0 errors and memory flat after warm-up (≤ ×1.15): ${met ? 'met' : 'MISSED'}`);
    process.exitCode = met ? 0 : 1;
  } finally {
    await stopProcess(api.child);
    await db.$disconnect();
    await dropDatabase(name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
