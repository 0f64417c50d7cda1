import type { Database, SiteRole, User } from '@principle-six/db';

export type SiteRoleChange = { ok: true; user: User; changed: boolean } | { ok: false; reason: string };

/**
 * Makes the account with this address a site administrator, or an ordinary person again. The
 * only writer of users.site_role: called by the command line (cli/site-admin.ts), never by the API.
 */
export async function setSiteRole(db: Database, email: string, role: SiteRole): Promise<SiteRoleChange> {
  const address = email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email: address } });
  if (!user) return { ok: false, reason: `No account has the address ${address}. The person signs up first.` };
  if (user.siteRole === role) return { ok: true, user, changed: false };
  // Anyone can sign up with an address before its owner does: only the person who has shown they
  // read its mail can be made an administrator.
  if (role === 'ADMIN' && !user.emailVerifiedAt) {
    return { ok: false, reason: `${address} has not confirmed its email address yet. The person opens the confirmation link first.` };
  }
  return { ok: true, user: await db.user.update({ where: { id: user.id }, data: { siteRole: role } }), changed: true };
}

export function siteAdmins(db: Database): Promise<Pick<User, 'email' | 'displayName'>[]> {
  return db.user.findMany({ where: { siteRole: 'ADMIN' }, select: { email: true, displayName: true }, orderBy: { email: 'asc' } });
}
