import autocannon from 'autocannon';
import type pg from 'pg';
import type { RecordedStatement } from './recording-pool';

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

/** Percentiles by rank over every latency seen (both sides use this, so they compare). */
export function summarise(latenciesMs: number[], seconds: number, failures: number): LoadFigures {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN);
  return { requests: sorted.length, perSecond: sorted.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), failures };
}

/** GraphQL over HTTP with autocannon: `connections` clients, each sending the bodies in turn. */
export async function loadGraphql(
  url: string,
  bodies: string[],
  options: { connections: number; seconds: number; /** A session cookie to send. */ cookie?: string },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let failures = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        connections: options.connections,
        duration: options.seconds,
        headers: { 'content-type': 'application/json', ...(options.cookie ? { cookie: options.cookie } : {}) },
        requests: bodies.map((body) => ({ method: 'POST', body })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else failures++;
    });
  });
  return summarise(latencies, result.duration, failures + result.errors + result.timeouts);
}

/**
 * The same SQL straight through node-postgres: `connections` loops, each replaying one recorded
 * request after another, its statements grouped as the app had them in flight.
 */
export async function loadRawSql(
  pool: pg.Pool,
  requests: RecordedStatement[][][],
  options: { connections: number; seconds: number },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const loop = async (offset: number) => {
    for (let i = offset; performance.now() < deadline; i++) {
      const groups = requests[i % requests.length]!;
      const begun = performance.now();
      // A transaction's statements go to one checked-out connection, as the app sent them.
      const sessions = new Map<number, Promise<pg.PoolClient>>();
      const on = (s: RecordedStatement) => {
        if (s.session === null) return pool;
        if (!sessions.has(s.session)) sessions.set(s.session, pool.connect());
        return sessions.get(s.session)!;
      };
      try {
        for (const group of groups) {
          await Promise.all(
            group.map(async (s) => (await on(s)).query({ text: s.text, values: s.values, rowMode: 'array' })),
          );
        }
        latencies.push(performance.now() - begun);
      } catch {
        failures++;
      } finally {
        for (const client of sessions.values()) (await client).release();
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => loop(i)));
  return summarise(latencies, (performance.now() - started) / 1000, failures);
}
