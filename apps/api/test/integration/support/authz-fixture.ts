import type { Database } from '@principle-six/db';
import { SESSION_COOKIE } from '../../../src/auth/sessions';
import { addMember, placeMatch, verifyEmail } from './business';
import { CLOSE_NEED, postNeed, postOffer } from './postings';
import { passReferral, referralInput } from './referrals';
import { createCoop, signUp } from './scenarios';
import type { TestApi } from './test-api';
import type { TestClient } from './test-client';

/**
 * The world the authorisation matrix acts on: co-op A (the one acted on), co-op B (whose owner
 * is "owner of another co-op") and co-op C (a third party: the provider on A's matches, the
 * co-op whose need A is claimed to have met). Each call of the matrix is made by a person made
 * for it with the role's relation to A, so that no call changes who the next one is.
 */

export const ROLES = ['visitor', 'unverified', 'nonMember', 'member', 'owner', 'otherOwner'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  visitor: 'visitor',
  unverified: 'signed-in unverified (no co-op)',
  nonMember: 'signed-in verified non-member',
  member: 'member of A',
  owner: 'owner of A',
  otherOwner: 'owner of another co-op (B)',
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

  /** The secret of a confirmation link mailed to a new, unconfirmed account. */
  async verificationToken(): Promise<string> {
    const userId = await this.person('unverified');
    const user = await this.db.user.findUniqueOrThrow({ where: { id: userId } });
    return this.db.$transaction((tx) => this.api.services.emailVerifications.issue(tx, user));
  }

  /** A new address for a sign-up. */
  newEmail(): string {
    people += 1;
    return `authz-signup-${process.pid}-${people}@example.coop`;
  }
}
