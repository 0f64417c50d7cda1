import { XMLValidator } from 'fast-xml-parser';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * A feed's ?place= goes into its title as given when no town has that name: a character XML 1.0
 * cannot hold (a control character) must not make the whole feed unreadable.
 */

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await startTestApi('postgres', { services: { publicUrl: 'https://p6.example.org' } });
  base = api.endpoint.replace(/\/graphql$/, '');
});
afterAll(() => api?.close());

it.each(['needs.atom', 'offers.rss'])('%s stays well-formed XML whatever the place says', async (file) => {
  const res = await fetch(`${base}/feeds/${file}?place=${encodeURIComponent('Leeds\u0001\u001B\uFFFE')}`);
  expect(res.status).toBe(200);
  const xml = await res.text();
  // eslint-disable-next-line no-control-regex -- looking for them is the point
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  expect(XMLValidator.validate(xml)).toBe(true);
});
