/**
 * The limits the API publishes at /graphiql/limits.json (apps/api/src/http/graphiql.ts), read from
 * the tables it enforces. Declared here as the page reads them: the web app does not import the
 * API's code.
 */
export interface ApiLimits {
  operation: OperationLimits;
  /** Mutations that may appear once per operation (those that check a password or token). */
  oncePerOperation: string[];
  rateLimits: {
    mutations: Record<string, RatePolicy>;
    routes: Record<string, RatePolicy>;
    failureBlockSeconds: { first: number; longest: number };
  };
}

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

export interface RatePolicy {
  /** `attempts`: every call counts; `failures`: only calls that fail (a wrong password). */
  counts: 'attempts' | 'failures';
  limits: RateLimit[];
}

export interface RateLimit {
  /** Whose calls are counted together. */
  by: 'user' | 'address' | 'account';
  points: number;
  /** Seconds. */
  per: number;
}
