import { expect, test, type Request } from '@playwright/test';

// The API documentation page at /graphiql, on the production build: everything it needs comes
// from the app's own origin (no CDN), it knows the schema without introspection (which production
// refuses), it shows the limits, and its example search runs.

test('/graphiql loads offline, shows the schema and the limits, and runs a search', async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  const offOrigin: string[] = [];
  const served: string[] = [];
  const graphqlBodies: string[] = [];

  // Offline but for the app: any other host is refused, and noted so that the test fails. Routed
  // on the context, so that the editor's web workers are held to it too.
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (new URL(url).origin === appOrigin) {
      served.push(new URL(url).pathname);
      return route.continue();
    }
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('websocket', (socket) => offOrigin.push(`websocket ${socket.url()}`));
  page.context().on('request', (request: Request) => {
    if (new URL(request.url()).pathname === '/graphql') graphqlBodies.push(request.postData() ?? request.url());
  });
  const limits = await (await page.request.get('/graphiql/limits.json')).json();

  await page.goto('/graphiql');
  await expect(page).toHaveTitle('Principle Six API');
  expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');

  // The limits panel is open beside the editor, with the numbers the API publishes.
  const panel = page.locator('.graphiql-plugin');
  await expect(panel.getByRole('heading', { level: 1, name: 'Principle Six API' })).toBeVisible();
  await expect(panel).toContainText(`At most ${limits.operation.maxDepth} fields deep`);
  await expect(panel).toContainText(`At most ${limits.operation.maxAliases} aliases`);
  await expect(panel).toContainText(`A cost of at most ${limits.operation.maxCost.toLocaleString('en-GB')}`);
  await expect(panel.getByRole('table', { name: 'Mutations' }).getByRole('rowheader', { name: 'signIn' })).toBeVisible();
  await expect(panel.getByRole('row', { name: /^signIn / })).toContainText('failed calls');

  // The schema's descriptions, in the documentation explorer.
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await panel.getByRole('link', { name: 'Query' }).first().click();
  await expect(panel).toContainText('Co-ops by what they provide, where they are and what kind they are');
  // Asking GraphiQL to fetch the schema again must not fall back to introspection either.
  await page.getByRole('button', { name: /Re-fetch GraphQL schema/ }).click();

  // The example search, as the page opens with it.
  const queryEditor = page.locator('.graphiql-query-editor');
  await expect(queryEditor).toContainText('query SearchCoops');
  const answered = page.waitForResponse((res) => new URL(res.url()).pathname === '/graphql' && res.request().method() === 'POST');
  await page.getByRole('button', { name: /Execute query/ }).click();
  const result = await (await answered).json();
  expect(result.errors).toBeUndefined();
  const names: string[] = result.data.search.edges.map((edge: { node: { name: string } }) => edge.node.name);
  expect(names.length).toBeGreaterThan(0);
  const response = page.locator('.graphiql-response');
  await expect(response).toContainText('"totalCount"');
  await expect(response).toContainText(names[0]!);

  // Everything came from the app; no request asked for the schema by introspection.
  expect(offOrigin).toEqual([]);
  // The editor's GraphQL worker (validation, completion) was bundled and came from the app too.
  expect(served.some((path) => /^\/assets\/graphql\.worker-[\w-]+\.js$/.test(path))).toBe(true);
  expect(graphqlBodies.length).toBeGreaterThan(0);
  expect(graphqlBodies.filter((body) => /__schema|__type\b|IntrospectionQuery/.test(body))).toEqual([]);
});
