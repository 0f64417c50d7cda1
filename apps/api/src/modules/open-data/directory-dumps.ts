import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { DirectoryExport, ExportFormat } from './directory-export';

export const DUMP_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl'];

/**
 * The whole directory as files made once a night (the `dump-directory` job), so that a map or an
 * archive takes everything in one download that costs the database nothing at the time. Gzipped,
 * written beside the final name and renamed into place: a download never gets half a file.
 */
export class DirectoryDumps {
  constructor(
    private readonly exporter: DirectoryExport,
    /** Where the files live (DATA_DIR/exports); null where nothing is kept (tests' default). */
    private readonly dir: string | null,
  ) {}

  fileName(format: ExportFormat): string {
    return `directory-latest.${format}.gz`;
  }

  /** The latest dump of this format and when it was made, or null before the first night. */
  async latest(format: ExportFormat): Promise<{ file: string; madeAt: Date; bytes: number } | null> {
    if (!this.dir) return null;
    const file = path.join(this.dir, this.fileName(format));
    try {
      const info = await stat(file);
      return { file, madeAt: info.mtime, bytes: info.size };
    } catch {
      return null;
    }
  }

  /** Writes both dumps; returns how many co-ops each holds. */
  async writeAll(now = new Date()): Promise<Record<ExportFormat, number>> {
    if (!this.dir) throw new Error('No directory to keep the dumps in (DATA_DIR).');
    await mkdir(this.dir, { recursive: true });
    const counts = {} as Record<ExportFormat, number>;
    for (const format of DUMP_FORMATS) {
      const final = path.join(this.dir, this.fileName(format));
      const partial = `${final}.partial`;
      const gzip = createGzip();
      const file = createWriteStream(partial);
      gzip.pipe(file);
      try {
        counts[format] = await this.exporter.write(gzip, format, { plan: null, query: null }, now);
        gzip.end();
        await finished(file);
        await rename(partial, final);
      } catch (error) {
        gzip.destroy();
        await rm(partial, { force: true });
        throw error;
      }
    }
    return counts;
  }
}
