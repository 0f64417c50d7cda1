import type { TestClient } from './test-client';

export const ERRORS = 'errors { code field message }';

export const SIGN_UP = `mutation ($input: SignUpInput!) {
  signUp(input: $input) { viewer { user { id displayName email } } ${ERRORS} }
}`;

export const SIGN_IN = `mutation ($input: SignInInput!) {
  signIn(input: $input) { viewer { user { id } } ${ERRORS} }
}`;

export const SIGN_OUT = `mutation { signOut { ok } }`;

export const VIEWER = `{ viewer { user { id email } memberships { role coop { id slug } } } }`;

export const COOP_FIELDS = `id slug name postcode website provides whyBuy wantToTalkTo coopType
  place { name countryCode } categories { code } viewerRole viewerCanEdit memberNotes
  members { role user { id email } }`;

export const CREATE_COOP = `mutation ($input: CoopInput!) {
  createCoop(input: $input) { coop { ${COOP_FIELDS} } ${ERRORS} }
}`;

export const UPDATE_COOP = `mutation ($id: ID!, $input: CoopInput!) {
  updateCoop(id: $id, input: $input) { coop { ${COOP_FIELDS} } ${ERRORS} }
}`;

export const COOP = `query ($slug: String!) { coop(slug: $slug) { ${COOP_FIELDS} openInvitations { id } } }`;

export function validCoopInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Calder Valley Print Co-op',
    placeName: 'Hebden Bridge',
    countryCode: 'GB',
    postcode: 'hx7 8aa',
    address: null,
    provides: 'Risograph and digital printing for campaigns, zines and community events.',
    categoryCodes: ['18'],
    whyBuy: 'Worker-owned, vegetable inks, recycled paper and honest quotes.',
    wantToTalkTo: 'Campaign groups and co-ops with regular print runs.',
    coopType: 'WORKER',
    website: 'calderprint.example.coop',
    contactEmail: 'hello@calderprint.example.coop',
    contactPhone: null,
    memberNotes: 'Door code for the print room is with the rota.',
    ...overrides,
  };
}

let people = 0;

/** Signs a new person up on this client and returns their user id. */
export async function signUp(client: TestClient, name = 'Ada'): Promise<{ id: string; email: string }> {
  people += 1;
  const email = `${name.toLowerCase()}.${process.pid}.${people}@example.coop`;
  const data = await client.data(SIGN_UP, {
    input: { email, password: 'correct horse battery', displayName: name },
  });
  if (data.signUp.errors.length) throw new Error(JSON.stringify(data.signUp.errors));
  return { id: data.signUp.viewer.user.id, email };
}

/** Creates a co-op as the signed-in person on this client. */
export async function createCoop(client: TestClient, overrides: Record<string, unknown> = {}) {
  const data = await client.data(CREATE_COOP, { input: validCoopInput(overrides) });
  if (data.createCoop.errors.length) throw new Error(JSON.stringify(data.createCoop.errors));
  return data.createCoop.coop as { id: string; slug: string; name: string };
}
