import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { CATEGORIES, type CoopTypeKey } from '@principle-six/taxonomy';
import { DEMO_PLACES, type DemoPlace } from './places';
import { DEMO_ADJECTIVES, DEMO_TRADES } from './trades';
import { slugify } from '../slug';

export interface DemoCoop {
  readonly slug: string;
  readonly name: string;
  readonly place: DemoPlace;
  readonly postcode: string | null;
  readonly provides: string;
  readonly whyBuy: string;
  readonly wantToTalkTo: string;
  readonly coopType: CoopTypeKey;
  readonly categoryCodes: readonly string[];
  readonly website: string;
  readonly contactEmail: string;
  /** Days before the seed date the co-op joined, so "newest" has something to sort by. */
  readonly joinedDaysAgo: number;
  /** Its kind of business: the first SIC division of its DemoTrade (demo needs and offers use it). */
  readonly tradeKey: string;
}

/**
 * A deterministic directory of plausible co-ops: the same seed and count give the same co-ops on
 * every machine, so demos, screenshots and benchmarks are repeatable.
 */
export function generateDemoCoops(count: number, seed = 6): DemoCoop[] {
  const rng = xoroshiro128plus(seed);
  const pick = <T>(items: readonly T[]): T => items[uniformInt(rng, 0, items.length - 1)] as T;
  // A stream of its own, so that choosing classes leaves every other choice as it was.
  const classRng = xoroshiro128plus(seed + 1);
  const usedSlugs = new Set<string>();
  const coops: DemoCoop[] = [];

  for (let i = 0; i < count; i++) {
    const trade = pick(DEMO_TRADES);
    const place = pick(DEMO_PLACES);
    const noun = pick(trade.nouns);
    const name = pickName(uniformInt(rng, 0, 3), place.name, pick(DEMO_ADJECTIVES), noun);
    let slug = slugify(name);
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
    usedSlugs.add(slug);
    const district = place.postcodeAreas ? pick(place.postcodeAreas) : null;
    coops.push({
      slug,
      name,
      place,
      postcode: district ? `${district} ${uniformInt(rng, 1, 9)}${pick(POSTCODE_LETTERS)}${pick(POSTCODE_LETTERS)}` : null,
      provides: pick(trade.provides),
      whyBuy: pick(trade.whyBuy),
      wantToTalkTo: pick(trade.wantToTalkTo),
      coopType: pick(trade.coopTypes),
      categoryCodes: trade.divisions
        .slice(0, uniformInt(rng, 1, trade.divisions.length))
        .map((division) => moreExactly(division, classRng)),
      // Under .example, reserved by RFC 2606 and never registrable: demo co-ops can be claimed,
      // and an address at a domain someone could register would prove a claim on them.
      website: `https://${slug}.coop.example`,
      contactEmail: `hello@${slug}.coop.example`,
      joinedDaysAgo: uniformInt(rng, 0, 900),
      tradeKey: trade.divisions[0]!,
    });
  }
  return coops;
}

const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'.split('');

/** Two co-ops in three name a five-digit class of the division, as registers mostly do. */
function moreExactly(division: string, rng: ReturnType<typeof xoroshiro128plus>): string {
  const classes = CATEGORIES.filter((c) => c.parentCode === division && c.level === 'CLASS');
  if (classes.length === 0 || uniformInt(rng, 0, 2) === 0) return division;
  return classes[uniformInt(rng, 0, classes.length - 1)]!.code;
}

function pickName(style: number, place: string, adjective: string, noun: string): string {
  switch (style) {
    case 0:
      return `${place} ${noun} Co-operative`;
    case 1:
      return `${adjective} ${noun} Co-op`;
    case 2:
      return `${adjective} ${noun}`;
    default:
      return `${place} ${noun} Co-op`;
  }
}
