import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { DemoCoop } from './generate';
import { DEMO_POSTINGS } from './postings';

/**
 * What the demo network has been doing: open needs and offers, a council with a meeting held and
 * one coming up, and referrals passed between its members, some of them won. Generated from the
 * demo co-ops with a seeded generator, so the same co-ops and date give the same activity on
 * every machine. Dates are offsets from `now` so that the demo is always current.
 */
export interface DemoActivity {
  needs: DemoNeed[];
  offers: DemoOffer[];
  council: DemoCouncil;
  referrals: DemoReferral[];
}

export interface DemoArea {
  /** Index into the co-ops of the co-op whose place it is; null for anywhere. */
  placeOf: number | null;
  radiusKm: number | null;
}

export interface DemoNeed {
  coop: number;
  title: string;
  description: string;
  categoryCodes: string[];
  area: DemoArea;
  budget: number | null;
  createdDaysAgo: number;
  expiresInDays: number;
}

export interface DemoOffer {
  coop: number;
  title: string;
  description: string;
  coopTerms: string;
  categoryCodes: string[];
  area: DemoArea;
  createdDaysAgo: number;
  expiresInDays: number;
}

export interface DemoCouncil {
  name: string;
  slug: string;
  description: string;
  area: string;
  members: number[];
  meetings: { title: string; agenda: string; inDays: number; venue: string }[];
}

export type DemoStage = 'PASSED' | 'ACCEPTED' | 'CONTACTED' | 'MEETING_HELD' | 'WON' | 'LOST' | 'DECLINED';

export interface DemoReferral {
  from: number;
  to: number;
  kind: 'EXTERNAL' | 'INTERNAL' | 'TIER_THREE';
  what: string;
  prospectName: string;
  prospectOrg: string;
  warmth: number;
  /** The stages it went through, in order, each some days after the last. */
  path: DemoStage[];
  passedDaysAgo: number;
  wonAmount: number | null;
  reason: string | null;
  /** Passed at the council's past meeting. */
  atMeeting: boolean;
}

export const DEMO_NEED_COUNT = 30;
export const DEMO_OFFER_COUNT = 16;
export const DEMO_REFERRAL_COUNT = 12;
const COUNCIL_SIZE = 14;

const PATHS: DemoStage[][] = [
  ['PASSED', 'ACCEPTED', 'CONTACTED', 'MEETING_HELD', 'WON'],
  ['PASSED', 'ACCEPTED', 'CONTACTED', 'WON'],
  ['PASSED', 'ACCEPTED', 'WON'],
  ['PASSED', 'ACCEPTED', 'CONTACTED', 'LOST'],
  ['PASSED', 'ACCEPTED', 'CONTACTED'],
  ['PASSED', 'ACCEPTED'],
  ['PASSED'],
  ['PASSED', 'DECLINED'],
];

const PROSPECT_NAMES = ['Sam Okafor', 'Priya Shah', 'Tom Evans', 'Aileen Murray', 'Dafydd Jones', 'Grace Liu', 'Nia Roberts', 'Chris Walsh'];
const PROSPECT_ORGS = ['Ash Road Tenants Association', 'Millbank Community Centre', 'Hartley Primary School PTA', 'Green Lanes Residents Group', 'St Anne’s Church Hall', 'The Old Library Trust', 'Riverside Allotment Society', 'Northfield Youth Club'];

