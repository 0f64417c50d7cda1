import type { Database, User } from '@principle-six/db';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'p6_session';
export const SESSION_DAYS = 30;

export interface IssuedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

export class SessionStore {
  constructor(private readonly db: Database) {}

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
  }
}
