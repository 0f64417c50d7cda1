import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Prisma, type Database } from '@principle-six/db';
import { readSearchUrl, searchUrlInput } from '@principle-six/schema';
import { publicCoopSql } from '../../access/visibility';
import { ok, type Result } from '../../errors/user-errors';
import type { SearchService } from '../search/search.service';
import { whereClause, type SearchPlan } from '../search/search-plan';
import { jsonlAbout, jsonlCoop } from './jsonl';
import type { ProfileUrls } from './murmurations';
import { holdsRegisterRecords, publicCoopsByIds, type PublicCoop } from './public-records';
import { sseHeader, sseRows } from './sse-csv';

export type ExportFormat = 'csv' | 'jsonl';

/** Co-ops read and written at a time: a file of a million is never held whole. */
export const EXPORT_BATCH = 500;

/** A search to export: its plan, and its parameters as the URL had them (for the file's heading). */
export interface ExportSearch {
  plan: SearchPlan | null;
  query: string | null;
}

/**
 * The directory as a file, with the same filters as search: the co-ops a search's filters let
 * through and, with words, those holding every word (the search page's first results; its
 * looser "some of the words" results are suggestions, not the answer). In name order, read by
 * keyset a batch at a time and written as it is read, waiting when the reader is slower.
 */
export class DirectoryExport {
  private readonly urls: ProfileUrls;

  constructor(
    private readonly db: Database,
    private readonly search: SearchService,
    publicUrl: string,
  ) {
    this.urls = { base: publicUrl.replace(/\/+$/, '') };
  }

  /** The search in the URL's parameters (as /search takes them), checked; none for the whole directory. */
  async prepare(params: URLSearchParams): Promise<Result<ExportSearch>> {
    const search = readSearchUrl(params);
    const query = [...params.keys()].some((key) => ['q', 'category', 'type', 'country', 'region', 'near'].includes(key)) ? params.toString() : null;
    if (!query) return ok({ plan: null, query: null });
    const planned = await this.search.plan(searchUrlInput(search));
    if (!planned.ok) return planned;
    return ok({ plan: planned.value.plan, query });
  }

  async *batches(plan: SearchPlan | null): AsyncGenerator<PublicCoop[]> {
    const where = plan ? whereClause(plan) : Prisma.sql`WHERE ${publicCoopSql('c')}`;
    for (let after: { name: string; id: string } | null = null; ; ) {
      const keyset: Prisma.Sql = after ? Prisma.sql`AND (c.name, c.id) > (${after.name}, ${after.id}::uuid)` : Prisma.empty;
      const rows = await this.db.$queryRaw<{ id: string; name: string }[]>`
        SELECT c.id::text, c.name FROM coops c ${where} ${keyset} ORDER BY c.name, c.id LIMIT ${EXPORT_BATCH}`;
      if (rows.length) yield await publicCoopsByIds(this.db, rows.map((r) => r.id));
      if (rows.length < EXPORT_BATCH) return;
      after = rows.at(-1)!;
    }
  }

  /**
   * Writes the file to `out`, a batch at a time; stops early when `out` is closed (a reader who
   * went away). Returns the co-ops written.
   */
  async write(out: Writable, format: ExportFormat, search: ExportSearch, now = new Date()): Promise<number> {
    const put = async (chunk: string) => {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
    };
    await put(format === 'csv' ? sseHeader() : jsonlAbout({ includesCoopsUk: await holdsRegisterRecords(this.db), generatedAt: now, search: search.query, urls: this.urls }));
    let written = 0;
    for await (const coops of this.batches(search.plan)) {
      if (out.destroyed || out.writableEnded) break;
      await put(format === 'csv' ? sseRows(coops, this.urls) : coops.map((coop) => jsonlCoop(coop, this.urls)).join(''));
      written += coops.length;
    }
    return written;
  }
}
