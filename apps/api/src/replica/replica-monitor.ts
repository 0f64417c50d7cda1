import { Pool } from 'pg';
import { parseLsn } from './lsn';

export type ReplicaStatus = 'streaming' | 'lagging' | 'down';

export interface ReplicaState {
  status: ReplicaStatus;
  /** How long the oldest write the replica has not replayed has existed; null while down or unknown. */
  lagSeconds: number | null;
}

export interface ReplicaMonitorOptions {
  primaryUrl: string;
  replicaUrl: string;
  /** Past this lag the replica is not read from. */
  maxLagSeconds: number;
  /** How often both servers are asked where they are. */
  intervalMs?: number;
  log?: (message: string) => void;
}

/** One write position the primary had, and when it was seen. */
interface Sample {
  at: number;
  lsn: bigint;
}

const CHECK_TIMEOUT_MS = 1000;
/** Enough to follow a replica stuck for over an hour at two checks a second. */
const MAX_SAMPLES = 10_000;

/**
 * Watches a streaming replica: whether it answers, what it has replayed, and how far behind the
 * primary it is, in time.
 *
 * Lag is measured against the primary's own positions: every check notes the primary's current
 * write position and the time, and the replica's lag is the age of the oldest noted position it
 * has not replayed yet (0 when it has replayed them all). PostgreSQL's
 * `now() - pg_last_xact_replay_timestamp()` would grow without end on an idle primary, which is
 * why it is not used. Until the replica has caught up with a position seen here, its lag counts
 * as unknown, so a replica that starts far behind is not read from.
 */
export class ReplicaMonitor {
  private readonly primary: Pool;
  private readonly replica: Pool;
  private readonly samples: Sample[] = [];
  private replayed: bigint | null = null;
  private current: ReplicaState = { status: 'down', lagSeconds: null };
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private stopped = false;
  private readonly log: (message: string) => void;

  constructor(private readonly options: ReplicaMonitorOptions) {
    const pool = (connectionString: string) => {
      const p = new Pool({ connectionString, max: 1, connectionTimeoutMillis: CHECK_TIMEOUT_MS, query_timeout: CHECK_TIMEOUT_MS });
      p.on('error', () => undefined); // a dropped idle connection: the next check reconnects
      return p;
    };
    this.primary = pool(options.primaryUrl);
    this.replica = pool(options.replicaUrl);
    this.log = options.log ?? ((message) => console.warn(`[replica] ${message}`));
  }

  /** Checks once, then keeps checking in the background. */
  async start(): Promise<void> {
    await this.check();
    const every = this.options.intervalMs ?? 500;
    const loop = () => {
      if (this.stopped) return;
      this.timer = setTimeout(() => void this.check().finally(loop), every);
      this.timer.unref();
    };
    loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.checking?.catch(() => undefined);
    await Promise.all([this.primary.end(), this.replica.end()]);
  }

  state(): ReplicaState {
    return this.current;
  }

  /** Answers and is within the lag limit: reads may go to it. */
  usable(): boolean {
    return this.current.status === 'streaming';
  }

  /** Whether the replica has replayed the primary's log up to `lsn` (as of the last check). */
  hasReplayed(lsn: bigint): boolean {
    return this.replayed !== null && this.replayed >= lsn;
  }

  /** A read failed on the replica: not used again until a check finds it answering. */
  markFailed(error: unknown): void {
    if (this.current.status === 'down') return;
    this.change({ status: 'down', lagSeconds: null }, error instanceof Error ? error.message : String(error));
  }

  /** Asks both servers once (checks never overlap). */
  check(): Promise<void> {
    this.checking ??= this.checkBoth().finally(() => (this.checking = null));
    return this.checking;
  }

  private async checkBoth(): Promise<void> {
    const [primary, replica] = await Promise.allSettled([
      this.primary.query<{ lsn: string; db: string }>('SELECT pg_current_wal_lsn()::text AS lsn, current_database() AS db'),
      this.replica.query<{ lsn: string | null; db: string }>('SELECT pg_last_wal_replay_lsn()::text AS lsn, current_database() AS db'),
    ]);
    const now = Date.now();
    if (primary.status === 'rejected') {
      // Without the primary's position the lag cannot be known: not read from until it can.
      this.change({ status: 'lagging', lagSeconds: null }, 'the primary did not say where it is');
      return;
    }
    if (replica.status === 'fulfilled' && replica.value.rows[0]!.db !== primary.value.rows[0]!.db) {
      // A replica URL naming another database would serve that database's rows as this one's.
      this.change({ status: 'down', lagSeconds: null }, `the replica URL names database ${replica.value.rows[0]!.db}, not ${primary.value.rows[0]!.db}`);
      return;
    }
    const lsn = parseLsn(primary.value.rows[0]!.lsn)!;
    // The first position seen is of unknown age: treated as old until replayed.
    const at = this.samples.length === 0 && this.replayed === null ? -Infinity : now;
    if (this.samples.length === 0 || this.samples[this.samples.length - 1]!.lsn < lsn) this.samples.push({ at, lsn });
    if (this.samples.length > MAX_SAMPLES) this.samples.splice(1, 1);
    if (replica.status === 'rejected') {
      this.change({ status: 'down', lagSeconds: null }, replica.reason instanceof Error ? replica.reason.message : String(replica.reason));
      return;
    }
    const replayedText = replica.value.rows[0]!.lsn;
    if (replayedText === null) {
      this.change({ status: 'down', lagSeconds: null }, 'the replica URL names a server that is not a standby');
      return;
    }
    this.replayed = parseLsn(replayedText);
    while (this.samples.length > 0 && this.samples[0]!.lsn <= this.replayed!) this.samples.shift();
    const lag = this.samples.length === 0 ? 0 : (now - this.samples[0]!.at) / 1000;
    this.change({ status: lag <= this.options.maxLagSeconds ? 'streaming' : 'lagging', lagSeconds: Number.isFinite(lag) ? lag : null });
  }

  /** Why the replica is not read from, as last found (for the start-up line and the log). */
  reason: string | null = null;

  private change(next: ReplicaState, reason?: string): void {
    const before = this.current.status;
    this.current = next;
    this.reason = next.status === 'streaming' ? null : (reason ?? null);
    if (before === next.status) return;
    if (next.status === 'streaming') this.log('Reading from the replica.');
    else if (next.status === 'lagging') this.log(`The replica is more than ${this.options.maxLagSeconds} s behind: reading from the primary.`);
    else this.log(`The replica is not answering (${reason ?? 'unknown'}): reading from the primary.`);
  }
}
