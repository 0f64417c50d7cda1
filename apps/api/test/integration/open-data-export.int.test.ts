import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { importCoops } from '@principle-six/importer';
import { EXPORT_BATCH } from '../../src/modules/open-data/directory-export';
import { HIDE, siteAdmin, verifiedPerson, type Person } from './support/claims';
import { createCoop } from './support/scenarios';
import { REGISTER_FILES } from './support/shared-data';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Directory exports (issue 16): the SSE standard CSV reads back through `pnpm import-coops` to the
 * same records, field by field; JSON Lines carry every public field; both take search's filters,
 * carry the licence, and never hold what is not public.
 */

const PUBLIC_URL = 'https://p6.example.org';
/** More than one batch of the export, from the real register, so the keyset paging is crossed. */
const REGISTER_ROWS = EXPORT_BATCH + 150;

let api: TestApi;
let base: string;
let dir: string;
let owner: Person;
let hidden: { id: string; slug: string };
const made: { id: string; slug: string; name: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'p6-export-'));
  // A data folder whose name starts with a dot, as the default .data does.
  api = await startTestApi('postgres', { services: { publicUrl: PUBLIC_URL, dataDir: path.join(dir, '.data') } });
  base = api.endpoint.replace(/\/graphql$/, '');
  // A slice of Co-operatives UK's register, as it publishes it.
  const register = parse(readFileSync(REGISTER_FILES.standard2023), { bom: true }) as string[][];
  const slice = path.join(dir, 'register-slice.csv');
  writeFileSync(slice, stringify(register.slice(0, REGISTER_ROWS + 1)));
  await importCoops(api.db, slice);
  // Co-ops made here, with what registers never hold: several categories at every level, the
  // pitch answers, a value a spreadsheet would run, words in Welsh.
  owner = await verifiedPerson(api, 'Exporter');
  made.push(
    await createCoop(owner.client, {
      name: 'Cwmni Argraffu Caerdydd',
      placeName: 'Cardiff',
      postcode: 'CF10 1AA',
      address: '1 Heol y Frenhines',
      categoryCodes: ['18', '58110', 'J'],
      provides: 'Argraffu risograff a dylunio i ymgyrchoedd. Printing and design for campaigns.',
      whyBuy: '=HYPERLINK("http://evil.example") is what a spreadsheet would run; we are worker-owned.',
      wantToTalkTo: 'Mentrau cymdeithasol â rhediadau print rheolaidd.',
      coopType: 'WORKER',
    }),
    await createCoop(owner.client, { name: 'Leeds Housing Co-op', placeName: 'Leeds', postcode: null, website: null, coopType: 'HOUSING', categoryCodes: ['68'] }),
    await createCoop(owner.client, { name: 'Mixed Stakeholder Grocers', placeName: 'Bristol', coopType: 'MULTI_STAKEHOLDER', categoryCodes: ['47110'] }),
  );
  hidden = await createCoop(owner.client, { name: 'Hidden Export Co-op' });
  const admin = await siteAdmin(api, 'ExportAdmin');
  expect((await admin.client.data(HIDE, { input: { subject: { kind: 'COOP', id: hidden.id }, reason: 'Test.' } })).hideContent.errors).toEqual([]);
}, 180_000);
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function download(pathAndQuery: string): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(`${base}${pathAndQuery}`);
  return { status: res.status, text: await res.text(), headers: res.headers };
}

/** A co-op's identifier in an export: the register's, or principle-six:<slug> for one made here. */
function identifierOf(c: { source: string | null; sourceId: string | null; slug: string }): string {
  if (c.source === 'principle-six') return `principle-six:${c.sourceId}`;
  return c.source && c.sourceId ? c.sourceId : `principle-six:${c.slug}`;
}

/** A co-op's fields an export carries, as compared after a round trip. */
function publicFields(c: Awaited<ReturnType<typeof loadCoops>>[number]) {
  return {
    name: c.name,
    provides: c.provides,
    whyBuy: c.whyBuy,
    wantToTalkTo: c.wantToTalkTo,
    coopType: c.coopType,
    website: c.website,
    address: c.address,
    postcode: c.postcode,
    place: { name: c.place.name, countryCode: c.place.countryCode, region: c.place.region },
    categories: c.categories.map((k) => k.categoryCode).sort(),
    latitude: c.latitude === null ? null : Number(c.latitude.toFixed(6)),
    longitude: c.longitude === null ? null : Number(c.longitude.toFixed(6)),
  };
}

function loadCoops(db: TestApi['db'], where: { hiddenAt?: null } = {}) {
  return db.coop.findMany({ where, include: { place: true, categories: true } });
}

