import fc from 'fast-check';
import type { Database } from '@principle-six/db';
import type { Services } from '../../../src/services';
import { addMember, placeMatch, verifyEmail } from './business';
import type { Seeds } from './fuzz-arbitraries';
import type { ValuePools } from './fuzz-values';
import { CLOSE_NEED, needInput, offerInput, postNeed, postOffer } from './postings';
import { passReferral, referralInput } from './referrals';
import { councilInput, createCouncil, meetingInput, scheduleMeeting } from './councils';
import { createCoop, signUp, validCoopInput } from './scenarios';
import { TestClient } from './test-client';

/** A running API to fuzz: its database and services (for sessions and links), and its endpoint. */
export interface FuzzServer {
  db: Database;
  services: Services;
  endpoint: string;
}

interface Person {
  client: TestClient;
  user: { id: string; email: string };
}

/**
 * Who the fuzzer acts as and on, made once: the owner of co-op A (the actor, also a site
 * administrator, so that the moderation and claim decisions are fuzzed past their first check),
 * the owner of co-op B, and an account that has not confirmed its address.
 */
export interface FuzzWorld {
  owner: Person;
  other: Person;
  coopA: string;
  coopB: string;
  unconfirmed: { id: string; email: string };
  /** A council A's owner organises, with B as a member and A not. */
  council: string;
}

/**
 * What one mutation's cases act on, stocked afresh for each mutation because calls use it up
 * (a need closes once, an invitation is accepted once, a claim is answered once): needs, offers
 * and a member of A, matches both ways, open invitations to A, claims that A met needs of B, and
 * confirmation links. Generated ids and tokens are drawn from `pools`; valid inputs from `seeds`.
 */
export interface FuzzFixture {
  pools: ValuePools;
  seeds: Seeds;
}

const PASSWORD = 'correct horse battery';

export async function buildFuzzWorld(server: FuzzServer): Promise<FuzzWorld> {
  const person = async (name: string): Promise<Person> => {
    const client = new TestClient(server.endpoint);
    const user = await signUp(client, name);
    await verifyEmail(server.db, user.id);
    return { client, user };
  };
  const owner = await person('FuzzOwner');
  await server.db.user.update({ where: { id: owner.user.id }, data: { siteRole: 'ADMIN' } });
  const coopA = await createCoop(owner.client, { name: 'Fuzzed Co-op A', placeName: 'Leeds' });
  const other = await person('FuzzOther');
  const coopB = await createCoop(other.client, { name: 'Fuzzed Co-op B', placeName: 'Bradford' });
  const unconfirmed = await server.db.user.create({
    data: { email: `fuzz-unconfirmed-${process.pid}-${Date.now()}@example.coop`, displayName: 'Unconfirmed', passwordHash: 'not-a-hash' },
  });
  const council = await createCouncil(owner.client, { name: 'Fuzzed Council' });
  await server.db.councilMember.create({ data: { councilId: council.id, coopId: coopB.id, status: 'MEMBER', route: 'IMPORTED', joinedAt: new Date() } });
  return { owner, other, coopA: coopA.id, coopB: coopB.id, unconfirmed, council: council.id };
}

let stocked = 0;

