import { Feed, type Item } from 'feed';
import type { Database, Prisma } from '@principle-six/db';
import { findCategory } from '@principle-six/taxonomy';
import { COOPS_UK_SOURCE, licenceStatement } from './licence';
import { openPublicPostingWhere } from './public-records';

/**
 * Atom and RSS feeds of the newest open needs and offers, overall or narrowed to a category or a
 * place, for people who follow them in a feed reader or show them on their own group's site.
 *
 * Only what anyone may see goes in: open, unexpired postings that are not hidden and whose co-op
 * is not hidden, and of them only fields the public GraphQL API shows everyone. The query selects
 * those fields alone, so a contact detail or a members-only note cannot slip in by accident.
 */

export type FeedKind = 'needs' | 'offers' | 'postings';
export type FeedFormat = 'atom' | 'rss';

/** The query string's filters, as given. */
export interface FeedFilter {
  /** A taxonomy category code (a SIC 2007 section, division or class). */
  category?: string;
  /** A town or city, matched without regard to case. */
  place?: string;
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; message: string };

/** Readers show the newest few; fifty covers a busy week without making the file heavy. */
export const FEED_SIZE = 50;
/** How long a reader may keep a copy before asking again, in minutes (the HTTP cache's 300 s). */
const FEED_TTL_MINUTES = 5;
const SITE = 'Principle Six';

/** What a feed item is made from: public fields only (the GraphQL Need and Offer types'). */
const POSTING_FIELDS = {
  id: true,
  title: true,
  description: true,
  createdAt: true,
  categories: { select: { categoryCode: true }, orderBy: { categoryCode: 'asc' } },
  coop: { select: { name: true, slug: true, source: true } },
} as const;

interface PublicPosting {
  kind: 'needs' | 'offers';
  id: string;
  title: string;
  description: string;
  createdAt: Date;
  categories: { categoryCode: string }[];
  coop: { name: string; slug: string; source: string | null };
}

/**
 * The feed of one kind of posting, newest first. An unknown category is refused (the person
 * mistyped a link); a place nothing is in gives an empty feed, as a quiet town's would.
 */
export async function postingsFeed(db: Database, publicUrl: string, kind: FeedKind, filter: FeedFilter, now = new Date()): Promise<FeedResult> {
  const base = publicUrl.replace(/\/+$/, '');
  const categoryCode = filter.category?.trim() || undefined;
  const category = categoryCode === undefined ? undefined : findCategory(categoryCode);
  if (categoryCode !== undefined && !category) {
    return { ok: false, message: `There is no category "${categoryCode}". Use a UK SIC 2007 code from the taxonomy, such as J or 62.` };
  }
  const placeName = filter.place?.trim() || undefined;

  const places = placeName === undefined ? undefined : await placesNamed(db, placeName);
  const postings = await newestPostings(db, kind, postingWhere(now, category?.code, places?.ids));
  // The place as the gazetteer spells it ("bristol" reads as Bristol), or as given when unknown
  // (without what XML cannot hold: the title is XML text).
  const place = places?.name ?? (placeName === undefined ? undefined : xmlText(placeName));

  const query = new URLSearchParams();
  if (category) query.set('category', category.code);
  if (placeName !== undefined) query.set('place', placeName);
  const search = query.size ? `?${query.toString()}` : '';
  const feedUrl = (format: FeedFormat) => `${base}/feeds/${kind}.${format}${search}`;

  const feed = new Feed({
    title: `${feedTitle(kind, category?.name, place)} · ${SITE}`,
    description: feedDescription(kind),
    id: feedUrl('atom'),
    link: `${base}${kind === 'postings' ? '/' : `/${kind}`}`,
    language: 'en-GB',
    ttl: FEED_TTL_MINUTES,
    // An empty feed has no newest item to date it by; now stands in.
    updated: postings[0]?.createdAt ?? now,
    copyright: licenceStatement(postings.some((p) => p.coop.source === COOPS_UK_SOURCE)),
    feedLinks: { atom: feedUrl('atom'), rss: feedUrl('rss') },
  });
  for (const posting of postings) feed.addItem(feedItem(base, posting));
  return { ok: true, feed };
}

