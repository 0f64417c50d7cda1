import { z } from 'zod';
import { emailSchema } from './accounts';
import { optionalText, requiredText } from './text';

/** Proof by email: an address (the API checks it is at the co-op's website domain). */
export const claimEmailSchema = z.object({ email: emailSchema });

/** Asking an administrator: who the person is at the co-op and how that can be checked. */
export const claimReviewSchema = z.object({
  note: requiredText('who you are at the co-op', 20, 2000, { multiline: true }),
});

/** An administrator's decision: a reason is required to reject (the claimant reads it). */
export const claimDecisionSchema = z.object({
  reason: optionalText('the reason', 1000, { multiline: true }),
});

export const claimRejectionSchema = z.object({
  reason: requiredText('the reason', 5, 1000, { multiline: true }),
});

/** A report of a profile or posting. */
export const reportSchema = z.object({
  reason: requiredText('what is wrong with it', 10, 1000, { multiline: true }),
});

/** Why an administrator hid, showed again or dismissed: kept, and shown to the co-op's members. */
export const moderationReasonSchema = z.object({
  reason: requiredText('the reason', 5, 1000, { multiline: true }),
});
