/**
 * Live news between the API's processes: "this notification was written", "this round moved
 * on". Messages carry ids and version numbers, never data: a subscriber reads what it shows
 * from the database, as its viewer may see it.
 *
 * Two implementations: in memory (one process, the embedded default; memory-bus.ts) and
 * PostgreSQL LISTEN/NOTIFY (several processes on one database server; postgres-bus.ts).
 */
export interface EventBus {
  /** Whether messages reach other processes (PostgreSQL) or stay in this one (memory). */
  readonly crossProcess: boolean;
  /**
   * Sends `message` to every subscriber of (topic, key) in every process. Call it after the
   * transaction that wrote what the message announces has committed: a subscriber that reads
   * on receipt must find it.
   */
  publish(topic: Topic, key: string, message: string): Promise<void>;
  /**
   * Messages for (topic, key) as they arrive. After the bus lost its connection and made it
   * again it yields RESUMED: messages may have been missed meanwhile, and a subscriber that can
   * catch up (read the state now) should.
   */
  subscribe(topic: Topic, key: string): AsyncIterableIterator<string>;
  /** Calls `listener` with every message on `topic`, whatever its key; returns the way to stop. */
  onTopic(topic: Topic, listener: (key: string, message: string) => void): () => void;
  /** Subscriptions to (topic, key) open in this process (not in others). */
  listening(topic: Topic, key: string): number;
  /** Connects (when there is anything to connect to); call before serving subscriptions. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** The channels, one per kind of news; PostgreSQL channel names, so lower-case identifiers. */
export const TOPICS = ['inbox', 'pitch_rounds', 'session_ended'] as const;
export type Topic = (typeof TOPICS)[number];

/** What a subscription yields after a reconnection; never a published message (those are non-empty). */
export const RESUMED = '';

/**
 * PostgreSQL refuses a NOTIFY payload of 8000 bytes or more (the default build). The envelope
 * is "<key> <message>"; ids fit many times over, so a larger payload is a mistake (data where
 * an id belongs) and is refused in memory too, where it would otherwise pass unnoticed.
 */
export const MAX_PAYLOAD_BYTES = 7999;

/** The NOTIFY payload for one message: the key (no spaces) then the message. */
export function envelope(topic: Topic, key: string, message: string): string {
  if (!TOPICS.includes(topic)) throw new Error(`Unknown live-events topic "${topic}"`);
  if (!/^[^\s]+$/.test(key)) throw new Error(`A live-events key must be non-empty with no spaces (got "${key}")`);
  if (message === RESUMED) throw new Error('A live-events message must not be empty');
  const payload = `${key} ${message}`;
  const bytes = Buffer.byteLength(payload, 'utf8');
  if (bytes > MAX_PAYLOAD_BYTES) throw new Error(`A live-events message of ${bytes} bytes is over the ${MAX_PAYLOAD_BYTES}-byte limit: send ids, not data`);
  return payload;
}

/** The key and message of a NOTIFY payload; null when it is not one of ours. */
export function openEnvelope(payload: string | undefined): { key: string; message: string } | null {
  if (!payload) return null;
  const space = payload.indexOf(' ');
  if (space <= 0 || space === payload.length - 1) return null;
  return { key: payload.slice(0, space), message: payload.slice(space + 1) };
}
