import type { Database } from '@principle-six/db';
import { publicCoopSql } from '../../access/visibility';
import type { Money, ReferralLedger, ReferralLedgerMonth, ReferralTally } from '../../generated/resolvers';
import type { ReferralNetworkModel, TopGiverModel } from './referral-models';
import { showsPublicTotal } from '../../access/referrals-access';
import { OPEN_STAGES } from './referral-stages';

/**
 * Ledger figures, read from the totals the migration's triggers keep (referral_tallies,
 * referral_contact_days, business_tallies and their network twins), so that a co-op with a
 * hundred thousand referrals costs a few dozen rows. Every figure here is a total, and totals
 * of too few thank-yous are left out for outsiders (byCurrency).
 */

export const MAX_TOP_GIVERS = 50;
const MONTHS = 12;

/** The first day of each of the last twelve months (UTC), oldest first, as YYYY-MM-01. */
export function lastMonths(now: Date, count = MONTHS): string[] {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    months.push(d.toISOString().slice(0, 10));
  }
  return months;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

interface MoneyRow {
  currency: string;
  amount: bigint | number;
  count: number;
}

/**
 * Sums per currency, largest first (ties by code, so the order is stable). `exact` false is for
 * readers outside the co-op: a sum of fewer than MIN_THANKS_IN_A_PUBLIC_TOTAL thank-yous is
 * left out, as it would give away a single thank-you's amount (access/referrals-access.ts).
 */
function byCurrency(rows: MoneyRow[], exact: boolean): Money[] {
  const sums = new Map<string, { amount: number; count: number }>();
  for (const r of rows) {
    const sum = sums.get(r.currency) ?? { amount: 0, count: 0 };
    sum.amount += Number(r.amount);
    sum.count += Number(r.count);
    sums.set(r.currency, sum);
  }
  return [...sums]
    .filter(([, sum]) => sum.count > 0 && (exact || showsPublicTotal(sum.count)))
    .map(([currency, sum]) => ({ currency, amount: sum.amount }))
    .sort((a, b) => b.amount - a.amount || (a.currency < b.currency ? -1 : 1));
}

/**
 * For readers outside the co-op: the currencies whose monthly series may be shown. A series is
 * shown whole or not at all, and only when every month of it and what lies before the window
 * (the total less the months shown) is a sum of none or of MIN_THANKS_IN_A_PUBLIC_TOTAL or more
 * thank-yous: otherwise the total less the months shown would give a hidden month's amount.
 */
function currenciesWithSafeSeries(rows: (MoneyRow & { month: string })[], window: readonly string[]): Set<string> {
  const safe = (count: number) => count === 0 || showsPublicTotal(count);
  const byCurrency = new Map<string, { total: number; months: Map<string, number> }>();
  for (const r of rows) {
    const c = byCurrency.get(r.currency) ?? { total: 0, months: new Map<string, number>() };
    c.total += Number(r.count);
    c.months.set(r.month, (c.months.get(r.month) ?? 0) + Number(r.count));
    byCurrency.set(r.currency, c);
  }
  const shown = new Set<string>();
  for (const [currency, c] of byCurrency) {
    const inWindow = window.map((m) => c.months.get(m) ?? 0);
    const before = c.total - inWindow.reduce((a, b) => a + b, 0);
    if (inWindow.every(safe) && safe(before)) shown.add(currency);
  }
  return shown;
}

/**
 * The lower median of a histogram of whole days: the value at position ceil(n/2), as
 * PostgreSQL's percentile_disc(0.5) gives it over the same days.
 */
export function medianOfHistogram(bins: { days: number; count: number }[]): number | null {
  const sorted = bins.filter((b) => b.count > 0).sort((a, b) => a.days - b.days);
  const total = sorted.reduce((n, b) => n + b.count, 0);
  if (total === 0) return null;
  const middle = Math.ceil(total / 2);
  let seen = 0;
  for (const bin of sorted) {
    seen += bin.count;
    if (seen >= middle) return bin.days;
  }
  return null;
}

function tally(stages: Map<string, number>, contactDays: { days: number; count: number }[]): ReferralTally {
  const of = (stage: string) => stages.get(stage) ?? 0;
  const total = [...stages.values()].reduce((a, b) => a + b, 0);
  const ended = of('WON') + of('LOST') + of('DECLINED');
  return {
    total,
    open: OPEN_STAGES.reduce((n, s) => n + of(s), 0),
    won: of('WON'),
    lost: of('LOST'),
    declined: of('DECLINED'),
    withdrawn: of('WITHDRAWN'),
    conversionRate: ended === 0 ? null : of('WON') / ended,
    medianDaysToFirstContact: medianOfHistogram(contactDays),
  };
}

/** One co-op's rows of the kept totals, as ledgerFrom reads them. */
export interface LedgerRows {
  stages: { side: string; stage: string; count: number }[];
  months: { side: string; month: string; count: number }[];
  contact: { side: string; days: number; count: number }[];
  business: { side: string; month: string; currency: string; amount: bigint; count: number }[];
}

/**
 * The kept totals of many co-ops in four queries, for a DataLoader: a page of co-ops that each
 * show their ledger costs the same four round trips as one.
 */