export async function stockFuzzFixture(server: FuzzServer, world: FuzzWorld): Promise<FuzzFixture> {
  const { db, services } = server;
  const { owner, other, coopA, coopB } = world;
  stocked += 1;
  const memberId = (
    await db.user.create({
      data: {
        email: `fuzz-member-${process.pid}-${stocked}@example.coop`,
        displayName: 'Member',
        passwordHash: 'not-a-hash',
        emailVerifiedAt: new Date(),
      },
    })
  ).id;
  await addMember(db, memberId, coopA);
  // An earlier mutation's cases may have demoted or removed the actor (changeMemberRole with
  // another owner present, say): each mutation starts from the same world, its actor A's owner.
  await db.membership.upsert({
    where: { userId_coopId: { userId: owner.user.id, coopId: coopA } },
    create: { userId: owner.user.id, coopId: coopA, role: 'OWNER' },
    update: { role: 'OWNER' },
  });
  await db.membership.upsert({
    where: { userId_coopId: { userId: other.user.id, coopId: coopB } },
    create: { userId: other.user.id, coopId: coopB, role: 'OWNER' },
    update: { role: 'OWNER' },
  });

  // Likewise the actor organises the council again, and B belongs to it.
  await db.councilOrganiser.upsert({
    where: { councilId_userId: { councilId: world.council, userId: owner.user.id } },
    create: { councilId: world.council, userId: owner.user.id },
    update: {},
  });
  await db.councilMember.upsert({
    where: { councilId_coopId: { councilId: world.council, coopId: coopB } },
    create: { councilId: world.council, coopId: coopB, status: 'MEMBER', route: 'IMPORTED', joinedAt: new Date() },
    update: { status: 'MEMBER' },
  });
  // A meeting to come (answered, visited, changed, cancelled) and one under way (attendance).
  const meetings = [(await scheduleMeeting(owner.client, world.council, 7)).id, (await scheduleMeeting(owner.client, world.council, 8)).id];
  const started = await db.meeting.create({
    data: { councilId: world.council, title: 'Under way', startsAt: new Date(Date.now() - 600_000), endsAt: new Date(Date.now() + 3_600_000), format: 'IN_PERSON', venue: 'The hall' },
  });
  await db.meetingAttendee.create({ data: { meetingId: started.id, userId: other.user.id, coopId: coopB, role: 'MEMBER', status: 'GOING' } });
  await db.meetingAttendee.create({ data: { meetingId: meetings[0]!, userId: memberId, coopId: coopA, role: 'VISITOR', status: 'ASKED' } });
  meetings.push(started.id);
  // A round on the meeting under way, started, with B speaking (A's owner taps it, as an organiser runs it).
  await db.meetingAttendee.create({ data: { meetingId: started.id, userId: owner.user.id, coopId: coopA, role: 'VISITOR', status: 'GOING' } });
  const actor = await db.user.findUniqueOrThrow({ where: { id: owner.user.id } });
  const round = await services.pitchRounds.prepare(actor, { meetingId: started.id, order: 'RSVP' });
  if (!round.ok) throw new Error(JSON.stringify(round.errors));
  await services.pitchRounds.control(actor, { roundId: round.value.id, action: 'START' });
  const readyRound = await services.pitchRounds.prepare(actor, { meetingId: meetings[0]!, order: 'RSVP' });
  const rounds = [round.value.id, ...(readyRound.ok ? [readyRound.value.id] : [])];

  // Interests the actor may change or remove, afresh (a person keeps 30 at most).
  await db.interest.deleteMany({ where: { userId: owner.user.id } });
  const interests: string[] = [];
  for (const label of ['Fell running', 'Stockport County']) {
    const { addInterest } = await owner.client.data(
      `mutation ($input: InterestInput!) { addInterest(input: $input) { interest { id } errors { message } } }`,
      { input: { kind: 'HOBBY', label: `${label} ${stocked}`, visibility: 'COUNCILS' } },
    );
    if (!addInterest.interest) throw new Error(JSON.stringify(addInterest.errors));
    interests.push(addInterest.interest.id);
  }

  const needsOfA: string[] = [];
  for (let i = 0; i < 4; i++) needsOfA.push((await postNeed(owner.client, coopA, { title: `Fuzzed need ${i} of A` })).id);
  const offersOfA = [(await postOffer(owner.client, coopA)).id, (await postOffer(owner.client, coopA, { title: 'Second offer of A' })).id];
  const needOfB = (await postNeed(other.client, coopB, { title: 'Fuzzed need of B' })).id;
  const offerOfB = (await postOffer(other.client, coopB)).id;
  const matches = [
    (await placeMatch(db, needsOfA[0]!, coopB, offerOfB)).id,
    (await placeMatch(db, needsOfA[1]!, coopB)).id,
    (await placeMatch(db, needOfB, coopA, offersOfA[0]!)).id,
  ];
  const claims: string[] = [];
  for (let i = 0; i < 3; i++) {
    const claimed = (await postNeed(other.client, coopB, { title: `A need B says A met (${i})` })).id;
    const closed = await other.client.data(CLOSE_NEED, { input: { id: claimed, outcome: 'FULFILLED', fulfilledByCoopId: coopA } });
    if (closed.closeNeed.errors.length) throw new Error(JSON.stringify(closed.closeNeed.errors));
    claims.push(claimed);
  }
  // Referrals B passed to A (A's owner moves them on) and one A passed to B (A's owner may withdraw it).
  const referrals: string[] = [];
  for (let i = 0; i < 3; i++) referrals.push((await passReferral(other.client, referralInput(coopB, coopA))).id);
  referrals.push((await passReferral(owner.client, referralInput(coopA, coopB))).id);
  // Thank-yous B wrote crediting A: A's owner confirms or rejects them.
  const thanks: string[] = [];
  for (let i = 0; i < 3; i++) {
    const { thankForBusiness } = await other.client.data(
      `mutation ($input: ThankForBusinessInput!) { thankForBusiness(input: $input) { thanks { id } errors { message } } }`,
      { input: { fromCoopId: coopB, toCoopId: coopA, value: { amount: 100 + i, currency: 'GBP' } } },
    );
    if (thankForBusiness.errors.length) throw new Error(JSON.stringify(thankForBusiness.errors));
    thanks.push(thankForBusiness.thanks.id);
  }
  const invitations: { id: string; token: string }[] = [];
  for (let i = 0; i < 4; i++) {
    const { createInvitation } = await owner.client.data(
      `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { token invitation { id } errors { message } } }`,
      { input: { coopId: coopA, role: i === 0 ? 'OWNER' : 'MEMBER' } },
    );
    if (createInvitation.errors.length) throw new Error(JSON.stringify(createInvitation.errors));
    invitations.push({ id: createInvitation.invitation.id, token: createInvitation.token });
  }
  const verificationTokens = [
    await db.$transaction((tx) => services.emailVerifications.issue(tx, world.unconfirmed)),
    await db.$transaction((tx) => services.emailVerifications.issue(tx, world.unconfirmed)),
  ];

  const claimsStock = await stockClaims(server, world);

  const users = [owner.user.id, other.user.id, memberId, world.unconfirmed.id];
  const invitationIds = invitations.map((i) => i.id);
  const pools: ValuePools = {
    ids: [coopA, coopB, world.council, ...meetings, ...rounds, ...interests, ...users, ...needsOfA, needOfB, ...claims, ...offersOfA, offerOfB, ...matches, ...invitationIds, ...referrals, ...thanks, ...claimsStock.ids],
    tokens: [...invitations.map((i) => i.token), ...verificationTokens, ...claimsStock.tokens],
  };
  const oneOf = <T>(values: T[]) => fc.constantFrom(...values);
  const seeds: Seeds = {
    SignUpInput: fc.uuid().map((id) => ({ email: `fuzz-${id}@example.coop`, password: PASSWORD, displayName: 'Fuzzed newcomer' })),
    SignInInput: fc.constant({ email: owner.user.email, password: PASSWORD }),
    CoopInput: fc.constant(null).map(() => validCoopInput({ name: 'Fuzzed Co-op A' })),
    NeedInput: fc.constant(null).map(() => needInput()),
    OfferInput: fc.constant(null).map(() => offerInput()),
    AreaInput: oneOf([{ placeName: 'Leeds', countryCode: 'GB', radiusKm: 50 }, {}]),
    CreateInvitationInput: oneOf(['MEMBER', 'OWNER']).map((role) => ({ coopId: coopA, role })),
    FeedbackInput: fc.record({ matchId: oneOf(matches), kind: oneOf(['SAVED', 'NOT_RELEVANT']), given: fc.boolean() }),
    IntroduceInput: fc.record({ matchId: oneOf(matches), message: fc.constant('We print annual reports on recycled paper; shall we talk?') }),
    MemberInput: oneOf([memberId, owner.user.id, other.user.id]).map((userId) => ({ coopId: coopA, userId })),
    ChangeMemberRoleInput: fc.record({ coopId: fc.constant(coopA), userId: oneOf([memberId, owner.user.id]), role: oneOf(['OWNER', 'MEMBER']) }),
    CloseNeedInput: fc.record({ id: oneOf(needsOfA), outcome: oneOf(['FULFILLED', 'WITHDRAWN']), fulfilledByCoopId: oneOf([coopB, coopA, null]) }),
    MarkNotificationsReadInput: oneOf([{}, { ids: [] }]),
    NotificationPreferencesInput: oneOf([{ emailDigest: 'DAILY' }, { emailDigest: 'WEEKLY' }, { emailDigest: 'NEVER' }]),
    PassReferralInput: fc.record({ kind: oneOf(['EXTERNAL', 'INTERNAL', 'TIER_THREE']), warmth: fc.integer({ min: 1, max: 5 }) }).map((v) =>
      referralInput(coopA, coopB, v),
    ),
    ReferralProspectInput: fc.constant({ name: 'Sam Prospect', organisation: null, email: 'sam@example.coop', phone: null }),
    MoneyInput: fc.record({ amount: fc.integer({ min: 0, max: 100_000 }), currency: oneOf(['GBP', 'EUR']) }),
    MoveReferralInput: fc.record({
      referralId: oneOf(referrals),
      stage: oneOf(['ACCEPTED', 'DECLINED', 'WITHDRAWN', 'CONTACTED', 'MEETING_HELD', 'PROPOSAL_SENT', 'WON', 'LOST']),
      reason: oneOf([null, 'The prospect chose another supplier.']),
      value: oneOf([null, { amount: 2400, currency: 'GBP' }]),
    }),
    ThankForBusinessInput: fc.record({ amount: fc.integer({ min: 0, max: 100_000 }) }).map(({ amount }) => ({
      fromCoopId: coopA,
      toCoopId: coopB,
      value: { amount, currency: 'GBP' },
      note: 'Printing for our AGM',
    })),
    AnswerThanksInput: fc.record({ thanksId: oneOf(thanks), confirm: fc.boolean() }),
    ListAsGiverInput: fc.boolean().map((listed) => ({ coopId: coopA, listed })),
    CouncilInput: fc.constant(null).map(() => councilInput({ name: 'Fuzzed Council' })),
    CouncilJoinInput: fc.record({ coopId: oneOf([coopA, coopB]), message: oneOf([null, 'We would like to join.']) }).map((v) => ({ councilId: world.council, ...v })),
    CouncilJoinAnswerInput: fc.record({ coopId: oneOf([coopA, coopB]), accept: fc.boolean() }).map((v) => ({ councilId: world.council, ...v })),
    LeaveCouncilInput: oneOf([coopA, coopB]).map((coopId) => ({ councilId: world.council, coopId })),
    CouncilOrganiserInput: oneOf([
      { councilId: world.council, email: other.user.email },
      { councilId: world.council, userId: owner.user.id },
      { councilId: world.council, userId: other.user.id },
    ]),
    CouncilImportRow: oneOf([
      { name: 'Fuzzed Co-op B', place: 'Bradford' },
      { name: 'A New Listed Co-op', place: 'Leeds', website: 'listed.example.coop', provides: 'Bread' },
      { name: null, place: 'Leeds' },
    ]),
    CouncilImportInput: fc.boolean().map((dryRun) => ({ councilId: world.council, rows: [{ name: 'Fuzzed Co-op B', place: 'Bradford' }], dryRun })),
    MeetingInput: fc.integer({ min: 1, max: 30 }).map((days) => meetingInput(days)),
    RsvpInput: fc.record({ meetingId: oneOf(meetings), response: oneOf(['GOING', 'MAYBE', 'NOT_GOING']) }).map((v) => ({ ...v, coopId: coopA })),
    VisitRequestInput: fc.record({ meetingId: oneOf(meetings), broughtByCoopId: oneOf([null, coopB]) }).map((v) => ({ ...v, coopId: coopA, note: 'Visiting' })),
    VisitorAnswerInput: fc.record({ meetingId: oneOf(meetings), userId: oneOf(users), accept: fc.boolean() }),
    RecordAttendanceInput: fc.record({ attendance: oneOf(['PRESENT', 'ABSENT', 'SUBSTITUTE']) }).map(({ attendance }) => ({
      meetingId: started.id,
      entries: [{ userId: other.user.id, attendance, substituteName: attendance === 'SUBSTITUTE' ? 'Someone else' : null }],
    })),
    PreparePitchRoundInput: fc.record({ meetingId: oneOf(meetings), order: oneOf(['RSVP', 'RANDOM']), pitchSeconds: oneOf([null, 60, 90]) }),
    ReorderPitchRoundInput: fc.record({ roundId: oneOf(rounds), order: oneOf(['RSVP', 'RANDOM']) }),
    ControlPitchRoundInput: fc.record({ roundId: oneOf(rounds), action: oneOf(['START', 'PAUSE', 'RESUME', 'NEXT', 'SKIP', 'END']), version: oneOf([null, 1, 2]) }),
    TapPitchInput: fc.record({ roundId: oneOf(rounds), coopId: oneOf([coopB, coopA]), kind: oneOf(['TALK', 'REFERRAL', 'NEED']), undo: fc.boolean() }),
    InterestInput: fc.record({
      kind: oneOf(['TEAM', 'HOBBY', 'LANGUAGE', 'HOME_TOWN', 'COUNTRY', 'CAUSE']),
      label: oneOf(['Man Utd', 'Welsh', 'GB', 'Climbing', 'Housing justice']),
      visibility: oneOf(['ONLY_ME', 'COUNCILS', 'SIGNED_IN']),
    }),
    InterestVisibilityInput: fc.record({ id: oneOf(interests), visibility: oneOf(['ONLY_ME', 'COUNCILS', 'SIGNED_IN']) }),
    'arg:removeInterest.id': oneOf(interests),
    'arg:councilId': fc.constant(world.council),
    'arg:updateCouncil.id': fc.constant(world.council),
    'arg:updateMeeting.id': oneOf(meetings),
    'arg:cancelMeeting.id': oneOf(meetings),
    'arg:coopId': fc.constant(coopA),
    'arg:updateCoop.id': fc.constant(coopA),
    'arg:updateNeed.id': oneOf(needsOfA),
    'arg:updateOffer.id': oneOf(offersOfA),
    'arg:withdrawOffer.id': oneOf(offersOfA),
    'arg:revokeInvitation.id': oneOf(invitationIds),
    'arg:needId': oneOf([...claims, ...needsOfA]),
    'arg:token': oneOf(pools.tokens),
    // Claims: the actor's own open claims, and others' for the actor (an administrator) to decide.
    'arg:startClaim.coopId': oneOf(claimsStock.unclaimedCoops),
    'arg:claimId': oneOf([...claimsStock.own, ...claimsStock.others]),
    'arg:confirmClaimEmail.token': oneOf([...claimsStock.tokens, 'A'.repeat(43)]),
    SendClaimEmailInput: fc.record({ claimId: oneOf(claimsStock.own), email: oneOf(['someone@claims.invalid', 'someone@www.claims.invalid', 'someone@elsewhere.invalid']) }),
    RequestClaimReviewInput: fc.record({ claimId: oneOf(claimsStock.own), note: fc.constant('I keep the books for the co-op and can show you a letter.') }),
    DecideClaimInput: fc.record({ claimId: oneOf([...claimsStock.others, ...claimsStock.own]), reason: oneOf([null, 'Checked against the register.']) }),
    ModerationSubjectInput: fc.record({ kind: oneOf(['COOP', 'NEED', 'OFFER']), id: oneOf([coopB, needOfB, offerOfB, ...needsOfA, ...offersOfA]) }),
    ReportInput: fc.record({ subject: fc.record({ kind: fc.constant('NEED'), id: oneOf([needOfB, ...needsOfA]) }), reason: fc.constant('This looks like an advert, not a need.') }),
    ModerateInput: fc.record({ subject: fc.record({ kind: oneOf(['NEED', 'OFFER']), id: oneOf([needOfB, offerOfB]) }), reason: fc.constant('Moderated by the fuzzer.') }),
  };
  return { pools, seeds };
}

