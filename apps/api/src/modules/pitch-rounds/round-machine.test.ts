import { applyAction, clockMs, reorderWaiting, type PitchAction, type RoundState } from './round-machine';

const t0 = new Date('2026-12-01T18:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function ready(coops = ['a', 'b', 'c']): RoundState {
  return {
    status: 'READY',
    currentPosition: null,
    clockStartedAt: null,
    clockRanMs: 0,
    startedAt: null,
    endedAt: null,
    slots: coops.map((coopId, i) => ({ coopId, position: i + 1, status: 'WAITING', spokeMs: null })),
  };
}

function run(state: RoundState, steps: [PitchAction, number][]): RoundState {
  for (const [action, second] of steps) {
    const applied = applyAction(state, action, at(second));
    if (!applied.ok) throw new Error(`${action} at ${second}s: ${applied.message}`);
    state = applied.state;
  }
  return state;
}

const statuses = (state: RoundState) => state.slots.map((s) => `${s.coopId}:${s.status}`).join(' ');

describe('the pitch round state machine', () => {
  it('starts with the first co-op speaking and its clock running', () => {
    const state = run(ready(), [['START', 0]]);
    expect(state).toMatchObject({ status: 'RUNNING', currentPosition: 1, clockStartedAt: at(0), clockRanMs: 0, startedAt: at(0) });
    expect(statuses(state)).toBe('a:SPEAKING b:WAITING c:WAITING');
    expect(clockMs(state, at(42))).toBe(42_000);
  });

  it('keeps the time run before a pause, and runs on from it after', () => {
    const state = run(ready(), [
      ['START', 0],
      ['PAUSE', 20],
      ['RESUME', 100],
    ]);
    expect(clockMs(state, at(130))).toBe(50_000);
    const paused = run(state, [['PAUSE', 130]]);
    expect(clockMs(paused, at(999))).toBe(50_000);
  });

  it('records how long each spoke, marks skips, and ends after the last', () => {
    const state = run(ready(), [
      ['START', 0],
      ['NEXT', 58],
      ['SKIP', 60],
      ['NEXT', 131],
    ]);
    expect(state.status).toBe('ENDED');
    expect(state.endedAt).toEqual(at(131));
    expect(state.slots.map((s) => [s.coopId, s.status, s.spokeMs])).toEqual([
      ['a', 'DONE', 58_000],
      ['b', 'SKIPPED', null],
      ['c', 'DONE', 71_000],
    ]);
  });

  it('ends early leaving the waiting co-ops waiting', () => {
    const state = run(ready(), [
      ['START', 0],
      ['END', 30],
    ]);
    expect(statuses(state)).toBe('a:DONE b:WAITING c:WAITING');
    expect(state.currentPosition).toBeNull();
  });

  it.each<[string, PitchAction[], PitchAction]>([
    ['pause before the start', [], 'PAUSE'],
    ['next before the start', [], 'NEXT'],
    ['resume while running', ['START'], 'RESUME'],
    ['start twice', ['START'], 'START'],
    ['pause twice', ['START', 'PAUSE'], 'PAUSE'],
    ['anything after the end', ['START', 'END'], 'NEXT'],
    ['end twice', ['END'], 'END'],
  ])('refuses to %s', (_name, before, action) => {
    const state = run(ready(), before.map((a, i) => [a, i] as [PitchAction, number]));
    expect(applyAction(state, action, at(99)).ok).toBe(false);
  });

  it('refuses to start a round with nobody in it', () => {
    expect(applyAction(ready([]), 'START', t0)).toEqual({ ok: false, message: expect.stringMatching(/Nobody/) });
  });

  it('re-orders only the co-ops still waiting, each once', () => {
    const state = run(ready(['a', 'b', 'c', 'd']), [['START', 0]]);
    const reordered = reorderWaiting(state.slots, ['d', 'b', 'c']);
    expect(typeof reordered).not.toBe('string');
    expect((reordered as RoundState['slots']).map((s) => [s.coopId, s.position])).toEqual([
      ['a', 1],
      ['d', 2],
      ['b', 3],
      ['c', 4],
    ]);
    expect(reorderWaiting(state.slots, ['a', 'b', 'c', 'd'])).toMatch(/exactly once/);
    expect(reorderWaiting(state.slots, ['b', 'b', 'c'])).toMatch(/exactly once/);
    expect(reorderWaiting(state.slots, ['b', 'c'])).toMatch(/exactly once/);
  });
});
