import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { verifyEmail } from './support/business';
import { createCoop, signUp, SIGN_OUT } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

/**
 * The probes from issue 11's report, each now refused as it should be, on both transports, with
 * the server in production mode (introspection off, internal errors masked, suggestions hidden).
 */
let api: TestApi;
const ORIGIN = 'https://p6.example.org';

beforeAll(async () => {
  api = await startTestApi('postgres', {
    server: { production: true, allowedOrigins: [ORIGIN], socketCaps: { perSession: 3, perAddress: 20 } },
    services: { rateLimitHeadroom: 1 },
  });
});
afterAll(() => api.close());

const nested = (depth: number, open: string, leaf: string) =>
  `{ ${Array.from({ length: depth }, (_, i) => open.split('|')[i % open.split('|').length]).join(' { ')} { ${leaf} ${' }'.repeat(depth)} }`;

async function alive() {
  expect((await api.client().request('{ __typename }')).data).toEqual({ __typename: 'Query' });
}

describe('operation limits over HTTP', () => {
  it('refuses memberships { coop { members { coop ... } } } 42 levels deep, and stays up', async () => {
    const owner = api.client();
    await signUp(owner, 'Deep');
    await createCoop(owner);
    const deep = `{ viewer { ${nested(40, 'memberships|coop|members', 'role').slice(2, -2)} } }`;
    const result = await owner.request(deep);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 6 exceeded/);
    await alive();
  });

  it('refuses the categories { parent { children ... } } walk by its cost, before running it', async () => {
    // The 112-byte probe: depth 6, within the depth limit.
    const walk = '{ categories { parent { children { parent { children { code } } } } } }';
    const result = await api.client().request(walk);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'OPERATION_TOO_COSTLY' } });
    await alive();
  });

  it('refuses 58,000 aliases and depth 2,000 while parsing them (token limit), and a body over 1 MB in JSON', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}:__typename`).join(' ')} }`;
    const tooLarge = await api.client().request(aliases(80_000));
    expect(tooLarge).toMatchObject({ status: 413, errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const manyAliases = await api.client().request(aliases(58_000));
    expect(manyAliases.status).toBe(400);
    expect(manyAliases.errors?.[0]?.message).toMatch(/more tha[nt] 1000 tokens/);
    const deep = await api.client().request(nested(2000, 'viewer', '__typename'));
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.message).toMatch(/tokens/);
  });

  it('refuses 16 aliases and 20 aliased sign-ins', async () => {
    const sixteen = await api.client().request(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { __typename }`).join(' ')} }`);
    expect(sixteen.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    const guesses = Array.from({ length: 20 }, (_, i) => `g${i}: signIn(input: { email: "a@example.coop", password: "guess number ${i}" }) { errors { code } }`);
    const twenty = await api.client().request(`mutation { ${guesses.join(' ')} }`);
    expect(twenty.status).toBe(400);
    expect(twenty.errors?.map((e) => e.message).join(' ')).toMatch(/signIn may be sent once per operation/);
  });

  it('hides field suggestions and introspection in production', async () => {
    const typo = await api.client().request('{ viewer { user { emai } } }');
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "emai" on type "User".');
    const schema = await api.client().request('{ __schema { types { name } } }');
    expect(schema.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('answers malformed cursors and NUL characters with clear errors, not a 500', async () => {
    const cursor = (value: string) => Buffer.from(value).toString('base64url');
    const probes = [
      `{ coops(first: 5, after: "not-a-cursor") { totalCount } }`,
      // The probe: a well-formed cursor whose id is not a UUID.
      `{ coops(first: 5, after: "${cursor(JSON.stringify(['a', 'not-a-uuid']))}") { totalCount } }`,
      `{ needs(first: 5, after: "${cursor('-100000-01-01T00:00:00Z|00000000-0000-4000-8000-000000000000')}") { totalCount } }`,
    ];
    for (const probe of probes) {
      const result = await api.client().request(probe);
      expect({ probe, status: result.status, code: result.errors?.[0]?.extensions?.code }).toMatchObject({ status: expect.any(Number), code: 'BAD_USER_INPUT' });
      expect(result.status).toBeLessThan(500);
    }
    // Search answers a bad page link in its payload, naming the field.
    const search = await api.client().data(
      `{ search(input: { text: "print", sort: NEWEST }, first: 5, after: "${cursor(JSON.stringify(['NEWEST', '1', '00000000-0000-4000-8000-000000000000']))}") { errors { code field } } }`,
    );
    expect(search.search.errors).toEqual([{ code: 'INVALID_INPUT', field: 'after' }]);
    // NUL, which PostgreSQL cannot hold: read as a space in search text, refused where it is a code.
    const client = api.client();
    expect((await client.data('query ($t: String) { needs(filter: { text: $t }) { totalCount } }', { t: 'print\u0000' })).needs.totalCount).toBeGreaterThanOrEqual(0);
    expect((await client.data('query ($p: String!) { searchSuggestions(prefix: $p) { label } }', { p: 'pr\u0000' })).searchSuggestions).toEqual(expect.any(Array));
    expect((await client.data('query ($s: String!) { coop(slug: $s) { id } }', { s: 'a\u0000' })).coop).toBeNull();
    const code = await client.request('query ($c: [String!]) { needs(filter: { categoryCodes: $c }) { totalCount } }', { c: ['M\u0000'] });
    expect(code.status).toBeLessThan(500);
    expect(code.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.categoryCodes' });
  });

  it('refuses half a UTF-16 character in any variable with a 400 naming it, where each gave a 500', async () => {
    const probes: [string, Record<string, unknown>, string][] = [
      ['query ($p: String!) { searchSuggestions(prefix: $p) { label } }', { p: 'ab\ud800' }, 'p'],
      ['query ($q: String) { councils(query: $q) { edges { node { id } } } }', { q: 'x\ud800' }, 'q'],
      ['query ($i: CoopSearchInput!) { search(input: $i) { totalCount } }', { i: { text: 'print', regions: ['x\udc00'] } }, 'i.regions.0'],
    ];
    for (const [query, variables, field] of probes) {
      const result = await api.client().request(query, variables);
      expect({ field, status: result.status, extensions: result.errors?.[0]?.extensions }).toMatchObject({ field, status: 400, extensions: { code: 'BAD_USER_INPUT', field } });
    }
  });
});

describe('contact details cannot be harvested', () => {
  it('shows other co-ops’ contacts only to confirmed accounts, of co-ops whose people confirmed theirs, and only so many an hour', async () => {
    const owner = api.client();
    const listed = await signUp(owner, 'Listed');
    const coop = await createCoop(owner);
    const harvester = api.client();
    const { id } = await signUp(harvester, 'Harvester');
    const reveal = `mutation ($id: ID!) { revealContact(coopId: $id) { contact { email } errors { code retryAfterSeconds } } }`;
    const unconfirmed = await harvester.data(reveal, { id: coop.id });
    expect(unconfirmed.revealContact).toEqual({ contact: null, errors: [{ code: 'EMAIL_NOT_VERIFIED', retryAfterSeconds: null }] });
    expect((await harvester.data(`query ($slug: String!) { coop(slug: $slug) { contactEmail } }`, { slug: coop.slug })).coop.contactEmail).toBeNull();

    await verifyEmail(api.db, id);
    // The co-op's own people have not confirmed an address: its details go nowhere yet.
    expect((await harvester.data(reveal, { id: coop.id })).revealContact).toEqual({ contact: null, errors: [{ code: 'FORBIDDEN', retryAfterSeconds: null }] });
    await verifyEmail(api.db, listed.id);
    // 30 reveals an hour; the two refused above counted too.
    const codes: string[] = [];
    for (let i = 0; i < 29; i++) codes.push((await harvester.data(reveal, { id: coop.id })).revealContact.errors[0]?.code ?? 'OK');
    expect(codes.slice(0, 28).every((c) => c === 'OK')).toBe(true);
    expect(codes[28]).toBe('RATE_LIMITED');
  });
});

describe('the WebSocket endpoint', () => {
  const url = () => api.endpoint.replace('http', 'ws');
  const sockets: Client[] = [];
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((s) => s.dispose()));
  });

  function socket(client: TestClient | null, origin?: string, onClosed?: (code: number) => void): Client {
    const ws = createClient({
      url: url(),
      retryAttempts: 0,
      lazy: false,
      on: { closed: (event) => onClosed?.((event as { code: number }).code) },
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, {
            headers: { ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}), ...(origin ? { origin } : {}) },
          });
        }
      },
    });
    sockets.push(ws);
    return ws;
  }

  function first(ws: Client, query: string): Promise<{ data?: unknown; errors?: { message: string }[]; closed?: number }> {
    return new Promise((resolve) => {
      ws.subscribe({ query }, {
        next: (value) => resolve(value as never),
        error: (error) => {
          if (Array.isArray(error)) resolve({ errors: error as { message: string }[] });
          else resolve({ closed: (error as { code?: number }).code ?? -1 });
        },
        complete: () => {},
      });
    });
  }

  async function signedIn(name: string) {
    const client = api.client();
    await signUp(client, name);
    return client;
  }

  it('serves subscriptions only: a query or a mutation over the socket is refused', async () => {
    const ws = socket(await signedIn('Querier'));
    expect((await first(ws, '{ viewer { user { id } } }')).errors?.[0]?.message).toMatch(/Only subscriptions are served over WebSocket/);
    expect((await first(ws, 'mutation { signOut { ok } }')).errors?.[0]?.message).toMatch(/Only subscriptions/);
  });

  it('applies the same limits and masking as HTTP', async () => {
    const ws = socket(await signedIn('Limited'));
    const aliases = `subscription { inbox { ${Array.from({ length: 16 }, (_, i) => `a${i}: unreadCount`).join(' ')} } }`;
    expect((await first(ws, aliases)).errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    expect((await first(ws, `subscription { inbox { ${'__typename '.repeat(1001)} } }`)).errors?.[0]?.message).toMatch(/tokens/);
    expect((await first(ws, 'subscription { inbox { unreadCont } }')).errors?.[0]?.message).toBe(
      'Cannot query field "unreadCont" on type "InboxEvent".',
    );
  });

  it('refuses a page from another origin, and accepts the public one', async () => {
    const person = await signedIn('Origin');
    expect(await first(socket(person, 'https://evil.p6.example.org'), 'subscription { inbox { unreadCount } }')).toMatchObject({
      closed: expect.any(Number),
    });
    const ok = socket(person, ORIGIN);
    await new Promise<void>((resolve) => ok.on('connected', () => resolve()));
  });

  it('refuses a signed-out socket', async () => {
    const closedWith = new Promise<number>((resolve) => socket(null, undefined, resolve));
    expect(await closedWith).toBe(4403);
  });

  it('caps the subscriptions on one socket, and the size of a message', async () => {
    const ws = socket(await signedIn('Fanout'));
    for (let i = 0; i < 5; i++) ws.subscribe({ query: 'subscription { inbox { unreadCount } }' }, { next: () => {}, error: () => {}, complete: () => {} });
    expect((await first(ws, 'subscription { inbox { unreadCount } }')).errors?.[0]?.message).toMatch(/At most 5 subscriptions/);
    const big = new Promise<number>((resolve) => {
      const raw = new WebSocket(url(), 'graphql-transport-ws');
      raw.on('open', () => raw.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(200_000) } })));
      raw.on('close', (code) => resolve(code));
    });
    expect(await big).toBe(1009);
  });

  it('caps the sockets one session may hold', async () => {
    const person = await signedIn('Tabs');
    for (let i = 0; i < 3; i++) {
      const ws = socket(person);
      await new Promise<void>((resolve) => ws.on('connected', () => resolve()));
    }
    const closedWith = new Promise<number>((resolve) => socket(person, undefined, resolve));
    expect(await closedWith).toBe(4429);
  });

  it('closes a session’s sockets when it signs out, and delivers nothing after', async () => {
    const person = api.client();
    const { id } = await signUp(person, 'Leaver');
    let closedWith: number | null = null;
    const ws = socket(person, undefined, (code) => (closedWith = code));
    const events: unknown[] = [];
    ws.subscribe({ query: 'subscription { inbox { unreadCount } }' }, { next: (e) => void events.push(e), error: () => {}, complete: () => {} });
    while (api.services.inboxEvents.listening(id) === 0) await new Promise((r) => setTimeout(r, 10));
    await person.data(SIGN_OUT);
    while (closedWith === null) await new Promise((r) => setTimeout(r, 10));
    expect(closedWith).toBe(4401);
    await api.services.inboxEvents.published(id, '00000000-0000-4000-8000-000000000000');
    expect(events).toEqual([]);
    while (api.services.inboxEvents.listening(id) > 0) await new Promise((r) => setTimeout(r, 10));
  });
});
