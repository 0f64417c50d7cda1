import type { ReferralStage } from '../../gql/graphql';
import { formatMoney } from '../../i18n/format';

/**
 * The stages in their order. Their names are `stage.<STAGE>` in the translation files, the button
 * that makes each move `move.<STAGE>` (a verb each, in the words of the person making it) and what
 * that person is told it did `moveDone.<STAGE>`; the kinds are `kind.<KIND>`.
 */
export const STAGES: ReferralStage[] = [
  'PASSED',
  'ACCEPTED',
  'CONTACTED',
  'MEETING_HELD',
  'PROPOSAL_SENT',
  'WON',
  'LOST',
  'DECLINED',
  'WITHDRAWN',
];

/** A badge's colour per stage. */
export const STAGE_COLOURS: Record<ReferralStage, string> = {
  PASSED: 'blue',
  ACCEPTED: 'cyan',
  CONTACTED: 'cyan',
  MEETING_HELD: 'cyan',
  PROPOSAL_SENT: 'indigo',
  WON: 'teal',
  LOST: 'orange',
  DECLINED: 'gray',
  WITHDRAWN: 'gray',
};

/**
 * One colour per meaning in every chart, the ledger's and the network's: referrals passed or
 * given, referrals received, and what was won (referrals won, business closed).
 */
export const SERIES_COLOURS = {
  given: 'blue.6',
  received: 'violet.6',
  won: 'teal.6',
} as const;

/**
 * Sums in several currencies, in the reader's locale; none reads as `empty` (£0 for a co-op's
 * members, a dash where amounts may be held back).
 */
export function formatMoneyList(locale: string, values: readonly { amount: number; currency: string }[], empty?: string): string {
  const money = (v: { amount: number; currency: string }) => formatMoney(locale, v.amount, v.currency);
  return values.length ? values.map(money).join(' + ') : (empty ?? money({ amount: 0, currency: 'GBP' }));
}

/**
 * A month's bucket as the API sends it (its first day, YYYY-MM-01) as midnight UTC, so that
 * formatMonth, which reads in UTC, never moves it a month back. Months are always shown with the
 * year in full ("Jun 2026"): "Jun 26" reads as a day.
 */
export const monthStart = (month: string) => `${month.slice(0, 10)}T00:00:00Z`;

/** The currency a co-op's charts are drawn in: its largest, else GBP. */
export function mainCurrency(...lists: readonly (readonly { currency: string }[])[]): string {
  for (const list of lists) if (list[0]) return list[0].currency;
  return 'GBP';
}

export function amountIn(values: readonly { amount: number; currency: string }[], currency: string): number {
  return values.find((v) => v.currency === currency)?.amount ?? 0;
}
