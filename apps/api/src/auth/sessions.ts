import type { Database, User } from '@principle-six/db';
import type { EventBus } from '../live-events';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'p6_session';
export const SESSION_DAYS = 30;

export interface IssuedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

export class SessionStore {
  private readonly endedListeners = new Set<(sessionId: string) => void>();

  /** `bus`: tells every process that a session ended; none (scripts, benchmarks) tells this one only. */
  constructor(
    private readonly db: Database,
    private readonly bus: EventBus | null = null,
  ) {}

  /**
   * Called with each session ended (sign-out, a new sign-in) by any process on the bus, so that
   * what hangs on it, such as open subscription sockets, goes at once. Returns the unsubscribe
   * function.
   */
  onEnded(listener: (sessionId: string) => void): () => void {
    if (this.bus) return this.bus.onTopic('session_ended', (sessionId) => listener(sessionId));
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  async create(userId: string): Promise<IssuedSession> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    const { id } = await this.db.session.create({
      data: { tokenHash: hashToken(token), userId, expiresAt },
      select: { id: true },
    });
    return { id, token, expiresAt };
  }

  /** The signed-in user for a cookie token, or null when it is unknown or has expired. */
  async userFor(token: string | undefined): Promise<{ user: User; sessionId: string } | null> {
    if (!token) return null;
    const session = await this.db.session.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { user: true },
    });
    if (!session || session.expiresAt <= new Date()) return null;
    return { user: session.user, sessionId: session.id };
  }

  async end(sessionId: string): Promise<void> {
    await this.db.session.deleteMany({ where: { id: sessionId } });
    if (this.bus) await this.bus.publish('session_ended', sessionId, 'ended');
    else for (const listener of this.endedListeners) listener(sessionId);
  }
}
