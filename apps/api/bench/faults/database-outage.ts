import { execFileSync } from 'node:child_process';
import { createPrismaClient } from '@principle-six/db';
import { TestClient } from '../../test/integration/support/test-client';
import { startApiProcess, stopProcess } from '../api-process';

/**
 * PostgreSQL stopped (as by a crash: immediate mode) and started again under a steady load of
 * reads and writes, on a cluster of its own so that nothing else on the machine is disturbed.
 * While it is down the API must answer a clear error, not hang or crash; afterwards it must
 * recover by itself, and every need it acknowledged must still get matched (no job lost).
 */
export interface OutageFigures {
  before: Tally;
  during: Tally;
  after: Tally;
  recoverySeconds: number;
  acknowledgedNeeds: number;
  needsNeverMatched: number;
  apiStayedUp: boolean;
}

type Tally = Record<string, number>;

const VERSION = '15';
const CLUSTER = 'p6fault';
const PORT = 5499;

const cluster = (...args: string[]) => execFileSync('pg_ctlcluster', [VERSION, CLUSTER, ...args], { stdio: 'pipe' });

export function createOutageCluster(): string {
  try {
    execFileSync('pg_dropcluster', [VERSION, CLUSTER, '--stop'], { stdio: 'ignore' });
  } catch {
    // none left from an earlier run
  }
  execFileSync('pg_createcluster', [VERSION, CLUSTER, '-p', String(PORT), '--start', '--', '--auth-host=trust', '--auth-local=trust'], { stdio: 'pipe' });
  execFileSync('psql', ['-h', '127.0.0.1', '-p', String(PORT), '-U', 'postgres', '-qc', 'CREATE DATABASE p6_fault'], { stdio: 'pipe' });
  return `postgresql://postgres@127.0.0.1:${PORT}/p6_fault`;
}

export function dropOutageCluster(): void {
  execFileSync('pg_dropcluster', [VERSION, CLUSTER, '--stop'], { stdio: 'ignore' });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function databaseOutage(databaseUrl: string, log: (line: string) => void): Promise<OutageFigures> {
  const api = await startApiProcess({ DATABASE_URL: databaseUrl, JOB_WORKER: 'on' });
  const db = createPrismaClient(databaseUrl, { maxConnections: 2 });
  type Phase = 'before' | 'during' | 'after';
  let phase = 'before' as Phase;
  const tallies: Record<Phase, Tally> = { before: {}, during: {}, after: {} };
  const count = (what: string) => (tallies[phase][what] = (tallies[phase][what] ?? 0) + 1);
  const acknowledged: string[] = [];
  let running = true;
  try {
    const people: { client: TestClient; coopId: string }[] = [];
    for (let p = 0; p < 3; p++) {
      const client = new TestClient(`${api.url}/graphql`);
      await client.data(`mutation ($input: SignUpInput!) { signUp(input: $input) { errors { code } } }`, {
        input: { email: `outage.${p}.${Date.now()}@example.coop`, password: 'a long enough password', displayName: `Outage ${p}` },
      });
      const made = await client.data(`mutation ($input: CoopInput!) { createCoop(input: $input) { coop { id } } }`, {
        input: { name: `Outage Co-op ${p} ${Date.now()}`, placeName: 'Leeds', countryCode: 'GB', provides: 'Bookkeeping for the outage test.',
          categoryCodes: ['69'], whyBuy: 'Tested under faults.', wantToTalkTo: 'Anyone who needs printing.', coopType: 'WORKER' },
      });
      people.push({ client, coopId: made.createCoop.coop.id });
    }

    const load = async (person: (typeof people)[number], index: number) => {
      for (let i = 0; running; i++) {
        const write = i % 8 === 0;
        const started = Date.now();
        try {
          const result = write
            ? await person.client.request(
                `mutation ($coopId: ID!, $input: NeedInput!, $key: String) { postNeed(coopId: $coopId, input: $input, idempotencyKey: $key) { need { id } errors { code } } }`,
                { coopId: person.coopId, key: `outage-${index}-${i}`, input: {
                  title: `Outage need ${index}-${i}`, description: 'Year-end accounts for a small housing co-op, due next month.',
                  categoryCodes: ['69'], area: {}, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
              )
            : await person.client.request('{ needs(first: 5) { totalCount } }');
          const code = result.errors?.[0]?.extensions?.code as string | undefined;
          count(result.status >= 500 || code ? `${result.status} ${code ?? ''}`.trim() : 'ok');
          const need = (result.data as { postNeed?: { need?: { id: string } | null } } | undefined)?.postNeed?.need;
          if (need) acknowledged.push(need.id);
        } catch (error) {
          count(`no answer (${(error as Error).message.slice(0, 40)})`);
        }
        // A steady pace, a little under 10 requests a second per client.
        await sleep(Math.max(0, 100 - (Date.now() - started)));
      }
    };
    const loads = people.map((person, i) => load(person, i));

    await sleep(8_000);
    log('  stopping PostgreSQL (immediate)');
    phase = 'during';
    cluster('stop', '-m', 'immediate');
    await sleep(8_000);
    log('  starting PostgreSQL again');
    cluster('start');
    const restarted = Date.now();
    phase = 'after';
    // Recovered when a read through the API answers again.
    let recoverySeconds = Number.NaN;
    for (let waited = 0; waited < 60_000; waited += 200) {
      const probe = await new TestClient(`${api.url}/graphql`).request('{ needs(first: 1) { totalCount } }').catch(() => null);
      if (probe?.data) {
        recoverySeconds = (Date.now() - restarted) / 1000;
        break;
      }
      await sleep(200);
    }
    await sleep(8_000);
    running = false;
    await Promise.all(loads);

    // Every acknowledged need's match job must have run (matchedAt set), however long it waited.
    let unmatched = acknowledged.length;
    for (let waited = 0; waited < 90_000 && unmatched > 0; waited += 1000) {
      unmatched = await db.need.count({ where: { id: { in: acknowledged }, matchedAt: null } });
      if (unmatched > 0) await sleep(1000);
    }
    return {
      before: tallies.before,
      during: tallies.during,
      after: tallies.after,
      recoverySeconds,
      acknowledgedNeeds: acknowledged.length,
      needsNeverMatched: unmatched,
      apiStayedUp: api.child.exitCode === null && api.child.signalCode === null,
    };
  } finally {
    running = false;
    await stopProcess(api.child);
    await db.$disconnect();
  }
}
