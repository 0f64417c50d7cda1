/**
 * pnpm bench:relevance
 *
 * How well search ranks, on the real registers in ../shared/data (Co-operatives UK, ODC-By 1.0):
 * imports them into a fresh database, builds queries whose right answers follow from the data
 * (a SIC class's description → the co-ops filed under it; five words of a real description →
 * that co-op), adds the natural-language set (relevance/natural-queries.ts: requests as people
 * type them, judged by SIC class and CPV code, never by their words), and prints nDCG@10 and
 * recall@50 for our search, a naive ILIKE search and MiniSearch (BM25), all over the same documents.
 * KEEP_DATABASE=1 keeps the imported database, and a later run reuses it.
 */
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, prepareDatabase } from '@principle-six/db';
import { importCoops } from '@principle-six/importer';
import { SearchService } from '../src/modules/search/search.service';
import { createFreshDatabase, databaseExists, databaseUrl, dropDatabase } from './bench-database';
import { ilikeRanker, miniSearchRanker, type Ranker } from './relevance/baselines';
import { evaluationDocuments, evaluationQueries, type EvaluationQuery } from './relevance/evaluation-set';
import { gradedNdcgAt, mean, recallAt } from './relevance/metrics';
import { naturalQueries } from './relevance/natural-set';
import { REGISTERS } from './relevance/registers';

const DATABASE = 'p6_bench_relevance';
const DEPTH = 50;

interface Scores {
  ndcg10: number[];
  recall50: number[];
}

async function main() {
  const reuse = Boolean(process.env.KEEP_DATABASE) && (await databaseExists(DATABASE));
  const url = reuse ? databaseUrl(DATABASE) : await createFreshDatabase(DATABASE);
  const db = createPrismaClient(url, { maxConnections: 4 });
  try {
    await prepareDatabase(url, db, { seedDemo: false });
    if (!reuse) {
      for (const file of REGISTERS) {
        const report = await importCoops(db, file);
        console.error(`Imported ${path.basename(file)}: ${report.created} created, ${report.updated} updated`);
      }
    }
    const search = new SearchService(db);
    // As the app's nightly job would have: related words learned from these profiles.
    console.error(`Learned ${await search.learnRelatedWords()} related words from the profiles`);
    const natural = await naturalQueries(db);
    const queries = [...(await evaluationQueries(db)), ...natural.queries];
    const documents = await evaluationDocuments(db);
    const ours: Ranker = async (text, limit) => {
      const result = await search.search({ text }, limit, null);
      if (!result.ok) throw new Error(`Search refused "${text}": ${JSON.stringify(result.errors)}`);
      return result.value.hits.map((h) => h.coop.id);
    };
    const systems: [string, Ranker][] = [
      ['Principle Six search', ours],
      ['naive ILIKE (all words)', await ilikeRanker(db, documents)],
      ['MiniSearch 7 (BM25)', miniSearchRanker(documents)],
    ];

    const results = new Map<string, Map<EvaluationQuery['kind'], Scores>>();
    for (const [name, rank] of systems) {
      const byKind = new Map<EvaluationQuery['kind'], Scores>();
      for (const query of queries) {
        const ranked = (await rank(query.text, DEPTH + 1)).filter((id) => id !== query.exclude).slice(0, DEPTH);
        const scores = byKind.get(query.kind) ?? { ndcg10: [], recall50: [] };
        const gains = query.gains ?? new Map([...query.relevant].map((id) => [id, 1]));
        scores.ndcg10.push(gradedNdcgAt(10, ranked, gains));
        scores.recall50.push(recallAt(DEPTH, ranked, query.relevant));
        if (process.env.PER_QUERY && query.kind === 'natural') {
          console.error(`${name.slice(0, 12).padEnd(12)} ${scores.ndcg10.at(-1)!.toFixed(2)} ${scores.recall50.at(-1)!.toFixed(2)}  ${query.text}`);
        }
        byKind.set(query.kind, scores);
      }
      results.set(name, byKind);
    }

    const kinds: [EvaluationQuery['kind'], string][] = [
      ['class', 'SIC class descriptions'],
      ['phrase', 'five-word phrases from real descriptions'],
      ['misspelt', 'the same phrases, one word misspelt'],
      ['natural', 'requests as people type them (graded)'],
    ];
    const cpu = os.cpus();
    console.log(`\nSearch relevance on the real registers: ${documents.length.toLocaleString('en-GB')} co-ops, ${new Date().toISOString().slice(0, 10)}`);
    console.log(`Machine: ${cpu.length} × ${cpu[0]?.model.trim()}; Node ${process.version}`);
    console.log(`Queries: ${queries.length}.`);
    for (const [kind, label] of kinds) {
      const some = queries.filter((q) => q.kind === kind);
      const answers = mean(some.map((q) => q.relevant.size)).toFixed(1);
      console.log(`  ${String(some.length).padStart(3)} ${label} (${answers} right answers each), e.g. "${some[0]?.text}"`);
    }
    if (natural.unjudged.length) {
      console.log(`  (${natural.unjudged.length} natural requests have no right answer in this corpus and are left out: ${natural.unjudged.map((q) => `"${q.text}"`).join(', ')})`);
    }
    const fmt = (s: Scores) => `${mean(s.ndcg10).toFixed(3).padStart(7)} ${mean(s.recall50).toFixed(3).padStart(9)}`;
    console.log(`\n${'nDCG@10 recall@50'.padStart(45)}${'nDCG@10 recall@50'.padStart(20).repeat(kinds.length)}`);
    console.log(`${'system'.padEnd(26)}${kinds.map(([k]) => `| ${k.padEnd(17)}`).join(' ')} | old set (first three)`);
    for (const [name, byKind] of results) {
      const old: Scores = { ndcg10: [], recall50: [] };
      const cells = kinds.map(([kind]) => {
        const scores = byKind.get(kind) ?? { ndcg10: [], recall50: [] };
        if (kind !== 'natural') {
          old.ndcg10.push(...scores.ndcg10);
          old.recall50.push(...scores.recall50);
        }
        return `| ${fmt(scores)}`;
      });
      console.log(`${name.padEnd(26)}${cells.join(' ')} | ${fmt(old)}`);
    }
    const ourNatural = results.get('Principle Six search')?.get('natural');
    const bm25Natural = results.get('MiniSearch 7 (BM25)')?.get('natural');
    if (ourNatural && bm25Natural) {
      console.log(`\nNatural set, ours / BM25: nDCG@10 ${(mean(ourNatural.ndcg10) / mean(bm25Natural.ndcg10)).toFixed(2)} ×, recall@50 ${(mean(ourNatural.recall50) / mean(bm25Natural.recall50)).toFixed(2)} ×`);
    }
  } finally {
    await db.$disconnect();
    if (!process.env.KEEP_DATABASE) await dropDatabase(DATABASE);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
