import type { OperationLimits, RateLimit, RatePolicy } from './api-limits';

// The limits in plain words, for the documentation page. English only, like the schema's own
// descriptions: this page is for developers using the API.

const number = new Intl.NumberFormat('en-GB');

/** One sentence for each operation limit, in the order a query meets them. */
export function operationLimitLines(limits: OperationLimits, oncePerOperation: string[]): string[] {
  return [
    `At most ${number.format(limits.maxTokens)} tokens (names, punctuation, values): a longer document is refused while it is parsed.`,
    `At most ${number.format(limits.maxDepth)} fields deep; fragment spreads do not count as levels.`,
    `At most ${number.format(limits.maxAliases)} aliases and ${number.format(limits.maxDirectives)} directives.`,
    `A cost of at most ${number.format(limits.maxCost)}: each object costs 1 and a list multiplies what it holds by its page size (\`first\`), so ask for smaller pages to ask for more fields.`,
    ...(oncePerOperation.length ? [`${list(oncePerOperation)} may each appear once per operation, so that aliases cannot multiply guesses.`] : []),
  ];
}

const WHOSE: Record<RateLimit['by'], string> = {
  user: 'per person',
  address: 'per network address',
  account: 'per account signed in to',
};

/** "30 an hour per person; 100 a day per network address". */
export function rateLimitWords(policy: RatePolicy): string {
  return policy.limits.map((limit) => `${number.format(limit.points)} ${period(limit.per)} ${WHOSE[limit.by]}`).join('; ');
}

/** What a policy counts, in a word or two. */
export function countsWords(policy: RatePolicy): string {
  return policy.counts === 'failures' ? 'failed calls' : 'every call';
}

/** "an hour", "a day", "every 10 minutes". */
export function period(seconds: number): string {
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [size, name] of units) {
    if (seconds % size !== 0) continue;
    const count = seconds / size;
    return count === 1 ? `${name === 'hour' ? 'an' : 'a'} ${name}` : `every ${number.format(count)} ${name}s`;
  }
  return `every ${seconds} seconds`;
}

/** "1 minute", "1 hour", "90 seconds". */
export function duration(seconds: number): string {
  if (seconds % 3_600 === 0) return plural(seconds / 3_600, 'hour');
  if (seconds % 60 === 0) return plural(seconds / 60, 'minute');
  return plural(seconds, 'second');
}

/** "a, b and c". */
function list(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function plural(count: number, unit: string): string {
  return `${number.format(count)} ${unit}${count === 1 ? '' : 's'}`;
}
