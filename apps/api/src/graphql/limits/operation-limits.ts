import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { oncePerOperationRule } from './once-per-operation';

/**
 * What one operation may ask for, on every transport (HTTP and WebSocket alike). GraphQL Armor's
 * defaults are the ceiling: depth 6, 15 aliases, 1,000 tokens, 50 directives, cost 5,000. The web
 * app's own operations stay well inside them (a test walks every document in apps/web).
 */
export const OPERATION_LIMITS = {
  maxDepth: 6,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 50,
  /** Counted by query-cost.ts, with list sizes: a page of 100 costs 100 times its items. */
  maxCost: 5000,
} as const;

/**
 * The validation rules both transports add to GraphQL's own. Cost is not among them: it needs
 * the operation's variables (a `first: $n` is only known then), so it is checked once the
 * operation is resolved (see query-cost.ts).
 */
export function limitRules(): ValidationRule[] {
  return [
    // Depth counts fields, not the fragment spreads between them.
    maxDepthRule({ n: OPERATION_LIMITS.maxDepth, flattenFragments: true, ...REPORT }),
    maxAliasesRule({ n: OPERATION_LIMITS.maxAliases, ...REPORT }),
    maxDirectivesRule({ n: OPERATION_LIMITS.maxDirectives, ...REPORT }),
    oncePerOperationRule,
  ] as ValidationRule[];
}

/**
 * Armor's rules throw out of `validate` by default, which graphql-ws does not expect; reported
 * instead, they come back as ordinary validation errors on both transports. Limits are named in
 * the messages: they are public, and help an API client fix its query.
 */
const REPORT = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};
