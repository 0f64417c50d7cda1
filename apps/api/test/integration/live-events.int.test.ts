import { createPrismaClient, withConnection, type Database } from '@principle-six/db';
import { RESUMED } from '../../src/live-events';
import { PostgresEventBus, LISTENER_NAME } from '../../src/live-events/postgres-bus';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './support/postgres';

/**
 * The PostgreSQL bus as two API processes use it: two buses, each with its own LISTEN
 * connection, publishing through a pool, on one database.
 */
let dbName: string;
let url: string;
let db: Database;
const buses: PostgresEventBus[] = [];
const lines: string[] = [];

function bus(): PostgresEventBus {
  const made = new PostgresEventBus({
    url,
    notify: (channel, payload) => db.$executeRaw`SELECT pg_notify(${channel}, ${payload})`,
    log: (line) => lines.push(line),
    firstRetryMs: 50,
  });
  buses.push(made);
  return made;
}

/** The next value, or 'nothing' within `ms`. */
async function within<T>(p: Promise<IteratorResult<T>>, ms = 2000): Promise<T | 'nothing'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'nothing'>((resolve) => (timer = setTimeout(() => resolve('nothing'), ms)));
  try {
    return await Promise.race([p.then((r) => r.value as T), late]);
  } finally {
    clearTimeout(timer);
  }
}

beforeAll(async () => {
  dbName = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
  url = databaseUrl(dbName);
  db = createPrismaClient(url, { maxConnections: 2 });
});

afterAll(async () => {
  for (const b of buses) await b.close();
  await db.$disconnect();
  await dropDatabase(dbName);
});

describe('the PostgreSQL live-events bus', () => {
  it('carries a message from one process to subscribers in both, once each', async () => {
    const a = bus();
    const b = bus();
    await a.start();
    await b.start();
    const onA = a.subscribe('inbox', 'user-1');
    const onB = b.subscribe('inbox', 'user-1');
    const elsewhere = b.subscribe('inbox', 'user-2');
    const [fromA, fromB] = [onA.next(), onB.next()];
    await a.publish('inbox', 'user-1', 'note-1');
    expect(await within(fromA)).toBe('note-1');
    expect(await within(fromB)).toBe('note-1');
    // Once: no second copy follows, and other keys hear nothing.
    expect(await within(onB.next(), 300)).toBe('nothing');
    expect(await within(elsewhere.next(), 300)).toBe('nothing');
    await Promise.all([onA.return!(), onB.return!(), elsewhere.return!()]);
  });

  it('refuses data where an id belongs, and ignores NOTIFYs that are not its own', async () => {
    const a = bus();
    await a.start();
    await expect(a.publish('pitch_rounds', 'meeting', 'x'.repeat(8000))).rejects.toThrow(/limit/);
    const sub = a.subscribe('pitch_rounds', 'meeting');
    const next = sub.next();
    await db.$executeRaw`SELECT pg_notify('pitch_rounds', 'nospace')`;
    await a.publish('pitch_rounds', 'meeting', '7');
    expect(await within(next)).toBe('7');
    await sub.return!();
  });

  it('connects again after its LISTEN connection is cut, tells subscribers to catch up, and hears again', async () => {
    const a = bus();
    const b = bus();
    await a.start();
    await b.start();
    const sub = b.subscribe('pitch_rounds', 'm1');
    // Cut every LISTEN connection on this database (both buses'), as a server restart would.
    await withConnection(url, (c) => c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()', [LISTENER_NAME]));
    expect(await within(sub.next(), 10_000)).toBe(RESUMED);
    expect(lines.some((l) => l.includes('LISTEN connection lost'))).toBe(true);
    // Both are back (a's own resume has no subscribers); a message from a reaches b.
    const deadline = Date.now() + 10_000;
    let heard: string | 'nothing' = 'nothing';
    while (heard === 'nothing' && Date.now() < deadline) {
      const next = sub.next();
      await a.publish('pitch_rounds', 'm1', '2');
      heard = await within(next, 500);
    }
    expect(heard).toBe('2');
    await sub.return!();
  });
});
