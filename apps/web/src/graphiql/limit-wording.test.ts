import { duration, operationLimitLines, period, rateLimitWords } from './limit-wording';

describe('the limits in plain words', () => {
  it('names each operation limit with its number', () => {
    const lines = operationLimitLines({ maxDepth: 6, maxAliases: 15, maxTokens: 1000, maxDirectives: 50, maxCost: 5000 }, ['signIn', 'signUp', 'verifyEmail']);
    expect(lines.join('\n')).toMatch(/1,000 tokens/);
    expect(lines.join('\n')).toMatch(/6 fields deep/);
    expect(lines.join('\n')).toMatch(/15 aliases and 50 directives/);
    expect(lines.join('\n')).toMatch(/cost of at most 5,000/);
    expect(lines.at(-1)).toMatch(/^signIn, signUp and verifyEmail may each appear once per operation/);
    expect(operationLimitLines({ maxDepth: 6, maxAliases: 15, maxTokens: 1000, maxDirectives: 50, maxCost: 5000 }, [])).toHaveLength(4);
  });

  it('says each rate limit as a count, a period and whose calls', () => {
    expect(
      rateLimitWords({
        counts: 'attempts',
        limits: [
          { by: 'user', points: 20, per: 3600 },
          { by: 'address', points: 100, per: 86_400 },
        ],
      }),
    ).toBe('20 an hour per person; 100 a day per network address');
    expect(rateLimitWords({ counts: 'failures', limits: [{ by: 'account', points: 5, per: 3600 }] })).toBe('5 an hour per account signed in to');
  });

  it('words periods and durations', () => {
    expect([period(60), period(3600), period(86_400), period(600), period(7200), period(45)]).toEqual([
      'a minute',
      'an hour',
      'a day',
      'every 10 minutes',
      'every 2 hours',
      'every 45 seconds',
    ]);
    expect([duration(60), duration(3600), duration(90), duration(120)]).toEqual(['1 minute', '1 hour', '90 seconds', '2 minutes']);
  });
});
