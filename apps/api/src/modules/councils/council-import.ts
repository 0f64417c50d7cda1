import { Prisma, refreshCoopSearch, type Coop, type Database, type User } from '@principle-six/db';
import { councilImportRowSchema, MAX_IMPORT_ROWS, MAX_PROVIDES } from '@principle-six/schema';
import { COUNTRIES } from '@principle-six/taxonomy';
import { isUniqueViolation } from '../../errors/prisma-errors';
import { fail, invalidInput, ok, type Result } from '../../errors/user-errors';
import type { InboxEvents } from '../notifications/inbox-events';
import { notifyCoopMembers, publish, type Written } from '../notifications/notify';
import { freeCoopSlug } from '../coops/coops.service';
import { findOrCreatePlace } from '../coops/places';
import type { CouncilService } from './councils.service';
import type { CouncilImportReportModel, CouncilImportRowResultModel } from './council-models';

export interface CouncilImportRequest {
  councilId: string;
  countryCode?: string | null;
  rows: unknown[];
  dryRun: boolean;
}

/** A dry run does all the work in a transaction and throws this to roll it back. */
class DryRun extends Error {
  constructor(readonly report: CouncilImportReportModel) {
    super('dry run');
  }
}

/**
 * The key two names are compared by: letters and digits only, without accents, "&" as "and",
 * and without a leading "the" or a trailing legal form ("Limited", "Ltd", "CIC"...), which
 * registers add and member lists leave out. The same rule runs in SQL (NAME_KEY_SQL).
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/( (limited|ltd|llp|cic|plc|cio|inc|co op|coop))+$/, '')
    .trim();
}

const NAME_KEY_SQL = (column: Prisma.Sql) => Prisma.sql`
  btrim(regexp_replace(regexp_replace(btrim(regexp_replace(replace(lower(unaccent(${column})), '&', ' and '), '[^a-z0-9]+', ' ', 'g')),
    '^the ', ''), '( (limited|ltd|llp|cic|plc|cio|inc|co op|coop))+$', ''))`;

/**
 * Bringing in a council's member list, mapped from a spreadsheet. Each row is matched to a co-op
 * on the network before any is created: first by register number (the identifier a co-op was
 * imported with), then by name and place. A row that matches none creates a profile, which its
 * members can claim later. Then, as an invitation would: a co-op with people on the network is
 * invited (they accept), one with nobody joins. One transaction per call; a dry run does the same
 * work and rolls it back, so the preview reports exactly what the import will do.
 */
export class CouncilImportService {
  constructor(
    private readonly db: Database,
    private readonly councils: CouncilService,
    private readonly events: InboxEvents,
  ) {}

  async run(actor: User | null, request: CouncilImportRequest): Promise<Result<CouncilImportReportModel>> {
    const allowed = await this.councils.organiserOf(actor, request.councilId, 'bring in a member list');
    if (!allowed.ok) return allowed;
    if (request.rows.length === 0 || request.rows.length > MAX_IMPORT_ROWS) {
      return fail(invalidInput(`Send 1 to ${MAX_IMPORT_ROWS} rows at a time.`, 'rows'));
    }
    const countryCode = (request.countryCode ?? 'GB').trim().toUpperCase();
    if (!Object.hasOwn(COUNTRIES, countryCode)) return fail(invalidInput('Choose a country from the list.', 'countryCode'));
    // Two imports at once can make the same new co-op (its slug, its register number): the second
    // transaction is refused by the unique index, and run again sees the first one's co-op.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(actor!, request, countryCode);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  private async once(actor: User, request: CouncilImportRequest, countryCode: string): Promise<Result<CouncilImportReportModel>> {
    const notices: Written[] = [];
    try {
      const report = await this.db.$transaction(
        async (tx) => {
          const report = await importRows(tx, request.councilId, actor.id, countryCode, request.rows, notices);
          if (request.dryRun) {
            // What a dry run created is rolled back: rows naming such a co-op name none.
            const made = new Set(report.rows.flatMap((r) => (r.outcome === 'CREATED' && r.coop ? [r.coop.id] : [])));
            throw new DryRun({ ...report, rows: report.rows.map((r) => (r.coop && made.has(r.coop.id) ? { ...r, coop: null } : r)) });
          }
          return report;
        },
        { timeout: 60_000 },
      );
      await publish(this.events, notices);
      return ok(report);
    } catch (error) {
      if (error instanceof DryRun) return ok(error.report);
      throw error;
    }
  }
}

