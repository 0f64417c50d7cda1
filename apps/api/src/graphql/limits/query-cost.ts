import {
  GraphQLError,
  TypeInfo,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { OPERATION_LIMITS } from './operation-limits';

/** A list of objects the schema gives no size for: assumed long, so that it costs what it may. */
export const UNSIZED_LIST = 100;

interface ListSize {
  assumedSize: number;
  slicingArguments?: string[];
}

/**
 * graphql-query-complexity walks the operation (fragments, @skip/@include, abstract types) and
 * sums what an estimator says of each field. This estimator counts as the GraphQL Cost Directives
 * specification does by default: a scalar or enum field costs 0, an object 1, and a list
 * multiplies what it holds by how many items it returns (`@listSize` in base.graphql): its
 * slicing argument (`first`), capped at `assumedSize`, else `assumedSize`. A connection's `edges`
 * take the slicing argument of the field that returned the connection (`enclosingArgs`), which
 * the library does not pass to estimators.
 */
function listSizeEstimator(schema: GraphQLSchema, enclosingArgs: Map<FieldNode, Record<string, unknown>>): ComplexityEstimator {
  const listSize = schema.getDirective('listSize');
  return ({ field, node, args, childComplexity }) => {
    const declared = listSize && field.astNode ? (getDirectiveValues(listSize, field.astNode) as ListSize | undefined) : undefined;
    if (isLeafType(getNamedType(field.type))) return 0;
    const own = 1 + childComplexity;
    if (declared) {
      const size = sliced(declared, args) ?? sliced(declared, enclosingArgs.get(node) ?? {}) ?? declared.assumedSize;
      return Math.min(size, declared.assumedSize) * own;
    }
    return isListType(getNullableType(field.type)) ? UNSIZED_LIST * own : own;
  };
}

/**
 * For each field written directly under another field in the operation, the arguments of that
 * enclosing field. Fields inside a fragment definition have none here (a fragment may be spread
 * under several fields): their lists then count at their assumed size.
 */
function argumentsOfEnclosingFields(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>) {
  const typeInfo = new TypeInfo(schema);
  const enclosing = new Map<FieldNode, Record<string, unknown>>();
  const stack: (Record<string, unknown> | undefined)[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      FragmentDefinition: { enter: () => void stack.push(undefined), leave: () => void stack.pop() },
      Field: {
        enter(node) {
          const parentArgs = stack.at(-1);
          if (parentArgs) enclosing.set(node, parentArgs);
          const field = typeInfo.getFieldDef();
          stack.push(field ? safeArgs(field, node, variables) : undefined);
        },
        leave: () => void stack.pop(),
      },
    }),
  );
  return enclosing;
}

function sliced(declared: ListSize, args: Record<string, unknown>): number | undefined {
  for (const name of declared.slicingArguments ?? []) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return undefined;
}

function safeArgs(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return undefined; // Bad arguments are refused by validation and execution with better messages.
  }
}

/**
 * The cost of an operation with its variables, as the limit counts it; an Error (never a number)
 * when it cannot be worked out: variables that do not fit, or more than graphql-query-complexity's
 * 10,000 nodes to walk. The caller refuses those, since a cost it cannot count it cannot bound.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined | null,
  operationName?: string | null,
): number | GraphQLError {
  const values = variables ?? {};
  try {
    return getComplexity({
      schema,
      query: document,
      variables: values,
      operationName: operationName ?? undefined,
      estimators: [listSizeEstimator(schema, argumentsOfEnclosingFields(schema, document, values))],
    });
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
}

/** The error for an operation over the cost limit, or null when it fits. */
export function costLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined | null,
  operationName?: string | null,
): GraphQLError | null {
  const cost = operationCost(schema, document, variables, operationName);
  if (cost instanceof GraphQLError) {
    // Variables that do not fit the operation are the caller's to put right, and say which; only
    // a walk too long to finish is a matter of cost.
    if (!/maximum allowed number of nodes/.test(cost.message)) {
      return new GraphQLError(cost.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return new GraphQLError(`The cost of this operation could not be worked out: ${cost.message}`, {
      extensions: { code: 'OPERATION_TOO_COSTLY', maxCost: OPERATION_LIMITS.maxCost },
    });
  }
  if (cost <= OPERATION_LIMITS.maxCost) return null;
  return new GraphQLError(
    `This operation would cost ${cost}, over the limit of ${OPERATION_LIMITS.maxCost}: ask for fewer items or fields.`,
    { extensions: { code: 'OPERATION_TOO_COSTLY', cost, maxCost: OPERATION_LIMITS.maxCost } },
  );
}
