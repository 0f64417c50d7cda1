import { startTestApi, type TestApi } from './support/test-api';
import { COOP, CREATE_COOP, UPDATE_COOP, createCoop, signUp, validCoopInput } from './support/scenarios';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const counts = async () => ({
  coops: await api.db.coop.count(),
  places: await api.db.place.count(),
  links: await api.db.coopCategory.count(),
  memberships: await api.db.membership.count(),
});

describe('creating a pitch profile', () => {
  it('refuses a visitor who is not signed in, and writes nothing', async () => {
    const before = await counts();
    const { createCoop: result } = await api.client().data(CREATE_COOP, { input: validCoopInput() });
    expect(result.coop).toBeNull();
    expect(result.errors).toEqual([{ code: 'UNAUTHENTICATED', field: null, message: expect.any(String) }]);
    expect(await counts()).toEqual(before);
  });

  it('creates the co-op with its place and categories, and makes the creator its owner', async () => {
    const client = api.client();
    const me = await signUp(client, 'Owner');
    const { createCoop: result } = await client.data(CREATE_COOP, {
      input: validCoopInput({ name: 'Créme Brûlée Bakers', categoryCodes: ['10', '56'] }),
    });
    expect(result.errors).toEqual([]);
    expect(result.coop).toMatchObject({
      slug: 'creme-brulee-bakers',
      postcode: 'HX7 8AA',
      website: 'https://calderprint.example.coop',
      place: { name: 'Hebden Bridge', countryCode: 'GB' },
      categories: [{ code: '10' }, { code: '56' }],
      viewerRole: 'OWNER',
      viewerCanEdit: true,
    });
    expect(result.coop.members).toEqual([{ role: 'OWNER', user: { id: me.id, email: me.email } }]);
  });

  it('gives a second co-op of the same name its own address', async () => {
    const client = api.client();
    await signUp(client, 'Twin');
    const first = await createCoop(client, { name: 'Twin Co-op' });
    const second = await createCoop(client, { name: 'Twin Co-op' });
    expect([first.slug, second.slug]).toEqual(['twin-co-op', 'twin-co-op-2']);
  });

  it('reuses a place that differs only in letter case', async () => {
    const client = api.client();
    await signUp(client, 'Places');
    await createCoop(client, { name: 'Place One', placeName: 'Todmorden' });
    await createCoop(client, { name: 'Place Two', placeName: 'TODMORDEN' });
    expect(await api.db.place.count({ where: { name: { equals: 'todmorden', mode: 'insensitive' } } })).toBe(1);
  });

  it('answers every wrong field with a message beside it, and writes nothing', async () => {
    const client = api.client();
    await signUp(client, 'Careless');
    const before = await counts();
    const { createCoop: result } = await client.data(CREATE_COOP, {
      input: validCoopInput({
        name: 'X',
        countryCode: 'ZZ',
        postcode: 'not a postcode',
        provides: 'short',
        categoryCodes: ['18', '99999', '18'],
        website: 'not a url at all',
        contactEmail: 'nope',
        coopType: 'WORKER',
      }),
    });
    expect(result.coop).toBeNull();
    const fields = Object.fromEntries(result.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(Object.keys(fields).sort()).toEqual(
      ['categoryCodes', 'categoryCodes.1', 'contactEmail', 'countryCode', 'name', 'postcode', 'provides', 'website'].sort(),
    );
    expect(fields.name).toBe("Write at least 2 characters for the co-op's name.");
    expect(fields.countryCode).toBe('Choose a country from the list.');
    expect(fields.postcode).toBe('Keep the postcode to 12 characters or fewer.');
    expect(fields.categoryCodes).toBe('Choose each category only once.');
    expect(await counts()).toEqual(before);
  });

  it('checks a UK postcode once the rest is right', async () => {
    const client = api.client();
    await signUp(client, 'Postie');
    const { createCoop: result } = await client.data(CREATE_COOP, {
      input: validCoopInput({ postcode: 'LS6' }),
    });
    expect(result.errors).toEqual([
      { code: 'INVALID_INPUT', field: 'postcode', message: 'Enter a UK postcode like LS6 1AB, or leave it blank.' },
    ]);
  });

  it('rejects hostile text: control characters and oversized fields', async () => {
    const client = api.client();
    await signUp(client, 'Hostile');
    const { createCoop: result } = await client.data(CREATE_COOP, {
      input: validCoopInput({ name: "Robert'); DROP TABLE coops;--\u0000", provides: 'x'.repeat(10_000) }),
    });
    expect(result.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'provides']);
    expect(await api.db.coop.count()).toBeGreaterThan(0);
  });
});

describe('editing a pitch profile', () => {
  let owner: ReturnType<TestApi['client']>;
  let coop: { id: string; slug: string };
  beforeAll(async () => {
    owner = api.client();
    await signUp(owner, 'Editor');
    coop = await createCoop(owner, { name: 'Editable Co-op' });
  });

  it('lets an owner replace the profile; the slug stays so links keep working', async () => {
    const { updateCoop } = await owner.data(UPDATE_COOP, {
      id: coop.id,
      input: validCoopInput({ name: 'Renamed Co-op', categoryCodes: ['58', '18'], placeName: 'Halifax' }),
    });
    expect(updateCoop.errors).toEqual([]);
    expect(updateCoop.coop).toMatchObject({
      slug: coop.slug,
      name: 'Renamed Co-op',
      place: { name: 'Halifax' },
      categories: [{ code: '18' }, { code: '58' }],
    });
  });

  it('refuses someone from another co-op, and the profile is unchanged', async () => {
    const other = api.client();
    await signUp(other, 'Mallory');
    await createCoop(other, { name: "Mallory's Own Co-op" });
    const before = await api.db.coop.findUniqueOrThrow({ where: { id: coop.id }, include: { categories: true } });
    const { updateCoop } = await other.data(UPDATE_COOP, {
      id: coop.id,
      input: validCoopInput({ name: 'Hijacked' }),
    });
    expect(updateCoop.coop).toBeNull();
    expect(updateCoop.errors).toEqual([{ code: 'FORBIDDEN', field: null, message: expect.any(String) }]);
    const after = await api.db.coop.findUniqueOrThrow({ where: { id: coop.id }, include: { categories: true } });
    expect(after).toEqual(before);
  });

  it('refuses a visitor, and answers an unknown id as not found', async () => {
    const visitor = await api.client().data(UPDATE_COOP, { id: coop.id, input: validCoopInput() });
    expect(visitor.updateCoop.errors[0].code).toBe('UNAUTHENTICATED');
    const unknown = await owner.data(UPDATE_COOP, { id: 'not-a-uuid', input: validCoopInput() });
    expect(unknown.updateCoop.errors[0].code).toBe('NOT_FOUND');
  });

  it('keeps members-only details from the public', async () => {
    const visitor = await api.client().data(COOP, { slug: coop.slug });
    expect(visitor.coop).toMatchObject({ viewerRole: null, viewerCanEdit: false, memberNotes: null, members: null, openInvitations: null });
    const mine = await owner.data(COOP, { slug: coop.slug });
    expect(mine.coop.memberNotes).toBe('Door code for the print room is with the rota.');
  });
});
