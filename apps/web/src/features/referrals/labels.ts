import type { ReferralKind, ReferralStage } from '../../gql/graphql';
import { formatMoney as formatMoneyIn } from '../../i18n/format';

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

/** A badge's colour per stage; the stage's name is `stage.<STAGE>` in the translation files. */
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

export const STAGE_LABELS: Record<ReferralStage, { label: string; color: string }> = {
  PASSED: { label: 'Passed', color: 'blue' },
  ACCEPTED: { label: 'Accepted', color: 'cyan' },
  CONTACTED: { label: 'Contacted', color: 'cyan' },
  MEETING_HELD: { label: 'Meeting held', color: 'cyan' },
  PROPOSAL_SENT: { label: 'Proposal sent', color: 'indigo' },
  WON: { label: 'Won', color: 'teal' },
  LOST: { label: 'Lost', color: 'orange' },
  DECLINED: { label: 'Declined', color: 'gray' },
  WITHDRAWN: { label: 'Withdrawn', color: 'gray' },
};

/** The button that makes each move, in the words of the person making it: a verb each. */
export const MOVE_LABELS: Record<ReferralStage, string> = {
  PASSED: 'Pass',
  ACCEPTED: 'Accept',
  DECLINED: 'Decline',
  WITHDRAWN: 'Withdraw',
  CONTACTED: 'Mark contacted',
  MEETING_HELD: 'Mark meeting held',
  PROPOSAL_SENT: 'Mark proposal sent',
  WON: 'Mark won',
  LOST: 'Mark lost',
};

/** What the person who made a move is told it did ("Marked as contacted."). */
export const MOVE_DONE: Record<ReferralStage, string> = {
  PASSED: 'Passed.',
  ACCEPTED: 'Accepted.',
  DECLINED: 'Declined.',
  WITHDRAWN: 'Withdrawn.',
  CONTACTED: 'Marked as contacted.',
  MEETING_HELD: 'Marked as meeting held.',
  PROPOSAL_SENT: 'Marked as proposal sent.',
  WON: 'Marked as won.',
  LOST: 'Marked as lost.',
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

/** Outsiders see no sum of fewer than three thank-yous (it would give one thank-you's amount away). */
export const HIDDEN_AMOUNTS_HINT = 'Amounts are shown once a total is made of three thank-yous or more.';

export const KIND_LABELS: Record<ReferralKind, { label: string; explanation: string }> = {
  EXTERNAL: { label: 'External', explanation: 'A third party needs what they provide.' },
  INTERNAL: { label: 'Internal', explanation: 'Your co-op wants to buy from them.' },
  TIER_THREE: { label: 'Tier three', explanation: 'Someone useful who is not a buyer: a supplier, a funder, a venue.' },
};

/** The kind in words that fit both sides' reading (the form's explanations speak to the giver). */
export function describeKind(kind: ReferralKind, from: string, to: string): string {
  if (kind === 'INTERNAL') return `${from} wants to buy from ${to}.`;
  if (kind === 'TIER_THREE') return `Someone useful to ${to} who is not a buyer: a supplier, a funder, a venue.`;
  return `Someone who needs what ${to} provides.`;
}

export function formatMoney(money: { amount: number; currency: string }): string {
  try {
    return new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }).format(money.amount);
  } catch {
    // A code Intl does not know still reads as an amount.
    return `${money.amount.toLocaleString('en-GB')} ${money.currency}`;
  }
}

/**
 * Sums in several currencies, in the reader's locale; none reads as `empty` (£0 for a co-op's
 * members, a dash where amounts may be held back).
 */
export function formatMoneyList(locale: string, values: readonly { amount: number; currency: string }[], empty?: string): string {
  const money = (v: { amount: number; currency: string }) => formatMoneyIn(locale, v.amount, v.currency);
  return values.length ? values.map(money).join(' + ') : (empty ?? money({ amount: 0, currency: 'GBP' }));
}

export function formatPercent(rate: number | null | undefined): string {
  return rate == null ? '–' : new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
// Months arrive as UTC first days (YYYY-MM-01); read in UTC so no time zone moves them a month back.
// Always with the year in full ("Jun 2026"): "Jun 26" reads as a day.
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });


export const formatDay = (iso: string) => dayFormat.format(new Date(iso));
export const formatTime = (iso: string) => timeFormat.format(new Date(iso));
export const formatMonth = (month: string) => monthFormat.format(new Date(`${month.slice(0, 10)}T00:00:00Z`));

/**
 * A month's bucket as the API sends it (its first day, YYYY-MM-01) as midnight UTC, so that
 * formatMonth, which reads in UTC, never moves it a month back.
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
