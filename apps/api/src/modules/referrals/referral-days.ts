/**
 * Whole days from passing a referral to first contact: floor, never negative. The same rule as
 * the migration's referral_contact_days(), which the median is kept by.
 */
export function referralContactDays(passed: Date, contacted: Date): number {
  return Math.max(0, Math.floor((contacted.getTime() - passed.getTime()) / 86_400_000));
}
