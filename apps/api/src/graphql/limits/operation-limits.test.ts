import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  Kind,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  typeFromAST,
  type GraphQLInputType,
  parse,
  print,
  validate,
  visit,
  type DocumentNode,
  type ValidationRule,
} from 'graphql';
import * as webDocuments from '../../../../web/src/gql/graphql';
import { buildSchema } from '../schema';
import { OPERATION_LIMITS, limitRules } from './operation-limits';
import { PARSE_OPTIONS } from './parse-within-limits';
import { costLimitError, operationCost } from './query-cost';

const schema = buildSchema();
const errorsOf = (source: string, rules: ValidationRule[] = limitRules()) => validate(schema, parse(source), rules);

/** The least limit a rule accepts the document at. */
function measured(document: DocumentNode, rule: (n: number) => ValidationRule): number {
  for (let n = 0; n < 1000; n++) if (validate(schema, document, [rule(n)]).length === 0) return n;
  throw new Error('over 1,000');
}

function tokens(document: DocumentNode): number {
  for (let n = 10; ; n += 10) {
    try {
      parse(print(document), { maxTokens: n });
      return n;
    } catch {
      // more
    }
  }
}

/** The largest page the app asks for (the inbox's 30; search and lists ask for 20 to 24). */
const LARGEST_APP_PAGE = 30;

/**
 * Variables the operation accepts, each Int at the largest page the app asks for: the dearest way
 * the app sends it. Required inputs get their required fields, with stand-ins.
 */
function dearestVariables(document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  visit(document, {
    VariableDefinition(node) {
      const type = typeFromAST(schema, node.type as never) as GraphQLInputType | undefined;
      if (type) variables[node.variable.name.value] = standIn(type);
    },
  });
  return variables;
}

function standIn(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  if (isListType(getNullableType(type))) return [standIn(getNamedType(type) as GraphQLInputType)];
  if (named.name === 'Int') return LARGEST_APP_PAGE;
  if (named.name === 'Float') return 1;
  if (named.name === 'Boolean') return true;
  if (named.name === 'DateTime') return '2030-01-01T00:00:00.000Z';
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, standIn(f.type)]),
    );
  }
  return 'x';
}

const documents = Object.entries(webDocuments)
  .filter((entry): entry is [string, DocumentNode] => (entry[1] as { kind?: string }).kind === Kind.DOCUMENT && entry[0].endsWith('Document'))
  .map(([name, document]) => ({ name: name.replace(/Document$/, ''), document }));

const figuresByOperation: Record<string, unknown>[] = [];

describe("the web app's operations", () => {
  afterAll(() => {
    // The figures the README reports: how close the app's own operations come to the limits.
    if (process.env.PRINT_OPERATION_FIGURES) console.table(figuresByOperation);
  });

  it('are all found (the generated documents of apps/web)', () => {
    expect(documents.length).toBeGreaterThanOrEqual(30);
  });

  // "Room to spare": each measure at most 60% of its limit, with every page size at its largest.
  const SPARE = 0.6;
  it.each(documents.map((d) => [d.name, d.document] as const))('%s fits the limits with room to spare', (_name, document) => {
    expect(validate(schema, document, limitRules())).toEqual([]);
    const figures = {
      depth: measured(document, (n) => maxDepthRule({ n, flattenFragments: true, propagateOnRejection: false, onReject: [(c, e) => c?.reportError(e)] })),
      aliases: measured(document, (n) => maxAliasesRule({ n, propagateOnRejection: false, onReject: [(c, e) => c?.reportError(e)] })),
      tokens: tokens(document),
      cost: operationCost(schema, document, dearestVariables(document)),
    };
    expect(figures.depth).toBeLessThanOrEqual(OPERATION_LIMITS.maxDepth);
    expect(figures.aliases).toBeLessThanOrEqual(OPERATION_LIMITS.maxAliases * SPARE);
    expect(figures.tokens).toBeLessThanOrEqual(OPERATION_LIMITS.maxTokens * SPARE);
    expect(typeof figures.cost).toBe('number');
    expect(figures.cost as number).toBeLessThanOrEqual(OPERATION_LIMITS.maxCost * SPARE);
    figuresByOperation.push({ operation: _name, ...figures });
  });
});

