import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { safeWebsiteFetcher } from '../../src/modules/claims/website-fetcher';
import {
  APPROVE_CLAIM,
  CHECK_CLAIM_WEBSITE,
  CONFIRM_CLAIM_EMAIL,
  localWebsite,
  REJECT_CLAIM,
  REQUEST_CLAIM_REVIEW,
  SEND_CLAIM_EMAIL,
  siteAdmin,
  START_CLAIM,
  succeed,
  unclaimedCoop,
  verifiedPerson,
  WITHDRAW_CLAIM,
} from './support/claims';
import { UPDATE_COOP, signUp, validCoopInput } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Claiming a co-op nobody runs (issue 15): every refusal, each of the three proofs, and what a
 * proof does in its one transaction (the owner, the other claims closed and told, the log).
 */

let api: TestApi;
beforeAll(async () => {
  // Website checks reach a local HTTP server here: loopback allowed, nothing else private.
  api = await startTestApi('postgres', { services: { websiteFetcher: safeWebsiteFetcher({ allowLoopback: true, timeoutMs: 3_000 }) } });
});
afterAll(() => api?.close());

const code = (payload: { errors: { code: string; field: string | null }[] }) => payload.errors.map((e) => `${e.code}:${e.field}`);
const linkToken = (to: string) => {
  const mail = api.services.mailer.captured.filter((m) => m.to === to).at(-1);
  return /\/claims\/confirm\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1] ?? null;
};
const events = (claimId: string) => api.db.claimEvent.findMany({ where: { claimId }, orderBy: { createdAt: 'asc' } }).then((rows) => rows.map((e) => e.kind));
const inboxKinds = (userId: string) => api.db.notification.findMany({ where: { userId } }).then((rows) => rows.map((n) => n.kind));

describe('starting a claim', () => {
  it('opens one on a co-op with no members, shows its token, and logs the step', async () => {
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'Claimant');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    expect(claim).toMatchObject({ status: 'OPEN', website: 'https://www.calder.coop', emailDomain: 'calder.coop', coop: { claimable: true, viewerRole: null } });
    expect(claim.websiteToken).toMatch(/^p6-claim-[A-Za-z0-9_-]{16}$/);
    expect(await events(claim.id)).toEqual(['OPENED']);
  });

  it('refuses a second open claim by the same person on the same co-op, even two at once', async () => {
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'Twice');
    const answers = await Promise.all([0, 1, 2].map(() => person.client.data(START_CLAIM, { coopId: coop.id })));
    expect(answers.filter((a) => a.startClaim.errors.length === 0)).toHaveLength(1);
    const refused = answers.filter((a) => a.startClaim.errors.length > 0).map((a) => code(a.startClaim));
    expect(refused).toEqual([['CONFLICT:coopId'], ['CONFLICT:coopId']]);
    expect(await api.db.coopClaim.count({ where: { coopId: coop.id } })).toBe(1);
  });

  it('refuses a co-op that already has members', async () => {
    const founder = await verifiedPerson(api, 'Founder');
    const { createCoop } = await founder.client.data(`mutation ($input: CoopInput!) { createCoop(input: $input) { coop { id } errors { code } } }`, {
      input: validCoopInput({ name: 'Run By Its Members' }),
    });
    const person = await verifiedPerson(api, 'Hopeful');
    const { startClaim } = await person.client.data(START_CLAIM, { coopId: createCoop.coop.id });
    expect(code(startClaim)).toEqual(['CONFLICT:coopId']);
    expect(startClaim.errors[0].message).toMatch(/already run by its members/);
  });

  it('needs a signed-in person with a confirmed address, and an existing co-op', async () => {
    const coop = await unclaimedCoop(api);
    expect(code((await api.client().data(START_CLAIM, { coopId: coop.id })).startClaim)).toEqual(['UNAUTHENTICATED:null']);
    const unconfirmed = api.client();
    await signUp(unconfirmed, 'Unconfirmed');
    expect(code((await unconfirmed.data(START_CLAIM, { coopId: coop.id })).startClaim)).toEqual(['EMAIL_NOT_VERIFIED:null']);
    const person = await verifiedPerson(api, 'Lost');
    expect(code((await person.client.data(START_CLAIM, { coopId: '00000000-0000-4000-8000-000000000000' })).startClaim)).toEqual(['NOT_FOUND:coopId']);
  });

  it('lets a person hold three open claims at most', async () => {
    const person = await verifiedPerson(api, 'Collector');
    for (let i = 0; i < 3; i++) await succeed(person.client, START_CLAIM, { coopId: (await unclaimedCoop(api)).id }, 'startClaim');
    const { startClaim } = await person.client.data(START_CLAIM, { coopId: (await unclaimedCoop(api)).id });
    expect(code(startClaim)).toEqual(['CONFLICT:coopId']);
    expect(startClaim.errors[0].message).toMatch(/3 open claims/);
  });

  it('holds the limit when five claims are started at once', async () => {
    const person = await verifiedPerson(api, 'Hurried');
    const coops = [];
    for (let i = 0; i < 5; i++) coops.push(await unclaimedCoop(api));
    const answers = await Promise.all(coops.map((c) => person.client.data(START_CLAIM, { coopId: c.id })));
    expect(answers.filter((a) => a.startClaim.claim).length).toBe(3);
    expect(answers.filter((a) => code(a.startClaim)[0] === 'CONFLICT:coopId').length).toBe(2);
    expect(await api.db.coopClaim.count({ where: { claimant: { email: person.email }, status: 'OPEN' } })).toBe(3);
  });
});

