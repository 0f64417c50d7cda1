import type { Database } from '@principle-six/db';
import {
  RateLimiterMemory,
  RateLimiterPrisma,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { POLICIES, ROUTE_POLICIES, blockSeconds, type KeyedBy, type Limit } from './policies';

/**
 * Where counts are kept: in this process (the embedded default, one process), or in the
 * database's `rate_limits` table, so that every API process sharing it sees the same counts.
 */
export type RateLimitStore = { kind: 'memory' } | { kind: 'database'; db: Database };

/** Who a call is counted against, by the kinds of key a policy names. */
export type RateLimitKeys = Partial<Record<KeyedBy, string | null>>;

export interface Refusal {
  retryAfterSeconds: number;
}

/** Counts guarded calls with rate-limiter-flexible, after the policies in policies.ts. */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  /**
   * `headroom` multiplies every limit's points: 1 in the app; test suites that are not about rate
   * limits raise it, as their one client signs up and posts far more than a person would.
   */
  constructor(
    private readonly store: RateLimitStore = { kind: 'memory' },
    private readonly headroom = 1,
  ) {}

  /**
   * Before a call runs: null when it may, else how long to wait. Every call takes a point now,
   * atomically in the store, so concurrent calls cannot slip past the limit together; a call of a
   * `failures` policy that then succeeds gives its point back (see succeeded).
   */
  async admit(mutation: string, keys: RateLimitKeys): Promise<Refusal | null> {
    let wait = 0;
    const taken: [RateLimiterAbstract, string][] = [];
    for (const [, limiter, key] of this.applicable(mutation, keys)) {
      try {
        await limiter.consume(key);
        taken.push([limiter, key]);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        wait = Math.max(wait, rejection.msBeforeNext);
      }
    }
    if (wait === 0) return null;
    // Refused: points taken from the other limits are given back, as nothing ran.
    for (const [limiter, key] of taken) await limiter.reward(key, 1);
    return { retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
  }

  /**
   * A guarded call failed (a wrong password or token): its point stays. At the limit the key is
   * blocked, and each block within a day lasts twice the one before.
   */
  async failed(mutation: string, keys: RateLimitKeys): Promise<void> {
    for (const [limit, limiter, key, strikes] of this.applicable(mutation, keys)) {
      const state = await limiter.get(key);
      if (!state || state.consumedPoints < limit.points * this.headroom) continue;
      const struck = await strikes.penalty(key, 1);
      await limiter.block(key, blockSeconds(struck.consumedPoints));
    }
  }

  /**
   * A guarded call succeeded: its point is given back, and an account's run of failures is over
   * (a person who finally types the right password starts afresh). Failures counted per address
   * stay, so spraying many accounts from one address is still slowed.
   */
  async succeeded(mutation: string, keys: RateLimitKeys): Promise<void> {
    for (const [limit, limiter, key] of this.applicable(mutation, keys)) {
      if (limit.by === 'account') await limiter.delete(key);
      else await limiter.reward(key, 1);
    }
  }

  /** Removes counts whose window ended (rows a key never came back to replace). */
  async sweepExpired(): Promise<number> {
    if (this.store.kind !== 'database') return 0;
    const { count } = await this.store.db.rateLimit.deleteMany({ where: { expire: { lt: new Date() } } });
    return count;
  }

  private *applicable(
    mutation: string,
    keys: RateLimitKeys,
  ): Generator<[Limit, RateLimiterAbstract, string, RateLimiterAbstract]> {
    const limits = (POLICIES[mutation] ?? ROUTE_POLICIES[mutation])?.limits ?? [];
    for (const [index, limit] of limits.entries()) {
      const key = keys[limit.by];
      if (!key) continue;
      const name = `${mutation}.${index}`;
      // How many times the key was blocked today: the next block is longer.
      const strikes = this.limiter(`${name}.strikes`, { ...limit, points: Number.MAX_SAFE_INTEGER, per: 86_400 });
      yield [limit, this.limiter(name, { ...limit, points: limit.points * this.headroom }), key, strikes];
    }
  }

  private limiter(name: string, limit: Limit): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const options = { keyPrefix: `p6:${name}`, points: limit.points, duration: limit.per };
      limiter =
        this.store.kind === 'memory'
          ? new RateLimiterMemory(options)
          : // Expired rows are replaced when their key is next used; the hourly `sweep-expired` job removes the
            // rest (see jobs), rather than a timer in every process.
            new RateLimiterPrisma({ ...options, storeClient: this.store.db, tableName: 'rateLimit', clearExpiredByTimeout: false });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}
