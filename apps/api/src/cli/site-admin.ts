/**
 * pnpm admin:grant EMAIL | pnpm admin:revoke EMAIL | pnpm admin:list
 *
 * Makes an account a site administrator (who decides claims that ask for approval and moderates
 * reports at /admin), or takes that away, or lists them. The only way the role is set: no
 * sign-up or API call can. Works on DATABASE_URL, else on the embedded database in DATA_DIR,
 * through the app while it runs (see cli-database.ts). Exits 1 when there is no such account.
 */
import { loadConfig } from '../config';
import { setSiteRole, siteAdmins } from '../modules/accounts/site-roles';
import { openCliDatabase } from './cli-database';

const USAGE = 'usage: pnpm admin:grant EMAIL | pnpm admin:revoke EMAIL | pnpm admin:list';

async function main(): Promise<number> {
  const [command, email, ...rest] = process.argv.slice(2);
  if (!['grant', 'revoke', 'list'].includes(command ?? '') || (command !== 'list' && (!email || rest.length))) {
    console.error(USAGE);
    return 2;
  }
  const database = await openCliDatabase(loadConfig());
  try {
    console.error(`Using ${database.describe}.`);
    if (command === 'list') {
      const admins = await siteAdmins(database.db);
      console.log(admins.length ? admins.map((a) => `${a.email} (${a.displayName})`).join('\n') : 'No site administrators yet.');
      return 0;
    }
    const change = await setSiteRole(database.db, email!, command === 'grant' ? 'ADMIN' : 'PERSON');
    if (!change.ok) {
      console.error(change.reason);
      return 1;
    }
    const who = `${change.user.email} (${change.user.displayName})`;
    if (command === 'grant') console.log(change.changed ? `${who} is now a site administrator.` : `${who} was already a site administrator.`);
    else console.log(change.changed ? `${who} is no longer a site administrator.` : `${who} was not a site administrator.`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