describe('proof by email at the website domain', () => {
  it('refuses an address at another domain, with a field-level message naming the right one', async () => {
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'Elsewhere');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    for (const email of ['me@gmail.com', 'me@calder.coop.evil.example', 'me@notcalder.coop']) {
      const { sendClaimEmail } = await person.client.data(SEND_CLAIM_EMAIL, { input: { claimId: claim.id, email } });
      expect(code(sendClaimEmail)).toEqual(['INVALID_INPUT:email']);
      expect(sendClaimEmail.errors[0].message).toMatch(/calder\.coop/);
    }
    expect(api.services.mailer.captured.some((m) => m.to === 'me@gmail.com')).toBe(false);
  });

  it('is not offered when the website is a page on a shared domain, whose addresses are not the co-op’s', async () => {
    for (const website of ['https://studentcoop.ox.ac.uk', 'https://groups.io/g/calder']) {
      const coop = await unclaimedCoop(api, { website });
      const person = await verifiedPerson(api, 'Shared');
      const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
      expect(claim.emailDomain).toBeNull();
      const host = new URL(website).hostname;
      const { sendClaimEmail } = await person.client.data(SEND_CLAIM_EMAIL, { input: { claimId: claim.id, email: `me@${host.split('.').slice(-3).join('.')}` } });
      expect(code(sendClaimEmail)).toEqual(['INVALID_INPUT:email']);
      expect(sendClaimEmail.errors[0].message).toMatch(/token|administrator/);
    }
  });

  it('mails a link to an address at the domain (a subdomain too); following it proves the claim, for its claimant only', async () => {
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'Worker');
    const rival = await verifiedPerson(api, 'Rival');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    const { claim: rivalClaim } = await succeed(rival.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    const sent = await succeed(person.client, SEND_CLAIM_EMAIL, { input: { claimId: claim.id, email: 'Ada@Office.Calder.coop' } }, 'sendClaimEmail');
    expect(sent.claim.emailSentTo).toBe('ada@office.calder.coop');
    const token = linkToken('ada@office.calder.coop')!;
    expect(token).toBeTruthy();

    expect(code((await person.client.data(CONFIRM_CLAIM_EMAIL, { token: `${token.slice(0, -4)}AAAA` })).confirmClaimEmail)).toEqual(['NOT_FOUND:token']);
    expect(code((await rival.client.data(CONFIRM_CLAIM_EMAIL, { token })).confirmClaimEmail)).toEqual(['FORBIDDEN:token']);
    expect(code((await api.client().data(CONFIRM_CLAIM_EMAIL, { token })).confirmClaimEmail)).toEqual(['UNAUTHENTICATED:null']);

    const { claim: proven } = await succeed(person.client, CONFIRM_CLAIM_EMAIL, { token }, 'confirmClaimEmail');
    expect(proven).toMatchObject({ status: 'APPROVED', provenBy: 'EMAIL_DOMAIN', coop: { viewerRole: 'OWNER', claimable: false } });
    expect(await api.db.membership.findMany({ where: { coopId: coop.id }, select: { userId: true, role: true } })).toEqual([{ userId: person.id, role: 'OWNER' }]);
    expect(await events(claim.id)).toEqual(['OPENED', 'EMAIL_SENT', 'EMAIL_CONFIRMED']);

    // The other claim on the co-op is closed with a reason, logged, and its claimant told.
    const closed = await api.db.coopClaim.findUniqueOrThrow({ where: { id: rivalClaim.id } });
    expect(closed).toMatchObject({ status: 'CLOSED', closedReason: expect.stringMatching(/proved their claim to this co-op first/) });
    expect(await events(rivalClaim.id)).toEqual(['OPENED', 'CLOSED']);
    expect(await inboxKinds(rival.id)).toEqual(['CLAIM_CLOSED']);
    const inbox = await rival.client.data(`{ notifications { edges { node { kind summary claim { id status } } } } }`);
    expect(inbox.notifications.edges[0].node).toMatchObject({ kind: 'CLAIM_CLOSED', claim: { id: rivalClaim.id, status: 'CLOSED' }, summary: expect.stringMatching(/someone else proved theirs first/) });

    // The link is used up, and the co-op cannot be claimed again.
    expect(code((await person.client.data(CONFIRM_CLAIM_EMAIL, { token })).confirmClaimEmail)).toEqual(['NOT_FOUND:token']);
    expect(code((await rival.client.data(START_CLAIM, { coopId: coop.id })).startClaim)).toEqual(['CONFLICT:coopId']);

    // Its new owner writes the pitch with the ordinary edit.
    const { updateCoop } = await person.client.data(UPDATE_COOP, {
      id: coop.id,
      input: validCoopInput({ name: coop.name, whyBuy: 'Worker-owned since 1982, and every print run is carbon balanced.', wantToTalkTo: 'Housing co-ops with newsletters to print.' }),
    });
    expect(updateCoop.errors).toEqual([]);
    expect(updateCoop.coop.whyBuy).toMatch(/since 1982/);
  });

  it('refuses an expired link with a field-level message', async () => {
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'Late');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    await succeed(person.client, SEND_CLAIM_EMAIL, { input: { claimId: claim.id, email: 'late@calder.coop' } }, 'sendClaimEmail');
    const token = linkToken('late@calder.coop')!;
    await api.db.coopClaim.update({ where: { id: claim.id }, data: { emailExpiresAt: new Date(Date.now() - 1000) } });
    const { confirmClaimEmail } = await person.client.data(CONFIRM_CLAIM_EMAIL, { token });
    expect(code(confirmClaimEmail)).toEqual(['EXPIRED:token']);
    expect(confirmClaimEmail.errors[0].message).toMatch(/expired/);
    expect(await api.db.membership.count({ where: { coopId: coop.id } })).toBe(0);
  });

  it('refuses a co-op without a website', async () => {
    const coop = await unclaimedCoop(api, { website: null });
    const person = await verifiedPerson(api, 'NoSite');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    expect(claim.emailDomain).toBeNull();
    const { sendClaimEmail } = await person.client.data(SEND_CLAIM_EMAIL, { input: { claimId: claim.id, email: 'me@calder.coop' } });
    expect(code(sendClaimEmail)).toEqual(['INVALID_INPUT:email']);
  });
});

