import type { AuthzFixture, Role } from './support/authz-fixture';
import { councilInput, meetingInput } from './support/councils';
import { needInput, offerInput } from './support/postings';
import { referralInput } from './support/referrals';
import { validCoopInput } from './support/scenarios';

/**
 * Who may call each mutation: one row per Mutation field of the schema, with the outcome for
 * each role and how to build arguments that are valid against the fixture (support/authz-fixture.ts),
 * so that the only reason for a refusal is who asks. 'ok' means a payload with no errors; a code
 * is the first UserError's. authz-matrix.int.test.ts fails when a field has no row here.
 *
 * Roles (each call is made by a new person in that role):
 *   visitor     no session
 *   unverified  signed in, email address not confirmed, in no co-op
 *   nonMember   signed in and confirmed, in no co-op
 *   member      confirmed, MEMBER of co-op A
 *   owner       confirmed, OWNER of co-op A
 *   otherOwner  confirmed, OWNER of co-op B, acting on A's things
 *   organiser   confirmed, in no co-op, organiser of council X (of which A is a member)
 *   admin       confirmed, in no co-op, a site administrator (set by the command line): no
 *               more power over co-ops, councils or people than nonMember; decides claims and
 *               moderates
 */

export type Outcome =
  | 'ok'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'EMAIL_NOT_VERIFIED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'EXPIRED'
  | 'RATE_LIMITED';

export interface MatrixRow {
  /** Arguments valid against the fixture: made afresh for each call when a call uses them up. */
  args(fx: AuthzFixture): Promise<Record<string, unknown>>;
  expect: Record<Role, Outcome>;
}

const all = (outcome: Outcome): Record<Role, Outcome> => ({
  visitor: outcome,
  unverified: outcome,
  nonMember: outcome,
  member: outcome,
  owner: outcome,
  otherOwner: outcome,
  organiser: outcome,
  admin: outcome,
});

/** Anyone signed in. */
const SIGNED_IN: Record<Role, Outcome> = { ...all('ok'), visitor: 'UNAUTHENTICATED' };

/** Members of A (any role): its postings, its matches, claims made about it. */
const MEMBERS: Record<Role, Outcome> = {
  visitor: 'UNAUTHENTICATED',
  unverified: 'FORBIDDEN',
  nonMember: 'FORBIDDEN',
  member: 'ok',
  owner: 'ok',
  otherOwner: 'FORBIDDEN',
  organiser: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};

/** Owners of A: its profile and its people. */
const OWNERS: Record<Role, Outcome> = { ...MEMBERS, member: 'FORBIDDEN' };

/** Organisers of council X: its page, its members, its meetings. */
const ORGANISERS: Record<Role, Outcome> = { ...all('FORBIDDEN'), visitor: 'UNAUTHENTICATED', organiser: 'ok' };

/** Site administrators. */
const ADMINS: Record<Role, Outcome> = { ...all('FORBIDDEN'), visitor: 'UNAUTHENTICATED', admin: 'ok' };

/** A claimant's own steps on a claim, here another person's: nobody else finds it. */
const CLAIMANT_ONLY: Record<Role, Outcome> = { ...all('NOT_FOUND'), visitor: 'UNAUTHENTICATED', unverified: 'EMAIL_NOT_VERIFIED' };

const none = async () => ({});

