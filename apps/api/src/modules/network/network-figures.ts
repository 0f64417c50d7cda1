import type { Database } from '@principle-six/db';
import { publicCoopSql, publicPostingSql } from '../../access/visibility';

export interface NetworkFigures {
  coops: number;
  openNeeds: number;
  openOffers: number;
  needsThisWeek: number;
  councils: number;
  countedAt: Date;
}

/** How long a count is shown before it is made again. */
export const FIGURES_TTL_MS = 60_000;

/**
 * The network's headline figures for the front page. Counting millions of co-ops on every visit
 * would make the front page the most expensive page, so the figures are kept for a minute, and
 * concurrent visits while they are being counted share the one count. "Open" is the postings
 * module's rule: status OPEN and not past the end date; what moderators hid is not counted
 * (access/visibility.ts).
 */
export class NetworkFiguresService {
  private cached: { at: number; figures: Promise<NetworkFigures> } | null = null;

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  figures(): Promise<NetworkFigures> {
    const now = this.now();
    if (!this.cached || now - this.cached.at >= FIGURES_TTL_MS) {
      const figures = this.count();
      this.cached = { at: now, figures };
      // A failed count is not kept: the next visit tries again.
      figures.catch(() => {
        if (this.cached?.figures === figures) this.cached = null;
      });
    }
    return this.cached.figures;
  }

  private async count(): Promise<NetworkFigures> {
    const [row] = await this.db.$queryRaw<Omit<NetworkFigures, 'countedAt'>[]>`
      SELECT (SELECT count(*)::int FROM coops c WHERE ${publicCoopSql('c')}) AS coops,
             (SELECT count(*)::int FROM needs n WHERE status = 'OPEN' AND expires_at > now() AND ${publicPostingSql('n')}) AS "openNeeds",
             (SELECT count(*)::int FROM offers o WHERE status = 'OPEN' AND expires_at > now() AND ${publicPostingSql('o')}) AS "openOffers",
             (SELECT count(*)::int FROM needs n WHERE status = 'OPEN' AND expires_at > now() AND ${publicPostingSql('n')}
                AND created_at > now() - interval '7 days') AS "needsThisWeek",
             (SELECT count(*)::int FROM councils) AS councils`;
    return { ...row!, countedAt: new Date() };
  }
}
