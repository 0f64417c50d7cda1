import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { getNamedType, isInputObjectType } from 'graphql';
import { apiSchema } from './support/fuzz-documents';
import { verifiedPerson } from './support/claims';
import { SIGN_UP } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The site administrator role (issue 15): set only by the command line, read-only to the viewer,
 * and nowhere in the API's inputs.
 */

const run = promisify(execFile);
const API_DIR = path.resolve(__dirname, '../..');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('postgres');
});
afterAll(() => api?.close());

/** `pnpm admin:<command>` as typed, against this test's database (the CLI's own entry point). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/site-admin.ts', ...args], {
      cwd: API_DIR,
      env: { ...process.env, DATABASE_URL: api.url },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const siteRole = async (client: ReturnType<TestApi['client']>) => (await client.data(`{ viewer { siteRole } }`)).viewer.siteRole;

describe('pnpm admin:grant / admin:revoke', () => {
  it('grants and revokes the role by email address, and lists administrators', async () => {
    const person = await verifiedPerson(api, 'FutureAdmin');
    expect(await siteRole(person.client)).toBe('PERSON');
    const granted = await cli('grant', `  ${person.email.toUpperCase()} `);
    expect(granted).toMatchObject({ code: 0, stdout: expect.stringContaining('is now a site administrator') });
    // The same session sees it at once: the role is read with the person on every request.
    expect(await siteRole(person.client)).toBe('ADMIN');
    expect((await person.client.data(`{ moderation { openReports { totalCount } } }`)).moderation).toEqual({ openReports: { totalCount: 0 } });
    expect((await cli('grant', person.email)).stdout).toContain('was already a site administrator');
    expect((await cli('list')).stdout).toContain(person.email);

    const revoked = await cli('revoke', person.email);
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining('is no longer a site administrator') });
    expect(await siteRole(person.client)).toBe('PERSON');
    expect((await person.client.data(`{ moderation { openReports { totalCount } } }`)).moderation).toBeNull();
  }, 120_000);

  it('refuses an account whose address is not confirmed: whoever signed up first with it may not be its owner', async () => {
    const client = api.client();
    const email = `unconfirmed.${process.pid}@example.coop`;
    const { signUp } = await client.data(SIGN_UP, { input: { email, password: 'correct horse battery', displayName: 'Early' } });
    expect(signUp.errors).toEqual([]);
    const refused = await cli('grant', email);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('has not confirmed its email address');
    expect(await siteRole(client)).toBe('PERSON');
  }, 120_000);

  it('refuses an address with no account, and a command it does not know', async () => {
    const missing = await cli('grant', 'nobody-here@example.coop');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No account has the address nobody-here@example.coop');
    expect((await cli('promote', 'x@example.coop')).code).toBe(2);
    expect((await cli('grant')).code).toBe(2);
  }, 120_000);
});

describe('the API cannot set it', () => {
  it('has no input field or argument that names a site role', () => {
    const schema = apiSchema();
    const named: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (/siteRole|admin/i.test(field.name) || getNamedType(field.type).name === 'SiteRole') named.push(`${type.name}.${field.name}`);
        }
      }
    }
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      for (const arg of field.args) if (/siteRole|admin/i.test(arg.name) || getNamedType(arg.type).name === 'SiteRole') named.push(`${field.name}(${arg.name})`);
    }
    expect(named).toEqual([]);
  });

  it('refuses a sign-up that asks for it, and signs everyone up as a person', async () => {
    const asking = await api.client().request(SIGN_UP, {
      input: { email: `sneaky.${process.pid}@example.coop`, password: 'correct horse battery', displayName: 'Sneaky', siteRole: 'ADMIN' },
    });
    expect(asking.status).toBe(400);
    expect(await api.db.user.count({ where: { email: `sneaky.${process.pid}@example.coop` } })).toBe(0);
    const client = api.client();
    const { signUp } = await client.data(SIGN_UP, { input: { email: `plain.${process.pid}@example.coop`, password: 'correct horse battery', displayName: 'Plain' } });
    expect(signUp.errors).toEqual([]);
    expect(await siteRole(client)).toBe('PERSON');
  });
});
