import { createPrismaClient, type Database } from '@principle-six/db';
import { TestClient } from '../../test/integration/support/test-client';
import { startApiProcess, stopProcess, type ApiProcess } from '../api-process';

/**
 * kill -9 of the API in the middle of a stream of creates (needs, or referrals) sent with idempotency keys, then a
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

/** What is created: the mutation, its variables for the i-th create, and how to find them stored. */
export interface CreateKind {
  label: string;
  /** Creates per person: each create and its retry must stay within the person's rate limit. */
  perPerson: number;
  /** Whether the people confirm their email address first (passing a referral needs it). */
  verified: boolean;
  mutation: string;
  variables(i: number, coopId: string, nextCoopId: string): Record<string, unknown>;
  /** The created id in the answer, or null when it was refused. */
  idOf(data: Record<string, { errors: unknown[] } & Record<string, { id: string } | null | unknown[]>>): string | null;
  /** Every stored row this kind made, with the label that tells which create it came from. */
  stored(db: Database): Promise<{ id: string; label: string }[]>;
}

export const NEEDS: CreateKind = {
  label: 'needs',
  // postNeed allows 30 an hour.
  perPerson: 14,
  verified: false,
  mutation: `mutation ($coopId: ID!, $input: NeedInput!, $key: String) {
    postNeed(coopId: $coopId, input: $input, idempotencyKey: $key) { need { id } errors { code message } } }`,
  variables: (i, coopId) => ({
    coopId,
    input: {
      title: `Fault-test need number ${i}`,
      description: 'Printed leaflets for a community event, about five hundred copies, delivered.',
      categoryCodes: ['18'],
      area: { placeName: null, countryCode: null, radiusKm: null },
      expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  }),
  idOf: (data) => (data.postNeed?.need as { id: string } | null)?.id ?? null,
  stored: async (db) =>
    (await db.need.findMany({ where: { title: { startsWith: 'Fault-test need number ' } }, select: { id: true, title: true } })).map((n) => ({
      id: n.id,
      label: n.title,
    })),
};

export const REFERRALS: CreateKind = {
  label: 'referrals',
  // passReferral allows 20 an hour.
  perPerson: 9,
  verified: true,
  mutation: `mutation ($input: PassReferralInput!, $key: String) {
    passReferral(input: $input, idempotencyKey: $key) { referral { id } errors { code message } } }`,
  variables: (i, coopId, nextCoopId) => ({
    input: {
      fromCoopId: coopId,
      toCoopId: nextCoopId,
      kind: 'EXTERNAL',
      what: `Fault-test referral number ${i}: a prospect who needs printing.`,
      prospect: { name: `Prospect ${i}`, email: `prospect-${i}@example.coop` },
      prospectKnows: true,
      warmth: 3,
    },
  }),
  idOf: (data) => (data.passReferral?.referral as { id: string } | null)?.id ?? null,
  stored: async (db) =>
    (await db.referral.findMany({ where: { what: { startsWith: 'Fault-test referral number ' } }, select: { id: true, what: true } })).map((r) => ({
      id: r.id,
      label: r.what,
    })),
};

/** People: sign-ups are limited to 10 an hour per address. */
const PEOPLE = 8;

export async function killDuringCreates(databaseUrl: string, log: (line: string) => void, kind: CreateKind = NEEDS): Promise<KillFigures> {
  const PER_PERSON = kind.perPerson;
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
      if (kind.verified) await db.user.updateMany({ where: { email }, data: { emailVerifiedAt: new Date() } });
      people.push({ client, coopId: coop.createCoop.coop.id });
    }
    const creates = Array.from({ length: PEOPLE * PER_PERSON }, (_, i) => ({
      i,
      person: people[i % PEOPLE]!,
      key: `fault-${Date.now()}-${i}`,
      variables: kind.variables(i, people[i % PEOPLE]!.coopId, people[(i + 1) % PEOPLE]!.coopId),
      firstId: null as string | null,
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
          const id = kind.idOf(await create.person.client.data(kind.mutation, { ...create.variables, key: create.key }));
          if (id) {
            create.firstId = id;
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
      const result = await create.person.client.data(kind.mutation, { ...create.variables, key: create.key });
      const id = kind.idOf(result);
      if (!id) throw new Error(`Retry ${create.i} refused: ${JSON.stringify(result)}`);
      if (create.firstId && create.firstId !== id) retriedWithOtherId++;
    }
    const stored = await kind.stored(db);
    const storedIds = new Set(stored.map((n) => n.id));
    const byTitle = new Map<string, number>();
    for (const n of stored) byTitle.set(n.label, (byTitle.get(n.label) ?? 0) + 1);
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
