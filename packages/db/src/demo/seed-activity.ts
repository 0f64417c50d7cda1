import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import type { DemoActivity, DemoArea, DemoStage } from './activity';

const DAY = 86_400_000;
/** Days between one stage of a demo referral and the next. */
const STAGE_GAP_DAYS = 2;
const CONTACT_STAGES: DemoStage[] = ['CONTACTED', 'MEETING_HELD', 'WON', 'LOST'];

interface StoredCoop {
  id: string;
  placeId: string;
  latitude: number;
  longitude: number;
}

/**
 * Writes the demo network's activity (see activity.ts) in the seed's transaction: needs and
 * offers with their search documents, the council, its meetings and members, and referrals with
 * their histories and thank-yous. The database's own triggers keep the referral totals, as they
 * do for referrals passed in the app. Matches are made afterwards by the job worker, which
 * matches every open posting not matched yet when it starts.
 */
export async function seedDemoActivity(tx: Prisma.TransactionClient, activity: DemoActivity, coops: readonly StoredCoop[], now: Date): Promise<void> {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const where = (area: DemoArea) => {
    if (area.placeOf === null) return { placeId: null, latitude: null, longitude: null, radiusKm: null };
    const coop = coops[area.placeOf]!;
    return { placeId: coop.placeId, latitude: coop.latitude, longitude: coop.longitude, radiusKm: area.radiusKm };
  };

  const needs = activity.needs.map((n) => ({ ...n, id: randomUUID() }));
  await tx.need.createMany({
    data: needs.map((n) => ({
      id: n.id,
      coopId: coops[n.coop]!.id,
      title: n.title,
      description: n.description,
      ...where(n.area),
      budgetAmount: n.budget,
      budgetCurrency: n.budget === null ? null : 'GBP',
      expiresAt: at(n.expiresInDays),
      createdAt: at(-n.createdDaysAgo),
      updatedAt: at(-n.createdDaysAgo),
    })),
  });
  await tx.needCategory.createMany({ data: needs.flatMap((n) => n.categoryCodes.map((categoryCode) => ({ needId: n.id, categoryCode }))) });
  await tx.$executeRaw`SELECT refresh_need_search(${needs.map((n) => n.id)}::uuid[])`;

  const offers = activity.offers.map((o) => ({ ...o, id: randomUUID() }));
  await tx.offer.createMany({
    data: offers.map((o) => ({
      id: o.id,
      coopId: coops[o.coop]!.id,
      title: o.title,
      description: o.description,
      coopTerms: o.coopTerms,
      ...where(o.area),
      expiresAt: at(o.expiresInDays),
      createdAt: at(-o.createdDaysAgo),
      updatedAt: at(-o.createdDaysAgo),
    })),
  });
  await tx.offerCategory.createMany({ data: offers.flatMap((o) => o.categoryCodes.map((categoryCode) => ({ offerId: o.id, categoryCode }))) });
  await tx.$executeRaw`SELECT refresh_offer_search(${offers.map((o) => o.id)}::uuid[])`;

  const { council: c } = activity;
  const founded = at(-400);
  const council = await tx.council.create({
    data: { slug: c.slug, name: c.name, description: c.description, area: c.area, timeZone: 'Europe/London', createdAt: founded, updatedAt: founded },
  });
  await tx.councilMember.createMany({
    data: c.members.map((m, i) => ({ councilId: council.id, coopId: coops[m]!.id, status: 'MEMBER' as const, route: 'INVITED' as const, createdAt: at(-380 + i), joinedAt: at(-379 + i) })),
  });
  const meetings = c.meetings.map((m) => {
    const start = at(m.inDays);
    start.setUTCHours(17, 30, 0, 0);
    return { id: randomUUID(), councilId: council.id, title: m.title, agenda: m.agenda, venue: m.venue, format: 'IN_PERSON' as const, startsAt: start, endsAt: new Date(start.getTime() + 2 * 3_600_000), createdAt: at(Math.min(m.inDays, 0) - 21) };
  });
  await tx.meeting.createMany({ data: meetings });
  const pastMeeting = meetings.find((m) => m.startsAt < now)?.id ?? null;

  for (const r of activity.referrals) {
    const id = randomUUID();
    const passed = at(-r.passedDaysAgo);
    const stepAt = (i: number) => new Date(Math.min(now.getTime(), passed.getTime() + i * STAGE_GAP_DAYS * DAY));
    const end = r.path.at(-1)!;
    const firstContact = r.path.findIndex((s) => CONTACT_STAGES.includes(s));
    const [from, to] = [coops[r.from]!.id, coops[r.to]!.id];
    await tx.referral.create({
      data: {
        id,
        kind: r.kind,
        stage: end,
        fromCoopId: from,
        toCoopId: to,
        what: r.what,
        prospectName: r.prospectName,
        prospectOrg: r.prospectOrg,
        consentAt: passed,
        warmth: r.warmth,
        closingReason: r.reason,
        wonAmount: r.wonAmount,
        wonCurrency: r.wonAmount === null ? null : 'GBP',
        firstContactedAt: firstContact >= 0 ? stepAt(firstContact) : null,
        stageChangedAt: stepAt(r.path.length - 1),
        meetingId: r.atMeeting ? pastMeeting : null,
        createdAt: passed,
      },
    });
    await tx.referralEvent.createMany({
      data: r.path.map((stage, i) => ({
        referralId: id,
        stage,
        fromStage: i === 0 ? null : r.path[i - 1]!,
        actorCoopId: i === 0 ? from : to,
        reason: i === r.path.length - 1 ? r.reason : null,
        amount: stage === 'WON' ? r.wonAmount : null,
        currency: stage === 'WON' ? 'GBP' : null,
        createdAt: stepAt(i),
      })),
    });
    if (end === 'WON' && r.wonAmount !== null) {
      // Winning is the receiver's thank-you for the business, credited to the giver, as in the app.
      await tx.businessThanks.create({
        data: { fromCoopId: to, toCoopId: from, referralId: id, amount: r.wonAmount, currency: 'GBP', createdAt: stepAt(r.path.length - 1) },
      });
    }
  }
}
