import { startTestApi, type TestApi } from './support/test-api';
import { verifyEmail } from './support/business';
import { COOP, createCoop, signUp } from './support/scenarios';
import type { TestClient } from './support/test-client';

const ERRORS = 'errors { code field message }';
const INVITE = `mutation ($input: CreateInvitationInput!) { createInvitation(input: $input) { token invitation { id role } ${ERRORS} } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token) { membership { role coop { id } user { id } } ${ERRORS} } }`;
const PREVIEW = `query ($token: String!) { invitation(token: $token) { status role coop { name } } }`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) { ok ${ERRORS} } }`;
const CHANGE_ROLE = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { role } ${ERRORS} } }`;
const REMOVE = `mutation ($input: MemberInput!) { removeMember(input: $input) { ok ${ERRORS} } }`;

let api: TestApi;
let owner: TestClient;
let ownerId: string;
let coop: { id: string; slug: string };

beforeAll(async () => {
  api = await startTestApi();
  owner = api.client();
  ownerId = (await signUp(owner, 'Olive')).id;
  coop = await createCoop(owner, { name: 'Invitational Co-op' });
});
afterAll(() => api.close());

async function invite(role = 'MEMBER'): Promise<{ token: string; id: string }> {
  const { createInvitation } = await owner.data(INVITE, { input: { coopId: coop.id, role } });
  expect(createInvitation.errors).toEqual([]);
  return { token: createInvitation.token, id: createInvitation.invitation.id };
}

async function colleague(name: string): Promise<{ client: TestClient; id: string }> {
  const client = api.client();
  const { id } = await signUp(client, name);
  await verifyEmail(api.db, id);
  return { client, id };
}

describe('confirming an email address before inviting', () => {
  const VERIFY = `mutation ($token: String!) { verifyEmail(token: $token) { verified errors { code field message } } }`;

  it('refuses invitations until the owner follows the link mailed at sign-up, which works once', async () => {
    const refused = await owner.data(INVITE, { input: { coopId: coop.id, role: 'MEMBER' } });
    expect(refused.createInvitation).toMatchObject({ invitation: null, token: null, errors: [{ code: 'EMAIL_NOT_VERIFIED' }] });
    expect(await api.db.invitation.count({ where: { coopId: coop.id } })).toBe(0);

    const mail = api.services.mailer.captured.find((m) => m.to.startsWith('olive.') && m.subject.startsWith('Confirm your email'));
    const token = /\/verify-email\/([\w-]+)/.exec(mail!.text)![1]!;
    expect((await api.client().data(VERIFY, { token: token.slice(0, -2) + 'xx' })).verifyEmail).toMatchObject({ verified: false, errors: [{ code: 'NOT_FOUND', field: 'token' }] });
    // The link works signed out too (opened on a phone, say), and a second click changes nothing.
    expect((await api.client().data(VERIFY, { token })).verifyEmail).toEqual({ verified: true, errors: [] });
    expect((await api.client().data(VERIFY, { token })).verifyEmail).toEqual({ verified: true, errors: [] });
    expect((await owner.data(`{ viewer { user { emailVerified } } }`)).viewer.user.emailVerified).toBe(true);
    const resent = await owner.data(`mutation { resendVerificationEmail { sent errors { code } } }`);
    expect(resent.resendVerificationEmail).toEqual({ sent: false, errors: [{ code: 'CONFLICT' }] });
    await invite();
  });
});

describe('inviting a colleague', () => {
  it('lets the colleague join by link and see members-only details', async () => {
    const { token } = await invite();
    const { client, id } = await colleague('Colin');
    expect((await client.data(COOP, { slug: coop.slug })).coop.memberNotes).toBeNull();
    expect((await client.data(PREVIEW, { token })).invitation).toEqual({
      status: 'OPEN',
      role: 'MEMBER',
      coop: { name: 'Invitational Co-op' },
    });

    const { acceptInvitation } = await client.data(ACCEPT, { token });
    expect(acceptInvitation).toEqual({ membership: { role: 'MEMBER', coop: { id: coop.id }, user: { id } }, errors: [] });

    const seen = (await client.data(COOP, { slug: coop.slug })).coop;
    expect(seen.viewerRole).toBe('MEMBER');
    expect(seen.viewerCanEdit).toBe(false);
    expect(seen.memberNotes).toBe('Door code for the print room is with the rota.');
    expect(seen.members.map((m: { user: { id: string } }) => m.user.id).sort()).toEqual([ownerId, id].sort());
    expect(seen.openInvitations).toBeNull();
  });

  it('stores only a hash of the token', async () => {
    const { token, id } = await invite();
    const stored = await api.db.invitation.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses invitations from anyone but an owner', async () => {
    const visitor = await api.client().data(INVITE, { input: { coopId: coop.id } });
    expect(visitor.createInvitation.errors[0].code).toBe('UNAUTHENTICATED');
    const { client } = await colleague('Outsider');
    const outsider = await client.data(INVITE, { input: { coopId: coop.id } });
    expect(outsider.createInvitation).toMatchObject({ token: null, errors: [{ code: 'FORBIDDEN' }] });
  });
});

