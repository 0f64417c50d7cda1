import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ERRORS } from './scenarios';
import type { TestClient } from './test-client';

export const ROUND_FIELDS = `id meetingId status version pitchSeconds clockStartedAt clockRanMs serverTime
  current { coopId name place provides whyBuy wantToTalkTo categories openNeeds { id title } }
  next { coopId name }
  slots { coopId name position status }`;

export const PREPARE_ROUND = `mutation ($input: PreparePitchRoundInput!) { preparePitchRound(input: $input) { round { ${ROUND_FIELDS} } ${ERRORS} } }`;
export const REORDER_ROUND = `mutation ($input: ReorderPitchRoundInput!) { reorderPitchRound(input: $input) { round { ${ROUND_FIELDS} } ${ERRORS} } }`;
export const CONTROL_ROUND = `mutation ($input: ControlPitchRoundInput!) { controlPitchRound(input: $input) { round { ${ROUND_FIELDS} } ${ERRORS} } }`;
export const TAP = `mutation ($input: TapPitchInput!) { tapPitch(input: $input) { tap { coopId kind createdAt } ${ERRORS} } }`;
export const FOLLOW_UPS = `query ($id: ID!) { meeting(id: $id) {
  followUps { kind coop { id name } fromCoop { id } introduction { id from { id } to { id } contact { email } } referral { id } }
  pitchSummary { pitches skipped taps introductions referrals referralsWon byCoop { coop { id } talk referral need } }
  viewerTaps { coopId kind }
} }`;

export interface RoundEvent {
  status: string;
  version: number;
  current: { coopId: string; name: string } | null;
}

/** A page watching a meeting's round over graphql-ws, as the client's session. */
export class RoundWatcher {
  readonly events: RoundEvent[] = [];
  /** Events with no round (the meeting has none yet). */
  empty = 0;
  completed = false;
  private readonly waiters: (() => void)[] = [];
  private readonly ws;

  constructor(endpoint: string, client: TestClient, meetingId: string) {
    const cookie = client.sessionCookie ?? '';
    this.ws = createClient({
      url: endpoint.replace('http', 'ws'),
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { cookie } });
        }
      },
    });
    this.ws.subscribe<{ pitchRound: RoundEvent | null }>(
      { query: `subscription ($id: ID!) { pitchRound(meetingId: $id) { status version current { coopId name } } }`, variables: { id: meetingId } },
      {
        next: (value) => {
          if (value.data?.pitchRound) this.events.push(value.data.pitchRound);
          else if (value.data) this.empty += 1;
          this.wake();
        },
        error: () => {
          this.completed = true;
          this.wake();
        },
        complete: () => {
          this.completed = true;
          this.wake();
        },
      },
    );
  }

  /** Resolves once an event satisfies `test` (or rejects after `ms`). */
  async waitFor(test: (event: RoundEvent) => boolean, ms = 5000): Promise<RoundEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find(test);
      if (found) return found;
      if (this.completed) throw new Error('The subscription ended');
      if (Date.now() > deadline) throw new Error(`No such event within ${ms} ms: ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async close(): Promise<void> {
    await this.ws.dispose();
  }

  private wake() {
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
