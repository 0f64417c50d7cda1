/**
 * The web app's pages, as URL patterns: a contract both apps keep. The web app's router draws
 * them (apps/web/src/app/router.tsx; a test there checks the two lists agree) and the API answers
 * any other path with 404, so that a mistyped link is not a "200 OK" page to crawlers and
 * link checkers.
 */
export const PAGE_PATTERNS = [
  '/',
  '/directory',
  '/search',
  '/coops/new',
  '/coops/:slug',
  '/coops/:slug/edit',
  '/coops/:slug/referrals',
  '/coops/:slug/needs/new',
  '/coops/:slug/offers/new',
  '/needs',
  '/needs/:id',
  '/needs/:id/edit',
  '/offers',
  '/offers/:id',
  '/offers/:id/edit',
  '/for-you',
  '/inbox',
  '/referrals',
  '/referrals/new',
  '/referrals/:id',
  '/network',
  '/account/interests',
  '/councils',
  '/councils/new',
  '/councils/:slug',
  '/councils/:slug/edit',
  '/councils/:slug/meetings/new',
  '/meetings/:id',
  '/meetings/:id/edit',
  '/meetings/:id/facilitate',
  '/meetings/:id/live',
  '/invitations/:token',
  '/sign-in',
  '/sign-up',
  '/verify-email/:token',
  '/claims/confirm/:token',
  '/claims/:id',
  '/admin',
] as const;

/** One segment per part; a `:name` part matches any one non-empty segment, as the router's do. */
const MATCHERS = PAGE_PATTERNS.map((pattern) => pattern.split('/').filter(Boolean));

/** Whether the path (without query or hash) is one of the app's pages; a trailing slash is allowed. */
export function isPagePath(pathname: string): boolean {
  const parts = pathname.split('/').filter(Boolean);
  if (pathname !== '/' && pathname.replace(/\/$/, '').split('/').slice(1).some((part) => part === '')) return false;
  return MATCHERS.some((pattern) => pattern.length === parts.length && pattern.every((part, i) => part.startsWith(':') || part === parts[i]));
}
