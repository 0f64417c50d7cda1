import type { Database } from '@principle-six/db';
import type { EventBus } from './event-bus';
import { MemoryEventBus } from './memory-bus';
import { PostgresEventBus } from './postgres-bus';

export { RESUMED, type EventBus, type Topic } from './event-bus';

/**
 * The bus for this process: PostgreSQL's LISTEN/NOTIFY when `listenUrl` names a server (every
 * API process and job worker on it hears the others), memory otherwise (the embedded database,
 * one process).
 */
export function createEventBus(db: Database, listenUrl: string | null | undefined, log?: (line: string) => void): EventBus {
  if (!listenUrl) return new MemoryEventBus();
  return new PostgresEventBus({
    url: listenUrl,
    notify: (channel, payload) => db.$executeRaw`SELECT pg_notify(${channel}, ${payload})`,
    log,
  });
}