describe('proof by a token on the website', () => {
  it('refuses a page without the token (or with another), then finds it in the meta tag', async () => {
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'Webmaster');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    const pages: Record<string, string> = { '/': '<html><head><meta name="principle-six-claim" content="p6-claim-somebody-elses"></head></html>' };
    const site = await localWebsite(pages);
    try {
      await api.db.coop.update({ where: { id: coop.id }, data: { website: site.url } });
      const { checkClaimWebsite } = await person.client.data(CHECK_CLAIM_WEBSITE, { claimId: claim.id });
      expect(code(checkClaimWebsite)).toEqual(['INVALID_INPUT:websiteToken']);
      expect(checkClaimWebsite.errors[0].message).toMatch(/The token is not on 127\.0\.0\.1:\d+ yet: the home page answered 200 without the token/);
      pages['/'] = `<!doctype html><html><head><title>Calder</title><meta content='${claim.websiteToken}' NAME='Principle-Six-Claim'/></head></html>`;
      const { claim: proven } = await succeed(person.client, CHECK_CLAIM_WEBSITE, { claimId: claim.id }, 'checkClaimWebsite');
      expect(proven).toMatchObject({ status: 'APPROVED', provenBy: 'WEBSITE_TOKEN' });
      expect((await api.db.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, kind: 'WEBSITE_CONFIRMED' } })).detail).toBe(`${site.url}/`);
    } finally {
      await site.close();
    }
  });

  it('finds it in /.well-known/principle-six-claim.txt', async () => {
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'FileUploader');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    const site = await localWebsite({ '/.well-known/principle-six-claim.txt': `\n  ${claim.websiteToken}  \n` });
    try {
      await api.db.coop.update({ where: { id: coop.id }, data: { website: `${site.url}/about` } });
      const { claim: proven } = await succeed(person.client, CHECK_CLAIM_WEBSITE, { claimId: claim.id }, 'checkClaimWebsite');
      expect(proven.status).toBe('APPROVED');
    } finally {
      await site.close();
    }
  });

  it('never fetches a private or loopback address with the app’s own fetcher', async () => {
    const site = await localWebsite({ '/': 'anything' });
    try {
      const fetcher = safeWebsiteFetcher();
      for (const url of [site.url, 'http://[::1]/', 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://localhost/', 'file:///etc/passwd']) {
        const answer = await fetcher.get(url);
        expect({ url, ok: answer.ok }).toEqual({ url, ok: false });
      }
      expect(await fetcher.get(site.url)).toMatchObject({ ok: false, reason: 'it is not on the public internet' });
    } finally {
      await site.close();
    }
  });

  it('refuses a host written as an IPv6 number, IPv4 inside it included, even with a server listening there', async () => {
    // Dual-stack, so that [::1] and [::ffff:127.0.0.1] would be answered if they were fetched.
    const server = http.createServer((_req, res) => res.end('internal'));
    await new Promise<void>((resolve) => server.listen(0, '::', () => resolve()));
    const { port } = server.address() as AddressInfo;
    try {
      for (const fetcher of [safeWebsiteFetcher(), safeWebsiteFetcher({ allowLoopback: true, timeoutMs: 2_000 })]) {
        for (const host of ['[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[0:0:0:0:0:ffff:127.0.0.1]', '[::7f00:1]']) {
          const answer = await fetcher.get(`http://${host}:${port}/`);
          expect({ host, ok: answer.ok }).toEqual({ host, ok: false });
        }
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('checks every redirect again: loopback allowed (tests) still never reaches a private address', async () => {
    const site = await localWebsite({ '/': 'REDIRECT http://10.1.2.3/', '/.well-known/principle-six-claim.txt': 'REDIRECT http://169.254.169.254/' });
    try {
      const fetcher = safeWebsiteFetcher({ allowLoopback: true, timeoutMs: 2_000 });
      expect(await fetcher.get(`${site.url}/`)).toMatchObject({ ok: false, url: 'http://10.1.2.3/', reason: 'it is not on the public internet' });
      const coop = await unclaimedCoop(api);
      await api.db.coop.update({ where: { id: coop.id }, data: { website: site.url } });
      const person = await verifiedPerson(api, 'Redirected');
      const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
      const { checkClaimWebsite } = await person.client.data(CHECK_CLAIM_WEBSITE, { claimId: claim.id });
      expect(code(checkClaimWebsite)).toEqual(['INVALID_INPUT:websiteToken']);
      expect(checkClaimWebsite.errors[0].message).toMatch(/could not be read: it is not on the public internet/);
    } finally {
      await site.close();
    }
  });
});

describe('approval by a site administrator', () => {
  it('asks with a note; only administrators approve; the claimant becomes owner and is told', async () => {
    const admin = await siteAdmin(api);
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'Secretary');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    const short = await person.client.data(REQUEST_CLAIM_REVIEW, { input: { claimId: claim.id, note: 'Me.' } });
    expect(code(short.requestClaimReview)).toEqual(['INVALID_INPUT:note']);
    const note = 'I am the secretary of the co-op; our registered number is on the Mutuals Register.';
    await succeed(person.client, REQUEST_CLAIM_REVIEW, { input: { claimId: claim.id, note } }, 'requestClaimReview');

    const queue = await admin.client.data(`{ moderation { claimsAwaitingReview { totalCount edges { node { id reviewNote claimant { email } events { kind } } } } } }`);
    expect(queue.moderation.claimsAwaitingReview.edges.map((e: any) => e.node)).toContainEqual({
      id: claim.id,
      reviewNote: note,
      claimant: { email: person.email },
      events: [{ kind: 'OPENED' }, { kind: 'REVIEW_REQUESTED' }],
    });
    expect((await person.client.data(`{ moderation { openReports { totalCount } } }`)).moderation).toBeNull();

    expect(code((await person.client.data(APPROVE_CLAIM, { input: { claimId: claim.id } })).approveClaim)).toEqual(['FORBIDDEN:null']);
    expect(code((await api.client().data(APPROVE_CLAIM, { input: { claimId: claim.id } })).approveClaim)).toEqual(['UNAUTHENTICATED:null']);
    expect(await api.db.membership.count({ where: { coopId: coop.id } })).toBe(0);

    const { claim: approved } = await succeed(admin.client, APPROVE_CLAIM, { input: { claimId: claim.id, reason: 'Checked with the register.' } }, 'approveClaim');
    expect(approved).toMatchObject({ status: 'APPROVED', provenBy: 'ADMIN_APPROVAL' });
    expect(await api.db.membership.findFirst({ where: { coopId: coop.id } })).toMatchObject({ userId: person.id, role: 'OWNER' });
    expect(await inboxKinds(person.id)).toEqual(['CLAIM_APPROVED']);
    const log = await api.db.claimEvent.findMany({ where: { claimId: claim.id }, orderBy: { createdAt: 'asc' } });
    expect(log.map((e) => [e.kind, e.actorId])).toEqual([
      ['OPENED', person.id],
      ['REVIEW_REQUESTED', person.id],
      ['APPROVED', admin.id],
    ]);
    expect(code((await admin.client.data(APPROVE_CLAIM, { input: { claimId: claim.id } })).approveClaim)).toEqual(['CONFLICT:claimId']);
  });

  it('rejects with a reason the claimant reads; an administrator does not decide their own claim', async () => {
    const admin = await siteAdmin(api, 'Admin2');
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'Doubtful');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    expect(code((await admin.client.data(REJECT_CLAIM, { input: { claimId: claim.id } })).rejectClaim)).toEqual(['INVALID_INPUT:reason']);
    const { claim: rejected } = await succeed(admin.client, REJECT_CLAIM, { input: { claimId: claim.id, reason: 'Nobody at the co-op knows you.' } }, 'rejectClaim');
    expect(rejected).toMatchObject({ status: 'REJECTED', closedReason: 'Nobody at the co-op knows you.' });
    const inbox = await person.client.data(`{ notifications { edges { node { kind summary } } } }`);
    expect(inbox.notifications.edges[0].node).toEqual({ kind: 'CLAIM_REJECTED', summary: expect.stringMatching(/turned down: Nobody at the co-op knows you/) });

    const { claim: own } = await succeed(admin.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    expect(code((await admin.client.data(APPROVE_CLAIM, { input: { claimId: own.id } })).approveClaim)).toEqual(['FORBIDDEN:claimId']);
  });

  it('mails the claimant the decision in their digest, with a link to the claim', async () => {
    const admin = await siteAdmin(api, 'Admin3');
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'Digested');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    await succeed(admin.client, REJECT_CLAIM, { input: { claimId: claim.id, reason: 'The register names someone else.' } }, 'rejectClaim');
    await api.services.digests.sendDue();
    const digest = api.services.mailer.captured.filter((m) => m.to === person.email && m.subject.startsWith('Principle Six:')).at(-1);
    expect(digest?.text).toContain(`- Your claim to ${coop.name} was turned down: The register names someone else.: http://localhost:3000/claims/${claim.id}`);
  });

  it('withdrawn claims are over; the claim is its claimant’s and administrators’ only', async () => {
    const coop = await unclaimedCoop(api);
    const person = await verifiedPerson(api, 'ChangedMind');
    const stranger = await verifiedPerson(api, 'Nosy');
    const { claim } = await succeed(person.client, START_CLAIM, { coopId: coop.id }, 'startClaim');
    expect((await stranger.client.data(`query ($id: ID!) { claim(id: $id) { id } }`, { id: claim.id })).claim).toBeNull();
    expect(code((await stranger.client.data(WITHDRAW_CLAIM, { claimId: claim.id })).withdrawClaim)).toEqual(['NOT_FOUND:claimId']);
    await succeed(person.client, WITHDRAW_CLAIM, { claimId: claim.id }, 'withdrawClaim');
    const { checkClaimWebsite } = await person.client.data(CHECK_CLAIM_WEBSITE, { claimId: claim.id });
    expect(code(checkClaimWebsite)).toEqual(['CONFLICT:claimId']);
    expect(await events(claim.id)).toEqual(['OPENED', 'WITHDRAWN']);
  });

  it('keeps the log append-only', async () => {
    const [event] = await api.db.claimEvent.findMany({ take: 1 });
    await expect(api.db.$executeRaw`UPDATE claim_events SET detail = 'changed' WHERE id = ${event!.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(api.db.$executeRaw`DELETE FROM claim_events WHERE id = ${event!.id}::uuid`).rejects.toThrow(/append-only/);
  });
});

describe('rate limits on claims (the real ones)', () => {
  let limited: TestApi;
  beforeAll(async () => {
    limited = await startTestApi('postgres', { services: { rateLimitHeadroom: 1 } });
  });
  afterAll(() => limited?.close());

  it('lets a person start five claims a day, and refuses the sixth having written nothing', async () => {
    const person = await verifiedPerson(limited, 'Eager');
    const coops = [];
    for (let i = 0; i < 6; i++) coops.push(await unclaimedCoop(limited));
    const codes: string[][] = [];
    for (const coop of coops) {
      const { startClaim } = await person.client.data(START_CLAIM, { coopId: coop.id });
      codes.push(code(startClaim));
      // Withdrawn at once, so that the open-claims cap is not what refuses.
      if (startClaim.claim) await succeed(person.client, WITHDRAW_CLAIM, { claimId: startClaim.claim.id }, 'withdrawClaim');
    }
    expect(codes).toEqual([[], [], [], [], [], ['RATE_LIMITED:null']]);
    expect(await limited.db.coopClaim.count({ where: { claimantId: person.id } })).toBe(5);
  });
});
