import { randomUUID } from 'node:crypto';
import type { Database } from '../client';
import { refreshCoopSearch } from '../search-documents';
import { generateDemoActivity } from './activity';
import { generateDemoCoops } from './generate';
import { seedDemoActivity } from './seed-activity';

export const DEFAULT_DEMO_COOP_COUNT = 300;

/**
 * Fills an empty directory with generated demo co-ops and what they have been doing (needs,
 * offers, a council and its meetings, referrals), in one transaction. Does nothing when any
 * co-op exists, so restarting never duplicates or overwrites real data.
 */
export async function seedDemoData(
  db: Database,
  options: { count?: number; now?: Date } = {},
): Promise<{ created: number }> {
  const now = options.now ?? new Date();
  const coops = generateDemoCoops(options.count ?? DEFAULT_DEMO_COOP_COUNT).map((c) => ({
    ...c,
    id: randomUUID(),
  }));
  const placeKey = (p: { name: string; countryCode: string }) => `${p.name}|${p.countryCode}`;
  const places = new Map(coops.map((c) => [placeKey(c.place), c.place]));

  return db.$transaction(async (tx) => {
    if ((await tx.coop.count()) > 0) return { created: 0 };
    await tx.place.createMany({
      data: [...places.values()].map(({ name, countryCode, latitude, longitude }) => ({
        name,
        countryCode,
        latitude,
        longitude,
      })),
      skipDuplicates: true,
    });
    const stored = await tx.place.findMany({
      where: { OR: [...places.values()].map(({ name, countryCode }) => ({ name, countryCode })) },
      select: { id: true, name: true, countryCode: true },
    });
    const placeIds = new Map(stored.map((p) => [placeKey(p), p.id]));

    await tx.coop.createMany({
      data: coops.map((c) => {
        const joined = new Date(now.getTime() - c.joinedDaysAgo * 86_400_000);
        return {
          id: c.id,
          slug: c.slug,
          name: c.name,
          placeId: placeIds.get(placeKey(c.place))!,
          postcode: c.postcode,
          latitude: c.place.latitude,
          longitude: c.place.longitude,
          provides: c.provides,
          whyBuy: c.whyBuy,
          wantToTalkTo: c.wantToTalkTo,
          coopType: c.coopType,
          website: c.website,
          contactEmail: c.contactEmail,
          isDemo: true,
          createdAt: joined,
          updatedAt: joined,
        };
      }),
    });
    await tx.coopCategory.createMany({
      data: coops.flatMap((c) => c.categoryCodes.map((categoryCode) => ({ coopId: c.id, categoryCode }))),
    });
    await refreshCoopSearch(tx, coops.map((c) => c.id));
    await seedDemoActivity(
      tx,
      generateDemoActivity(coops),
      coops.map((c) => ({ id: c.id, placeId: placeIds.get(placeKey(c.place))!, latitude: c.place.latitude, longitude: c.place.longitude })),
      now,
    );
    return { created: coops.length };
  });
}
