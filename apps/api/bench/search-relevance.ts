/**
 * pnpm bench:relevance
 *
 * How well search ranks, on the real registers in ../shared/data (Co-operatives UK, ODC-By 1.0):
 * imports them into a fresh database, builds queries whose right answers follow from the data
 * (a SIC class's description → the co-ops filed under it; five words of a real description →
 * that co-op), and prints nDCG@10 and recall@50 for our search, a naive ILIKE search and
 * MiniSearch (BM25), all over the same documents.
 */
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, prepareDatabase } from '@principle-six/db';
import { importCoops } from '@principle-six/importer';
import { SearchService } from '../src/modules/search/search.service';
import { createFreshDatabase, dropDatabase } from './bench-database';
import { ilikeRanker, miniSearchRanker, type Ranker } from './relevance/baselines';
import { evaluationDocuments, evaluationQueries, type EvaluationQuery } from './relevance/evaluation-set';
import { mean, ndcgAt, recallAt } from './relevance/metrics';
import { REGISTERS } from './relevance/registers';

const DATABASE = 'p6_bench_relevance';
const DEPTH = 50;

interface Scores {
  ndcg10: number[];
  recall50: number[];
}

async function main() {
  const url = await createFreshDatabase(DATABASE);
  const db = createPrismaClient(url, { maxConnections: 4 });
  try {
    await prepareDatabase(url, db, { seedDemo: false });
    for (const file of REGISTERS) {
      const report = await importCoops(db, file);
      console.error(`Imported ${path.basename(file)}: ${report.created} created, ${report.updated} updated`);
    }
    const queries = await evaluationQueries(db);
    const documents = await evaluationDocuments(db);
    const search = new SearchService(db);
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
        const ranked = await rank(query.text, DEPTH);
        const scores = byKind.get(query.kind) ?? { ndcg10: [], recall50: [] };
        scores.ndcg10.push(ndcgAt(10, ranked, query.relevant));
        scores.recall50.push(recallAt(DEPTH, ranked, query.relevant));
        byKind.set(query.kind, scores);
      }
      results.set(name, byKind);
    }

    const kinds: [EvaluationQuery['kind'], string][] = [
      ['class', 'SIC class descriptions'],
      ['phrase', 'five-word phrases from real descriptions'],
      ['misspelt', 'the same phrases, one word misspelt'],
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
    const fmt = (s: Scores) => `${mean(s.ndcg10).toFixed(3).padStart(7)} ${mean(s.recall50).toFixed(3).padStart(9)}`;
    console.log(`\n${'nDCG@10 recall@50'.padStart(45)}${'nDCG@10 recall@50'.padStart(20)}${'nDCG@10 recall@50'.padStart(20)}${'nDCG@10 recall@50'.padStart(20)}`);
    console.log(`${'system'.padEnd(26)}${kinds.map(([k]) => `| ${k.padEnd(17)}`).join(' ')} | all`);
    for (const [name, byKind] of results) {
      const all: Scores = { ndcg10: [], recall50: [] };
      const cells = kinds.map(([kind]) => {
        const scores = byKind.get(kind) ?? { ndcg10: [], recall50: [] };
        all.ndcg10.push(...scores.ndcg10);
        all.recall50.push(...scores.recall50);
        return `| ${fmt(scores)}`;
      });
      console.log(`${name.padEnd(26)}${cells.join(' ')} | ${fmt(all)}`);
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
