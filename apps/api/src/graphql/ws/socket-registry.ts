import type { WebSocket } from 'ws';

export interface SocketCaps {
  /** Open sockets one signed-in session may hold (a person's tabs). */
  perSession: number;
  /** Open sockets from one network address (a household or office shares one). */
  perAddress: number;
}

/**
 * Per address: a council meeting is dozens of phones on the venue's Wi-Fi behind one address,
 * each with the live round open; 250 is a big meeting with room to spare, and still a bound.
 */
export const DEFAULT_SOCKET_CAPS: SocketCaps = { perSession: 10, perAddress: 250 };

/**
 * The open subscription sockets by session and by address: to refuse past the caps, and to close
 * a session's sockets the moment it ends (sign-out), not only at its next event.
 */
export class SocketRegistry {
  private readonly bySession = new Map<string, Set<WebSocket>>();
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly caps: SocketCaps = DEFAULT_SOCKET_CAPS) {}

  /** Counts a socket from an address at upgrade; false when the address is at its cap. */
  admitAddress(address: string): boolean {
    const open = this.byAddress.get(address) ?? 0;
    if (open >= this.caps.perAddress) return false;
    this.byAddress.set(address, open + 1);
    return true;
  }

  releaseAddress(address: string): void {
    const left = (this.byAddress.get(address) ?? 1) - 1;
    if (left > 0) this.byAddress.set(address, left);
    else this.byAddress.delete(address);
  }

  /** Ties a socket to its session at connection_init; false when the session is at its cap. */
  admitSession(sessionId: string, socket: WebSocket): boolean {
    const sockets = this.bySession.get(sessionId) ?? new Set<WebSocket>();
    if (sockets.size >= this.caps.perSession) return false;
    sockets.add(socket);
    this.bySession.set(sessionId, sockets);
    return true;
  }

  releaseSession(sessionId: string, socket: WebSocket): void {
    const sockets = this.bySession.get(sessionId);
    if (!sockets) return;
    sockets.delete(socket);
    if (sockets.size === 0) this.bySession.delete(sessionId);
  }

  /** The sockets a session has open. */
  socketsOf(sessionId: string): WebSocket[] {
    return [...(this.bySession.get(sessionId) ?? [])];
  }
}
