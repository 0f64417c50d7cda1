import { envelope, type EventBus, type Topic } from './event-bus';
import { LocalSubscriptions } from './local-subscriptions';

/** One process's bus (the embedded default): nothing to connect to, nothing else to run. */
export class MemoryEventBus implements EventBus {
  readonly crossProcess = false;
  private readonly local = new LocalSubscriptions();

  async publish(topic: Topic, key: string, message: string): Promise<void> {
    envelope(topic, key, message); // the same checks as over PostgreSQL
    await this.local.deliver(topic, key, message);
  }

  subscribe(topic: Topic, key: string): AsyncIterableIterator<string> {
    return this.local.subscribe(topic, key);
  }

  onTopic(topic: Topic, listener: (key: string, message: string) => void): () => void {
    return this.local.onTopic(topic, listener);
  }

  listening(topic: Topic, key: string): number {
    return this.local.listening(topic, key);
  }

  async start(): Promise<void> {}

  async close(): Promise<void> {}
}
