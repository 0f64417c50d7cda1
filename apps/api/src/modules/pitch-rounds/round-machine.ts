import type { PitchRoundStatus, PitchSlotStatus } from '@principle-six/db';

/**
 * The pitch round's state machine, as plain data so that it can be tested on its own; the
 * service loads a round, applies an action here and saves what changed, under a row lock.
 *
 *   READY   --START-->  RUNNING (first waiting co-op speaking, clock running)
 *   RUNNING --PAUSE-->  PAUSED  (clock stopped, time so far kept)
 *   PAUSED  --RESUME--> RUNNING
 *   RUNNING, PAUSED --NEXT--> the speaker DONE, the next waiting one speaking (clock from 0), or ENDED after the last
 *   RUNNING, PAUSED --SKIP--> the speaker SKIPPED, then as NEXT
 *   READY, RUNNING, PAUSED --END--> ENDED (a speaker is DONE; those waiting stay WAITING)
 *   ENDED: nothing more.
 */

export type PitchAction = 'START' | 'PAUSE' | 'RESUME' | 'NEXT' | 'SKIP' | 'END';

export interface SlotState {
  coopId: string;
  position: number;
  status: PitchSlotStatus;
  spokeMs: number | null;
}

export interface RoundState {
  status: PitchRoundStatus;
  currentPosition: number | null;
  clockStartedAt: Date | null;
  clockRanMs: number;
  startedAt: Date | null;
  endedAt: Date | null;
  slots: SlotState[];
}

export type Applied = { ok: true; state: RoundState } | { ok: false; message: string };

const ALLOWED: Record<PitchAction, PitchRoundStatus[]> = {
  START: ['READY'],
  PAUSE: ['RUNNING'],
  RESUME: ['PAUSED'],
  NEXT: ['RUNNING', 'PAUSED'],
  SKIP: ['RUNNING', 'PAUSED'],
  END: ['READY', 'RUNNING', 'PAUSED'],
};

const REFUSALS: Record<PitchAction, string> = {
  START: 'The round has started already.',
  PAUSE: 'The clock is not running.',
  RESUME: 'The clock is not paused.',
  NEXT: 'No pitch is under way.',
  SKIP: 'No pitch is under way.',
  END: 'The round has ended already.',
};

/** How long the current pitch's clock has run at `now`. */
export function clockMs(state: Pick<RoundState, 'clockStartedAt' | 'clockRanMs'>, now: Date): number {
  return state.clockRanMs + (state.clockStartedAt ? Math.max(0, now.getTime() - state.clockStartedAt.getTime()) : 0);
}

export function applyAction(state: RoundState, action: PitchAction, now: Date): Applied {
  if (state.status === 'ENDED') return { ok: false, message: 'The round has ended.' };
  if (!ALLOWED[action].includes(state.status)) return { ok: false, message: REFUSALS[action] };
  const slots = state.slots.map((s) => ({ ...s }));
  const speaking = slots.find((s) => s.position === state.currentPosition) ?? null;
  switch (action) {
    case 'START': {
      if (!slots.some((s) => s.status === 'WAITING')) return { ok: false, message: 'Nobody is in the round: prepare it from who is present.' };
      return { ok: true, state: speakNext({ ...state, startedAt: now, slots }, now) };
    }
    case 'PAUSE':
      return { ok: true, state: { ...state, status: 'PAUSED', clockRanMs: clockMs(state, now), clockStartedAt: null, slots } };
    case 'RESUME':
      return { ok: true, state: { ...state, status: 'RUNNING', clockStartedAt: now, slots } };
    case 'NEXT':
    case 'SKIP': {
      if (speaking) {
        speaking.status = action === 'NEXT' ? 'DONE' : 'SKIPPED';
        speaking.spokeMs = action === 'NEXT' ? clockMs(state, now) : null;
      }
      return { ok: true, state: speakNext({ ...state, slots }, now) };
    }
    case 'END': {
      if (speaking) {
        speaking.status = 'DONE';
        speaking.spokeMs = clockMs(state, now);
      }
      return { ok: true, state: ended({ ...state, slots }, now) };
    }
  }
}

/** The first waiting co-op speaks, its clock from 0; with none left the round ends. */
function speakNext(state: RoundState, now: Date): RoundState {
  const next = state.slots.filter((s) => s.status === 'WAITING').sort((a, b) => a.position - b.position)[0];
  if (!next) return ended(state, now);
  next.status = 'SPEAKING';
  return { ...state, status: 'RUNNING', currentPosition: next.position, clockStartedAt: now, clockRanMs: 0 };
}

function ended(state: RoundState, now: Date): RoundState {
  return { ...state, status: 'ENDED', currentPosition: null, clockStartedAt: null, clockRanMs: 0, endedAt: now };
}

/**
 * The waiting co-ops in a new order: positions after every co-op that has spoken (or is
 * speaking) keep them in front; `order` lists waiting co-op ids, each once.
 */
export function reorderWaiting(slots: SlotState[], order: string[]): SlotState[] | string {
  const waiting = slots.filter((s) => s.status === 'WAITING');
  const ids = new Set(waiting.map((s) => s.coopId));
  if (order.length !== ids.size || new Set(order).size !== order.length || order.some((id) => !ids.has(id))) {
    return 'List each co-op still waiting exactly once.';
  }
  const first = Math.max(0, ...slots.filter((s) => s.status !== 'WAITING').map((s) => s.position)) + 1;
  const byId = new Map(waiting.map((s) => [s.coopId, s]));
  return [...slots.filter((s) => s.status !== 'WAITING'), ...order.map((id, i) => ({ ...byId.get(id)!, position: first + i }))];
}
