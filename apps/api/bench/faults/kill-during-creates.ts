import { createPrismaClient } from '@principle-six/db';
import { TestClient } from '../../test/integration/support/test-client';
import { startApiProcess, stopProcess, type ApiProcess } from '../api-process';

/**
 * kill -9 of the API in the middle of a stream of creates sent with idempotency keys, then a
 * restart and a retry of every create with its key: no create the API acknowledged may be lost,
 * and none may be written twice.
 */
export interface KillFigures {
  creates: number;
  acknowledgedBeforeKill: number;
  failedByKill: number;
  acknowledgedLost: number;
  writtenTwice: number;
  retriedWithOtherId: number;
}

const POST_NEED = `mutation ($coopId: ID!, $input: NeedInput!, $key: String) {
  postNeed(coopId: $coopId, input: $input, idempotencyKey: $key) { need { id } errors { code message } } }`;

const needInput = (i: number) => ({
  title: `Fault-test need number ${i}`,
  description: 'Printed leaflets for a community event, about five hundred copies, delivered.',
  categoryCodes: ['18'],
  area: { placeName: null, countryCode: null, radiusKm: null },
  expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
});

/**
 * People (sign-ups are limited to 10 an hour per address), each posting few enough needs that
 * every create and its retry stay within the 30 an hour a person may post.
 */
const PEOPLE = 8;
const PER_PERSON = 14;

export async function killDuringCreates(databaseUrl: string, log: (line: string) => void): Promise<KillFigures> {
  const db = createPrismaClient(databaseUrl, { maxConnections: 2 });
  let api: ApiProcess = await startApiProcess({ DATABASE_URL: databaseUrl, JOB_WORKER: 'off' });
  try {
    const people: { client: TestClient; coopId: string }[] = [];
    for (let p = 0; p < PEOPLE; p++) {
      const client = new TestClient(`${api.url}/graphql`);
      const email = `fault.${p}.${Date.now()}@example.coop`;
      await client.data(`mutation ($input: SignUpInput!) { signUp(input: $input) { errors { code } } }`, {
        input: { email, password: 'a long enough password', displayName: `Fault ${p}` },
      });
      const coop = await client.data(`mutation ($input: CoopInput!) { createCoop(input: $input) { coop { id } errors { code message } } }`, {
        input: {
          name: `Fault Co-op ${p} ${Date.now()}`, placeName: 'Leeds', countryCode: 'GB', provides: 'Printing for the fault test.',
          categoryCodes: ['18'], whyBuy: 'Tested under faults.', wantToTalkTo: 'Anyone who needs printing.', coopType: 'WORKER',
        },
      });
      if (!coop.createCoop.coop) throw new Error(`Could not create a co-op: ${JSON.stringify(coop.createCoop.errors)}`);
      people.push({ client, coopId: coop.createCoop.coop.id });
    }
    const creates = Array.from({ length: PEOPLE * PER_PERSON }, (_, i) => ({
      i, person: people[i % PEOPLE]!, key: `fault-${Date.now()}-${i}`, input: needInput(i), firstId: null as string | null,
    }));

    // A retry sends the very same request: same arguments, same key.
    // Send them 6 at a time; kill the API once a third have been acknowledged.
    let acknowledged = 0;
    let killed = false;
    let next = 0;
    const worker = async () => {
      while (next < creates.length) {
        const create = creates[next++]!;
        try {
          const result = await create.person.client.data(POST_NEED, { coopId: create.person.coopId, input: create.input, key: create.key });
          if (result.postNeed.need) {
            create.firstId = result.postNeed.need.id;
            acknowledged++;
          }
        } catch {
          // The connection died with the process: not acknowledged.
        }
        if (!killed && acknowledged >= creates.length / 3) {
          killed = true;
          api.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    const acknowledgedBeforeKill = creates.filter((c) => c.firstId).length;
    log(`  killed with ${acknowledgedBeforeKill} of ${creates.length} creates acknowledged`);
    if (api.child.exitCode === null && api.child.signalCode === null) await new Promise((resolve) => api.child.once('exit', resolve));

    // The same sessions (they live in the database) on the restarted process, every create again.
    api = await startApiProcess({ DATABASE_URL: databaseUrl, JOB_WORKER: 'off' });
    let retriedWithOtherId = 0;
    for (const create of creates) {
      create.person.client = Object.assign(new TestClient(`${api.url}/graphql`), { sessionCookie: create.person.client.sessionCookie });
    }
    for (const create of creates) {
      const result = await create.person.client.data(POST_NEED, { coopId: create.person.coopId, input: create.input, key: create.key });
      const id = result.postNeed.need?.id ?? null;
      if (!id) throw new Error(`Retry ${create.i} refused: ${JSON.stringify(result.postNeed.errors)}`);
      if (create.firstId && create.firstId !== id) retriedWithOtherId++;
    }
    const stored = await db.need.findMany({ where: { title: { startsWith: 'Fault-test need number ' } }, select: { id: true, title: true } });
    const storedIds = new Set(stored.map((n) => n.id));
    const byTitle = new Map<string, number>();
    for (const n of stored) byTitle.set(n.title, (byTitle.get(n.title) ?? 0) + 1);
    return {
      creates: creates.length,
      acknowledgedBeforeKill,
      failedByKill: creates.length - acknowledgedBeforeKill,
      acknowledgedLost: creates.filter((c) => c.firstId && !storedIds.has(c.firstId)).length,
      writtenTwice: [...byTitle.values()].filter((n) => n > 1).length,
      retriedWithOtherId,
    };
  } finally {
    await stopProcess(api.child);
    await db.$disconnect();
  }
}
