/**
 * pnpm import-coops [--format ID] [--source NAME] [--demo-data off] FILE...
 *
 * Imports co-ops from register files into DATABASE_URL, or into the embedded database in
 * DATA_DIR when it is unset (stop the app first: the embedded database serves one process).
 * Prints progress, then every skipped row with its reason. Exits 1 when a file is refused.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importCoops, ImportFileError, type ImportReport } from '@principle-six/importer';
import { loadConfig } from '../config';
import { openDatabase } from '../database';
import { openRunningApp } from './cli-database';

function printReport(report: ImportReport): void {
  console.log(
    `${report.file} (${report.format}): ${report.rows} rows; ${report.created} created, ${report.updated} updated,` +
      ` ${report.keptClaimed} kept as their members wrote them, ${report.skipped.length} skipped,` +
      ` ${report.warnings.length} warnings.`,
  );
  for (const s of report.skipped) console.log(`  skipped line ${s.line}${s.sourceId ? ` (${s.sourceId})` : ''}: ${s.reason}`);
  for (const w of report.warnings) console.log(`  warning line ${w.line} (${w.sourceId}): ${w.message}`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string' }, source: { type: 'string' } },
  });
  if (positionals.length === 0) {
    console.error('usage: pnpm import-coops [--format coops-uk-open-data|sse-standard] [--source coops-uk] FILE...');
    return 2;
  }
  // Imported data should not be mixed with generated demo co-ops unless asked for.
  const config = { ...loadConfig(), demoData: process.env.DEMO_DATA === 'on' };
  // An app running on the embedded database holds its files: the import goes through its socket,
  // never beside it (two processes on one PGlite's files corrupt them).
  const running = config.databaseUrl ? null : await openRunningApp(config.dataDir);
  if (running) console.error(`Importing into ${running.describe}.`);
  // Imports write: no read replica needed.
  const database = running ?? (await openDatabase({ ...config, replicaUrl: null }, (m) => console.error(m)));
  try {
    // Paths as typed, from where they were typed: pnpm runs this script in apps/api, and sets
    // INIT_CWD to the directory the command came from (the README's paths are from the root).
    const from = process.env.INIT_CWD ?? process.cwd();
    for (const file of positionals.map((f) => path.resolve(from, f))) {
      let lastShown = -1;
      const report = await importCoops(database.db, file, {
        format: values.format,
        source: values.source,
        onProgress: ({ phase, done, total }) => {
          const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
          if (percent >= lastShown + 10 || done === total) {
            lastShown = percent;
            console.error(`${file}: ${phase} ${done}/${total} (${percent}%)`);
          }
        },
      });
      printReport(report);
    }
    return 0;
  } catch (error) {
    if (error instanceof ImportFileError) {
      console.error(`Import refused: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
