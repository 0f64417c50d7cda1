/**
 * How often each guarded mutation may be called. One table, so that the limits can be read (and
 * reviewed) together; rate-limit-schema.ts applies them to the schema's resolvers.
 *
 * - `attempts` count every call, before it runs: creates and anything that costs us work.
 * - `failures` count the calls that failed (a wrong password or token), so a person who gets it
 *   right is never slowed; past `points` failures the key is blocked, for longer each time.
 */
export type KeyedBy = 'user' | 'address' | 'account';

export interface Limit {
  /** Who is counted: the signed-in person, the network address, or the account an email names. */
  by: KeyedBy;
  points: number;
  /** Seconds over which `points` are counted. */
  per: number;
}

export interface Policy {
  counts: 'attempts' | 'failures';
  limits: Limit[];
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Guessing the secret in an invitation or email link. */
const TOKEN_GUESSING: Policy = {
  counts: 'failures',
  limits: [
    { by: 'user', points: 10, per: HOUR },
    { by: 'address', points: 30, per: HOUR },
  ],
};

export const POLICIES: Record<string, Policy> = {
  // Password guessing: a few wrong tries per account, more per address (an office shares one).
  signIn: {
    counts: 'failures',
    limits: [
      { by: 'account', points: 5, per: HOUR },
      { by: 'address', points: 50, per: HOUR },
    ],
  },
  // A council meeting is a room of people signing up on the venue's Wi-Fi (one address) at once:
  // enough for a big meeting in an hour, and a bound on a script in a day.
  signUp: {
    counts: 'attempts',
    limits: [
      { by: 'address', points: 30, per: HOUR },
      { by: 'address', points: 100, per: DAY },
    ],
  },
  acceptInvitation: TOKEN_GUESSING,
  verifyEmail: TOKEN_GUESSING,
  resendVerificationEmail: { counts: 'attempts', limits: [{ by: 'user', points: 3, per: HOUR }] },
  createCoop: { counts: 'attempts', limits: [{ by: 'user', points: 5, per: DAY }] },
  createInvitation: { counts: 'attempts', limits: [{ by: 'user', points: 30, per: DAY }] },
  postNeed: { counts: 'attempts', limits: [{ by: 'user', points: 30, per: HOUR }] },
  postOffer: { counts: 'attempts', limits: [{ by: 'user', points: 30, per: HOUR }] },
  // An edit re-matches and can tell new co-ops: as often as posting, twice over.
  updateNeed: { counts: 'attempts', limits: [{ by: 'user', points: 60, per: HOUR }] },
  updateOffer: { counts: 'attempts', limits: [{ by: 'user', points: 60, per: HOUR }] },
  giveMatchFeedback: { counts: 'attempts', limits: [{ by: 'user', points: 300, per: HOUR }] },
  introduce: {
    counts: 'attempts',
    limits: [
      { by: 'user', points: 20, per: HOUR },
      { by: 'user', points: 60, per: DAY },
    ],
  },
  // Passing a referral hands on a prospect's details and tells a co-op: as often as introducing.
  passReferral: {
    counts: 'attempts',
    limits: [
      { by: 'user', points: 20, per: HOUR },
      { by: 'user', points: 60, per: DAY },
    ],
  },
  // Each move tells two co-ops; a busy co-op moves dozens a day, not hundreds an hour.
  moveReferral: { counts: 'attempts', limits: [{ by: 'user', points: 120, per: HOUR }] },
  thankForBusiness: { counts: 'attempts', limits: [{ by: 'user', points: 30, per: HOUR }] },
  answerThanks: { counts: 'attempts', limits: [{ by: 'user', points: 60, per: HOUR }] },
  listAsGiver: { counts: 'attempts', limits: [{ by: 'user', points: 30, per: HOUR }] },
  // Councils: a person starts a handful; organisers edit and invite in bursts after a meeting.
  createCouncil: { counts: 'attempts', limits: [{ by: 'user', points: 5, per: DAY }] },
  updateCouncil: { counts: 'attempts', limits: [{ by: 'user', points: 60, per: HOUR }] },
  addCouncilOrganiser: { counts: 'attempts', limits: [{ by: 'user', points: 20, per: HOUR }] },
  removeCouncilOrganiser: { counts: 'attempts', limits: [{ by: 'user', points: 20, per: HOUR }] },
  // Each invitation or request writes to another co-op's or the organisers' inboxes.
  inviteCoopToCouncil: {
    counts: 'attempts',
    limits: [
      { by: 'user', points: 60, per: HOUR },
      { by: 'user', points: 300, per: DAY },
    ],
  },
  askToJoinCouncil: { counts: 'attempts', limits: [{ by: 'user', points: 10, per: HOUR }] },
  answerCouncilJoin: { counts: 'attempts', limits: [{ by: 'user', points: 120, per: HOUR }] },
  leaveCouncil: { counts: 'attempts', limits: [{ by: 'user', points: 60, per: HOUR }] },
  // A 10,000-row list is 20 calls of 500 rows, twice over with its preview.
  importCouncilMembers: { counts: 'attempts', limits: [{ by: 'user', points: 120, per: HOUR }] },
  // Scheduling tells every member co-op's people.
  scheduleMeeting: { counts: 'attempts', limits: [{ by: 'user', points: 20, per: DAY }] },
  updateMeeting: { counts: 'attempts', limits: [{ by: 'user', points: 60, per: HOUR }] },
  cancelMeeting: { counts: 'attempts', limits: [{ by: 'user', points: 20, per: HOUR }] },
  rsvp: { counts: 'attempts', limits: [{ by: 'user', points: 120, per: HOUR }] },
  askToVisit: { counts: 'attempts', limits: [{ by: 'user', points: 10, per: HOUR }] },
  answerVisitor: { counts: 'attempts', limits: [{ by: 'user', points: 300, per: HOUR }] },
  recordAttendance: { counts: 'attempts', limits: [{ by: 'user', points: 120, per: HOUR }] },
  // A round of 60 pitches is some 200 controls; a tap is three kinds on each pitch, with undos.
  preparePitchRound: { counts: 'attempts', limits: [{ by: 'user', points: 60, per: HOUR }] },
  reorderPitchRound: { counts: 'attempts', limits: [{ by: 'user', points: 120, per: HOUR }] },
  controlPitchRound: { counts: 'attempts', limits: [{ by: 'user', points: 600, per: HOUR }] },
  tapPitch: { counts: 'attempts', limits: [{ by: 'user', points: 600, per: HOUR }] },
  // Interests are a person's own and few (30 at most).
  addInterest: { counts: 'attempts', limits: [{ by: 'user', points: 60, per: HOUR }] },
  setInterestVisibility: { counts: 'attempts', limits: [{ by: 'user', points: 120, per: HOUR }] },
  removeInterest: { counts: 'attempts', limits: [{ by: 'user', points: 120, per: HOUR }] },
  // Claims (issue 15): a person claims the co-op they work for, not dozens; each step is counted
  // per person and per address, so that many accounts on one address are slowed too.
  startClaim: {
    counts: 'attempts',
    limits: [
      { by: 'user', points: 5, per: DAY },
      { by: 'address', points: 20, per: DAY },
    ],
  },
  // Each sends a mail to an address the person typed.
  sendClaimEmail: {
    counts: 'attempts',
    limits: [
      { by: 'user', points: 5, per: HOUR },
      { by: 'user', points: 10, per: DAY },
      { by: 'address', points: 20, per: HOUR },
    ],
  },
  confirmClaimEmail: TOKEN_GUESSING,
  // Each makes the server fetch two pages of someone's website.
  checkClaimWebsite: {
    counts: 'attempts',
    limits: [
      { by: 'user', points: 20, per: HOUR },
      { by: 'address', points: 60, per: HOUR },
    ],
  },
  requestClaimReview: {
    counts: 'attempts',
    limits: [
      { by: 'user', points: 10, per: HOUR },
      { by: 'address', points: 30, per: HOUR },
    ],
  },
  withdrawClaim: { counts: 'attempts', limits: [{ by: 'user', points: 30, per: HOUR }] },
  // Administrators work through a queue: hundreds an hour, not thousands.
  approveClaim: { counts: 'attempts', limits: [{ by: 'user', points: 300, per: HOUR }] },
  rejectClaim: { counts: 'attempts', limits: [{ by: 'user', points: 300, per: HOUR }] },
  // Reports land in the administrators' queue: a person reports a few things, not a directory.
  report: {
    counts: 'attempts',
    limits: [
      { by: 'user', points: 10, per: HOUR },
      { by: 'user', points: 30, per: DAY },
      { by: 'address', points: 60, per: HOUR },
    ],
  },
  hideContent: { counts: 'attempts', limits: [{ by: 'user', points: 300, per: HOUR }] },
  unhideContent: { counts: 'attempts', limits: [{ by: 'user', points: 300, per: HOUR }] },
  dismissReports: { counts: 'attempts', limits: [{ by: 'user', points: 300, per: HOUR }] },
  // Harvesting a directory's contacts: a person looks up a few co-ops, not thousands.
  revealContact: {
    counts: 'attempts',
    limits: [
      { by: 'user', points: 30, per: HOUR },
      { by: 'user', points: 100, per: DAY },
    ],
  },
};

/**
 * Plain HTTP routes outside GraphQL, by a name of their own (rate-limits.ts reads both tables):
 * a co-op's CSV can run to a hundred thousand rows, so a person may fetch a few an hour.
 */
export const ROUTE_POLICIES: Record<string, Policy> = {
  'GET referrals.csv': { counts: 'attempts', limits: [{ by: 'user', points: 20, per: HOUR }] },
  // A live export reads every co-op a search lets through: a few an hour per address is plenty
  // for people; the whole directory is in the nightly dump, which costs nothing to download.
  'GET directory export': { counts: 'attempts', limits: [{ by: 'address', points: 30, per: HOUR }] },
};

/** The n-th time in a day a key reaches its limit, it is blocked this long: 1 min, doubling, at most 1 h. */
export function blockSeconds(strike: number): number {
  return Math.min(HOUR, MINUTE * 2 ** Math.max(0, strike - 1));
}
