import type { Database } from '@principle-six/db';
import { isPagePath } from '@principle-six/schema';
import { jsonLdScript, coopJsonLd, postingJsonLd } from '../modules/open-data/schema-org';
import { openPublicPosting, publicCoopBySlug } from '../modules/open-data/public-records';

export interface PageMeta {
  status: 200 | 404;
  title: string;
  description: string;
  /** The page's own address, for og:url and the canonical link; none for pages of no record. */
  url: string | null;
  type: 'website' | 'profile' | 'article';
  /** What the page's first paint shows before the app runs: its main heading and a line under it. */
  heading: string | null;
  lead: string | null;
  /** schema.org JSON-LD describing the page's record (modules/open-data/schema-org.ts). */
  jsonLd?: Record<string, unknown>;
}

const SITE = 'Principle Six';
const FRONT_HEADING = 'Co-ops doing business with co-ops';
const FRONT_LEAD =
  'Find a co-operative by what it provides, say who you want to talk to, and pass each other business: co-operation among co-operatives, the sixth co-operative principle, every week.';
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
  const site: PageMeta = { status: 200, title: SITE, description: SITE_DESCRIPTION, url: null, type: 'website', heading: null, lead: null };
  // The front page's own words (features/home/HomePage.tsx says the same once the app runs).
  if (pathname === '/') return { ...site, heading: FRONT_HEADING, lead: FRONT_LEAD };
  const notFound: PageMeta = { ...site, status: 404, title: `Not found · ${SITE}` };
  // The app shows its own "not found" page for any other path; the status says so too.
  if (!isPagePath(pathname)) return notFound;
  const urls = { base: publicUrl.replace(/\/+$/, '') };
  const url = `${urls.base}${pathname}`;
  const [, kind, key, rest] = /^\/(coops|needs|offers|councils)\/([^/]+)(\/.*)?$/.exec(pathname) ?? [];
  if (!kind || !key || rest || key === 'new') return site;

  if (kind === 'coops' || kind === 'councils') {
    const slug = decodeURIComponentSafe(key);
    if (!slug) return notFound;
    if (kind === 'coops') {
      const coop = await publicCoopBySlug(db, slug);
      if (!coop) return notFound;
      return {
        status: 200,
        title: `${coop.name}, ${coop.place.name} · ${SITE}`,
        description: clip(coop.provides),
        url,
        type: 'profile',
        heading: coop.name,
        lead: coop.place.name,
        jsonLd: coopJsonLd(coop, urls),
      };
    }
    const council = await db.council.findUnique({ where: { slug }, select: { name: true, description: true } });
    if (!council) return notFound;
    return { status: 200, title: `${council.name} · ${SITE}`, description: clip(council.description), url, type: 'website', heading: council.name, lead: null };
  }

  // Open ones only: a closed or expired posting is its own co-op's to see (GraphQL answers null to
  // anyone else), so its title and words are not previewed either.
  const posting = await openPublicPosting(db, kind === 'needs' ? 'need' : 'offer', key);
  if (!posting) return notFound;
  const what = kind === 'needs' ? 'Need' : 'Offer';
  return {
    status: 200,
    title: `${what}: ${posting.title} (${posting.coop.name}) · ${SITE}`,
    description: clip(posting.description),
    url,
    type: 'article',
    heading: posting.title,
    lead: posting.coop.name,
    jsonLd: postingJsonLd(posting, urls),
  };
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
    // Feed readers and browsers find the feeds of new needs and offers from any page.
    `<link rel="alternate" type="application/atom+xml" title="New needs and offers · ${SITE}" href="/feeds/postings.atom" />`,
    `<link rel="alternate" type="application/rss+xml" title="New needs and offers · ${SITE}" href="/feeds/postings.rss" />`,
    ...(meta.jsonLd ? [jsonLdScript(meta.jsonLd)] : []),
  ].join('\n    ');
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(meta.title)}</title>`)
    .replace(/<meta name="description"[^>]*>/, () => `<meta name="description" content="${escapeHtml(meta.description)}" />`)
    .replace('</head>', () => `  ${tags}\n  </head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${firstPaint(meta)}</div>`)
    // The app's stylesheet must not hold back that first paint, which needs none of it: it loads
    // as print-only and the app applies it to the screen before it draws (apps/web/src/main.tsx).
    .replace(/<link rel="stylesheet"([^>]*)>/g, (_tag, rest: string) => `<link rel="stylesheet" media="print" data-app-styles${rest}>`);
}

/**
 * A first paint in the HTML itself: the header's bar and the page's heading, drawn as soon as
 * the page and its stylesheet arrive instead of after every script has run (on a slow phone
 * connection, seconds later). The app replaces it when it starts; it is shaped like the app's
 * own header and heading so the swap is not seen as a jump. Inline styles: it must not wait for,
 * or depend on, any class of the app's.
 */
function firstPaint(meta: PageMeta): string {
  const header =
    '<div style="height:60px;border-bottom:1px solid #dee2e6;display:flex;align-items:center;padding:0 16px;font:700 18px system-ui,-apple-system,\'Segoe UI\',Roboto,sans-serif">' +
    '<img src="/favicon.svg" alt="" width="28" height="28" style="margin-right:6px" />Principle Six</div>';
  if (!meta.heading) return header;
  const lead = meta.lead ? `<p style="font-size:18px;line-height:1.55;margin:8px 0 0;max-width:760px">${escapeHtml(meta.lead)}</p>` : '';
  return (
    header +
    '<div style="max-width:1140px;margin:0 auto;padding:24px 16px;font-family:system-ui,-apple-system,\'Segoe UI\',Roboto,sans-serif">' +
    `<h1 style="font-size:clamp(28px,6vw,40px);line-height:1.3;margin:0;max-width:760px">${escapeHtml(meta.heading)}</h1>${lead}</div>`
  );
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
