import type { Database } from '@principle-six/db';
import { SESSION_COOKIE } from '../../../src/auth/sessions';
import { addMember, placeMatch, verifyEmail } from './business';
import { CLOSE_NEED, postNeed, postOffer } from './postings';
import { passReferral, referralInput } from './referrals';
import { createCouncil, INVITE_COOP, scheduleMeeting } from './councils';
import { CONTROL_ROUND, PREPARE_ROUND } from './pitch-rounds';
import { createCoop, signUp } from './scenarios';
import type { TestApi } from './test-api';
import type { TestClient } from './test-client';

/**
 * The world the authorisation matrix acts on: co-op A (the one acted on), co-op B (whose owner
 * is "owner of another co-op") and co-op C (a third party: the provider on A's matches, the
 * co-op whose need A is claimed to have met), and council X, of which A is a member, run by a
 * founder who is none of the roles. Each call of the matrix is made by a person made
 * for it with the role's relation to A, so that no call changes who the next one is.
 */

export const ROLES = ['visitor', 'unverified', 'nonMember', 'member', 'owner', 'otherOwner', 'organiser', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  visitor: 'visitor',
  unverified: 'signed-in unverified (no co-op)',
  nonMember: 'signed-in verified non-member',
  member: 'member of A',
  owner: 'owner of A',
  otherOwner: 'owner of another co-op (B)',
  organiser: 'organiser of council X (in no co-op)',
  admin: 'site administrator (in no co-op)',
};

export const PASSWORD = 'correct horse battery';

interface Coop {
  id: string;
  slug: string;
  name: string;
}

let people = 0;

export class AuthzFixture {
  private constructor(
    readonly api: TestApi,
    /** The owner who made A: posts and invites for it, never one of the roles. */
    private readonly founderA: TestClient,
    private readonly founderC: TestClient,
    readonly coopA: Coop,
    readonly coopB: Coop,
    readonly coopC: Coop,
    /** An account anyone may sign in as (by its password). */
    readonly signInAccount: { email: string; password: string },
    /** A need and an offer of A that stay open: edited, never closed. */
    readonly openNeedOfA: string,
    readonly openOfferOfA: string,
    private readonly founderX: TestClient,
    readonly councilX: { id: string; slug: string },
  ) {}

  static async build(api: TestApi): Promise<AuthzFixture> {
    const founder = async (name: string, coop: Record<string, unknown>) => {
      const client = api.client();
      const user = await signUp(client, name);
      await verifyEmail(api.db, user.id);
      return { client, coop: await createCoop(client, coop) };
    };
    const a = await founder('FounderA', { name: 'Authz Co-op A', placeName: 'Leeds' });
    const b = await founder('FounderB', { name: 'Authz Co-op B', placeName: 'Bradford' });
    const c = await founder('FounderC', { name: 'Authz Co-op C', placeName: 'York' });
    const account = await signUp(api.client(), 'SignInTarget');
    const need = await postNeed(a.client, a.coop.id, { title: 'The need that stays open' });
    const offer = await postOffer(a.client, a.coop.id, { title: 'The offer that stays open' });
    const x = api.client();
    await verifyEmail(api.db, (await signUp(x, 'FounderX')).id);
    const councilX = await createCouncil(x, { name: 'Authz Council X' });
    return new AuthzFixture(
      api,
      a.client,
      c.client,
      a.coop,
      b.coop,
      c.coop,
      { email: account.email, password: PASSWORD },
      need.id,
      offer.id,
      x,
      councilX,
    );
  }

  private get db(): Database {
    return this.api.db;
  }

  /** A new person, in the database directly (no password hashing: they never sign in by password). */
  private async person(role: Role): Promise<string> {
    people += 1;
    const user = await this.db.user.create({
      data: {
        email: `authz-${role.toLowerCase()}-${process.pid}-${people}@example.coop`,
        displayName: `Authz ${role} ${people}`,
        passwordHash: 'not-a-password-hash',
        emailVerifiedAt: role === 'unverified' ? null : new Date(),
        siteRole: role === 'admin' ? 'ADMIN' : 'PERSON',
      },
    });
    return user.id;
  }

