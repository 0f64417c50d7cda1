import { randomUUID } from 'node:crypto';
import { Prisma, refreshCoopSearch, slugify, type Database } from '@principle-six/db';
import { gazetteer, normaliseUkPostcode } from '@principle-six/gazetteer';
import type { ImportRecord, RowWarning, SkippedRow } from './import-record';
import { readRegisterFile } from './read-register-file';
import { PRINCIPLE_SIX_SOURCE } from './formats';

export interface ImportProgress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

export interface ImportOptions {
  /** A format id (see FORMATS); read from the header when left out. */
  format?: string;
  /** The identifier space of the file's IDs. Co-operatives UK's files share one: "coops-uk". */
  source?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows written per statement. */
  batchSize?: number;
}

export interface ImportReport {
  file: string;
  format: string;
  rows: number;
  created: number;
  updated: number;
  /** Profiles that members have taken over: the import leaves their words alone. */
  keptClaimed: number;
  skipped: SkippedRow[];
  warnings: RowWarning[];
}

/**
 * Imports co-ops from a register file in one transaction: all of it or, when anything fails,
 * none of it. Rows are matched on (source, identifier), so importing again updates and never
 * duplicates; fields a file leaves empty keep what an earlier import or file put there.
 */
export async function importCoops(db: Database, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const source = options.source ?? 'coops-uk';
  const batchSize = options.batchSize ?? 1000;
  const progress = options.onProgress ?? (() => {});
  const { format, rows } = await readRegisterFile(file, options.format);

  const skipped: SkippedRow[] = [];
  const warnings: RowWarning[] = [];
  const records: ImportRecord[] = [];
  const firstLine = new Map<string, number>();
  rows.forEach(({ line, row }, i) => {
    const outcome = format.toOutcome(row);
    if (outcome.kind === 'skip') {
      skipped.push({ line, sourceId: outcome.sourceId, reason: outcome.reason });
    } else if (firstLine.has(outcome.record.sourceId)) {
      skipped.push({
        line,
        sourceId: outcome.record.sourceId,
        reason: `same identifier as line ${firstLine.get(outcome.record.sourceId)}`,
      });
    } else {
      firstLine.set(outcome.record.sourceId, line);
      records.push({ ...outcome.record, line, postcode: normalisePostcode(outcome.record) });
      for (const message of outcome.warnings) warnings.push({ line, sourceId: outcome.record.sourceId, message });
    }
    if ((i + 1) % 2000 === 0) progress({ phase: 'checking', done: i + 1, total: rows.length });
  });
  progress({ phase: 'checking', done: rows.length, total: rows.length });

  const counts = await db.$transaction(
    async (tx) => {
      await storePostcodeCentroids(tx, records);
      await locate(tx, records, warnings);
      const placeIds = await storePlaces(tx, records);
      const totals = { created: 0, updated: 0, keptClaimed: 0 };
      await adoptOwnCoops(tx, records);
      for (let start = 0; start < records.length; start += batchSize) {
        const batch = records.slice(start, start + batchSize);
        const written = await upsertCoops(tx, source, batch, placeIds);
        totals.created += written.created;
        totals.updated += written.updated;
        totals.keptClaimed += batch.length - written.ids.size;
        await replaceCategories(tx, batch.filter((r) => written.ids.has(r.sourceId)), written.ids);
        await refreshCoopSearch(tx, [...written.ids.values()]);
        progress({ phase: 'writing', done: Math.min(start + batchSize, records.length), total: records.length });
      }
      return totals;
    },
    // One transaction for the whole file; a national register takes seconds, not minutes.
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );

  return { file, format: format.id, rows: rows.length, ...counts, skipped, warnings };
}

function normalisePostcode(record: ImportRecord): string | null {
  if (!record.postcode) return null;
  return record.countryCode === 'GB' ? (normaliseUkPostcode(record.postcode) ?? record.postcode) : record.postcode;
}

