import type { Database } from '@principle-six/db';
import { publicCoopWhere, publicPostingWhere } from '../access/visibility';
import { isId } from '../errors/ids';

export interface PageMeta {
  status: 200 | 404;
  title: string;
  description: string;
  /** The page's own address, for og:url and the canonical link; none for pages of no record. */
  url: string | null;
  type: 'website' | 'profile' | 'article';
}

const SITE = 'Principle Six';
const SITE_DESCRIPTION =
  'Co-operatives passing each other business: find a co-op by what it provides, post what you need, and pass referrals, in the spirit of co-operation among co-operatives.';
/** Search engines show about this much of a description. */
const DESCRIPTION_CHARS = 200;

/**
 * The title and description a shared link to this path should preview with. Pages of one record
 * (a co-op, a need, an offer, a council) describe it, and answer 404 when it does not exist;
 * everything else describes the site. Only what the public API shows anyone is used: a profile or
 * posting a site administrator hid answers 404 here (access/visibility.ts).
 */
export async function pageMeta(db: Database, pathname: string, publicUrl: string): Promise<PageMeta> {
  const site: PageMeta = { status: 200, title: SITE, description: SITE_DESCRIPTION, url: null, type: 'website' };
  const url = `${publicUrl.replace(/\/+$/, '')}${pathname}`;
  const [, kind, key, rest] = /^\/(coops|needs|offers|councils)\/([^/]+)(\/.*)?$/.exec(pathname) ?? [];
  if (!kind || !key || rest || key === 'new') return site;
  const notFound: PageMeta = { ...site, status: 404, title: `Not found · ${SITE}` };

  if (kind === 'coops' || kind === 'councils') {
    const slug = decodeURIComponentSafe(key);
    if (!slug) return notFound;
    if (kind === 'coops') {
      const coop = await db.coop.findFirst({ where: { slug, ...publicCoopWhere }, select: { name: true, provides: true, place: { select: { name: true } } } });
      if (!coop) return notFound;
      return { status: 200, title: `${coop.name}, ${coop.place.name} · ${SITE}`, description: clip(coop.provides), url, type: 'profile' };
    }
    const council = await db.council.findUnique({ where: { slug }, select: { name: true, description: true } });
    if (!council) return notFound;
    return { status: 200, title: `${council.name} · ${SITE}`, description: clip(council.description), url, type: 'website' };
  }

  if (!isId(key)) return notFound;
  const select = { title: true, description: true, coop: { select: { name: true } } } as const;
  const where = { id: key, ...publicPostingWhere };
  const posting = kind === 'needs' ? await db.need.findFirst({ where, select }) : await db.offer.findFirst({ where, select });
  if (!posting) return notFound;
  const what = kind === 'needs' ? 'Need' : 'Offer';
  return { status: 200, title: `${what}: ${posting.title} (${posting.coop.name}) · ${SITE}`, description: clip(posting.description), url, type: 'article' };
}

/**
 * index.html with the page's title, description and Open Graph tags in place of the site's
 * (replaced by functions: a `$&` in a co-op's name is text, not a replacement pattern).
 */
export function renderMeta(template: string, meta: PageMeta): string {
  const tags = [
    `<meta property="og:site_name" content="${escapeHtml(SITE)}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta name="twitter:card" content="summary" />`,
    ...(meta.url ? [`<meta property="og:url" content="${escapeHtml(meta.url)}" />`, `<link rel="canonical" href="${escapeHtml(meta.url)}" />`] : []),
  ].join('\n    ');
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(meta.title)}</title>`)
    .replace(/<meta name="description"[^>]*>/, () => `<meta name="description" content="${escapeHtml(meta.description)}" />`)
    .replace('</head>', () => `  ${tags}\n  </head>`);
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_CHARS) return flat;
  const cut = flat.slice(0, DESCRIPTION_CHARS - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

function decodeURIComponentSafe(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