  /**
   * A client signed in (by a session of its own) as a new person in the role: what a browser of
   * that person would send. The visitor is a client with no session.
   */
  async actor(role: Role): Promise<TestClient> {
    const client = this.api.client();
    if (role === 'visitor') return client;
    const userId = await this.person(role);
    if (role === 'member') await addMember(this.db, userId, this.coopA.id);
    if (role === 'owner') await this.db.membership.create({ data: { userId, coopId: this.coopA.id, role: 'OWNER' } });
    if (role === 'otherOwner') await this.db.membership.create({ data: { userId, coopId: this.coopB.id, role: 'OWNER' } });
    if (role === 'organiser') await this.db.councilOrganiser.create({ data: { councilId: this.councilX.id, userId } });
    const session = await this.api.services.sessions.create(userId);
    client.sessionCookie = `${SESSION_COOKIE}=${session.token}`;
    return client;
  }

  /** A member of A other than the one acting: whom role changes and removals are about. */
  async memberOfA(): Promise<string> {
    const userId = await this.person('member');
    await addMember(this.db, userId, this.coopA.id);
    return userId;
  }

  /** An open need of A, posted for one call. */
  async needOfA(): Promise<string> {
    return (await postNeed(this.founderA, this.coopA.id, { title: 'A need for one call' })).id;
  }

  async offerOfA(): Promise<string> {
    return (await postOffer(this.founderA, this.coopA.id, { title: 'An offer for one call' })).id;
  }

  /** A match of a new need of A with C as the provider, as the matcher stores it. */
  async matchOnA(): Promise<string> {
    return (await placeMatch(this.db, await this.needOfA(), this.coopC.id)).id;
  }

  /** A referral from C to A, just passed: A's members may accept it. */
  async referralToA(): Promise<string> {
    return (await passReferral(this.founderC, referralInput(this.coopC.id, this.coopA.id))).id;
  }

  /** A thank-you from C crediting A, awaiting A's answer. */
  async thanksToA(): Promise<string> {
    const { thankForBusiness } = await this.founderC.data(
      `mutation ($input: ThankForBusinessInput!) { thankForBusiness(input: $input) { thanks { id } errors { code message } } }`,
      { input: { fromCoopId: this.coopC.id, toCoopId: this.coopA.id, value: { amount: 250, currency: 'GBP' } } },
    );
    if (thankForBusiness.errors.length) throw new Error(JSON.stringify(thankForBusiness.errors));
    return thankForBusiness.thanks.id;
  }

  /** An open invitation to A, with the secret of its link. */
  async invitationToA(): Promise<{ id: string; token: string }> {
    const { createInvitation } = await this.founderA.data(
      `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { token invitation { id } errors { code message } } }`,
      { input: { coopId: this.coopA.id, role: 'MEMBER' } },
    );
    if (createInvitation.errors.length) throw new Error(JSON.stringify(createInvitation.errors));
    return { id: createInvitation.invitation.id, token: createInvitation.token };
  }

  /** A need of C, closed as fulfilled by A: a claim A's members may confirm or reject. */
  async claimOnA(): Promise<string> {
    const need = await postNeed(this.founderC, this.coopC.id, { title: 'A need A is said to have met' });
    const { closeNeed } = await this.founderC.data(CLOSE_NEED, {
      input: { id: need.id, outcome: 'FULFILLED', fulfilledByCoopId: this.coopA.id },
    });
    if (closeNeed.errors.length) throw new Error(JSON.stringify(closeNeed.errors));
    return need.id;
  }

  /** Puts A back in council X (leaveCouncil takes it out), and answers the council's id. */
  async aInCouncilX(): Promise<string> {
    await this.db.councilMember.upsert({
      where: { councilId_coopId: { councilId: this.councilX.id, coopId: this.coopA.id } },
      create: { councilId: this.councilX.id, coopId: this.coopA.id, status: 'MEMBER', route: 'IMPORTED', joinedAt: new Date() },
      update: { status: 'MEMBER' },
    });
    return this.councilX.id;
  }

  /** A new council, run by X's founder, that A is not in. */
  async councilWithoutA(): Promise<string> {
    return (await createCouncil(this.founderX, { name: 'Authz Council Y' })).id;
  }

