import { createPrismaClient } from '@principle-six/db';
import { loadConfig } from '../../src/config';
import { startServer, type RunningServer } from '../../src/server';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './support/postgres';

const MAP_TILES = `query { mapTiles { urlTemplate attribution } }`;

async function ask(server: RunningServer) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: MAP_TILES }),
  });
  return { csp: response.headers.get('content-security-policy') ?? '', body: (await response.json()) as { data: { mapTiles: unknown } } };
}

describe('the results map tile source', () => {
  let name: string;
  let db: ReturnType<typeof createPrismaClient>;
  beforeAll(async () => {
    name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    db = createPrismaClient(databaseUrl(name), { maxConnections: 2 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await dropDatabase(name);
  });

  const serve = (env: NodeJS.ProcessEnv) => {
    const { mapTiles } = loadConfig(env);
    return startServer({ db, port: 0, host: '127.0.0.1', cookieSecure: false, webDist: null, production: false, mapTiles });
  };

  it('is OpenStreetMap by default, and the page may load images from it', async () => {
    const server = await serve({});
    try {
      const { csp, body } = await ask(server);
      expect(body.data.mapTiles).toEqual({
        urlTemplate: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: '© OpenStreetMap contributors',
      });
      expect(csp).toMatch(/img-src 'self' data: https:\/\/tile\.openstreetmap\.org/);
    } finally {
      await server.close();
    }
  });

  it('follows MAP_TILE_URL, subdomains included, and is null (markers only) when it is empty', async () => {
    const custom = await serve({ MAP_TILE_URL: 'https://{s}.tiles.example.coop/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: 'Example' });
    try {
      const { csp, body } = await ask(custom);
      expect(body.data.mapTiles).toMatchObject({ attribution: 'Example' });
      expect(csp).toContain('https://*.tiles.example.coop');
    } finally {
      await custom.close();
    }
    const none = await serve({ MAP_TILE_URL: '' });
    try {
      const { csp, body } = await ask(none);
      expect(body.data.mapTiles).toBeNull();
      expect(csp).toMatch(/img-src 'self' data:(;|$)/);
    } finally {
      await none.close();
    }
  });

  it('refuses a tile setting that is not a URL template', () => {
    expect(() => loadConfig({ MAP_TILE_URL: 'tiles please' })).toThrow(/MAP_TILE_URL/);
  });
});
