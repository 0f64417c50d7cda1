import fc from 'fast-check';
import { getVariableValues, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { SESSION_COOKIE } from '../../../src/auth/sessions';
import { changes, publicTables, rowCounts } from './authz-table-state';
import { caseArbitrary, type FuzzCase } from './fuzz-arbitraries';
import { apiSchema, hasErrors, mutationDocument, payloadSelection, type MutationField } from './fuzz-documents';
import { buildFuzzWorld, stockFuzzFixture, type FuzzServer, type FuzzWorld } from './fuzz-fixture';

/**
 * One fuzz case over real HTTP, and what it showed: the status, whether the answer was a
 * request-level refusal (GraphQL errors) or a payload (refused when it has UserErrors), and the
 * properties that must hold whatever was sent:
 *   - never a 5xx status, and never an error with extensions.code INTERNAL_SERVER_ERROR;
 *   - either GraphQL errors or a payload, not both and not neither;
 *   - variables that GraphQL's own input coercion refuses (graphql-js run here on what was sent)
 *     are refused with 400 and BAD_USER_INPUT, as the GraphQL-over-HTTP convention has it;
 *   - a refusal of either kind changes no table's row count.
 */

interface ResponseBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

export interface CaseResult {
  status: number;
  /** Answered with GraphQL errors (or no JSON at all): the request was refused before any resolver. */
  requestRefused: boolean;
  /** Answered with a payload whose `errors` is not empty. */
  refused: boolean;
  internal: boolean;
  /** Tables whose row count a refused call changed. */
  writes: string[];
  /** Ill-typed variables answered otherwise than 400 BAD_USER_INPUT. */
  misfiled: boolean;
  /** Broken properties, in words; empty when all held. */
  problems: string[];
}

export interface FuzzSession extends FuzzServer {
  world: FuzzWorld;
  tables: string[];
}

export async function startFuzzing(server: FuzzServer): Promise<FuzzSession> {
  return { ...server, world: await buildFuzzWorld(server), tables: await publicTables(server.db) };
}

export interface FuzzTarget {
  field: MutationField;
  document: string;
  operation: OperationDefinitionNode;
  cases: fc.Arbitrary<FuzzCase>;
}

/** What a case of the field asks for: the payload with its errors and two levels of what it returns. */
export function fuzzDocument(field: MutationField): string {
  return mutationDocument(field, payloadSelection(field, 2));
}

/** A Mutation field's document and generator, over fixture stocked afresh for it. */
export async function prepareTarget(session: FuzzSession, field: MutationField): Promise<FuzzTarget> {
  const fixture = await stockFuzzFixture(session, session.world);
  const document = fuzzDocument(field);
  const [operation] = parse(document).definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`No operation in ${document}`);
  return {
    field,
    document,
    operation,
    cases: caseArbitrary(field, fixture.pools, fixture.seeds),
  };
}

