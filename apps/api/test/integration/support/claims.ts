import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setSiteRole } from '../../../src/modules/accounts/site-roles';
import { verifyEmail } from './business';
import { createCoop, ERRORS, signUp } from './scenarios';
import type { TestApi } from './test-api';
import type { TestClient } from './test-client';

/** Claims, site administrators and moderation: documents and the world they act on. */

export const CLAIM_FIELDS = `id status websiteToken website emailDomain emailSentTo reviewNote provenBy closedReason
  coop { id slug viewerRole claimable } claimant { id }`;

export const START_CLAIM = `mutation ($coopId: ID!) { startClaim(coopId: $coopId) { claim { ${CLAIM_FIELDS} } ${ERRORS} } }`;
export const SEND_CLAIM_EMAIL = `mutation ($input: SendClaimEmailInput!) { sendClaimEmail(input: $input) { claim { ${CLAIM_FIELDS} } ${ERRORS} } }`;
export const CONFIRM_CLAIM_EMAIL = `mutation ($token: String!) { confirmClaimEmail(token: $token) { claim { ${CLAIM_FIELDS} } ${ERRORS} } }`;
export const CHECK_CLAIM_WEBSITE = `mutation ($claimId: ID!) { checkClaimWebsite(claimId: $claimId) { claim { ${CLAIM_FIELDS} } ${ERRORS} } }`;
export const REQUEST_CLAIM_REVIEW = `mutation ($input: RequestClaimReviewInput!) { requestClaimReview(input: $input) { claim { ${CLAIM_FIELDS} } ${ERRORS} } }`;
export const WITHDRAW_CLAIM = `mutation ($claimId: ID!) { withdrawClaim(claimId: $claimId) { claim { ${CLAIM_FIELDS} } ${ERRORS} } }`;
export const APPROVE_CLAIM = `mutation ($input: DecideClaimInput!) { approveClaim(input: $input) { claim { ${CLAIM_FIELDS} } ${ERRORS} } }`;
export const REJECT_CLAIM = `mutation ($input: DecideClaimInput!) { rejectClaim(input: $input) { claim { ${CLAIM_FIELDS} } ${ERRORS} } }`;

export const REPORT = `mutation ($input: ReportInput!) { report(input: $input) { report { id subject status } ${ERRORS} } }`;
const ACTION = `action { id kind subject reason actor { id } }`;
export const HIDE = `mutation ($input: ModerateInput!) { hideContent(input: $input) { ${ACTION} ${ERRORS} } }`;
export const UNHIDE = `mutation ($input: ModerateInput!) { unhideContent(input: $input) { ${ACTION} ${ERRORS} } }`;
export const DISMISS = `mutation ($input: ModerateInput!) { dismissReports(input: $input) { ${ACTION} ${ERRORS} } }`;

export interface Person {
  client: TestClient;
  id: string;
  email: string;
}

/** A new person, signed in on a client of their own, with their address confirmed. */
export async function verifiedPerson(api: TestApi, name: string): Promise<Person> {
  const client = api.client();
  const user = await signUp(client, name);
  await verifyEmail(api.db, user.id);
  return { client, ...user };
}

/** A site administrator, made as the command line makes one. */
export async function siteAdmin(api: TestApi, name = 'Admin'): Promise<Person> {
  const person = await verifiedPerson(api, name);
  const change = await setSiteRole(api.db, person.email, 'ADMIN');
  if (!change.ok) throw new Error(change.reason);
  return person;
}

let coops = 0;

/**
 * A co-op nobody runs, as an imported one is: made through the API (so its search document and
 * place are real), then its founder's membership removed and register fields set.
 */
export async function unclaimedCoop(api: TestApi, overrides: Record<string, unknown> = {}) {
  coops += 1;
  const founder = await verifiedPerson(api, 'Importer');
  const coop = await createCoop(founder.client, { name: `Unclaimed Co-op ${coops}`, website: 'https://www.calder.coop', ...overrides });
  await api.db.membership.deleteMany({ where: { coopId: coop.id } });
  await api.db.coop.update({ where: { id: coop.id }, data: { source: 'test-register', sourceId: `T${process.pid}-${coops}` } });
  return coop;
}

/** The data of a mutation that must succeed (no UserErrors), by its field name. */
export async function succeed<T = any>(client: TestClient, document: string, variables: Record<string, unknown>, field: string): Promise<T> {
  const data = await client.data(document, variables);
  if (data[field].errors.length) throw new Error(`${field}: ${JSON.stringify(data[field].errors)}`);
  return data[field];
}

/** A local web server for one co-op's website: `pages` by path (`REDIRECT <url>` redirects); anything else is 404. */
export async function localWebsite(pages: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const body = pages[req.url ?? '/'];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    if (body.startsWith('REDIRECT ')) {
      res.writeHead(302, { location: body.slice('REDIRECT '.length) }).end();
      return;
    }
    res.writeHead(200, { 'content-type': req.url?.endsWith('.txt') ? 'text/plain' : 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
