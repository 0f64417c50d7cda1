/**
 * pnpm bench:matching-speed [--offers 1000000] [--needs 100000] [--coops 100000] [--posts 40] [--reads 400]
 *
 * Matching speed at scale. Makes (or reuses) a database of synthetic co-ops, offers and open
 * needs (p6_bench_matching_<offers>), starts the API and its job worker in this process, and
 * through GraphQL over HTTP, as a member of a co-op:
 *   1. posts needs one at a time and, for each, asks every 10 ms until its matches are stored and
 *      visible (Need.matchedAt set, matches readable): the time from posting to matches;
 *   2. reads a need's top 10 matches with their reasons, providers and offers, one request at a
 *      time.
 * It prints p50, p95 and the worst of each. Nothing here asserts a time: it measures. The
 * database is kept between runs (generating a million offers takes minutes).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { DEMO_TRADES } from '@principle-six/db';
import { installJobQueue } from '../src/jobs/queue';
import { startWorker } from '../src/jobs/worker';
import { startServer } from '../src/server';
import { createServices } from '../src/services';
import { openSyntheticDatabase } from './bench-database';
import { generatePostings } from './matching/generate-postings';

const { values: args } = parseArgs({
  options: {
    offers: { type: 'string', default: '1000000' },
    needs: { type: 'string', default: '100000' },
    coops: { type: 'string', default: '100000' },
    posts: { type: 'string', default: '40' },
    reads: { type: 'string', default: '400' },
  },
});
const OFFERS = Number(args.offers);
const NEEDS = Number(args.needs);
const COOPS = Number(args.coops);
const POSTS = Number(args.posts);
const READS = Number(args.reads);
const POLL_MS = 10;

const TOP_10 = `query ($id: ID!) { need(id: $id) { id matches(first: 10) {
  id score distanceKm reasons { kind text } parts { text category geo recency reciprocity feedback }
  provider { id slug name place { name } } offer { id title coopTerms } viewerFeedback viewerIntroduced } } }`;

class Session {
  private cookie = '';
  constructor(private readonly endpoint: string) {}

  async send<T>(query: string, variables: object = {}): Promise<T> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ query, variables }),
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors ?? body));
    return body.data;
  }
}

async function main() {
  const started = Date.now();
  const { url, db } = await openSyntheticDatabase({ label: String(COOPS), count: COOPS }, `p6_bench_matching_${OFFERS}`);
  await generatePostings(db, { offers: OFFERS, needs: NEEDS }, (line) => console.error(line));
  await installJobQueue(url);
  console.error(`Database ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const services = createServices(db);
  const server = await startServer({ db, services, port: 0, host: '127.0.0.1', cookieSecure: false, webDist: null, production: true });
  const worker = await startWorker(services, { connectionString: url, digests: false, pollIntervalMs: 1000 });
  try {
    const me = new Session(`${server.url}/graphql`);
    await me.send(`mutation ($input: SignUpInput!) { signUp(input: $input) { errors { message } } }`, {
      input: { displayName: 'Bench', email: `bench-${Date.now()}@bench.invalid`, password: 'a long enough password' },
    });
    const created = await me.send<{ createCoop: { coop: { id: string } | null; errors: unknown[] } }>(
      `mutation ($input: CoopInput!) { createCoop(input: $input) { coop { id } errors { field message } } }`,
      {
        input: {
          name: `Bench Buyers ${Date.now()}`, placeName: 'Leeds', countryCode: 'GB', coopType: 'CONSUMER',
          provides: 'Buys for its members; here to post needs.', categoryCodes: ['47'],
          whyBuy: 'It is a benchmark.', wantToTalkTo: 'Anyone who can meet its needs.',
        },
      },
    );
    const coopId = created.createCoop.coop?.id;
    if (!coopId) throw new Error(JSON.stringify(created.createCoop.errors));

    const toMatches: number[] = [];
    const matchCounts: number[] = [];
    const needIds: string[] = [];
    for (let i = 0; i < POSTS; i++) {
      const trade = DEMO_TRADES[i % DEMO_TRADES.length]!;
      const input = {
        title: `Looking for ${trade.nouns[0]!.toLowerCase()} (${i + 1})`,
        description: `We need ${trade.provides[i % trade.provides.length]!.toLowerCase()}`,
        categoryCodes: [trade.divisions[0]!],
        area: i % 4 === 3 ? { placeName: null, countryCode: null, radiusKm: null } : { placeName: 'Leeds', countryCode: 'GB', radiusKm: 100 },
        expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      };
      const t0 = performance.now();
      const posted = await me.send<{ postNeed: { need: { id: string } | null; errors: unknown[] } }>(
        `mutation ($coopId: ID!, $input: NeedInput!) { postNeed(coopId: $coopId, input: $input) { need { id } errors { field message } } }`,
        { coopId, input },
      );
      const needId = posted.postNeed.need?.id;
      if (!needId) throw new Error(JSON.stringify(posted.postNeed.errors));
      for (;;) {
        const seen = await me.send<{ need: { matchedAt: string | null; matches: { id: string }[] } }>(
          `query ($id: ID!) { need(id: $id) { matchedAt matches(first: 10) { id } } }`,
          { id: needId },
        );
        if (seen.need.matchedAt) {
          toMatches.push(performance.now() - t0);
          matchCounts.push(seen.need.matches.length);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      needIds.push(needId);
    }

    for (const id of needIds.slice(0, 5)) await me.send(TOP_10, { id }); // warm: plans, loaders
    const reads: number[] = [];
    for (let i = 0; i < READS; i++) {
      const t0 = performance.now();
      await me.send(TOP_10, { id: needIds[i % needIds.length] });
      reads.push(performance.now() - t0);
    }

    const counts = await db.$queryRaw<{ offers: bigint; needs: bigint; coops: bigint }[]>`
      SELECT (SELECT count(*) FROM offers WHERE status = 'OPEN') AS offers,
             (SELECT count(*) FROM needs WHERE status = 'OPEN') AS needs, (SELECT count(*) FROM coops) AS coops`;
    const cpu = os.cpus();
    const c = counts[0]!;
    console.log(`\nMatching speed, ${new Date().toISOString().slice(0, 10)}`);
    console.log(`Machine: ${cpu.length} × ${cpu[0]?.model.trim()}; Node ${process.version}; PostgreSQL on 127.0.0.1`);
    console.log(`Data: ${Number(c.offers).toLocaleString('en-GB')} open offers, ${Number(c.needs).toLocaleString('en-GB')} open needs, ${Number(c.coops).toLocaleString('en-GB')} co-ops (synthetic).`);
    console.log(`Matches found per posted need (top 10 read): mean ${(matchCounts.reduce((a, b) => a + b, 0) / matchCounts.length).toFixed(1)}.\n`);
    console.log(`${'measure'.padEnd(56)} ${'n'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  goal`);
    const line = (label: string, values: number[], goal: string) =>
      console.log(`${label.padEnd(56)} ${String(values.length).padStart(5)} ${pct(values, 50).padStart(8)} ${pct(values, 95).padStart(8)} ${pct(values, 100).padStart(8)}  ${goal}`);
    line('post a need -> its matches stored and visible', toMatches, 'p95 <= 1000 ms');
    line("read a need's top 10 matches (GraphQL, one client)", reads, 'p95 <= 50 ms');
    console.log(`\n(Posting to visible includes the ${POLL_MS} ms polling step of this script.)`);
  } finally {
    await worker.stop();
    await server.close();
    await db.$disconnect();
  }
}

function pct(values: number[], p: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return (sorted[Math.max(0, index)] ?? NaN).toFixed(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
