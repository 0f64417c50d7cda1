import type { User } from '@principle-six/db';
import { fail, forbidden, unauthenticated } from '../errors/user-errors';

/**
 * Site administrators decide claims that ask for approval and moderate reports (/admin). The
 * role is set only from the command line (cli/site-admin.ts), never by sign-up or the API; it is
 * read from the person's row on every request, so a revoke takes effect at once.
 */
export function isSiteAdmin(user: Pick<User, 'siteRole'> | null | undefined): boolean {
  return user?.siteRole === 'ADMIN';
}

/** Refuses unless the actor is signed in and a site administrator; null when they may. */
export function requireSiteAdmin(actor: Pick<User, 'siteRole'> | null, action: string): ReturnType<typeof fail> | null {
  if (!actor) return fail(unauthenticated(`Sign in to ${action}.`));
  if (!isSiteAdmin(actor)) return fail(forbidden(`Only site administrators can ${action}.`));
  return null;
}
