import path from 'node:path';
import type { Database } from '@principle-six/db';
import { readNotices } from '../matching/notices';
import type { EvaluationQuery } from './evaluation-set';
import { NATURAL_QUERIES, type NaturalQuery } from './natural-queries';
import { SHARED_DATA } from './registers';

export const NOTICES_FILE = path.join(SHARED_DATA, 'uk-contracts-finder-2025-03/notices.csv');

/** Gain of a co-op filed under the source's own SIC class, and under its division only. */
const SAME_CLASS = 2;
const SAME_DIVISION = 1;

/**
 * The natural-language set (natural-queries.ts) with right answers judged from the data, never
 * from the words: SIC class and division of the co-op a request was written from, or the SIC
 * divisions of a notice's CPV code. Requests with no right answer in the corpus are left out
 * (and counted), since no ranking could score on them.
 */
export async function naturalQueries(db: Database): Promise<{ queries: EvaluationQuery[]; unjudged: NaturalQuery[] }> {
  const notices = new Map(readNotices(NOTICES_FILE).map((n) => [n.ocid.slice(-12), n.suppliedBy] as const));
  const queries: EvaluationQuery[] = [];
  const unjudged: NaturalQuery[] = [];
  for (const query of NATURAL_QUERIES) {
    const judged = query.source === 'coop' ? await fromCoop(db, query.ref) : await fromNotice(db, notices.get(query.ref));
    if (!judged || judged.gains.size === 0) {
      unjudged.push(query);
      continue;
    }
    queries.push({
      kind: 'natural',
      text: query.text,
      relevant: new Set(judged.gains.keys()),
      gains: judged.gains,
      exclude: judged.exclude,
    });
  }
  return { queries, unjudged };
}

async function fromCoop(db: Database, ref: string) {
  const rows = await db.$queryRaw<{ id: string; gain: number; source: boolean }[]>`
    WITH me AS (
      -- Its SIC classes, and its divisions (some registers' classes are not in the condensed list,
      -- so a co-op may be filed under a division only).
      SELECT c.id, array(SELECT x FROM unnest(c.category_paths) x WHERE x ~ '^[0-9]{5}$') AS classes,
             array(SELECT x FROM unnest(c.category_paths) x WHERE x ~ '^[0-9]{2}$') AS divisions
        FROM coops c WHERE c.source = 'coops-uk' AND c.source_id = ${ref}
    )
    SELECT o.id::text, max(CASE WHEN o.category_paths && me.classes THEN ${SAME_CLASS} ELSE ${SAME_DIVISION} END)::int AS gain,
           bool_or(o.id = me.id) AS source
      FROM me JOIN coops o ON o.category_paths && me.divisions
     GROUP BY o.id`;
  const source = rows.find((r) => r.source);
  if (!source) return null;
  return {
    exclude: source.id,
    gains: new Map(rows.filter((r) => !r.source).map((r) => [r.id, r.gain])),
  };
}

async function fromNotice(db: Database, suppliedBy: readonly string[] | undefined) {
  const divisions = [...(suppliedBy ?? [])];
  if (divisions.length === 0) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM coops WHERE category_paths && ${divisions}::text[]`;
  return { exclude: null, gains: new Map(rows.map((r) => [r.id, SAME_DIVISION])) };
}