/** Keeps the file's postcode centroids, so that later searches "near LS1 4AP" can use them. */
async function storePostcodeCentroids(tx: Prisma.TransactionClient, records: ImportRecord[]): Promise<void> {
  const centroids = new Map<string, [number, number]>();
  for (const r of records) {
    if (r.postcode && r.latitude !== null && r.longitude !== null && normaliseUkPostcode(r.postcode)) {
      centroids.set(r.postcode, [r.latitude, r.longitude]);
    }
  }
  if (centroids.size === 0) return;
  const postcodes = [...centroids.keys()];
  await tx.$executeRaw`
    INSERT INTO postcode_locations (postcode, latitude, longitude)
    SELECT * FROM unnest(${postcodes}::text[], ${postcodes.map((p) => centroids.get(p)![0])}::float8[],
                         ${postcodes.map((p) => centroids.get(p)![1])}::float8[])
    ON CONFLICT (postcode) DO UPDATE SET latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude`;
}

/**
 * Gives every record coordinates where we can: its own, else its postcode's centroid from an
 * earlier import, else its town's from the gazetteer.
 */
async function locate(tx: Prisma.TransactionClient, records: ImportRecord[], warnings: RowWarning[]): Promise<void> {
  const wanted = records.filter((r) => r.latitude === null && r.postcode).map((r) => r.postcode!);
  const known = new Map(
    (
      await tx.$queryRaw<{ postcode: string; latitude: number; longitude: number }[]>`
        SELECT postcode, latitude, longitude FROM postcode_locations WHERE postcode = ANY (${wanted}::text[])`
    ).map((p) => [p.postcode, p]),
  );
  for (const r of records) {
    if (r.latitude !== null) continue;
    const found = (r.postcode && known.get(r.postcode)) || gazetteer.find(r.placeName, r.countryCode);
    if (found) {
      r.latitude = found.latitude;
      r.longitude = found.longitude;
    } else {
      warnings.push({ line: r.line, sourceId: r.sourceId, message: 'no coordinates: not found in distance searches' });
    }
    if (!r.region && found && 'region' in found) r.region = found.region;
  }
}

/** The place id for each record, creating the towns not seen before (matched without regard to case). */
async function storePlaces(tx: Prisma.TransactionClient, records: ImportRecord[]): Promise<Map<string, string>> {
  const key = (name: string, country: string) => `${name.toLowerCase()}|${country}`;
  const countries = [...new Set(records.map((r) => r.countryCode))];
  const existing = await tx.place.findMany({ where: { countryCode: { in: countries } } });
  const ids = new Map(existing.map((p) => [key(p.name, p.countryCode), p.id]));
  const fresh = new Map<string, Prisma.PlaceCreateManyInput>();
  for (const r of records) {
    const k = key(r.placeName, r.countryCode);
    if (ids.has(k) || fresh.has(k)) continue;
    const town = gazetteer.find(r.placeName, r.countryCode);
    fresh.set(k, {
      id: randomUUID(),
      name: r.placeName,
      countryCode: r.countryCode,
      region: r.region ?? town?.region ?? null,
      latitude: town?.latitude ?? r.latitude,
      longitude: town?.longitude ?? r.longitude,
    });
  }
  if (fresh.size > 0) await tx.place.createMany({ data: [...fresh.values()] });
  for (const [k, p] of fresh) ids.set(k, p.id!);
  return new Map(records.map((r) => [r.sourceId, ids.get(key(r.placeName, r.countryCode))!]));
}