describe('operation limits', () => {
  it('refuses nesting past depth 6', () => {
    const deep = '{ viewer { memberships { coop { members { coop { members { role } } } } } } }';
    expect(errorsOf(deep).map((e) => e.message).join()).toMatch(/depth/i);
    expect(errorsOf('{ viewer { memberships { coop { members { role } } } } }')).toEqual([]);
  });

  it('refuses more than 15 aliases', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { __typename }`).join(' ')} }`;
    expect(errorsOf(aliases(15))).toEqual([]);
    expect(errorsOf(aliases(16)).map((e) => e.message).join()).toMatch(/alias/i);
  });

  it('refuses more than 50 directives', () => {
    const directives = (n: number) => `{ __typename ${'@include(if: true) '.repeat(n)} }`;
    expect(errorsOf(directives(51)).map((e) => e.message).join()).toMatch(/directive/i);
  });

  it('stops reading past 1,000 tokens', () => {
    const long = `{ ${'__typename '.repeat(1001)} }`;
    expect(() => parse(long, PARSE_OPTIONS)).toThrow(/tokens/);
  });

  it('lets a secret-checking mutation appear once per operation, fragments included', () => {
    const twice = `mutation { a: signIn(input: { email: "a@b.c", password: "x" }) { errors { code } }
                              b: signIn(input: { email: "a@b.c", password: "y" }) { errors { code } } }`;
    expect(errorsOf(twice).map((e) => e.message).join()).toMatch(/signIn may be sent once/);
    const viaFragment = `mutation { ...F signIn(input: { email: "a@b.c", password: "y" }) { errors { code } } }
      fragment F on Mutation { signIn(input: { email: "a@b.c", password: "x" }) { errors { code } } }`;
    expect(errorsOf(viaFragment).map((e) => e.message).join()).toMatch(/signIn may be sent once/);
  });

  it('checks a chain of fragments that doubles at each link in time linear in its length', () => {
    const links = Array.from({ length: 90 }, (_, i) => `fragment F${i + 1} on Mutation { ...F${i} ...F${i} }`);
    const chain = `mutation { ...F90 } fragment F0 on Mutation { __typename } ${links.join(' ')}`;
    // It returns at all: walking every spread would take 2^90 steps.
    expect(validate(schema, parse(chain), limitRules()).map((e) => e.message).join()).not.toMatch(/once per operation/);
    const doubled = `mutation { ...F2 } fragment F0 on Mutation { signIn(input: { email: "a@b.c", password: "x" }) { errors { code } } }
      fragment F1 on Mutation { ...F0 ...F0 } fragment F2 on Mutation { ...F1 }`;
    expect(errorsOf(doubled).map((e) => e.message).join()).toMatch(/signIn may be sent once per operation \(this one has it 2 times\)/);
  });

  it('refuses what it cannot count: too many nodes to walk, or variables that do not fit', () => {
    const links = Array.from({ length: 14 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`);
    const walk = parse(`query { categories { code } ...F14 } fragment F0 on Query { __typename } ${links.join(' ')}`);
    expect(costLimitError(schema, walk, {})?.message).toMatch(/could not be worked out/);
    const skipTrick = parse('query ($v: Boolean = true) { categories { parent { children { code } } } viewer { user @include(if: $v) { id } } }');
    expect(costLimitError(schema, skipTrick, { v: null })?.extensions.code).toBe('BAD_USER_INPUT');
    // Variables of the wrong type are the caller's to fix: named as bad input, before anything runs.
    const marked = parse('mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount } }');
    const wrong = costLimitError(schema, marked, { input: { ids: Array.from({ length: 51 }, () => ({})) } });
    expect(wrong?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('counts list sizes in the cost: a short nested taxonomy walk costs millions', () => {
    const walk = parse('{ categories { parent { children { parent { children { code } } } } } }');
    expect(operationCost(schema, walk, {})).toBeGreaterThan(1_000_000);
    // Scalars are free, objects cost 1, a page multiplies what it holds.
    expect(operationCost(schema, parse('{ coops(first: 10) { edges { node { name place { name } } } } }'), {})).toBe(
      1 + 10 * (1 + 1 + 1),
    );
    const paged = parse('query ($n: Int) { coops(first: $n) { edges { node { name } } } }');
    expect(operationCost(schema, paged, { n: 50 })).toBe(1 + 50 * 2);
    // A page beyond the most a list returns counts as that most.
    expect(operationCost(schema, paged, { n: 1_000_000 })).toBe(1 + 100 * 2);
  });

  it('sizes every list of objects in the schema', () => {
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const listed = isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type));
        const sized = field.astNode?.directives?.some((d) => d.name.value === 'listSize');
        if (listed && !sized) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
  });
});