export const MATRIX: Record<string, MatrixRow> = {
  // Accounts. Signing up or in while signed in is allowed: it starts a new session.
  signUp: {
    args: async (fx) => ({ input: { email: fx.newEmail(), password: 'correct horse battery', displayName: 'Newcomer' } }),
    expect: all('ok'),
  },
  signIn: { args: async (fx) => ({ input: fx.signInAccount }), expect: all('ok') },
  signOut: { args: none, expect: all('ok') },
  // A link proves an address whoever opens it, signed in or not.
  verifyEmail: { args: async (fx) => ({ token: await fx.verificationToken() }), expect: all('ok') },
  resendVerificationEmail: {
    args: none,
    expect: { ...all('CONFLICT'), visitor: 'UNAUTHENTICATED', unverified: 'ok' },
  },
  _unused: { args: none, expect: all('ok') },

  // Co-ops. Anyone signed in may start a co-op; contact details need a confirmed address.
  createCoop: { args: async () => ({ input: validCoopInput({ name: 'A co-op made in the matrix' }) }), expect: SIGNED_IN },
  updateCoop: { args: async (fx) => ({ id: fx.coopA.id, input: validCoopInput({ name: fx.coopA.name }) }), expect: OWNERS },
  revealContact: {
    args: async (fx) => ({ coopId: fx.coopA.id }),
    expect: { ...SIGNED_IN, unverified: 'EMAIL_NOT_VERIFIED' },
  },

  // Matches between a need of A and provider C.
  giveMatchFeedback: { args: async (fx) => ({ input: { matchId: await fx.matchOnA(), kind: 'SAVED' } }), expect: MEMBERS },
  introduce: {
    args: async (fx) => ({ input: { matchId: await fx.matchOnA(), message: 'We would like to talk about this need.' } }),
    expect: { ...MEMBERS, unverified: 'EMAIL_NOT_VERIFIED' },
  },

  // Referrals: passed from A, received by A (from C), thanks from A; the listing is the owners'.
  passReferral: {
    args: async (fx) => ({ input: referralInput(fx.coopA.id, fx.coopC.id) }),
    expect: { ...MEMBERS, unverified: 'EMAIL_NOT_VERIFIED' },
  },
  moveReferral: {
    args: async (fx) => ({ input: { referralId: await fx.referralToA(), stage: 'ACCEPTED' } }),
    expect: { ...MEMBERS, unverified: 'EMAIL_NOT_VERIFIED' },
  },
  thankForBusiness: {
    args: async (fx) => ({ input: { fromCoopId: fx.coopA.id, toCoopId: fx.coopC.id, value: { amount: 900, currency: 'GBP' } } }),
    expect: { ...MEMBERS, unverified: 'EMAIL_NOT_VERIFIED' },
  },
  answerThanks: {
    args: async (fx) => ({ input: { thanksId: await fx.thanksToA(), confirm: true } }),
    expect: { ...MEMBERS, unverified: 'EMAIL_NOT_VERIFIED' },
  },
  listAsGiver: { args: async (fx) => ({ input: { coopId: fx.coopA.id, listed: true } }), expect: OWNERS },

  // Councils. X is run by the organiser role; A belongs to it.
  createCouncil: { args: async () => ({ input: councilInput({ name: 'A council made in the matrix' }) }), expect: { ...SIGNED_IN, unverified: 'EMAIL_NOT_VERIFIED' } },
  updateCouncil: { args: async (fx) => ({ id: fx.councilX.id, input: councilInput({ name: 'Authz Council X' }) }), expect: ORGANISERS },
  addCouncilOrganiser: { args: async (fx) => ({ input: { councilId: fx.councilX.id, email: await fx.memberOfAEmail() } }), expect: ORGANISERS },
  removeCouncilOrganiser: { args: async (fx) => ({ input: { councilId: fx.councilX.id, userId: await fx.extraOrganiserOfX() } }), expect: ORGANISERS },
  inviteCoopToCouncil: {
    args: async (fx) => ({ input: { councilId: fx.councilX.id, coopId: await fx.coopOutsideX() } }),
    expect: { ...ORGANISERS, unverified: 'EMAIL_NOT_VERIFIED' },
  },
  // A co-op's owners ask for it, answer its invitations and take it out; organisers remove it too.
  askToJoinCouncil: {
    args: async (fx) => ({ input: { councilId: await fx.councilWithoutA(), coopId: fx.coopA.id } }),
    expect: { ...OWNERS, unverified: 'EMAIL_NOT_VERIFIED' },
  },
  answerCouncilJoin: { args: async (fx) => ({ input: { ...(await fx.invitationOfA()), accept: true } }), expect: OWNERS },
  leaveCouncil: { args: async (fx) => ({ input: { councilId: await fx.aInCouncilX(), coopId: fx.coopA.id } }), expect: { ...OWNERS, organiser: 'ok' } },
  importCouncilMembers: {
    args: async (fx) => ({ input: { councilId: fx.councilX.id, rows: [{ name: 'Authz Listed Co-op', place: 'Leeds' }], dryRun: false } }),
    expect: ORGANISERS,
  },

  // Meetings of X: organisers run them; A's people answer; others ask to visit for their co-op (B).
  scheduleMeeting: { args: async (fx) => ({ councilId: fx.councilX.id, input: meetingInput(7) }), expect: { ...ORGANISERS, unverified: 'EMAIL_NOT_VERIFIED' } },
  updateMeeting: { args: async (fx) => ({ id: await fx.meetingOfX(), input: meetingInput(9) }), expect: ORGANISERS },
  cancelMeeting: { args: async (fx) => ({ id: await fx.meetingOfX() }), expect: ORGANISERS },
  rsvp: { args: async (fx) => ({ input: { meetingId: await fx.meetingOfX(), coopId: fx.coopA.id, response: 'GOING' } }), expect: MEMBERS },
  askToVisit: {
    args: async (fx) => ({ input: { meetingId: await fx.meetingOfX(), coopId: fx.coopB.id } }),
    expect: { ...all('FORBIDDEN'), visitor: 'UNAUTHENTICATED', unverified: 'EMAIL_NOT_VERIFIED', otherOwner: 'ok' },
  },
  answerVisitor: { args: async (fx) => ({ input: { ...(await fx.visitorRequest()), accept: true } }), expect: ORGANISERS },
  recordAttendance: {
    args: async (fx) => {
      const { meetingId, userId } = await fx.startedMeetingOfX();
      return { input: { meetingId, entries: [{ userId, attendance: 'PRESENT' }] } };
    },
    expect: ORGANISERS,
  },

  // X's pitch rounds: organisers run them; people of member co-ops tap (here on C's pitch).
  preparePitchRound: { args: async (fx) => ({ input: { meetingId: (await fx.roundOfX()).meetingId, order: 'RANDOM' } }), expect: ORGANISERS },
  reorderPitchRound: { args: async (fx) => ({ input: { roundId: (await fx.roundOfX()).roundId, order: 'RANDOM' } }), expect: ORGANISERS },
  controlPitchRound: { args: async (fx) => ({ input: { roundId: (await fx.roundOfX()).roundId, action: 'START' } }), expect: ORGANISERS },
  tapPitch: {
    args: async (fx) => ({ input: { roundId: (await fx.roundOfX(true)).roundId, coopId: fx.coopC.id, kind: 'TALK' } }),
    // Those who may not come do not learn the round exists; an organiser in no co-op has nobody to tap for.
    expect: { ...all('NOT_FOUND'), visitor: 'UNAUTHENTICATED', member: 'ok', owner: 'ok', organiser: 'FORBIDDEN' },
  },

  // Interests: each person's own; anyone else's cannot be found.
  addInterest: { args: async (fx) => ({ input: { kind: 'HOBBY', label: `Chess ${fx.newEmail()}`, visibility: 'ONLY_ME' } }), expect: SIGNED_IN },
  setInterestVisibility: {
    args: async (fx) => ({ input: { id: await fx.interestOfFounderA(), visibility: 'ONLY_ME' } }),
    expect: { ...all('NOT_FOUND'), visitor: 'UNAUTHENTICATED' },
  },
  removeInterest: { args: async (fx) => ({ id: await fx.interestOfFounderA() }), expect: { ...all('NOT_FOUND'), visitor: 'UNAUTHENTICATED' } },

  // Members of A.
  createInvitation: { args: async (fx) => ({ input: { coopId: fx.coopA.id, role: 'MEMBER' } }), expect: OWNERS },
  revokeInvitation: { args: async (fx) => ({ id: (await fx.invitationToA()).id }), expect: OWNERS },
  acceptInvitation: {
    args: async (fx) => ({ token: (await fx.invitationToA()).token }),
    expect: { ...SIGNED_IN, member: 'CONFLICT', owner: 'CONFLICT' },
  },
  changeMemberRole: {
    args: async (fx) => ({ input: { coopId: fx.coopA.id, userId: await fx.memberOfA(), role: 'OWNER' } }),
    expect: OWNERS,
  },
  removeMember: { args: async (fx) => ({ input: { coopId: fx.coopA.id, userId: await fx.memberOfA() } }), expect: OWNERS },

  // Each person's own inbox.
  markNotificationsRead: { args: async () => ({ input: {} }), expect: SIGNED_IN },
  updateNotificationPreferences: { args: async () => ({ input: { emailDigest: 'WEEKLY' } }), expect: SIGNED_IN },

  // A's needs and offers.
  postNeed: { args: async (fx) => ({ coopId: fx.coopA.id, input: needInput() }), expect: MEMBERS },
  updateNeed: { args: async (fx) => ({ id: fx.openNeedOfA, input: needInput({ title: 'The need that stays open' }) }), expect: MEMBERS },
  closeNeed: { args: async (fx) => ({ input: { id: await fx.needOfA(), outcome: 'WITHDRAWN' } }), expect: MEMBERS },
  // Claims that A met a need of C: A's members answer them.
  confirmFulfilment: { args: async (fx) => ({ needId: await fx.claimOnA() }), expect: MEMBERS },
  rejectFulfilment: { args: async (fx) => ({ needId: await fx.claimOnA() }), expect: MEMBERS },
  postOffer: { args: async (fx) => ({ coopId: fx.coopA.id, input: offerInput() }), expect: MEMBERS },
  updateOffer: { args: async (fx) => ({ id: fx.openOfferOfA, input: offerInput({ title: 'The offer that stays open' }) }), expect: MEMBERS },
  withdrawOffer: { args: async (fx) => ({ id: await fx.offerOfA() }), expect: MEMBERS },

  // Claims (issue 15): anyone confirmed claims a co-op nobody runs; a claim's steps are its
  // claimant's (each row's claim is another person's); administrators decide.
  startClaim: { args: async (fx) => ({ coopId: await fx.unclaimedCoop() }), expect: { ...SIGNED_IN, unverified: 'EMAIL_NOT_VERIFIED' } },
  sendClaimEmail: {
    args: async (fx) => ({ input: { claimId: (await fx.claimByAnother()).id, email: 'someone@192.0.2.10' } }),
    expect: CLAIMANT_ONLY,
  },
  // The link is the claimant's: anyone else signed in is told so.
  confirmClaimEmail: { args: async (fx) => ({ token: await fx.claimLinkOfAnother() }), expect: { ...all('FORBIDDEN'), visitor: 'UNAUTHENTICATED' } },
  checkClaimWebsite: { args: async (fx) => ({ claimId: (await fx.claimByAnother()).id }), expect: CLAIMANT_ONLY },
  requestClaimReview: {
    args: async (fx) => ({ input: { claimId: (await fx.claimByAnother()).id, note: 'I keep the books for the co-op and can show a letter.' } }),
    expect: CLAIMANT_ONLY,
  },
  withdrawClaim: { args: async (fx) => ({ claimId: (await fx.claimByAnother()).id }), expect: { ...all('NOT_FOUND'), visitor: 'UNAUTHENTICATED' } },
  approveClaim: { args: async (fx) => ({ input: { claimId: (await fx.claimByAnother()).id } }), expect: ADMINS },
  rejectClaim: { args: async (fx) => ({ input: { claimId: (await fx.claimByAnother()).id, reason: 'Not known at the co-op.' } }), expect: ADMINS },

  // Moderation: anyone signed in reports; administrators hide, show and dismiss.
  report: { args: async (fx) => ({ input: { subject: { kind: 'COOP', id: fx.coopA.id }, reason: 'Reported by the authorisation matrix.' } }), expect: SIGNED_IN },
  hideContent: { args: async (fx) => ({ input: { subject: { kind: 'NEED', id: await fx.needOfA() }, reason: 'Hidden by the matrix.' } }), expect: ADMINS },
  unhideContent: { args: async (fx) => ({ input: { subject: { kind: 'NEED', id: await fx.hiddenNeedOfA() }, reason: 'Shown by the matrix.' } }), expect: ADMINS },
  dismissReports: { args: async (fx) => ({ input: { subject: { kind: 'NEED', id: await fx.reportedNeedOfA() }, reason: 'Nothing wrong here.' } }), expect: ADMINS },
};