  /** A new council that has invited A: A's owners answer. */
  async invitationOfA(): Promise<{ councilId: string; coopId: string }> {
    const councilId = await this.councilWithoutA();
    const { inviteCoopToCouncil } = await this.founderX.data(INVITE_COOP, { input: { councilId, coopId: this.coopA.id } });
    if (inviteCoopToCouncil.errors.length) throw new Error(JSON.stringify(inviteCoopToCouncil.errors));
    return { councilId, coopId: this.coopA.id };
  }

  /** A new co-op with an owner of its own, in no council. */
  async coopOutsideX(): Promise<string> {
    const client = this.api.client();
    await verifyEmail(this.db, (await signUp(client, 'Outside')).id);
    return (await createCoop(client, { name: 'Authz Outside Co-op', placeName: 'Hull' })).id;
  }

  /** A second organiser of X, for removing. */
  async extraOrganiserOfX(): Promise<string> {
    const userId = await this.person('organiser');
    await this.db.councilOrganiser.create({ data: { councilId: this.councilX.id, userId } });
    return userId;
  }

  /** The address of a new member of A (a member co-op of X): whom an organiser may add. */
  async memberOfAEmail(): Promise<string> {
    await this.aInCouncilX();
    const userId = await this.memberOfA();
    return (await this.db.user.findUniqueOrThrow({ where: { id: userId } })).email;
  }

  /** A new meeting of X, a week away. */
  async meetingOfX(): Promise<string> {
    await this.aInCouncilX();
    return (await scheduleMeeting(this.founderX, this.councilX.id, 7)).id;
  }

  /** A meeting of X under way, and a new member of A who came to it without answering. */
  async startedMeetingOfX(): Promise<{ meetingId: string; userId: string }> {
    await this.aInCouncilX();
    const meeting = await this.db.meeting.create({
      data: { councilId: this.councilX.id, title: 'Under way', startsAt: new Date(Date.now() - 600_000), endsAt: new Date(Date.now() + 3_600_000), format: 'IN_PERSON', venue: 'Hall' },
    });
    return { meetingId: meeting.id, userId: await this.memberOfA() };
  }

  /** A visitor (owner of a co-op outside X) waiting for an answer to come to a meeting of X. */
  async visitorRequest(): Promise<{ meetingId: string; userId: string }> {
    const meetingId = await this.meetingOfX();
    const userId = await this.person('nonMember');
    await this.db.meetingAttendee.create({ data: { meetingId, userId, role: 'VISITOR', status: 'ASKED' } });
    return { meetingId, userId };
  }

  /** A meeting of X that C (put in X) is going to, with its round prepared; started if asked. */
  async roundOfX(started = false): Promise<{ meetingId: string; roundId: string }> {
    const meetingId = await this.meetingOfX();
    await this.db.councilMember.upsert({
      where: { councilId_coopId: { councilId: this.councilX.id, coopId: this.coopC.id } },
      create: { councilId: this.councilX.id, coopId: this.coopC.id, status: 'MEMBER', route: 'IMPORTED', joinedAt: new Date() },
      update: { status: 'MEMBER' },
    });
    const founderC = (await this.db.membership.findFirstOrThrow({ where: { coopId: this.coopC.id, role: 'OWNER' }, orderBy: { createdAt: 'asc' } })).userId;
    await this.db.meetingAttendee.create({ data: { meetingId, userId: founderC, coopId: this.coopC.id, role: 'MEMBER', status: 'GOING' } });
    const { preparePitchRound } = await this.founderX.data(PREPARE_ROUND, { input: { meetingId, order: 'RSVP' } });
    if (preparePitchRound.errors.length) throw new Error(JSON.stringify(preparePitchRound.errors));
    const roundId = preparePitchRound.round.id as string;
    // Today: a round starts from an hour before its meeting.
    await this.db.meeting.update({ where: { id: meetingId }, data: { startsAt: new Date(Date.now() + 600_000), endsAt: new Date(Date.now() + 6_000_000) } });
    if (started) {
      const { controlPitchRound } = await this.founderX.data(CONTROL_ROUND, { input: { roundId, action: 'START' } });
      if (controlPitchRound.errors.length) throw new Error(JSON.stringify(controlPitchRound.errors));
    }
    return { meetingId, roundId };
  }