interface CleanRow {
  row: number;
  name: string;
  place: string | null;
  website: string | null;
  provides: string | null;
  /** Said in the row's report when the co-op is created. */
  note: string | null;
  registerNumber: string | null;
}

/** A description cut to what a profile holds, at a word, and a note saying so. */
function shortened(provides: string | null): { provides: string | null; note: string | null } {
  if (!provides || provides.length <= MAX_PROVIDES) return { provides, note: null };
  const cut = provides.slice(0, MAX_PROVIDES - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_PROVIDES / 2));
  return { provides: `${atWord.trimEnd()}…`, note: `What it does was cut to ${MAX_PROVIDES.toLocaleString('en-GB')} characters.` };
}

async function importRows(
  tx: Prisma.TransactionClient,
  councilId: string,
  actorId: string,
  countryCode: string,
  rows: unknown[],
  /** Inbox items written: co-ops invited, and those whose request the list completes. */
  notices: Written[],
): Promise<CouncilImportReportModel> {
  const results: CouncilImportRowResultModel[] = [];
  const usable: CleanRow[] = [];
  rows.forEach((raw, i) => {
    const parsed = councilImportRowSchema.safeParse(raw);
    if (!parsed.success) return void results.push(refused(i + 1, parsed.error.issues[0]!.message));
    const { name, provides, ...rest } = parsed.data;
    if (!name) return void results.push(refused(i + 1, 'The row has no name.'));
    usable.push({ row: i + 1, name, ...rest, ...shortened(provides), registerNumber: rest.registerNumber?.toUpperCase() ?? null });
  });

  // Matching, in two queries for the whole batch.
  const byNumber = new Map<string, Coop>();
  const numbers = [...new Set(usable.flatMap((r) => (r.registerNumber ? [r.registerNumber] : [])))];
  if (numbers.length) {
    for (const coop of await tx.coop.findMany({ where: { sourceId: { in: numbers } } })) byNumber.set(coop.sourceId!.toUpperCase(), coop);
  }
  const keys = [...new Set(usable.filter((r) => !(r.registerNumber && byNumber.has(r.registerNumber))).map((r) => nameKey(r.name)))].filter(Boolean);
  const byName = new Map<string, (Coop & { placeName: string })[]>();
  if (keys.length) {
    const found = await tx.$queryRaw<{ id: string; key: string; place_name: string }[]>`
      SELECT c.id, ${NAME_KEY_SQL(Prisma.raw('c.name'))} AS key, p.name AS place_name
        FROM coops c JOIN places p ON p.id = c.place_id
       WHERE ${NAME_KEY_SQL(Prisma.raw('c.name'))} = ANY(${keys}::text[])`;
    const coops = new Map((await tx.coop.findMany({ where: { id: { in: found.map((f) => f.id) } } })).map((c) => [c.id, c]));
    for (const f of found) byName.set(f.key, [...(byName.get(f.key) ?? []), { ...coops.get(f.id)!, placeName: f.place_name }]);
  }

  const existing = new Map(
    (await tx.councilMember.findMany({ where: { councilId }, select: { coopId: true, status: true } })).map((m) => [m.coopId, m.status]),
  );
  // Co-ops with people on the network answer an invitation themselves (one query for the batch).
  const candidates = [...byNumber.values(), ...[...byName.values()].flat()].map((c) => c.id);
  const answerable = new Set(
    candidates.length
      ? (await tx.membership.findMany({ where: { coopId: { in: candidates } }, distinct: ['coopId'], select: { coopId: true } })).map((m) => m.coopId)
      : [],
  );
  const created: string[] = [];
  const joined = new Set<string>();

  for (const row of usable) {
    let coop: Coop;
    let outcome: CouncilImportRowResultModel['outcome'];
    let message: string | null = null;
    const numbered = row.registerNumber ? byNumber.get(row.registerNumber) : undefined;
    if (numbered) {
      coop = numbered;
      outcome = 'MATCHED_BY_REGISTER_NUMBER';
    } else {
      const named = byName.get(nameKey(row.name)) ?? [];
      const here = row.place ? named.filter((c) => c.placeName.toLowerCase() === row.place!.toLowerCase()) : named;
      if (here.length === 1) {
        coop = here[0]!;
        outcome = 'MATCHED_BY_NAME_AND_PLACE';
      } else if (here.length > 1) {
        results.push(refused(row.row, `${here.length} co-ops on the network have this name${row.place ? ' and place' : ''}: add its register number.`));
        continue;
      } else if (!row.place) {
        results.push(refused(row.row, 'No co-op on the network has this name: add its town or city to create it.'));
        continue;
      } else {
        coop = await createCoop(tx, row, countryCode);
        created.push(coop.id);
        // A later row of the same name and place matches the co-op this one made.
        byName.set(nameKey(row.name), [...named, { ...coop, placeName: row.place }]);
        if (row.registerNumber) byNumber.set(row.registerNumber, coop);
        outcome = 'CREATED';
        message = row.note;
      }
    }
    if (existing.get(coop.id) === 'MEMBER' || joined.has(coop.id)) {
      results.push({ row: row.row, outcome: 'ALREADY_MEMBER', coop, message: joined.has(coop.id) ? 'An earlier row named the same co-op.' : null });
      continue;
    }
    joined.add(coop.id);
    if (outcome !== 'CREATED' && answerable.has(coop.id)) {
      message = 'Its people are on the network: they are invited and join when they accept.';
    }
    results.push({ row: row.row, outcome, coop, message });
  }

  const now = new Date();
  const rowsToAdd = [...joined].filter((coopId) => !existing.has(coopId));
  await tx.councilMember.createMany({
    data: rowsToAdd.map((coopId) => {
      const status = answerable.has(coopId) ? ('INVITED' as const) : ('MEMBER' as const);
      return { councilId, coopId, status, route: 'IMPORTED' as const, askedById: actorId, joinedAt: status === 'MEMBER' ? now : null };
    }),
    skipDuplicates: true,
  });
  // A co-op that asked joins; one already invited stays invited.
  const asked = [...joined].filter((coopId) => existing.get(coopId) === 'REQUESTED');
  if (asked.length) await tx.councilMember.updateMany({ where: { councilId, coopId: { in: asked } }, data: { status: 'MEMBER', joinedAt: now } });
  // The people of each co-op invited or let in hear of it, as from an organiser's invitation.
  for (const coopId of [...rowsToAdd.filter((id) => answerable.has(id)), ...asked]) {
    const kind = asked.includes(coopId) ? ('COUNCIL_JOINED' as const) : ('COUNCIL_INVITATION' as const);
    notices.push(
      ...(await notifyCoopMembers(tx, {
        coopId,
        kind,
        subjectKey: `council:${councilId}/coop:${coopId}/${kind === 'COUNCIL_JOINED' ? 'joined' : 'invited'}:${now.getTime()}`,
        councilId,
        exceptUserId: actorId,
      })),
    );
  }
  if (created.length) await refreshCoopSearch(tx, created);

  results.sort((a, b) => a.row - b.row);
  const count = (...outcomes: CouncilImportRowResultModel['outcome'][]) => results.filter((r) => outcomes.includes(r.outcome)).length;
  return {
    rows: results,
    matched: count('MATCHED_BY_REGISTER_NUMBER', 'MATCHED_BY_NAME_AND_PLACE'),
    created: count('CREATED'),
    alreadyMembers: count('ALREADY_MEMBER'),
    refused: count('REFUSED'),
  };
}

function refused(row: number, message: string): CouncilImportRowResultModel {
  return { row, outcome: 'REFUSED', coop: null, message };
}

async function createCoop(tx: Prisma.TransactionClient, row: CleanRow, countryCode: string): Promise<Coop> {
  const place = await findOrCreatePlace(tx, row.place!, countryCode);
  return tx.coop.create({
    data: {
      slug: await freeCoopSlug(tx, row.name),
      name: row.name,
      placeId: place.id,
      latitude: place.latitude,
      longitude: place.longitude,
      provides: row.provides ?? '',
      whyBuy: '',
      wantToTalkTo: '',
      coopType: 'OTHER',
      website: row.website,
      source: row.registerNumber ? 'council-list' : null,
      sourceId: row.registerNumber,
    },
  });
}
