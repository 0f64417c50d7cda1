import MiniSearch from 'minisearch';
import { Prisma, type Database } from '@principle-six/db';
import type { EvaluationDocument } from './evaluation-set';

export type Ranker = (text: string, limit: number) => Promise<string[]>;

/**
 * The naive search a first version would ship: every word must appear somewhere in the text
 * (ILIKE '%word%'), results in name order. Run by PostgreSQL over the same documents.
 */
export async function ilikeRanker(db: Database, documents: readonly EvaluationDocument[]): Promise<Ranker> {
  await db.$executeRawUnsafe('DROP TABLE IF EXISTS relevance_documents');
  await db.$executeRaw`
    CREATE TABLE relevance_documents AS
    SELECT x.id, x.name, concat_ws(' ', x.provides, x.naming, x.pitch, x."where") AS text
      FROM jsonb_to_recordset(${JSON.stringify(documents)}::jsonb)
           AS x(id text, name text, provides text, naming text, pitch text, "where" text)`;
  return async (text, limit) => {
    const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) return [];
    const patterns = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const rows = await db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT id FROM relevance_documents WHERE text ILIKE ALL (${patterns}::text[]) ORDER BY name, id LIMIT ${limit}`,
    );
    return rows.map((r) => r.id);
  };
}

/**
 * MiniSearch (BM25, in process) over the same fields, boosted in the proportions of
 * PostgreSQL's default ts_rank weights (A 1.0, B 0.4, C 0.2, D 0.1), with the prefix and
 * fuzzy matching its documentation suggests for search-as-you-type.
 */
export function miniSearchRanker(documents: readonly EvaluationDocument[]): Ranker {
  const index = new MiniSearch<EvaluationDocument>({ fields: ['provides', 'naming', 'pitch', 'where'], idField: 'id' });
  index.addAll([...documents]);
  return async (text, limit) =>
    index
      .search(text, { boost: { provides: 10, naming: 4, pitch: 2, where: 1 }, prefix: true, fuzzy: 0.2 })
      .slice(0, limit)
      .map((r) => String(r.id));
}
