import { parse, type DocumentNode, type ParseOptions, type Source } from 'graphql';
import { OPERATION_LIMITS } from './operation-limits';

/**
 * graphql-js stops reading past `maxTokens`, before anything is built from a huge document; Apollo
 * Server takes the same options (`parseOptions`), so both transports parse alike.
 */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: OPERATION_LIMITS.maxTokens };

export function parseWithinLimits(source: string | Source): DocumentNode {
  return parse(source, PARSE_OPTIONS);
}
