import type { Database, PitchRound } from '@principle-six/db';
import { findCategory } from '@principle-six/taxonomy';
import { liveWhere } from '../../access/postings-access';
import type { RoundEvents } from './round-events';

/** How many of a co-op's open needs its card shows. */
const NEEDS_ON_A_CARD = 3;

export interface PitchCardView {
  coopId: string;
  slug: string;
  name: string;
  place: string;
  provides: string;
  whyBuy: string;
  wantToTalkTo: string;
  categories: string[];
  openNeeds: { id: string; title: string }[];
}

export interface PitchSlotView {
  coopId: string;
  name: string;
  position: number;
  status: 'WAITING' | 'SPEAKING' | 'DONE' | 'SKIPPED';
}

/** A round as every screen shows it: the same for everyone, so it is read once per change. */
export interface PitchRoundView {
  id: string;
  meetingId: string;
  status: PitchRound['status'];
  version: number;
  pitchSeconds: number;
  clockStartedAt: Date | null;
  clockRanMs: number;
  current: PitchCardView | null;
  next: PitchSlotView | null;
  slots: PitchSlotView[];
}

/** Reads a round's view: the round, its slots with names, and the current co-op's card. */
export async function loadRoundView(db: Database, meetingId: string): Promise<PitchRoundView | null> {
  const round = await db.pitchRound.findUnique({
    where: { meetingId },
    include: { slots: { include: { coop: { select: { name: true } } }, orderBy: { position: 'asc' } } },
  });
  if (!round) return null;
  const slots: PitchSlotView[] = round.slots.map((s) => ({ coopId: s.coopId, name: s.coop.name, position: s.position, status: s.status }));
  const speaking = slots.find((s) => s.position === round.currentPosition) ?? null;
  return {
    id: round.id,
    meetingId: round.meetingId,
    status: round.status,
    version: round.version,
    pitchSeconds: round.pitchSeconds,
    clockStartedAt: round.clockStartedAt,
    clockRanMs: round.clockRanMs,
    current: speaking ? await loadCard(db, speaking.coopId) : null,
    next: round.status === 'ENDED' ? null : (slots.find((s) => s.status === 'WAITING') ?? null),
    slots,
  };
}

async function loadCard(db: Database, coopId: string): Promise<PitchCardView | null> {
  const coop = await db.coop.findUnique({
    where: { id: coopId },
    include: {
      place: { select: { name: true } },
      categories: { select: { categoryCode: true }, orderBy: { categoryCode: 'asc' } },
      needs: { where: liveWhere(), select: { id: true, title: true }, orderBy: { createdAt: 'desc' }, take: NEEDS_ON_A_CARD },
    },
  });
  if (!coop) return null;
  return {
    coopId: coop.id,
    slug: coop.slug,
    name: coop.name,
    place: coop.place.name,
    provides: coop.provides,
    whyBuy: coop.whyBuy,
    wantToTalkTo: coop.wantToTalkTo,
    categories: coop.categories.flatMap((c) => {
      const category = findCategory(c.categoryCode);
      return category ? [category.name] : [];
    }),
    openNeeds: coop.needs,
  };
}

/**
 * Each process reads a round's view once per version, however many pages are open on it: every
 * subscriber's event for one change shares one read. An event for an older version than the
 * last read gets the newer view (pages keep the highest version they see).
 */
export class RoundViews {
  private readonly latest = new Map<string, { version: number; view: Promise<PitchRoundView | null> }>();

  constructor(
    private readonly db: Database,
    readonly events: RoundEvents,
  ) {}

  /** The view at `version` or later. */
  at(meetingId: string, version: number): Promise<PitchRoundView | null> {
    const known = this.latest.get(meetingId);
    if (known && known.version >= version) return known.view;
    const view = loadRoundView(this.db, meetingId);
    this.latest.set(meetingId, { version, view });
    // A failed read is not remembered.
    view.catch(() => {
      if (this.latest.get(meetingId)?.view === view) this.latest.delete(meetingId);
    });
    // Ended rounds are not asked about again for long; keep the map small.
    if (this.latest.size > 1000) this.latest.delete(this.latest.keys().next().value!);
    return view;
  }

  /** The view now, read afresh (a page's first event, and queries). */
  now(meetingId: string): Promise<PitchRoundView | null> {
    return loadRoundView(this.db, meetingId);
  }
}
