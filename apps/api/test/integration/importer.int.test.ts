import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importCoops, ImportFileError } from '@principle-six/importer';
import { REGISTER_FILES } from './support/shared-data';
import { startTestApi, type TestApi } from './support/test-api';
import { createCoop, signUp } from './support/scenarios';

let api: TestApi;
let scratch: string;
beforeAll(async () => {
  api = await startTestApi();
  scratch = await mkdtemp(path.join(tmpdir(), 'p6-import-'));
});
afterAll(async () => {
  await api.close();
  await rm(scratch, { recursive: true, force: true });
});

async function tableCounts() {
  const [coops, categories, places, postcodes] = await Promise.all([
    api.db.coop.count(),
    api.db.coopCategory.count(),
    api.db.place.count(),
    api.db.postcodeLocation.count(),
  ]);
  return { coops, categories, places, postcodes };
}

/** A copy of the first `lines` lines of a real file, changed by `damage`. */
async function damagedCopy(source: string, name: string, damage: (text: string) => string | Buffer, lines = 40) {
  const text = (await readFile(source, 'utf8')).split('\n').slice(0, lines).join('\n') + '\n';
  const file = path.join(scratch, name);
  await writeFile(file, damage(text));
  return file;
}

describe('importing the real registers', () => {
  it('imports the 2023 standard CSV with coordinates and categories, and reports what it skipped', async () => {
    const report = await importCoops(api.db, REGISTER_FILES.standard2023);
    expect(report.format).toBe('sse-standard');
    expect(report.rows).toBe(7387);
    expect(report.created + report.skipped.length).toBe(7387);
    for (const s of report.skipped) expect(s.reason).toMatch(/\w/);

    const maesteg = await api.db.coop.findUniqueOrThrow({
      where: { source_sourceId: { source: 'coops-uk', sourceId: 'R006884' } },
      include: { place: true, categories: true },
    });
    expect(maesteg).toMatchObject({ name: "Maesteg Workmen's Club and Institute Limited", postcode: 'CF34 9YY' });
    expect(maesteg.latitude).toBeCloseTo(51.608344, 5);
    expect(maesteg.place).toMatchObject({ name: 'Maesteg', countryCode: 'GB', region: 'Wales' });
    expect(maesteg.categories.map((c) => c.categoryCode)).toEqual(['94990']);
    expect(maesteg.categoryPaths.sort()).toEqual(['94', '94990', 'S']);
    expect(await api.db.postcodeLocation.findUnique({ where: { postcode: 'CF34 9YY' } })).not.toBeNull();
  }, 120_000);

  it('is idempotent: importing the same file again updates and duplicates nothing', async () => {
    const before = await tableCounts();
    const report = await importCoops(api.db, REGISTER_FILES.standard2023);
    expect(report.created).toBe(0);
    expect(report.updated).toBe(before.coops);
    expect(await tableCounts()).toEqual(before);
  }, 120_000);

  it("merges Co-operatives UK's 2017 open data by identifier and skips dissolved societies", async () => {
    const before = await api.db.coop.count();
    const report = await importCoops(api.db, REGISTER_FILES.coopsUk2017);
    expect(report.format).toBe('coops-uk-open-data');
    expect(report.rows).toBe(8371);
    const dissolved = report.skipped.filter((s) => s.reason.startsWith('not trading'));
    expect(dissolved).toHaveLength(1557);
    expect(report.created + report.updated + report.skipped.length).toBe(8371);
    expect(report.updated).toBeGreaterThan(4000); // co-ops already known from the 2023 file
    expect(await api.db.coop.count()).toBe(before + report.created);
    const group = await api.db.coop.findFirstOrThrow({ where: { sourceId: 'R000001' }, include: { categories: true } });
    expect(group.categories.map((c) => c.categoryCode)).toEqual(['47110']);
  }, 120_000);

  it("fills in the worker co-ops' own descriptions of what they provide", async () => {
    const report = await importCoops(api.db, REGISTER_FILES.workers2023);
    expect(report.rows).toBe(387);
    const mbd = await api.db.coop.findFirstOrThrow({ where: { sourceId: 'R025671' } });
    expect(mbd.provides).toMatch(/virtual reality, augmented reality/);
    expect(mbd.coopType).toBe('WORKER');
  }, 120_000);

  it("leaves a profile that members have taken over as they wrote it", async () => {
    const client = api.client();
    await signUp(client, 'Owner');
    const coop = await createCoop(client, { name: 'Claimed Printers' });
    await api.db.coop.update({ where: { id: coop.id }, data: { source: 'coops-uk', sourceId: 'R025671-claimed' } });
    const file = await damagedCopy(REGISTER_FILES.workers2023, 'claimed.csv', (text) =>
      text.replace('R025671,', 'R025671-claimed,'),
    );
    const report = await importCoops(api.db, file);
    expect(report.keptClaimed).toBe(1);
    expect((await api.db.coop.findUniqueOrThrow({ where: { id: coop.id } })).name).toBe('Claimed Printers');
  }, 60_000);
});

describe('refusing broken files, with nothing written', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    [
      'a wrong header',
      () => damagedCopy(REGISTER_FILES.standard2023, 'header.csv', (t) => t.replace('Postcode,', 'Post code,')),
      /lacks a column .*"Postcode"/,
    ],
    [
      'a header of no format we know',
      () => damagedCopy(REGISTER_FILES.standard2023, 'unknown.csv', (t) => `name,town\n${t.split('\n').slice(1).join('\n')}`),
      /header of unknown\.csv is not one we know/,
    ],
    [
      'a wrong encoding (Latin-1)',
      () => damagedCopy(REGISTER_FILES.standard2023, 'latin1.csv', (t) => Buffer.from(t.replace('Maesteg', 'Maestég'), 'latin1')),
      /not UTF-8 text .* line 2\b/,
    ],
    [
      'a last line cut off inside a quoted field',
      () => damagedCopy(REGISTER_FILES.standard2023, 'cut-quoted.csv', (t) => t.slice(0, t.lastIndexOf('"') - 3)),
      /ends inside a quoted field/,
    ],
    [
      'a last line cut off between fields',
      () => damagedCopy(REGISTER_FILES.coopsUk2017, 'cut-fields.csv', (t) => t.trimEnd().split(',').slice(0, -6).join(',')),
      /has \d+ fields where the header has 26/,
    ],
    ['an empty file', () => damagedCopy(REGISTER_FILES.standard2023, 'empty.csv', () => ''), /is empty/],
  ];

  it.each(cases)('refuses %s with a clear error', async (_label, makeFile, message) => {
    const before = await tableCounts();
    const file = await makeFile();
    const error = await importCoops(api.db, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/Nothing was imported|is empty/);
    expect(await tableCounts()).toEqual(before);
  });
});