  /** An interest of A's founder: nobody else may change or remove it. */
  async interestOfFounderA(): Promise<string> {
    const { addInterest } = await this.founderA.data(
      `mutation ($input: InterestInput!) { addInterest(input: $input) { interest { id } errors { message } } }`,
      { input: { kind: 'HOBBY', label: `Hobby ${(people += 1)}`, visibility: 'SIGNED_IN' } },
    );
    if (addInterest.errors.length) throw new Error(JSON.stringify(addInterest.errors));
    return addInterest.interest.id;
  }

  /** The secret of a confirmation link mailed to a new, unconfirmed account. */
  async verificationToken(): Promise<string> {
    const userId = await this.person('unverified');
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    return this.db.$transaction((tx) => this.api.services.emailVerifications.issue(tx, user));
  }

  /**
   * A co-op nobody runs (as one imported from a register), in A's town, with a website whose
   * address a check would refuse at once (192.0.2.0/24 is for documentation).
   */
  async unclaimedCoop(): Promise<string> {
    people += 1;
    const { placeId } = await this.db.coop.findUniqueOrThrow({ where: { id: this.coopA.id } });
    const coop = await this.db.coop.create({
      data: {
        slug: `authz-unclaimed-${process.pid}-${people}`,
        name: `Authz Unclaimed ${people}`,
        placeId,
        provides: 'Printing for campaigns.',
        whyBuy: '',
        wantToTalkTo: '',
        coopType: 'WORKER',
        website: 'https://192.0.2.10',
        source: 'authz-register',
        sourceId: `A${process.pid}-${people}`,
      },
    });
    return coop.id;
  }

  /** An open claim on a new unclaimed co-op by a new confirmed person (never one of the roles). */
  async claimByAnother(): Promise<{ id: string; claimantId: string }> {
    const claimant = await this.db.user.findUniqueOrThrow({ where: { id: await this.person('nonMember') } });
    const claim = await this.api.services.claims.start(claimant, await this.unclaimedCoop());
    if (!claim.ok) throw new Error(JSON.stringify(claim.errors));
    return { id: claim.value.id, claimantId: claimant.id };
  }

  /** The secret of a link mailed for another person's claim (its co-op's website at authz-coop.coop). */
  async claimLinkOfAnother(): Promise<string> {
    const { id, claimantId } = await this.claimByAnother();
    const claim = await this.db.coopClaim.findUniqueOrThrow({ where: { id }, include: { claimant: true } });
    await this.db.coop.update({ where: { id: claim.coopId }, data: { website: 'https://authz-coop.coop' } });
    const sent = await this.api.services.claims.sendEmail(claim.claimant, { claimId: id, email: `c${claimantId.slice(0, 8)}@authz-coop.coop` });
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    const mail = this.api.services.mailer.captured.at(-1)!;
    return /\/claims\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  }

  /** A site administrator who is none of the roles: hides and reports things for the other rows. */
  private async moderator() {
    return this.db.user.findUniqueOrThrow({ where: { id: await this.person('admin') } });
  }

  /** An open need of A that an administrator hid. */
  async hiddenNeedOfA(): Promise<string> {
    const needId = await this.needOfA();
    const hidden = await this.api.services.moderation.hide(await this.moderator(), { subject: { kind: 'NEED', id: needId }, reason: 'Hidden for the matrix.' });
    if (!hidden.ok) throw new Error(JSON.stringify(hidden.errors));
    return needId;
  }

  /** An open need of A with an open report on it. */
  async reportedNeedOfA(): Promise<string> {
    const needId = await this.needOfA();
    const reporter = await this.db.user.findUniqueOrThrow({ where: { id: await this.person('nonMember') } });
    const report = await this.api.services.moderation.report(reporter, { subject: { kind: 'NEED', id: needId }, reason: 'Reported for the matrix.' });
    if (!report.ok) throw new Error(JSON.stringify(report.errors));
    return needId;
  }

  /** A new address for a sign-up. */
  newEmail(): string {
    people += 1;
    return `authz-signup-${process.pid}-${people}@example.coop`;
  }
}
