import type { Database } from '@principle-six/db';
import { SessionStore } from './auth/sessions';
import { AccountService } from './modules/accounts/accounts.service';
import { CoopService } from './modules/coops/coops.service';
import { MemberService } from './modules/members/members.service';
import { SearchService } from './modules/search/search.service';

/** The rule-holders of the API, built once per server around its database. */
export function createServices(db: Database) {
  return {
    accounts: new AccountService(db),
    coops: new CoopService(db),
    members: new MemberService(db),
    search: new SearchService(db),
    sessions: new SessionStore(db),
  };
}

export type Services = ReturnType<typeof createServices>;