let claimCoops = 0;

/**
 * Claims to act on, afresh per mutation: co-ops nobody runs (their website at a reserved name
 * that never resolves, so a website check fails at once and reaches nothing), two open claims of
 * the actor's (one with a mailed link), and two of B's owner's for the actor to decide. The
 * actor's older open claims are withdrawn first, so the cap of three never refuses every case.
 */
async function stockClaims(server: FuzzServer, world: FuzzWorld) {
  const { db, services } = server;
  await db.coopClaim.updateMany({ where: { claimantId: { in: [world.owner.user.id, world.other.user.id] }, status: 'OPEN' }, data: { status: 'WITHDRAWN' } });
  const { placeId } = await db.coop.findUniqueOrThrow({ where: { id: world.coopA } });
  const unclaimedCoops: string[] = [];
  for (let i = 0; i < 4; i++) {
    claimCoops += 1;
    const coop = await db.coop.create({
      data: {
        slug: `fuzz-unclaimed-${process.pid}-${claimCoops}`,
        name: `Fuzzed Unclaimed ${claimCoops}`,
        placeId,
        provides: 'Printing.',
        whyBuy: '',
        wantToTalkTo: '',
        coopType: 'WORKER',
        website: 'https://www.claims.invalid',
        source: 'fuzz-register',
        sourceId: `F${process.pid}-${claimCoops}`,
      },
    });
    unclaimedCoops.push(coop.id);
  }
  const as = (id: string) => db.user.findUniqueOrThrow({ where: { id } });
  const open = async (userId: string, coopId: string) => {
    const claim = await services.claims.start(await as(userId), coopId);
    if (!claim.ok) throw new Error(JSON.stringify(claim.errors));
    return claim.value.id;
  };
  const own = [await open(world.owner.user.id, unclaimedCoops[0]!), await open(world.owner.user.id, unclaimedCoops[1]!)];
  const others = [await open(world.other.user.id, unclaimedCoops[0]!), await open(world.other.user.id, unclaimedCoops[2]!)];
  const sent = await services.claims.sendEmail(await as(world.owner.user.id), { claimId: own[0]!, email: 'fuzzer@claims.invalid' });
  if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
  const token = /\/claims\/confirm\/([A-Za-z0-9_-]+)/.exec(services.mailer.captured.at(-1)!.text)![1]!;
  return { unclaimedCoops, own, others, tokens: [token], ids: [...unclaimedCoops, ...own, ...others] };
}