export function generateDemoActivity(coops: readonly DemoCoop[], seed = 6): DemoActivity {
  const rng = xoroshiro128plus(seed + 2);
  const int = (min: number, max: number) => uniformInt(rng, min, max);
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const keys = Object.keys(DEMO_POSTINGS).filter((key) => coops.some((c) => c.tradeKey === key));
  const area = (coop: number): DemoArea => (int(0, 2) === 0 ? { placeOf: null, radiusKm: null } : { placeOf: coop, radiusKm: pick([25, 50, 100]) });

  const needs: DemoNeed[] = [];
  const asked = new Set<string>();
  for (let tries = 0; needs.length < DEMO_NEED_COUNT && tries < DEMO_NEED_COUNT * 20; tries++) {
    const key = pick(keys);
    const text = pick(DEMO_POSTINGS[key]!.needs);
    const buyer = int(0, coops.length - 1);
    // A co-op does not ask its own trade for its own work, nor ask for the same thing twice.
    if (coops[buyer]!.tradeKey === key || asked.has(`${buyer}|${text.title}`)) continue;
    asked.add(`${buyer}|${text.title}`);
    needs.push({
      coop: buyer,
      title: text.title,
      description: text.description,
      categoryCodes: [key],
      area: area(buyer),
      budget: text.budget ?? null,
      createdDaysAgo: int(0, 20),
      expiresInDays: int(14, 75),
    });
  }

  const offers: DemoOffer[] = [];
  const offering = new Set<number>();
  for (let tries = 0; offers.length < DEMO_OFFER_COUNT && tries < DEMO_OFFER_COUNT * 20; tries++) {
    const coop = int(0, coops.length - 1);
    const text = DEMO_POSTINGS[coops[coop]!.tradeKey]?.offer;
    if (!text || offering.has(coop)) continue;
    offering.add(coop);
    offers.push({
      coop,
      ...text,
      categoryCodes: [...coops[coop]!.categoryCodes],
      area: area(coop),
      createdDaysAgo: int(0, 30),
      expiresInDays: int(30, 120),
    });
  }

  // The council meets where the most demo co-ops are (in the UK, where its time zone is): a
  // local council, as most are.
  const byPlace = new Map<string, number[]>();
  coops.forEach((c, i) => {
    if (c.place.countryCode === 'GB') byPlace.set(c.place.name, [...(byPlace.get(c.place.name) ?? []), i]);
  });
  const [place, local] = [...byPlace].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
  const members = local.slice(0, COUNCIL_SIZE);
  const council: DemoCouncil = {
    name: `${place} Co-operative Council`,
    slug: `${place.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-co-operative-council`,
    description: `Co-ops in and around ${place} meeting every month to pitch, swap leads and pass each other business. Any co-op in the area is welcome.`,
    area: place,
    members,
    meetings: [
      { title: 'Monthly pitch and referral meeting', agenda: 'Welcome and introductions\nPitch round: 60 seconds each\nReferrals and thank-yous\nWhat we need this month', inDays: -9, venue: `${place} Community Hall` },
      { title: 'Monthly pitch and referral meeting', agenda: 'Welcome\nPitch round\nReferrals and thank-yous\nGuest talk: buying from each other', inDays: 19, venue: `${place} Community Hall` },
    ],
  };

  const referrals: DemoReferral[] = [];
  for (let i = 0; i < DEMO_REFERRAL_COUNT; i++) {
    // Mostly between council members, as referrals are in practice; a few across the network.
    const from = i < 8 ? pick(members) : int(0, coops.length - 1);
    let to = i < 8 ? pick(members) : int(0, coops.length - 1);
    for (let n = 0; to === from; n++) to = (to + 1 + n) % coops.length;
    const path = PATHS[i % PATHS.length]!;
    const end = path.at(-1)!;
    const receiver = coops[to]!;
    referrals.push({
      from,
      to,
      kind: pick(['EXTERNAL', 'EXTERNAL', 'INTERNAL', 'TIER_THREE'] as const),
      what: receiver.provides,
      prospectName: pick(PROSPECT_NAMES),
      prospectOrg: pick(PROSPECT_ORGS),
      warmth: int(1, 5),
      path,
      passedDaysAgo: i < 4 ? 9 : int(10, 300),
      wonAmount: end === 'WON' ? int(4, 60) * 100 : null,
      reason: end === 'LOST' ? 'They chose a supplier nearer to them this time.' : end === 'DECLINED' ? 'We are fully booked until the spring.' : null,
      atMeeting: i < 4,
    });
  }
  return { needs, offers, council, referrals };
}