/**
 * Open and public, as the link previews (http/page-meta.ts) and the sitemaps (http/crawlers.ts)
 * say it: not hidden, its co-op not hidden, OPEN and not past its end date.
 */
function postingWhere(now: Date, categoryCode: string | undefined, placeIds: string[] | undefined): Prisma.NeedWhereInput & Prisma.OfferWhereInput {
  const conditions: (Prisma.NeedWhereInput & Prisma.OfferWhereInput)[] = [openPublicPostingWhere(now)];
  // category_paths holds each category with its ancestors, as the needs list filters it
  // (modules/postings/posting-list.ts): a feed of division 18 has its classes' postings too.
  if (categoryCode !== undefined) conditions.push({ categoryPaths: { has: categoryCode } });
  if (placeIds !== undefined) {
    // Where the work is; a posting for anywhere is where its co-op is.
    conditions.push({ OR: [{ placeId: { in: placeIds } }, { placeId: null, coop: { placeId: { in: placeIds } } }] });
  }
  return { AND: conditions };
}

async function newestPostings(db: Database, kind: FeedKind, where: Prisma.NeedWhereInput & Prisma.OfferWhereInput): Promise<PublicPosting[]> {
  const newest = { orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }], take: FEED_SIZE };
  const [needs, offers] = await Promise.all([
    kind === 'offers' ? [] : db.need.findMany({ where, select: POSTING_FIELDS, ...newest }),
    kind === 'needs' ? [] : db.offer.findMany({ where, select: POSTING_FIELDS, ...newest }),
  ]);
  return [...needs.map((n) => ({ kind: 'needs' as const, ...n })), ...offers.map((o) => ({ kind: 'offers' as const, ...o }))]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
    .slice(0, FEED_SIZE);
}

/**
 * The places of that name, whatever its case (Cambridge in England and in Massachusetts are two),
 * and how the first is spelt. Compared with lower() rather than Prisma's case-insensitive equals,
 * which is an ILIKE: there `%` or `_` in the query string would match every place.
 */
async function placesNamed(db: Database, name: string): Promise<{ ids: string[]; name: string | undefined }> {
  const rows = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id::text AS id, name FROM places WHERE lower(name) = lower(${name}) ORDER BY name, country_code`;
  return { ids: rows.map((r) => r.id), name: rows[0]?.name };
}

/** "Needs", "Needs in Bristol", "Offers: Printing", "Needs and offers: Printing, in Bristol". */
function feedTitle(kind: FeedKind, categoryName: string | undefined, place: string | undefined): string {
  const what = kind === 'needs' ? 'Needs' : kind === 'offers' ? 'Offers' : 'Needs and offers';
  if (categoryName && place) return `${what}: ${categoryName}, in ${place}`;
  if (categoryName) return `${what}: ${categoryName}`;
  if (place) return `${what} in ${place}`;
  return what;
}

function feedDescription(kind: FeedKind): string {
  if (kind === 'needs') return 'New open needs: what co-operatives want to buy from other co-operatives.';
  if (kind === 'offers') return 'New open offers: what co-operatives offer other co-operatives.';
  return 'New open needs and offers: what co-operatives want to buy from, and offer, other co-operatives.';
}

function feedItem(base: string, posting: PublicPosting): Item {
  const url = `${base}/${posting.kind}/${posting.id}`;
  return {
    title: asHtml(`${posting.kind === 'needs' ? 'Need' : 'Offer'}: ${posting.title}`),
    id: url,
    link: url,
    date: posting.createdAt,
    published: posting.createdAt,
    description: asHtml(posting.description),
    author: [{ name: xmlText(posting.coop.name), link: `${base}/coops/${encodeURIComponent(posting.coop.slug)}` }],
    category: posting.categories.flatMap(({ categoryCode }) => {
      const name = findCategory(categoryCode)?.name;
      return name ? [{ name, term: categoryCode }] : [];
    }),
  };
}

/**
 * Plain text made safe where the feed library declares HTML (Atom's type="html", RSS's
 * description): readers and group sites render it, so a posting's words must show as words, never
 * become markup. Escaping `>` also keeps `]]>` out of the library's CDATA sections, which it
 * splits only at the first one.
 */
function asHtml(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Characters XML 1.0 cannot hold at all (most control characters) would make the whole feed unreadable. */
function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ' ');
}
