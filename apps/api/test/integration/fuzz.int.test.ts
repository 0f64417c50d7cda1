import fc from 'fast-check';
import {
  count,
  describeCase,
  emptyTally,
  formatTallies,
  fuzzDocument,
  prepareTarget,
  runCase,
  startFuzzing,
  type FuzzSession,
  type Tally,
} from './support/fuzz-runner';
import { mutationFields } from './support/fuzz-documents';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Property-based fuzzing of every mutation (issue 11), over real HTTP against PostgreSQL:
 * arguments generated from the SDL input types (support/fuzz-arbitraries.ts), sent as the owner
 * of a co-op and sometimes as a visitor or a confirmed account in no co-op. Whatever is sent: no
 * 5xx, no internal error, GraphQL errors or a payload, and a refused call writes nothing.
 * FUZZ_RUNS cases per mutation (100 by default); FUZZ_SEED repeats a run. `pnpm bench:fuzz`
 * runs the same generators 1,000 times each.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let api: TestApi;
let session: FuzzSession;
const tallies = new Map<string, Tally>();
const DOCUMENT_REFUSALS = new Set<unknown>(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'OPERATION_TOO_COSTLY']);

beforeAll(async () => {
  api = await startTestApi('postgres');
  session = await startFuzzing({ db: api.db, services: api.services, endpoint: api.endpoint });
}, 60_000);

afterAll(async () => {
  if (tallies.size) console.log(`Fuzz, ${RUNS} cases per mutation${SEED === undefined ? '' : ` (seed ${SEED})`}:\n${formatTallies(tallies)}`);
  await api?.close();
});

const fields = mutationFields();

describe(`fuzzing every mutation (${fields.length} × ${RUNS} cases)`, () => {
  it('sends documents the server takes in, so that the cases reach the resolvers', async () => {
    // Every generated document must be within the operation limits, or every case would be
    // refused before any resolver ran and the fuzzing would prove nothing.
    for (const field of fields) {
      const response = await fetch(api.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: fuzzDocument(field), variables: {} }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const codes = (body.errors ?? []).map((error) => error.extensions?.code);
      expect({ mutation: field.name, refusedDocument: codes.filter((code) => DOCUMENT_REFUSALS.has(code)) }).toEqual({
        mutation: field.name,
        refusedDocument: [],
      });
    }
  });

  it.each(fields.map((field) => [field.name, field] as const))('%s', async (name, field) => {
    const target = await prepareTarget(session, field);
    const tally = emptyTally();
    tallies.set(name, tally);
    await fc.assert(
      fc.asyncProperty(target.cases, async (fuzzCase) => {
        const result = await runCase(session, target, fuzzCase);
        count(tally, result, fuzzCase);
        if (result.problems.length) throw new Error(`${result.problems.join('; ')}\n  case: ${describeCase(fuzzCase)}`);
      }),
      { numRuns: RUNS, seed: SEED, interruptAfterTimeLimit: 120_000 },
    );
  }, 240_000);
});
