import { MATRIX } from './authz-matrix.table';
import { AuthzFixture, ROLE_LABELS, ROLES, type Role } from './support/authz-fixture';
import { changes, publicTables, tableDigests } from './support/authz-table-state';
import { hasErrors, mutationDocument, mutationFields, type MutationField } from './support/fuzz-documents';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The authorisation matrix (issue 11): every Mutation field of the schema, called by each role
 * with arguments that are valid but for who asks, answers as authz-matrix.table.ts says; and a
 * refused call changes no row of any table (counts and contents compared).
 */

const fields = mutationFields();
const byName = new Map(fields.map((field) => [field.name, field]));
const rows = Object.keys(MATRIX).filter((name) => byName.has(name));
const SIZE = `${rows.length} mutations × ${ROLES.length} roles = ${rows.length * ROLES.length} cases`;

let api: TestApi;
let fx: AuthzFixture;
let tables: string[];

beforeAll(async () => {
  api = await startTestApi('postgres');
  fx = await AuthzFixture.build(api);
  tables = await publicTables(api.db);
  console.log(`Authorisation matrix: ${SIZE}`);
}, 60_000);

afterAll(() => api?.close());

/** 'ok', or the code of the first UserError; or what went wrong at the GraphQL level. */
function outcomeOf(field: MutationField, response: { status: number; data?: any; errors?: { message: string }[] }): string {
  if (response.status !== 200 || response.errors?.length) {
    return `HTTP ${response.status}: ${JSON.stringify(response.errors)}`;
  }
  const payload = response.data?.[field.name];
  if (!hasErrors(field)) return payload === null || payload === undefined || payload.ok !== false ? 'ok' : 'not ok';
  return payload.errors[0]?.code ?? 'ok';
}

describe('the matrix covers the schema', () => {
  it('has a row for every Mutation field and none for a field that does not exist', () => {
    const missingRows = fields.map((field) => field.name).filter((name) => !(name in MATRIX));
    const unknownFields = Object.keys(MATRIX).filter((name) => !byName.has(name));
    expect({ missingRows, unknownFields }).toEqual({ missingRows: [], unknownFields: [] });
  });
});

describe(`authorisation matrix: ${SIZE}`, () => {
  describe.each(rows)('%s', (name) => {
    const field = byName.get(name)!;
    const row = MATRIX[name]!;
    const selection = hasErrors(field) ? 'errors { code field message }' : name === '_unused' ? '' : 'ok';
    const document = mutationDocument(field, selection);

    it.each(ROLES.map((role) => [ROLE_LABELS[role], role] as [string, Role]))('as %s', async (_label, role) => {
      const expected = row.expect[role];
      const variables = await row.args(fx);
      const client = await fx.actor(role);
      const before = await tableDigests(api.db, tables);
      const response = await client.request(document, variables);
      const outcome = outcomeOf(field, response);
      const written = changes(before, await tableDigests(api.db, tables));
      const refused = outcome !== 'ok' || expected !== 'ok';
      expect({ outcome, ...(refused ? { rowsChangedByRefusal: written } : {}) }).toEqual({
        outcome: expected,
        ...(refused ? { rowsChangedByRefusal: [] } : {}),
      });
    });
  });
});
