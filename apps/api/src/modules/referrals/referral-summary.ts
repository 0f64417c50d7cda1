import type { Notification } from '@principle-six/db';
import { membershipsFromLoaders } from '../../access/postings-access';
import { canSeeProspect, canSeeThanks } from '../../access/referrals-access';
import type { GraphQLContext } from '../../graphql/context';
import { STAGE_WORDS } from './referral-stages';

const formatMoney = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: currency.trim(), maximumFractionDigits: 0 }).format(amount);

/**
 * The inbox line for a referral or thanks item; null for other kinds. Written for the reader's
 * co-op (n.coopId), who received the item: the prospect's co-op of a REFERRAL_FOR_NEED item
 * learns who was recommended, never the prospect's details or any amount. The prospect's name and
 * a thank-you's amount are only written for a reader who may see them now (after a decline, or
 * after leaving the co-op, the line says less).
 */
export async function referralSummary(n: Notification, ctx: GraphQLContext): Promise<string | null> {
  const name = async (coopId: string | null | undefined) => (coopId ? ((await ctx.loaders.coop.load(coopId))?.name ?? 'A co-op') : 'A co-op');
  if (n.kind === 'THANKS_RECEIVED') {
    const thanks = n.thanksId ? await ctx.loaders.businessThanks.load(n.thanksId) : null;
    if (!thanks) return 'A co-op thanked you for business';
    const amount = (await canSeeThanks(thanks, membershipsFromLoaders(ctx.loaders))) ? `${formatMoney(thanks.amount, thanks.currency)} of ` : '';
    const ask = thanks.status === 'PENDING' ? ': confirm it' : '';
    return `${await name(thanks.fromCoopId)} thanked ${await name(thanks.toCoopId)} for ${amount}business${ask}`;
  }
  const referralKinds = ['REFERRAL_RECEIVED', 'REFERRAL_MOVED', 'REFERRAL_REMINDER', 'REFERRAL_FOR_NEED'];
  if (!referralKinds.includes(n.kind)) return null;
  const referral = n.referralId ? await ctx.loaders.referral.load(n.referralId) : null;
  if (!referral) return 'A referral';
  const [from, to] = await Promise.all([name(referral.fromCoopId), name(referral.toCoopId)]);
  switch (n.kind) {
    case 'REFERRAL_RECEIVED':
      return (await canSeeProspect(referral, membershipsFromLoaders(ctx.loaders), ctx.viewer?.user ?? null))
        ? `${from} passed ${to} a referral: ${referral.prospectOrg ?? referral.prospectName}`
        : `${from} passed ${to} a referral`;
    case 'REFERRAL_REMINDER':
      return `A referral from ${from} has waited a week for ${to} to follow it up`;
    case 'REFERRAL_FOR_NEED': {
      const need = referral.needId ? await ctx.loaders.need.load(referral.needId) : null;
      // The need's page drops a recommendation the recommended co-op declined; the line says so.
      const since = referral.stage === 'DECLINED' ? ` (${to} has since declined)` : referral.stage === 'WITHDRAWN' ? ' (since withdrawn)' : '';
      return `${from} recommends ${to} for “${need?.title ?? 'your need'}”${since}`;
    }
    default: {
      // The stage this item announced, from its subject key (referral:<id>/<stage>).
      const stage = n.subjectKey.split('/')[1] as keyof typeof STAGE_WORDS | undefined;
      const words = stage && stage in STAGE_WORDS ? STAGE_WORDS[stage] : STAGE_WORDS[referral.stage];
      return stage === 'PASSED' ? `${from} passed ${to} a referral` : `Referral from ${from} to ${to}: ${words}`;
    }
  }
}