/** The records a directory holds, as the public sees them, by the identifier an export gives them. */
async function records(db: TestApi['db']) {
  const coops = await loadCoops(db, { hiddenAt: null });
  return new Map(coops.map((c) => [identifierOf(c), publicFields(c)]));
}

/** The CSV export of another test API's directory. */
async function startTestApiExportOf(other: TestApi): Promise<string> {
  return (await fetch(`${other.endpoint.replace(/\/graphql$/, '')}/exports/directory.csv`)).text();
}

describe('the SSE standard CSV', () => {
  it('reads back through the importer into an empty database as the same records, field by field', async () => {
    const csv = await download('/exports/directory.csv');
    expect(csv.status).toBe(200);
    const file = path.join(dir, 'round-trip.csv');
    writeFileSync(file, csv.text);

    const empty = await startTestApi('postgres');
    try {
      expect(await empty.db.coop.count()).toBe(0);
      const report = await importCoops(empty.db, file);
      expect(report.format).toBe('sse-standard');
      expect(report.skipped).toEqual([]);
      const before = await records(api.db);
      // In the copy every record has its export's identifier as its register id.
      const copied = await loadCoops(empty.db);
      const after = new Map(copied.map((c) => [identifierOf(c), publicFields(c)]));
      expect(after.size).toBe(before.size);
      expect(after.size).toBeGreaterThan(EXPORT_BATCH);
      for (const [id, record] of before) expect({ id, record: after.get(id) }).toEqual({ id, record });
      // The hidden co-op was not exported, so it is not in the copy.
      expect(copied.some((c) => c.name === 'Hidden Export Co-op')).toBe(false);
      // Co-ops made here are credited to Principle Six's members in the copy too.
      const copiedCsv = await startTestApiExportOf(empty);
      expect(copiedCsv).toContain(`principle-six:${made[0]!.slug},Cwmni Argraffu Caerdydd`);
      expect(copiedCsv.split('\n').find((line) => line.includes('Cwmni Argraffu Caerdydd'))).toMatch(/Principle Six members\r?$/);
    } finally {
      await empty.close();
    }
  });

  it('read back into the directory it came from updates its co-ops rather than copying them', async () => {
    const file = path.join(dir, 'same-directory.csv');
    writeFileSync(file, (await download('/exports/directory.csv')).text);
    const before = await api.db.coop.count();
    const report = await importCoops(api.db, file);
    expect(report.created).toBe(0);
    // The co-ops made here have members, whose words an import never overwrites.
    expect(report.keptClaimed).toBe(made.length);
    expect(report.updated + report.keptClaimed).toBe(report.rows);
    expect(await api.db.coop.count()).toBe(before);
    const identifiers = parse((await download('/exports/directory.csv')).text, { bom: true, columns: true }).map((r: any) => r.Identifier);
    expect(new Set(identifiers).size).toBe(identifiers.length);
  });

  it('keeps the standard’s columns first, credits each record, and guards cells a spreadsheet would run', async () => {
    const csv = await download('/exports/directory.csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('link')).toBe('<https://opendatacommons.org/licenses/by/1-0/>; rel="license"');
    const [header, ...rows] = parse(csv.text, { bom: true }) as string[][];
    expect(header!.slice(0, 5)).toEqual(['Identifier', 'Name', 'Description', 'Organisational Structure', 'Primary Activity']);
    const column = (name: string) => header!.indexOf(name);
    const cardiff = rows.find((r) => r[column('Name')] === 'Cwmni Argraffu Caerdydd')!;
    expect(cardiff[column('Identifier')]).toBe(`principle-six:${made[0]!.slug}`);
    expect(cardiff[column('SIC Code')]).toBe('UKSIC07-18;58110;UKSIC07-J');
    expect(cardiff[column('Organisational Structure')]).toBe('https://dev.lod.coop/essglobal/2.1/standard/organisational-structure/OS60');
    expect(cardiff[column('Why Buy From Us')]).toMatch(/^'=HYPERLINK/);
    expect(cardiff[column('Data Source')]).toBe('Principle Six members');
    expect(cardiff[column('Email')]).toBe('');
    // Numbers stay numbers: a negative longitude is not a formula.
    expect(rows.some((r) => r[column('Longitude')]!.startsWith('-'))).toBe(true);
    const register = rows.find((r) => /^R\d+$/.test(r[column('Identifier')]!))!;
    expect(register[column('Data Source')]).toBe('Co-operatives UK (https://opendatacommons.org/licenses/by/1-0/)');
    // Name order, across the batches.
    const names = rows.map((r) => r[column('Name')]!);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe('JSON Lines', () => {
  it('starts with what the file is and its licence, then one co-op a line with every public field', async () => {
    const { status, text, headers } = await download('/exports/directory.jsonl');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/jsonl; charset=utf-8');
    const [about, ...coops] = text.trim().split('\n').map((line) => JSON.parse(line));
    expect(about).toMatchObject({ kind: 'about', source: PUBLIC_URL, search: null });
    expect(about.licence).toContain('ODC-By');
    expect(about.licence).toContain('Co-operatives UK');
    expect(coops.length).toBe((await records(api.db)).size);
    const cardiff = coops.find((c) => c.name === 'Cwmni Argraffu Caerdydd');
    expect(cardiff).toMatchObject({
      kind: 'coop',
      whyBuy: expect.stringMatching(/^=HYPERLINK/),
      coopType: 'WORKER',
      categories: [{ code: '18', name: 'Printing and reproduction of recorded media' }, { code: '58110', name: expect.any(String) }, { code: 'J', name: expect.any(String) }],
      place: { name: 'Cardiff', countryCode: 'GB' },
      profileUrl: `${PUBLIC_URL}/coops/${made[0]!.slug}`,
      credit: 'Principle Six members',
    });
  });
});

describe('filters, as search takes them', () => {
  it('narrow the export to the co-ops the search lets through', async () => {
    const lines = async (query: string) => (await download(`/exports/directory.jsonl?${query}`)).text.trim().split('\n').map((l) => JSON.parse(l));
    const housing = await lines('type=HOUSING');
    expect(housing[0].search).toBe('type=HOUSING');
    expect(housing.slice(1).every((c) => c.coopType === 'HOUSING')).toBe(true);
    expect(housing.slice(1).some((c) => c.name === 'Leeds Housing Co-op')).toBe(true);
    const worded = await lines('q=risograff');
    expect(worded.slice(1).map((c) => c.name)).toEqual(['Cwmni Argraffu Caerdydd']);
    const printing = await lines('category=18');
    expect(printing.slice(1).every((c) => c.categories.some((k: any) => k.code.startsWith('18')))).toBe(true);
    expect(printing.length).toBeGreaterThan(1);
  });

  it('refuse a search the search would refuse, with its reason', async () => {
    const bad = await download('/exports/directory.csv?category=not-a-category');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Choose categories from the list.');
    const nowhere = await download('/exports/directory.csv?near=Qwxzzy');
    expect(nowhere.status).toBe(400);
    expect(nowhere.text).toContain('We could not find "Qwxzzy"');
  });
});

describe('nothing private', () => {
  it('on any open-data path, for a visitor, the co-op’s own owner or a site administrator', async () => {
    const admin = await siteAdmin(api, 'PeekingAdmin');
    const roles: Record<string, string | null> = { visitor: null, owner: owner.client.sessionCookie, administrator: admin.client.sessionCookie };
    const paths = [
      '/exports/directory.csv',
      '/exports/directory.jsonl',
      '/exports/directory.jsonl?q=risograff',
      `/murmurations/coops/${made[0]!.slug}.json`,
      '/murmurations/index.json',
      '/feeds/postings.atom',
      '/feeds/postings.rss',
      `/coops/${made[0]!.slug}`,
    ];
    for (const [role, cookie] of Object.entries(roles)) {
      for (const path of paths) {
        const res = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
        const text = await res.text();
        // Each path answers (the co-op page is the app's, absent here: 200 or its 404 alike).
        expect({ role, path, leaks: ['hello@calderprint.example.coop', 'Door code', 'Hidden Export Co-op', hidden.slug].filter((s) => text.includes(s)) }).toEqual({ role, path, leaks: [] });
      }
    }
    // The control: the same paths do carry the public profile.
    expect((await download('/exports/directory.csv')).text).toContain('Cwmni Argraffu Caerdydd');
    expect((await download(`/murmurations/coops/${made[0]!.slug}.json`)).text).toContain('Cwmni Argraffu Caerdydd');
  });
});

describe('the nightly dump', () => {
  it('is not there before it is made, then holds the whole directory, as the live export has it', async () => {
    expect((await download('/exports/directory-latest.csv.gz')).status).toBe(404);
    const counts = await api.services.directoryDumps.writeAll();
    expect(counts.csv).toBe((await records(api.db)).size);
    const res = await fetch(`${base}/exports/directory-latest.csv.gz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/gzip');
    expect(res.headers.get('last-modified')).toBeTruthy();
    const dumped = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    // fetch's text() drops the byte-order mark the file starts with.
    expect(dumped).toBe(`\uFEFF${(await download('/exports/directory.csv')).text}`);
    const jsonl = gunzipSync(Buffer.from(await (await fetch(`${base}/exports/directory-latest.jsonl.gz`)).arrayBuffer())).toString('utf8');
    expect(jsonl.trim().split('\n')).toHaveLength(counts.jsonl + 1);
  });
});
