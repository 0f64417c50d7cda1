import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema } from '../../../src/graphql/schema';

/**
 * Mutation documents written from the schema itself, so that the authorisation matrix and the
 * fuzzer cover every Mutation field there is, including ones added after them.
 */

export type MutationField = GraphQLField<unknown, unknown>;

let built: GraphQLSchema | null = null;

/** The API's executable schema (the SDL in packages/schema with its resolvers). */
export function apiSchema(): GraphQLSchema {
  built ??= buildSchema();
  return built;
}

export function mutationFields(schema = apiSchema()): MutationField[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {});
}

/** The payload type of a mutation, or null when it answers a scalar (the `_unused` placeholder). */
export function payloadType(field: MutationField): GraphQLObjectType | null {
  const type = getNamedType(field.type);
  return isObjectType(type) ? type : null;
}

/** Whether a mutation's payload carries UserErrors (all but signOut and the placeholder). */
export function hasErrors(field: MutationField): boolean {
  return Boolean(payloadType(field)?.getFields().errors);
}

export const ERROR_SELECTION = 'errors { code field message retryAfterSeconds }';

/**
 * What to ask of a payload: its errors, and its other fields `depth` objects deep (fields that
 * need arguments left out), so that a successful call also runs the resolvers of what it returns.
 * Depth 0 gives the errors and the payload's own scalars.
 */
export function payloadSelection(field: MutationField, depth: number): string {
  const type = payloadType(field);
  return type ? selectionOf(type, depth, true) : '';
}

function selectionOf(type: GraphQLObjectType, depth: number, top = false): string {
  const parts: string[] = [];
  for (const child of Object.values(type.getFields())) {
    if (child.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    if (top && child.name === 'errors') {
      parts.push(ERROR_SELECTION);
      continue;
    }
    const named = getNamedType(child.type);
    if (isLeafType(named)) parts.push(child.name);
    else if (isObjectType(named) && depth > 0) {
      const inner = selectionOf(named, depth - 1);
      if (inner) parts.push(`${child.name} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/**
 * `mutation M($a: T!, ...) { field(a: $a, ...) { selection } }`: every argument passed as a
 * variable of its declared type, so that the variables alone decide what the server is sent.
 */
export function mutationDocument(field: MutationField, selection: string): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const head = `mutation ${field.name[0]!.toUpperCase()}${field.name.slice(1)}${definitions ? `(${definitions})` : ''}`;
  const call = `${field.name}${passed ? `(${passed})` : ''}`;
  return `${head} { ${call}${selection ? ` { ${selection} }` : ''} }`;
}
