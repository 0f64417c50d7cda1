import { Prisma, type Database, type Interest, type InterestKind, type Meeting } from '@principle-six/db';
import { isInsider } from '../../access/councils-access';
import { canonicalKeys } from './interest-keys';

export const MAX_SUGGESTIONS = 50;
/** Business reasons per person and direction: enough to start a conversation. */
const REASONS_EACH_WAY = 2;

export interface TalkSuggestionModel {
  userId: string;
  displayName: string;
  coopId: string | null;
  reasons: string[];
  usefulness: number;
  commonGround: number;
}

const GROUND: Record<InterestKind, (label: string) => string> = {
  TEAM: (label) => `You both support ${label}`,
  HOBBY: (label) => `You both enjoy ${label}`,
  LANGUAGE: (label) => `You both speak ${label}`,
  HOME_TOWN: (label) => `You both grew up in ${label}`,
  COUNTRY: (label) => `You both come from ${label}`,
  CAUSE: (label) => `You both care about ${label}`,
};

interface Person {
  userId: string;
  displayName: string;
  coopId: string | null;
}

interface MatchReason {
  needCoopId: string;
  providerCoopId: string;
  needTitle: string;
  score: number;
}

/**
 * "People you could talk to" at a meeting, for someone who may come to it: the others coming
 * (or there), ranked by usefulness first (open needs of their co-op that the viewer's co-op was
 * matched to, and the reverse), then common ground (interests both have, as far as the viewer
 * may see the other's: everyone signed in, or people sharing a council with them; never one
 * kept private). A reason names the viewer's own words for an interest, so it says nothing the
 * other person has not let the viewer see.
 */
export async function peopleToMeet(db: Database, meeting: Meeting, viewerId: string | null | undefined, first: number /* 1 to MAX_SUGGESTIONS */): Promise<TalkSuggestionModel[]> {
  if (!viewerId || !(await isInsider(db, meeting, viewerId))) return [];
  const take = first;
  const viewerCoops = (await db.membership.findMany({ where: { userId: viewerId }, select: { coopId: true } })).map((m) => m.coopId);
  const people = await db.$queryRaw<Person[]>`
    SELECT a.user_id AS "userId", u.display_name AS "displayName", a.coop_id AS "coopId"
      FROM meeting_attendees a JOIN users u ON u.id = a.user_id
     WHERE a.meeting_id = ${meeting.id}::uuid AND a.user_id <> ${viewerId}::uuid
       AND (a.status IN ('GOING', 'MAYBE') OR a.attendance IN ('PRESENT', 'SUBSTITUTE'))
       AND (a.coop_id IS NULL OR NOT a.coop_id = ANY(${viewerCoops}::uuid[]))`;
  if (people.length === 0) return [];

  const theirCoops = [...new Set(people.flatMap((p) => (p.coopId ? [p.coopId] : [])))];
  const [matches, names, visible] = await Promise.all([
    matchReasons(db, viewerCoops, theirCoops),
    coopNames(db, [...viewerCoops, ...theirCoops]),
    visibleGround(db, viewerId, viewerCoops, people.map((p) => p.userId)),
  ]);

  const suggestions = people.map((person): TalkSuggestionModel => {
    const business: { score: number; text: string }[] = [];
    if (person.coopId) {
      const theirs = names.get(person.coopId) ?? 'Their co-op';
      const theyNeed = matches.filter((m) => m.needCoopId === person.coopId).slice(0, REASONS_EACH_WAY);
      const youNeed = matches.filter((m) => m.providerCoopId === person.coopId).slice(0, REASONS_EACH_WAY);
      for (const m of theyNeed) business.push({ score: m.score, text: `${theirs} needs “${m.needTitle}”; ${names.get(m.providerCoopId) ?? 'your co-op'} could help` });
      for (const m of youNeed) business.push({ score: m.score, text: `${names.get(m.needCoopId) ?? 'Your co-op'} needs “${m.needTitle}”; ${theirs} could help` });
    }
    business.sort((a, b) => b.score - a.score);
    const ground = visible.get(person.userId) ?? [];
    return {
      userId: person.userId,
      displayName: person.displayName,
      coopId: person.coopId,
      reasons: [...business.map((b) => b.text), ...ground],
      usefulness: business.length,
      commonGround: ground.length,
    };
  });
  return suggestions
    .filter((s) => s.reasons.length > 0)
    .sort((a, b) => b.usefulness - a.usefulness || b.commonGround - a.commonGround || a.displayName.localeCompare(b.displayName))
    .slice(0, take);
}

