import { createClient, type Client } from 'graphql-ws';
import type { Runner } from 'graphile-worker';
import WebSocket from 'ws';
import { createPrismaClient, type Database } from '@principle-six/db';
import { startWorker } from '../../src/jobs/worker';
import { REMINDER_AFTER_MS } from '../../src/modules/referrals/reminders';
import { DEFAULT_SERVICE_SETTINGS, createServices, type Services } from '../../src/services';
import { verifyEmail } from './support/business';
import { POST_NEED, needInput } from './support/postings';
import { passReferral, referralInput } from './support/referrals';
import { SIGN_OUT, VIEWER, createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

/**
 * Issue 17, several API processes on one database: two servers with their own services (as two
 * processes have), news between them over PostgreSQL LISTEN/NOTIFY, rate limits counted in the
 * database, sessions in the database. (A pitch round across processes: pitch-rounds.int.test.ts.)
 */

let a: TestApi;
let b: TestApi;
let giver: TestClient;
let giverCoop: { id: string };
let receiverOnA: TestClient;
let receiverId: string;
let receiverCoop: { id: string };

const settings = { rateLimitHeadroom: 1, rateLimitStore: 'database' as const };

beforeAll(async () => {
  a = await startTestApi('postgres', { crossProcess: true, services: settings });
  b = await startTestApi('postgres', { crossProcess: true, services: settings, database: a.url });
  giver = a.client();
  await verifyEmail(a.db, (await signUp(giver, 'Giver')).id);
  giverCoop = await createCoop(giver, { name: 'Giving Accountants Co-op', placeName: 'Leeds' });
  receiverOnA = a.client();
  receiverId = (await signUp(receiverOnA, 'Receiver')).id;
  await verifyEmail(a.db, receiverId);
  receiverCoop = await createCoop(receiverOnA, { name: 'Receiving Printers Co-op', placeName: 'Bradford' });
});

afterAll(async () => {
  await b.close();
  await a.close();
});

/** The same person's session on server B: the cookie made by A. */
function onB(client: TestClient): TestClient {
  const there = b.client();
  there.sessionCookie = client.sessionCookie;
  return there;
}

/** An inbox page open on `api` as `client`, recording what arrives and how its socket closed. */
function openInbox(api: TestApi, client: TestClient) {
  const received: string[] = [];
  const closes: number[] = [];
  const cookie = client.sessionCookie ?? '';
  const ws: Client = createClient({
    url: api.endpoint.replace('http', 'ws'),
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
    on: { closed: (event) => closes.push((event as { code: number }).code) },
  });
  ws.subscribe<{ inbox: { notification: { kind: string } } }>(
    { query: 'subscription { inbox { notification { kind } } }' },
    { next: (value) => received.push(value.data!.inbox.notification.kind), error: () => {}, complete: () => {} },
  );
  return { received, closes, close: () => ws.dispose() };
}

async function until(test: () => boolean, ms = 5000, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`No ${what} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('two API processes on one database', () => {
  it('delivers an inbox item written on A to the receiver subscribed on B, once', async () => {
    const page = openInbox(b, onB(receiverOnA));
    await until(() => b.services.inboxEvents.listening(receiverId) > 0, 5000, 'subscription on B');
    // Nobody is subscribed on A: the item can only reach the page through the database.
    expect(a.services.inboxEvents.listening(receiverId)).toBe(0);
    await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id));
    await until(() => page.received.length > 0, 5000, 'inbox event on B');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(page.received).toEqual(['REFERRAL_RECEIVED']);
    await page.close();
  });

  it('delivers an item written by a job worker in a process with no HTTP server', async () => {
    // A third "process": its own services and bus, a job worker and nothing to serve.
    const workerDb: Database = createPrismaClient(a.url, { maxConnections: 2 });
    const workerServices: Services = createServices(workerDb, { ...DEFAULT_SERVICE_SETTINGS, liveEventsUrl: a.url });
    let worker: Runner | null = null;
    const page = openInbox(b, onB(receiverOnA));
    try {
      await until(() => b.services.inboxEvents.listening(receiverId) > 0, 5000, 'subscription on B');
      const referral = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id, { what: 'A second lead: a bakery wants its books kept.' }));
      await until(() => page.received.length > 0, 5000, 'the referral itself');
      // Waiting a week on its receiver: the hourly reminder job is due for it.
      await a.db.referral.update({ where: { id: referral.id }, data: { stageChangedAt: new Date(Date.now() - REMINDER_AFTER_MS - 60_000) } });
      worker = await startWorker(workerServices, { connectionString: a.url, pollIntervalMs: 100, digests: false, searchUpkeep: false, dumps: false });
      await worker.addJob('remind-referrals', {});
      await until(() => page.received.includes('REFERRAL_REMINDER'), 10_000, 'reminder on B');
      expect(page.received.filter((k) => k === 'REFERRAL_REMINDER')).toHaveLength(1);
    } finally {
      await page.close();
      await worker?.stop();
      await worker?.promise.catch(() => {});
      await workerServices.liveEvents.close();
      await workerDb.$disconnect();
    }
  });

  it('honours a session made on A on B, and a sign-out on A ends it on B, closing its open sockets there at once', async () => {
    const person = a.client();
    const { id } = await signUp(person, 'Roaming');
    const there = onB(person);
    expect((await there.data(VIEWER)).viewer.user.id).toBe(id);
    const page = openInbox(b, there);
    await until(() => b.services.inboxEvents.listening(id) > 0, 5000, 'subscription on B');
    await person.data(SIGN_OUT);
    expect((await there.data(VIEWER)).viewer).toBeNull();
    // Not at B's next event (there may be none for hours): the sign-out's news closes it now.
    await until(() => page.closes.length > 0, 5000, 'socket closed on B');
    expect(page.closes).toEqual([4401]);
    await page.close();
  });

  it('counts a rate limit across both: 30 needs an hour, posted alternately on A and B', async () => {
    const poster = a.client();
    await verifyEmail(a.db, (await signUp(poster, 'Prolific')).id);
    const coop = await createCoop(poster);
    const posterOnB = onB(poster);
    for (let i = 0; i < 30; i++) {
      const { postNeed } = await (i % 2 ? posterOnB : poster).data(POST_NEED, { coopId: coop.id, input: needInput({ title: `Need number ${i}` }) });
      expect(postNeed.errors).toEqual([]);
    }
    for (const client of [poster, posterOnB]) {
      const { postNeed } = await client.data(POST_NEED, { coopId: coop.id, input: needInput({ title: 'One too many' }) });
      expect(postNeed.errors[0]).toMatchObject({ code: 'RATE_LIMITED' });
    }
    expect(await a.db.need.count({ where: { coopId: coop.id } })).toBe(30);
  });
});
