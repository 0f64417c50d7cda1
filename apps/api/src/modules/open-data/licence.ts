/**
 * The terms Principle Six publishes its open data under, said the same way on every path that
 * gives data out (exports, Murmurations profiles, feeds, schema.org): one place, so that the
 * statement and the credit cannot drift apart.
 *
 * Co-operatives UK publishes its register under the Open Data Commons Attribution Licence, which
 * asks that reuse credit it. What co-ops write on Principle Six is published under the same
 * licence, so that one statement covers a file that mixes both.
 */
export const DATA_LICENCE = {
  name: 'Open Data Commons Attribution License v1.0 (ODC-By 1.0)',
  url: 'https://opendatacommons.org/licenses/by/1-0/',
} as const;

/** The `source` of co-ops imported from Co-operatives UK's register (the importer's default). */
export const COOPS_UK_SOURCE = 'coops-uk';

export const COOPS_UK_CREDIT =
  'Contains data from Co-operatives UK (https://www.uk.coop/), published under ODC-By 1.0; processed by Digital Commons Co-op and Principle Six.';

/** One sentence to put at the head of a file: the licence, and the credit when register data is in it. */
export function licenceStatement(includesCoopsUk: boolean): string {
  const own = `Principle Six open data, published under the ${DATA_LICENCE.name}: ${DATA_LICENCE.url}. Credit "Principle Six" when you reuse it.`;
  return includesCoopsUk ? `${own} ${COOPS_UK_CREDIT}` : own;
}

/** The credit a single record carries: the register's when it came from there. */
export function recordCredit(source: string | null): string {
  return source === COOPS_UK_SOURCE ? `Co-operatives UK (${DATA_LICENCE.url})` : 'Principle Six members';
}

/** Headers for every open-data response: the licence as a Link, which any HTTP client can read. */
export function licenceHeaders(): Record<string, string> {
  return { Link: `<${DATA_LICENCE.url}>; rel="license"` };
}
