import { randomUUID } from 'node:crypto';
import type { Runner } from 'graphile-worker';
import { enqueue } from '../../src/jobs/queue';
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