export async function runCase(session: FuzzSession, target: FuzzTarget, fuzzCase: FuzzCase): Promise<CaseResult> {
  const { db, services, world, tables } = session;
  const ownerId = world.owner.user.id;
  const { field } = target;
  // The owner is put back as A's owner (a generated call may have demoted or removed them) and
  // gets a session of their own for each case (a generated call may sign them out). A stranger
  // is a new confirmed account each time (one that accepts an invitation is a stranger no more).
  await db.membership.upsert({
    where: { userId_coopId: { userId: ownerId, coopId: world.coopA } },
    create: { userId: ownerId, coopId: world.coopA, role: 'OWNER' },
    update: { role: 'OWNER' },
  });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (fuzzCase.actor !== 'visitor') {
    const userId = fuzzCase.actor === 'owner' ? ownerId : await stranger(session);
    headers.cookie = `${SESSION_COOKIE}=${(await services.sessions.create(userId)).token}`;
  }
  const before = await rowCounts(db, tables);
  const problems: string[] = [];
  let status = 0;
  let body: ResponseBody | null = null;
  try {
    const response = await fetch(session.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: target.document, variables: fuzzCase.variables }),
    });
    status = response.status;
    const text = await response.text();
    try {
      body = JSON.parse(text) as ResponseBody;
    } catch {
      body = null;
    }
  } catch (error) {
    problems.push(`no HTTP answer: ${(error as Error).message}`);
  }
  const writes = changes(before, await rowCounts(db, tables));
  // What the server received, as JSON carries it (no undefined, no -0), coerced as GraphQL would.
  const sent = JSON.parse(JSON.stringify(fuzzCase.variables)) as Record<string, unknown>;
  const illTyped = (getVariableValues(apiSchema(), target.operation.variableDefinitions ?? [], sent).errors ?? []).length > 0;

  const errors = body?.errors ?? [];
  const internalErrors = errors.filter((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
  const internal = internalErrors.length > 0;
  const answered = body?.data != null && field.name in body.data;
  const payload = answered ? (body!.data![field.name] as { errors?: unknown[] } | null) : undefined;
  const requestRefused = errors.length > 0 || body === null;
  const refused = hasErrors(field) && Array.isArray(payload?.errors) && payload.errors.length > 0;

  if (status >= 500) problems.push(`HTTP ${status}`);
  if (internal) problems.push(`INTERNAL_SERVER_ERROR (HTTP ${status}): ${internalErrors.map((e) => e.message).join(' | ')}`);
  if (errors.length > 0 && payload != null) problems.push(`both GraphQL errors and a payload: ${errors.map((e) => e.message).join(' | ')}`);
  if (status > 0 && body === null && status < 400) problems.push(`HTTP ${status} with no JSON body`);
  if (body !== null && errors.length === 0 && !answered) problems.push(`neither GraphQL errors nor a payload (HTTP ${status})`);
  const misfiled = illTyped && status !== 413 && (status !== 400 || !errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT'));
  if (misfiled) {
    problems.push(`ill-typed variables answered HTTP ${status} ${errors.map((e) => `${String(e.extensions?.code)}: ${e.message.slice(0, 160)}`).join(' | ')}`);
  }
  if ((refused || requestRefused) && writes.length > 0) problems.push(`refused, yet wrote: ${writes.join(', ')}`);
  return { status, requestRefused, refused, internal, writes: refused || requestRefused ? writes : [], misfiled, problems };
}

let strangers = 0;

async function stranger({ db }: FuzzSession): Promise<string> {
  strangers += 1;
  const user = await db.user.create({
    data: {
      email: `fuzz-stranger-${process.pid}-${Date.now()}-${strangers}@example.coop`,
      displayName: `Stranger ${strangers}`,
      passwordHash: 'not-a-password-hash',
      emailVerifiedAt: new Date(),
    },
  });
  return user.id;
}

export interface Tally {
  cases: number;
  s2xx: number;
  s4xx: number;
  s5xx: number;
  /** Answered with a payload and no UserErrors. */
  accepted: number;
  /** Payload with UserErrors. */
  refused: number;
  /** GraphQL errors: malformed variables and the like. */
  requestRefused: number;
  internal: number;
  refusedWithWrites: number;
  /** Ill-typed variables not answered 400 BAD_USER_INPUT. */
  misfiled: number;
  /** The first case that broke a property, shortened, to reproduce it. */
  example?: string;
}

export function emptyTally(): Tally {
  return { cases: 0, s2xx: 0, s4xx: 0, s5xx: 0, accepted: 0, refused: 0, requestRefused: 0, internal: 0, refusedWithWrites: 0, misfiled: 0 };
}

export function count(tally: Tally, result: CaseResult, fuzzCase: FuzzCase): void {
  tally.cases += 1;
  if (result.status >= 500) tally.s5xx += 1;
  else if (result.status >= 400) tally.s4xx += 1;
  else if (result.status >= 200 && result.status < 300) tally.s2xx += 1;
  if (result.requestRefused) tally.requestRefused += 1;
  else if (result.refused) tally.refused += 1;
  else tally.accepted += 1;
  if (result.internal) tally.internal += 1;
  if (result.writes.length) tally.refusedWithWrites += 1;
  if (result.misfiled) tally.misfiled += 1;
  if (result.problems.length && !tally.example) tally.example = `${result.problems.join('; ')} ← ${describeCase(fuzzCase)}`;
}

/** A case as JSON with long strings cut, for a message. */
export function describeCase(fuzzCase: FuzzCase): string {
  return JSON.stringify(fuzzCase, (_key, value: unknown) => {
    if (typeof value === 'string' && value.length > 80) return `${value.slice(0, 40)}…(${value.length} chars)`;
    if (Array.isArray(value) && value.length > 10) return [...value.slice(0, 3), `…(${value.length} items)`];
    return value;
  });
}

const COLUMNS: [keyof Tally, string][] = [
  ['cases', 'cases'],
  ['s2xx', '2xx'],
  ['s4xx', '4xx'],
  ['s5xx', '5xx'],
  ['accepted', 'ok'],
  ['refused', 'refused'],
  ['requestRefused', 'gql-errors'],
  ['internal', 'internal'],
  ['refusedWithWrites', 'refused+writes'],
  ['misfiled', 'bad-input-code'],
];

/** A table per mutation with totals: what bench:fuzz prints and the test logs. */
export function formatTallies(tallies: Map<string, Tally>): string {
  const total = emptyTally();
  for (const tally of tallies.values()) for (const [key] of COLUMNS) (total[key] as number) += tally[key] as number;
  const width = Math.max(8, ...[...tallies.keys()].map((name) => name.length));
  const cell = (text: string, label: string) => text.padStart(Math.max(label.length, 6));
  const line = (name: string, tally: Tally) => [name.padEnd(width), ...COLUMNS.map(([key, label]) => cell(String(tally[key]), label))].join('  ');
  const header = ['mutation'.padEnd(width), ...COLUMNS.map(([, label]) => cell(label, label))].join('  ');
  return [header, ...[...tallies].map(([name, tally]) => line(name, tally)), line('TOTAL', total)].join('\n');
}
