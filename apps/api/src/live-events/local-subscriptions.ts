import { PubSub } from 'graphql-subscriptions';
import type { Topic } from './event-bus';

/**
 * This process's subscribers, by topic and key, and how many each key has open: both buses
 * hand messages to them (the PostgreSQL one as its LISTEN connection hears them).
 */
export class LocalSubscriptions {
  private readonly pubsub = new PubSub<Record<string, string>>();
  private readonly open = new Map<string, number>();
  private readonly topicListeners = new Map<Topic, Set<(key: string, message: string) => void>>();

  deliver(topic: Topic, key: string, message: string): Promise<void> {
    for (const listener of this.topicListeners.get(topic) ?? []) listener(key, message);
    return this.pubsub.publish(trigger(topic, key), message);
  }

  onTopic(topic: Topic, listener: (key: string, message: string) => void): () => void {
    let listeners = this.topicListeners.get(topic);
    if (!listeners) this.topicListeners.set(topic, (listeners = new Set()));
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Delivers `message` to every open subscription of every topic (after a reconnection). */
  async deliverToAll(message: string): Promise<void> {
    for (const name of [...this.open.keys()]) await this.pubsub.publish(name, message);
  }

  subscribe(topic: Topic, key: string): AsyncIterableIterator<string> {
    const name = trigger(topic, key);
    const events = this.pubsub.asyncIterableIterator<string>(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    const close = events.return?.bind(events);
    let closed = false;
    events.return = () => {
      if (!closed) {
        closed = true;
        const left = (this.open.get(name) ?? 1) - 1;
        if (left > 0) this.open.set(name, left);
        else this.open.delete(name);
      }
      return close ? close() : Promise.resolve({ done: true, value: undefined });
    };
    return events;
  }

  listening(topic: Topic, key: string): number {
    return this.open.get(trigger(topic, key)) ?? 0;
  }
}

const trigger = (topic: Topic, key: string) => `${topic}:${key}`;
