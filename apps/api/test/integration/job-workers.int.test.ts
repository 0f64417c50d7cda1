import { randomUUID } from 'node:crypto';
import { parseCronItems, run, type Runner } from 'graphile-worker';
import { enqueue, quietLogger } from '../../src/jobs/queue';
import { startWorker } from '../../src/jobs/worker';
import type { Services } from '../../src/services';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Issue 17: with a job worker in each of several processes, each job still runs once
 * (graphile-worker takes jobs with FOR UPDATE SKIP LOCKED). Two workers as the app starts them
 * (startWorker: its concurrency, polling, unnamed statements) on one database, each "process"
 * with its own matcher that only counts, and a few hundred jobs queued at once.
 */
let api: TestApi;
const runs = new Map<string, string[]>();
const runners: Runner[] = [];

/** The app's services with matching replaced by a counter that remembers which worker ran it. */
function countingServices(name: string): Services {
  const matchNeed = async (needId: string) => {
    runs.set(needId, [...(runs.get(needId) ?? []), name]);
    // Long enough that both workers hold jobs at the same time.
    await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { ...api.services, matcher: { matchNeed } as unknown as Services['matcher'] };
}

beforeAll(async () => {
  api = await startTestApi('postgres');
});

afterAll(async () => {
  for (const runner of runners) {
    await runner.stop();
    await runner.promise.catch(() => {});
  }
  await api.close();
});

it('runs each of 300 jobs exactly once with two workers on one database', async () => {
  const ids = Array.from({ length: 300 }, () => randomUUID());
  // Queued before either worker starts, so both find a full queue and race for it.
  await api.db.$transaction(async (tx) => {
    for (const needId of ids) await enqueue(tx, 'match-need', { needId });
  });
  for (const name of ['one', 'two']) {
    runners.push(
      await startWorker(countingServices(name), { connectionString: api.url, pollIntervalMs: 50, digests: false, searchUpkeep: false, dumps: false }),
    );
  }
  const deadline = Date.now() + 60_000;
  for (;;) {
    const [{ left } = { left: -1 }] = await api.db.$queryRaw<{ left: number }[]>`SELECT count(*)::int AS left FROM graphile_worker.jobs WHERE task_identifier = 'match-need'`;
    if (left === 0 && runs.size === ids.length) break;
    if (Date.now() > deadline) throw new Error(`${left} jobs left, ${runs.size} run`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Settle: a job run twice would show up now.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect([...runs.keys()].sort()).toEqual([...ids].sort());
  const twice = [...runs.entries()].filter(([, by]) => by.length !== 1);
  expect(twice).toEqual([]);
  // Both took part (else the test proves nothing about two workers).
  const byWorker = [...runs.values()].flat();
  expect(byWorker.filter((w) => w === 'one').length).toBeGreaterThan(0);
  expect(byWorker.filter((w) => w === 'two').length).toBeGreaterThan(0);
}, 90_000);

/**
 * A cron item is queued once per period however many workers run it: whichever worker wins the
 * conditional update of the item's row in known_crontabs queues it. Shown with backfill, so that
 * no test waits for a minute to turn: the item was last run 10 minutes ago, two workers start at
 * once, and each would queue the 10 missed minutes were it not for that row.
 */
it('queues each period of a cron item once with two workers starting together', async () => {
  const seen: string[] = [];
  await api.db.$executeRaw`INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since, last_execution)
    VALUES ('two-workers-cron', now() - interval '1 hour', now() - interval '10 minutes')`;
  const start = () =>
    run({
      connectionString: api.url,
      concurrency: 2,
      pollInterval: 50,
      noHandleSignals: true,
      noPreparedStatements: true,
      logger: quietLogger,
      taskList: { 'count-cron': async (payload) => void seen.push((payload as { _cron: { ts: string } })._cron.ts) },
      parsedCronItems: parseCronItems([{ task: 'count-cron', identifier: 'two-workers-cron', match: '* * * * *', options: { backfillPeriod: 15 * 60_000 } }]),
    });
  const [one, two] = await Promise.all([start(), start()]);
  runners.push(one, two);
  const deadline = Date.now() + 30_000;
  while (seen.length < 9 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => setTimeout(resolve, 1000)); // a second worker's copies would arrive now
  // The 10 minutes since the last run (9 or 10 of them, as the clock falls), each once.
  expect(seen.length).toBeGreaterThanOrEqual(9);
  expect(new Set(seen).size).toBe(seen.length);
}, 60_000);