export async function loadLedgerRows(db: Database, coopIds: readonly string[], now = new Date()): Promise<LedgerRows[]> {
  const ids = [...coopIds];
  const since = lastMonths(now)[0]!;
  const [stages, months, contact, business] = await Promise.all([
    db.$queryRaw<{ coopId: string; side: string; stage: string; count: bigint }[]>`
      SELECT coop_id AS "coopId", side::text, stage::text, sum(count)::bigint AS count FROM referral_tallies
       WHERE coop_id = ANY(${ids}::uuid[]) GROUP BY coop_id, side, stage`,
    db.$queryRaw<{ coopId: string; side: string; month: Date; count: bigint }[]>`
      SELECT coop_id AS "coopId", side::text, month, sum(count)::bigint AS count FROM referral_tallies
       WHERE coop_id = ANY(${ids}::uuid[]) AND month >= ${since}::date GROUP BY coop_id, side, month`,
    db.$queryRaw<{ coopId: string; side: string; days: number; count: number }[]>`
      SELECT coop_id AS "coopId", side::text, days, count FROM referral_contact_days
       WHERE coop_id = ANY(${ids}::uuid[]) AND count > 0`,
    db.$queryRaw<{ coopId: string; side: string; month: Date; currency: string; amount: bigint; count: number }[]>`
      SELECT coop_id AS "coopId", side::text, month, currency, amount, count FROM business_tallies
       WHERE coop_id = ANY(${ids}::uuid[]) AND count <> 0`,
  ]);
  return ids.map((id) => ({
    stages: stages.filter((r) => r.coopId === id).map((r) => ({ side: r.side, stage: r.stage, count: Number(r.count) })),
    months: months.filter((r) => r.coopId === id).map((r) => ({ side: r.side, month: day(r.month), count: Number(r.count) })),
    contact: contact.filter((r) => r.coopId === id),
    business: business.filter((r) => r.coopId === id).map((r) => ({ ...r, month: day(r.month), currency: r.currency.trim() })),
  }));
}

/** A co-op's ledger from its rows; `exact` for its own members (see byCurrency). */
export function ledgerFrom(rows: LedgerRows, exact: boolean, now = new Date()): ReferralLedger {
  const window = lastMonths(now);
  const stageMap = (side: string) => new Map(rows.stages.filter((r) => r.side === side).map((r) => [r.stage, r.count]));
  const days = (side: string) => rows.contact.filter((r) => r.side === side);
  const count = (side: string, month: string) => rows.months.find((r) => r.side === side && r.month === month)?.count ?? 0;
  const business = (side: string) => rows.business.filter((r) => r.side === side);
  const series = (side: string) => (exact ? null : currenciesWithSafeSeries(business(side), window));
  const shownSeries = { CREDITED: series('CREDITED'), THANKED: series('THANKED') };
  const monthValue = (side: 'CREDITED' | 'THANKED', month: string) =>
    byCurrency(
      business(side).filter((r) => r.month === month && (shownSeries[side] === null || shownSeries[side].has(r.currency))),
      true,
    );
  return {
    given: tally(stageMap('GIVEN'), days('GIVEN')),
    received: tally(stageMap('RECEIVED'), days('RECEIVED')),
    valueGiven: byCurrency(business('CREDITED'), exact),
    valueReceived: byCurrency(business('THANKED'), exact),
    months: window.map(
      (month): ReferralLedgerMonth => ({
        month,
        given: count('GIVEN', month),
        received: count('RECEIVED', month),
        valueGiven: monthValue('CREDITED', month),
        valueReceived: monthValue('THANKED', month),
      }),
    ),
  };
}

export async function networkTotals(db: Database, now = new Date()): Promise<ReferralNetworkModel> {
  const months = lastMonths(now);
  const yearStart = `${now.getUTCFullYear()}-01-01`;
  const [referrals, business] = await Promise.all([
    db.$queryRaw<{ month: Date; stage: string; count: bigint }[]>`
      SELECT month, stage::text, count::bigint FROM network_referral_tallies WHERE count <> 0`,
    db.$queryRaw<{ month: Date; currency: string; amount: bigint; count: number }[]>`
      SELECT month, currency, amount, count FROM network_business_tallies WHERE count <> 0`,
  ]);
  const sum = (rows: { count: bigint }[]) => rows.reduce((n, r) => n + Number(r.count), 0);
  const money = business.map((r) => ({ ...r, month: day(r.month), currency: r.currency.trim() }));
  // This year's months all lie in the window, so a whole series shown is never less than the year.
  const series = currenciesWithSafeSeries(
    money.filter((r) => months.includes(r.month)),
    months,
  );
  return {
    passed: sum(referrals),
    won: sum(referrals.filter((r) => r.stage === 'WON')),
    passedThisYear: sum(referrals.filter((r) => day(r.month) >= yearStart)),
    valueThisYear: byCurrency(money.filter((r) => r.month >= yearStart), false),
    months: months.map((month) => ({
      month,
      passed: sum(referrals.filter((r) => day(r.month) === month)),
      // Won among the referrals passed that month: the month's cohort, as the tallies keep them.
      won: sum(referrals.filter((r) => day(r.month) === month && r.stage === 'WON')),
      value: byCurrency(money.filter((r) => r.month === month && series.has(r.currency)), true),
    })),
  };
}

/** The most active givers this calendar year among co-ops that chose to be listed. */
export async function topGivers(db: Database, first: number, now = new Date()): Promise<TopGiverModel[]> {
  const rows = await db.$queryRaw<{ coopId: string; given: number }[]>`
    SELECT g.coop_id AS "coopId", g.count AS given
      FROM giver_years g JOIN coops c ON c.id = g.coop_id AND c.listed_as_giver AND ${publicCoopSql('c')}
     WHERE g.year = ${now.getUTCFullYear()} AND g.count > 0
     ORDER BY g.count DESC, g.coop_id
     LIMIT ${first}`;
  return rows;
}
