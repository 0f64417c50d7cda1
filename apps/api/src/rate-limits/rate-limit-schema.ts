import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, getNamedType, isNonNullType, isObjectType, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { POLICIES } from './policies';
import type { RateLimitKeys, Refusal } from './rate-limits';

/**
 * Puts every mutation named in POLICIES behind its rate limits, so that resolvers and services
 * stay free of it. A refused call runs nothing and writes nothing: it answers its payload with a
 * RATE_LIMITED UserError saying when to try again (every mutation payload has `errors`).
 */
export function withRateLimits(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType()?.name;
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      if (typeName !== mutationType || !POLICIES[fieldName]) return field;
      const policy = POLICIES[fieldName];
      const resolve = field.resolve ?? defaultFieldResolver;
      const refused = refusedPayload(field.type);
      return {
        ...field,
        async resolve(source, args: Record<string, unknown>, context: GraphQLContext, info) {
          const limits = context.services.rateLimits;
          const keys = keysOf(context, args);
          const refusal = await limits.admit(fieldName, keys);
          if (refusal) return { ...refused, errors: [rateLimited(refusal)] };
          const result = (await resolve(source, args, context, info)) as { errors?: unknown[] } | null;
          if (policy.counts === 'failures') {
            if (result?.errors?.length) await limits.failed(fieldName, keys);
            else await limits.succeeded(fieldName, keys);
          }
          return result;
        },
      };
    },
  });
}

/**
 * What a refused call answers besides its error: false for the payload's required flags
 * (`verified`, `sent`), null for everything else, which the SDL leaves nullable.
 */
function refusedPayload(type: GraphQLOutputType): Record<string, unknown> {
  const payload = getNamedType(type);
  if (!isObjectType(payload)) return {};
  return Object.fromEntries(
    Object.values(payload.getFields())
      .filter((f) => isNonNullType(f.type) && getNamedType(f.type).name === 'Boolean')
      .map((f) => [f.name, false]),
  );
}

function keysOf(context: GraphQLContext, args: Record<string, unknown>): RateLimitKeys {
  const input = args.input as { email?: unknown } | undefined;
  return {
    user: context.viewer?.user.id ?? null,
    address: context.requestAddress,
    // The account a sign-in names, as accounts are looked up (trimmed, lower case).
    account: typeof input?.email === 'string' ? input.email.trim().toLowerCase().slice(0, 200) : null,
  };
}

function rateLimited({ retryAfterSeconds }: Refusal) {
  const wait =
    retryAfterSeconds < 90 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return {
    code: 'RATE_LIMITED' as const,
    field: null,
    message: `Too many attempts. Please wait ${wait} and try again.`,
    retryAfterSeconds,
  };
}
