/**
 * pnpm bench:generate [10k|100k|1m|3m]
 *
 * Makes (or tops up) the benchmark database p6_bench_<size> with that many synthetic co-ops.
 * The speed benchmark does this itself; this script lets the slow part run on its own.
 */
import { openSyntheticDatabase, parseSize } from './bench-database';

async function main() {
  const size = parseSize(process.argv[2]);
  const { url, db } = await openSyntheticDatabase(size);
  const count = await db.coop.count();
  console.log(`${url}: ${count.toLocaleString('en-GB')} co-ops`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