async function upsertCoops(
  tx: Prisma.TransactionClient,
  source: string,
  batch: ImportRecord[],
  placeIds: Map<string, string>,
): Promise<{ ids: Map<string, string>; created: number; updated: number }> {
  const slugs = await freeSlugs(tx, batch.map((r) => r.name));
  const col = <T>(pick: (r: ImportRecord) => T) => batch.map(pick);
  const written = await tx.$queryRaw<{ id: string; source_id: string; inserted: boolean }[]>`
    INSERT INTO coops (id, slug, name, place_id, postcode, address, provides, why_buy, want_to_talk_to,
                       coop_type, website, latitude, longitude, source, source_id, is_demo, created_at, updated_at)
    SELECT v.id, v.slug, v.name, v.place_id, v.postcode, v.address, v.provides, v.why_buy, v.want_to_talk_to,
           v.coop_type::"CoopType", v.website, v.latitude, v.longitude, v.source, v.source_id, false, now(), now()
      FROM unnest(${col(() => randomUUID())}::uuid[], ${slugs}::text[], ${col((r) => r.name)}::text[],
                  ${col((r) => placeIds.get(r.sourceId)!)}::uuid[], ${col((r) => r.postcode)}::text[],
                  ${col((r) => r.address)}::text[], ${col((r) => r.provides)}::text[],
                  ${col((r) => r.whyBuy)}::text[], ${col((r) => r.wantToTalkTo)}::text[], ${col((r) => r.coopType)}::text[],
                  ${col((r) => r.website)}::text[], ${col((r) => r.latitude)}::float8[],
                  ${col((r) => r.longitude)}::float8[], ${col((r) => r.sourceId)}::text[], ${col((r) => r.source ?? source)}::text[])
           AS v(id, slug, name, place_id, postcode, address, provides, why_buy, want_to_talk_to, coop_type, website, latitude, longitude, source_id, source)
    ON CONFLICT (source, source_id) DO UPDATE SET
           name = EXCLUDED.name,
           place_id = EXCLUDED.place_id,
           postcode = coalesce(EXCLUDED.postcode, coops.postcode),
           address = coalesce(EXCLUDED.address, coops.address),
           provides = CASE WHEN EXCLUDED.provides <> '' THEN EXCLUDED.provides ELSE coops.provides END,
           why_buy = CASE WHEN EXCLUDED.why_buy <> '' THEN EXCLUDED.why_buy ELSE coops.why_buy END,
           want_to_talk_to = CASE WHEN EXCLUDED.want_to_talk_to <> '' THEN EXCLUDED.want_to_talk_to ELSE coops.want_to_talk_to END,
           coop_type = CASE WHEN EXCLUDED.coop_type <> 'OTHER' THEN EXCLUDED.coop_type ELSE coops.coop_type END,
           website = coalesce(EXCLUDED.website, coops.website),
           latitude = coalesce(EXCLUDED.latitude, coops.latitude),
           longitude = coalesce(EXCLUDED.longitude, coops.longitude),
           updated_at = now()
     WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.coop_id = coops.id)
    RETURNING id, source_id, (xmax = 0) AS inserted`;
  const created = written.filter((w) => w.inserted).length;
  return {
    ids: new Map(written.map((w) => [w.source_id, w.id])),
    created,
    updated: written.length - created,
  };
}

/**
 * A file exported from this same directory names the co-ops made here by their slug
 * (`principle-six:<slug>`): the co-op with that slug and name is the same record, so it is marked
 * with that identifier and the import updates it rather than adding a copy. A co-op from another
 * Principle Six with the same slug but another name is a different co-op, and is added.
 */
async function adoptOwnCoops(tx: Prisma.TransactionClient, records: ImportRecord[]): Promise<void> {
  const own = records.filter((r) => r.source === PRINCIPLE_SIX_SOURCE);
  if (own.length === 0) return;
  await tx.$executeRaw`
    UPDATE coops c SET source = ${PRINCIPLE_SIX_SOURCE}, source_id = c.slug
      FROM unnest(${own.map((r) => r.sourceId)}::text[], ${own.map((r) => r.name)}::text[]) AS v(slug, name)
     WHERE c.slug = v.slug AND c.name = v.name AND c.source IS NULL`;
}

/** Slugs for the names that no co-op uses yet ("-2", "-3"... when one does). */
async function freeSlugs(tx: Prisma.TransactionClient, names: string[]): Promise<string[]> {
  const bases = names.map((n) => slugify(n) || 'co-op');
  const taken = new Set(
    (
      await tx.$queryRaw<{ slug: string }[]>`
        SELECT slug FROM coops
         WHERE slug = ANY (${bases}::text[]) OR substring(slug FROM '^(.*)-[0-9]+$') = ANY (${bases}::text[])`
    ).map((r) => r.slug),
  );
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/** Files each co-op under the categories its SIC codes give, when the file gives any. */
async function replaceCategories(
  tx: Prisma.TransactionClient,
  batch: ImportRecord[],
  ids: Map<string, string>,
): Promise<void> {
  const filed = batch.filter((r) => r.categoryCodes.length > 0);
  if (filed.length === 0) return;
  const coopIds = filed.map((r) => ids.get(r.sourceId)!);
  const pairs = filed.flatMap((r) => r.categoryCodes.map((code) => [ids.get(r.sourceId)!, code] as const));
  await tx.$executeRaw`DELETE FROM coop_categories WHERE coop_id = ANY (${coopIds}::uuid[])`;
  await tx.$executeRaw`
    INSERT INTO coop_categories (coop_id, category_code)
    SELECT * FROM unnest(${pairs.map((p) => p[0])}::uuid[], ${pairs.map((p) => p[1])}::text[])`;
}