/** Matches between the two sides' open needs and the other side as provider, best first. */
function matchReasons(db: Database, viewerCoops: string[], theirCoops: string[]): Promise<MatchReason[]> {
  if (viewerCoops.length === 0 || theirCoops.length === 0) return Promise.resolve([]);
  return db.$queryRaw<MatchReason[]>`
    SELECT DISTINCT ON (n.coop_id, m.provider_coop_id, n.id)
           n.coop_id AS "needCoopId", m.provider_coop_id AS "providerCoopId", n.title AS "needTitle", m.score
      FROM matches m JOIN needs n ON n.id = m.need_id
     WHERE n.status = 'OPEN' AND n.expires_at > now()
       AND ((n.coop_id = ANY(${theirCoops}::uuid[]) AND m.provider_coop_id = ANY(${viewerCoops}::uuid[]))
         OR (n.coop_id = ANY(${viewerCoops}::uuid[]) AND m.provider_coop_id = ANY(${theirCoops}::uuid[])))
     ORDER BY n.coop_id, m.provider_coop_id, n.id, m.score DESC`.then((rows) => rows.sort((a, b) => b.score - a.score));
}

async function coopNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.coop.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(rows.map((c) => [c.id, c.name]));
}

/**
 * For each other person, the common-ground reasons the viewer may be told: interests of theirs
 * that the viewer may see and that meet one of the viewer's own (compared as canonical keys,
 * over every key of the kind in use, see interest-keys.ts).
 */
async function visibleGround(db: Database, viewerId: string, viewerCoops: string[], others: string[]): Promise<Map<string, string[]>> {
  const mine = await db.interest.findMany({ where: { userId: viewerId } });
  if (mine.length === 0) return new Map();
  const kinds = [...new Set(mine.map((i) => i.kind))];
  // Whose interests kept to "councils" the viewer may see: people in a co-op sharing a council with one of the viewer's.
  const sharing = new Set(
    (
      await db.$queryRaw<{ user_id: string }[]>`
        SELECT DISTINCT m.user_id FROM memberships m
          JOIN council_members theirs ON theirs.coop_id = m.coop_id AND theirs.status = 'MEMBER'
          JOIN council_members ours ON ours.council_id = theirs.council_id AND ours.status = 'MEMBER'
         WHERE m.user_id = ANY(${others}::uuid[]) AND ours.coop_id = ANY(${viewerCoops}::uuid[])`
    ).map((r) => r.user_id),
  );
  const theirs = await db.interest.findMany({
    where: { userId: { in: others }, kind: { in: kinds }, visibility: { in: ['SIGNED_IN', 'COUNCILS'] } },
  });
  const seen = theirs.filter((i) => i.visibility === 'SIGNED_IN' || sharing.has(i.userId));
  const canonical = await canonicalByKind(db, [...mine, ...seen]);
  const keyOf = (i: Pick<Interest, 'kind' | 'key'>) => `${i.kind}:${canonical.get(i.kind)?.get(i.key) ?? i.key}`;
  const mineByKey = new Map(mine.map((i) => [keyOf(i), i]));
  const ground = new Map<string, string[]>();
  for (const interest of seen) {
    const own = mineByKey.get(keyOf(interest));
    if (!own) continue;
    const reasons = ground.get(interest.userId) ?? [];
    const reason = GROUND[own.kind](own.label);
    if (!reasons.includes(reason)) reasons.push(reason);
    ground.set(interest.userId, reasons);
  }
  return ground;
}

/**
 * Canonical keys of the free kinds for the interests compared, worked out against the keys in
 * use that everyone signed in may see (and these interests' own): a key kept private elsewhere
 * must not change what two other people are told. A short form shares its first letter with what
 * it shortens, so only keys of the same first letters are read.
 */
async function canonicalByKind(db: Database, compared: Pick<Interest, 'kind' | 'key'>[]): Promise<Map<InterestKind, Map<string, string>>> {
  const free = compared.filter((i) => i.kind !== 'COUNTRY' && i.kind !== 'LANGUAGE');
  if (free.length === 0) return new Map();
  const kinds = [...new Set(free.map((i) => i.kind))];
  const initials = [...new Set(free.map((i) => i.key.slice(0, 1)))];
  const rows = await db.$queryRaw<{ kind: InterestKind; key: string }[]>(
    Prisma.sql`SELECT DISTINCT kind, key FROM interests
                WHERE visibility = 'SIGNED_IN' AND kind::text = ANY(${kinds}::text[]) AND left(key, 1) = ANY(${initials}::text[])`,
  );
  return new Map(
    kinds.map((kind) => [kind, canonicalKeys([...rows.filter((r) => r.kind === kind), ...free.filter((i) => i.kind === kind)].map((r) => r.key))]),
  );
}
