import type { WebsiteFetcher } from './website-fetcher';

/** The file a claimant may put on the co-op's website instead of a meta tag. */
export const CLAIM_FILE_PATH = '/.well-known/principle-six-claim.txt';
export const CLAIM_META_NAME = 'principle-six-claim';

export type TokenSearch = { found: true; where: string } | { found: false; reason: string };

/** The website as a URL to fetch (https:// added as the profile form does), or null. */
export function websiteUrl(website: string | null | undefined): URL | null {
  if (!website) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(website) ? website : `https://${website}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Looks for the token in the site's claim file and in its home page's
 * `<meta name="principle-six-claim" content="…">`, both at once. Found in either proves it.
 */
export async function findClaimToken(fetcher: WebsiteFetcher, website: URL, token: string): Promise<TokenSearch> {
  const file = new URL(CLAIM_FILE_PATH, website.origin).toString();
  const home = new URL('/', website.origin).toString();
  const [fileAnswer, homeAnswer] = await Promise.all([fetcher.get(file), fetcher.get(home)]);
  if (fileAnswer.ok && fileAnswer.status === 200 && fileHolds(fileAnswer.body, token)) return { found: true, where: fileAnswer.url };
  if (homeAnswer.ok && homeAnswer.status === 200 && metaTokens(homeAnswer.body).includes(token)) return { found: true, where: homeAnswer.url };
  const said = (answer: typeof fileAnswer, what: string) =>
    answer.ok ? `${what} answered ${answer.status} without the token` : `${what} could not be read: ${answer.reason}`;
  return {
    found: false,
    reason: `The token is not on ${website.host} yet: ${said(homeAnswer, 'the home page')}, and ${said(fileAnswer, CLAIM_FILE_PATH)}. Check it was copied whole, then check again.`,
  };
}

/** A claim file holds the token on a line of its own (spaces around it are forgiven). */
function fileHolds(body: string, token: string): boolean {
  return body.split(/\r?\n/).some((line) => line.trim() === token);
}

/** The content of every `<meta name="principle-six-claim">` tag in a page, attributes in any order. */
export function metaTokens(html: string): string[] {
  const tokens: string[] = [];
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = new Map<string, string>();
    for (const match of tag.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attributes.set(match[1]!.toLowerCase(), (match[2] ?? match[3] ?? match[4] ?? '').trim());
    }
    if (attributes.get('name')?.toLowerCase() === CLAIM_META_NAME && attributes.has('content')) tokens.push(attributes.get('content')!);
  }
  return tokens;
}
