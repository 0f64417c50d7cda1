import { DIGEST_BATCH } from '../../src/modules/notifications/digest.service';
import { verifyEmail } from './support/business';
import { postNeed } from './support/postings';
import { createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * The digest queue (issue 11): people whose unread items are all stale (their needs closed or
 * expired, their matches gone) were picked by every run without last_digest_at moving, so a
 * batch of them at the front of the queue held back everyone behind. And digests go only to
 * confirmed addresses.
 */

let api: TestApi;
let coop: { id: string; name: string };
let staleNeedId: string;
let freshNeedId: string;

/** Ids that sort before or after every random (v4) one: the queue is read in id order. */
const idAt = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(12, '0')}`;
const EARLY = '00000000-0000-4000-8000-';
const LATE = 'ffffffff-ffff-4fff-bfff-';

beforeAll(async () => {
  api = await startTestApi('postgres');
  const owner = api.client();
  await signUp(owner, 'Owner');
  coop = await createCoop(owner, { name: 'Leeds Housing Co-op', categoryCodes: ['68'] });
  staleNeedId = (await postNeed(owner, coop.id, { title: 'A need that was withdrawn' })).id;
  await api.db.need.update({ where: { id: staleNeedId }, data: { status: 'WITHDRAWN', closedAt: new Date() } });
  freshNeedId = (await postNeed(owner, coop.id, { title: 'A need still open' })).id;
}, 60_000);

afterAll(() => api.close());

/** People made directly in the database, verified unless asked otherwise, each a member of the co-op. */
async function people(ids: string[], verified = true) {
  await api.db.user.createMany({
    data: ids.map((id) => ({
      id,
      email: `${id}@example.coop`,
      displayName: 'Reader',
      passwordHash: 'not used',
      emailVerifiedAt: verified ? new Date() : null,
    })),
  });
  await api.db.membership.createMany({ data: ids.map((userId) => ({ userId, coopId: coop.id, role: 'MEMBER' as const })) });
}

/** An unread introduction item about a need; stale when the need is no longer open. */
async function itemsAbout(needId: string, userIds: string[]) {
  const pair = { needId, fromCoopId: coop.id, toCoopId: coop.id };
  const intro = await api.db.introduction.upsert({
    where: { needId_fromCoopId_toCoopId: pair },
    create: { ...pair, message: 'An introduction to read' },
    update: {},
  });
  await api.db.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      coopId: coop.id,
      kind: 'INTRODUCTION' as const,
      subjectKey: `introduction:${intro.id}`,
      needId,
      introductionId: intro.id,
    })),
  });
}

const mailTo = (id: string) => api.services.mailer.captured.filter((m) => m.to === `${id}@example.coop`);

describe('the digest queue', () => {
  it('reaches a person with news behind more than a batch of people with only stale items', async () => {
    const stale = Array.from({ length: DIGEST_BATCH + 50 }, (_, i) => idAt(EARLY, i + 1));
    const fresh = idAt(LATE, 1);
    await people([...stale, fresh]);
    await itemsAbout(staleNeedId, stale);
    await itemsAbout(freshNeedId, [fresh]);

    const sent = await api.services.digests.sendDue();
    expect(mailTo(fresh)).toHaveLength(1);
    expect(mailTo(fresh)[0]!.text).toContain(`/needs/${freshNeedId}`);
    expect(sent).toBe(1);
    // Nothing went to those with only stale items, and nothing of theirs was marked as emailed.
    expect(stale.some((id) => mailTo(id).length > 0)).toBe(false);
    expect(await api.db.notification.count({ where: { userId: { in: stale }, emailedAt: { not: null } } })).toBe(0);
    // A second run finds nobody due: the stale readers are not picked again and again.
    expect(await api.services.digests.sendDue()).toBe(0);
  });

  it('sends digests only to confirmed email addresses', async () => {
    const unconfirmed = idAt(LATE, 2);
    const confirmed = idAt(LATE, 3);
    await people([unconfirmed], false);
    await people([confirmed]);
    await itemsAbout(freshNeedId, [unconfirmed, confirmed]);

    await api.services.digests.sendDue();
    expect(mailTo(unconfirmed)).toHaveLength(0);
    expect(mailTo(confirmed)).toHaveLength(1);
    // The unconfirmed person's item waits, unsent, for the day the address is confirmed.
    expect(await api.db.notification.count({ where: { userId: unconfirmed, emailedAt: null } })).toBe(1);
    await verifyEmail(api.db, unconfirmed);
    expect(await api.services.digests.sendDue()).toBe(1);
    expect(mailTo(unconfirmed)).toHaveLength(1);
  });
});
