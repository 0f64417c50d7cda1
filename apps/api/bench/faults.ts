/**
 * Fault tests (pnpm bench:faults): what the API does when its process or its database dies. They
 * take a few minutes and need root (a PostgreSQL cluster of their own), so they are a script, not
 * part of npm test. Each prints its counts; the run fails when a goal is missed.
 *
 *   --only kill | referrals | outage    run one of the three
 */
import { parseArgs } from 'node:util';
import { createFreshDatabase, dropDatabase } from './bench-database';
import { createOutageCluster, databaseOutage, dropOutageCluster } from './faults/database-outage';
import { killDuringCreates, NEEDS, REFERRALS } from './faults/kill-during-creates';

const log = (line: string) => console.log(line);

async function main() {
  // pnpm passes a lone '--' through.
  const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { only: { type: 'string' } } });
  let failed = false;

  for (const [only, kind] of [['kill', NEEDS], ['referrals', REFERRALS]] as const) {
    if (values.only && values.only !== only) continue;
    log(`kill -9 of the API during a stream of ${kind.label} created with idempotency keys`);
    const name = `p6_fault_kill_${process.pid}`;
    const url = await createFreshDatabase(name);
    try {
      const f = await killDuringCreates(url, log, kind);
      console.table([f]);
      log(`  goal: 0 acknowledged ${kind.label} lost, 0 written twice: ${f.acknowledgedLost === 0 && f.writtenTwice === 0 && f.retriedWithOtherId === 0 ? 'met' : 'MISSED'}`);
      failed ||= f.acknowledgedLost > 0 || f.writtenTwice > 0 || f.retriedWithOtherId > 0;
    } finally {
      await dropDatabase(name);
    }
  }

  if (!values.only || values.only === 'outage') {
    log('PostgreSQL stopped and started under load');
    const url = createOutageCluster();
    try {
      const f = await databaseOutage(url, log);
      log(`  answers before: ${JSON.stringify(f.before)}`);
      log(`  answers while PostgreSQL was down: ${JSON.stringify(f.during)}`);
      log(`  answers after it was started: ${JSON.stringify(f.after)}`);
      log(`  recovered ${f.recoverySeconds.toFixed(1)} s after PostgreSQL started; API process stayed up: ${f.apiStayedUp}`);
      log(`  needs acknowledged: ${f.acknowledgedNeeds}; never matched (lost jobs): ${f.needsNeverMatched}`);
      const clear = Object.keys(f.during).every((k) => k === 'ok' || k.startsWith('503 SERVICE_UNAVAILABLE'));
      log(`  goal: clear errors while down (${clear ? 'met' : 'MISSED'}), recovery by itself (${Number.isFinite(f.recoverySeconds) && f.apiStayedUp ? 'met' : 'MISSED'}), no job lost (${f.needsNeverMatched === 0 ? 'met' : 'MISSED'})`);
      failed ||= !clear || !Number.isFinite(f.recoverySeconds) || !f.apiStayedUp || f.needsNeverMatched > 0;
    } finally {
      dropOutageCluster();
    }
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