describe('stale invitations', () => {
  it('refuses a link that was already used', async () => {
    const { token } = await invite();
    await (await colleague('First')).client.data(ACCEPT, { token });
    const second = await (await colleague('Second')).client.data(ACCEPT, { token });
    expect(second.acceptInvitation).toMatchObject({ membership: null, errors: [{ code: 'EXPIRED', message: expect.stringContaining('already been used') }] });
  });

  it('refuses a link past its expiry date', async () => {
    const { token, id } = await invite();
    await api.db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const { client, id: userId } = await colleague('Late');
    const { acceptInvitation } = await client.data(ACCEPT, { token });
    expect(acceptInvitation.errors).toEqual([{ code: 'EXPIRED', field: null, message: expect.stringContaining('expired') }]);
    expect(await api.db.membership.count({ where: { userId } })).toBe(0);
    expect((await client.data(PREVIEW, { token })).invitation.status).toBe('EXPIRED');
  });

  it('refuses a withdrawn link', async () => {
    const { token, id } = await invite();
    expect((await owner.data(REVOKE, { id })).revokeInvitation).toEqual({ ok: true, errors: [] });
    const { acceptInvitation } = await (await colleague('Withdrawn')).client.data(ACCEPT, { token });
    expect(acceptInvitation.errors[0]).toMatchObject({ code: 'EXPIRED', message: expect.stringContaining('withdrawn') });
  });

  it('answers an unknown token as not found, and a visitor as needing to sign in', async () => {
    const unknown = await (await colleague('Guess')).client.data(ACCEPT, { token: 'made-up' });
    expect(unknown.acceptInvitation.errors[0].code).toBe('NOT_FOUND');
    const { token } = await invite();
    const visitor = await api.client().data(ACCEPT, { token });
    expect(visitor.acceptInvitation.errors[0].code).toBe('UNAUTHENTICATED');
  });
});

describe('managing members', () => {
  it('never leaves a co-op without an owner', async () => {
    const demote = await owner.data(CHANGE_ROLE, { input: { coopId: coop.id, userId: ownerId, role: 'MEMBER' } });
    expect(demote.changeMemberRole.errors[0].code).toBe('CONFLICT');
    const leave = await owner.data(REMOVE, { input: { coopId: coop.id, userId: ownerId } });
    expect(leave.removeMember).toMatchObject({ ok: false, errors: [{ code: 'CONFLICT' }] });
    expect(await api.db.membership.count({ where: { coopId: coop.id, role: 'OWNER' } })).toBe(1);
  });

  it('lets an owner promote and remove, a member leave, and nobody else touch anyone', async () => {
    const { token } = await invite();
    const member = await colleague('Mo');
    await member.client.data(ACCEPT, { token });

    const attempt = await member.client.data(CHANGE_ROLE, { input: { coopId: coop.id, userId: member.id, role: 'OWNER' } });
    expect(attempt.changeMemberRole.errors[0].code).toBe('FORBIDDEN');
    const kick = await member.client.data(REMOVE, { input: { coopId: coop.id, userId: ownerId } });
    expect(kick.removeMember.errors[0].code).toBe('FORBIDDEN');

    const promote = await owner.data(CHANGE_ROLE, { input: { coopId: coop.id, userId: member.id, role: 'OWNER' } });
    expect(promote.changeMemberRole).toEqual({ membership: { role: 'OWNER' }, errors: [] });
    const demote = await owner.data(CHANGE_ROLE, { input: { coopId: coop.id, userId: member.id, role: 'MEMBER' } });
    expect(demote.changeMemberRole.membership.role).toBe('MEMBER');

    const leave = await member.client.data(REMOVE, { input: { coopId: coop.id, userId: member.id } });
    expect(leave.removeMember).toEqual({ ok: true, errors: [] });
    expect((await member.client.data(COOP, { slug: coop.slug })).coop.memberNotes).toBeNull();
  });
});
