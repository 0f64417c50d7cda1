import type { PassReferralInput, ReferralKind } from '../../gql/graphql';

/**
 * The referral form as it holds its values. Names follow PassReferralInput, so the server's field
 * paths (prospect.email, estimatedValue.amount) land beside the inputs that hold them.
 */
export interface ReferralFormValues {
  fromCoopId: string;
  toCoopId: string;
  kind: ReferralKind;
  what: string;
  prospect: { name: string; organisation: string; email: string; phone: string };
  prospectKnows: boolean;
  /** A radio group's value: '' until chosen, then '1' to '5'. */
  warmth: string;
  /** Mantine's NumberInput gives '' while empty. */
  estimatedValue: { amount: number | ''; currency: string };
  note: string;
}

/** The need the referral answers, when it was passed from one. */
export interface ReferralNeed {
  id: string;
  title: string;
  coop: { id: string; name: string };
}

export const REFERRAL_KIND_VALUES: ReferralKind[] = ['EXTERNAL', 'INTERNAL', 'TIER_THREE'];

export function isReferralKind(value: string | null): value is ReferralKind {
  return REFERRAL_KIND_VALUES.includes(value as ReferralKind);
}

/**
 * A need decides the kind: the giver's own need makes it internal (their co-op buys), anyone
 * else's external (that co-op buys). The API refuses any other pairing.
 */
export function kindFor(values: Pick<ReferralFormValues, 'kind' | 'fromCoopId'>, need: ReferralNeed | null): ReferralKind {
  if (!need) return values.kind;
  return need.coop.id === values.fromCoopId ? 'INTERNAL' : 'EXTERNAL';
}

const orNull = (text: string) => text.trim() || null;

export function toPassReferralInput(values: ReferralFormValues, need: ReferralNeed | null): PassReferralInput {
  const amount = values.estimatedValue.amount;
  return {
    fromCoopId: values.fromCoopId,
    toCoopId: values.toCoopId,
    kind: kindFor(values, need),
    needId: need?.id ?? null,
    what: values.what,
    prospect: {
      name: values.prospect.name,
      organisation: orNull(values.prospect.organisation),
      email: orNull(values.prospect.email),
      phone: orNull(values.prospect.phone),
    },
    prospectKnows: values.prospectKnows,
    warmth: values.warmth ? Number(values.warmth) : 0,
    estimatedValue: amount === '' ? null : { amount, currency: values.estimatedValue.currency },
    note: orNull(values.note),
  };
}
