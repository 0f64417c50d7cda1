import { Router, type Response } from 'express';
import { licenceHeaders } from '../modules/open-data/licence';
import type { DirectoryDumps } from '../modules/open-data/directory-dumps';
import type { DirectoryExport, ExportFormat } from '../modules/open-data/directory-export';
import type { RateLimits } from '../rate-limits/rate-limits';

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};

/**
 * The directory as open data (modules/open-data):
 * - GET /exports/directory.csv and /exports/directory.jsonl, with a search's parameters as /search
 *   takes them (?q=printing&category=18&near=Leeds&km=50): made as they are downloaded;
 * - GET /exports/directory-latest.csv.gz and .jsonl.gz: the whole directory, made nightly.
 * Public profiles only, under the data licence (a Link header, and in each file).
 */
export function directoryExportsRouter(exporter: DirectoryExport, dumps: DirectoryDumps, rateLimits: RateLimits): Router {
  const router = Router();
  const headers = (res: Response) => res.set({ ...licenceHeaders(), 'Access-Control-Allow-Origin': '*' });

  for (const format of ['csv', 'jsonl'] as ExportFormat[]) {
    router.get(`/exports/directory.${format}`, async (req, res, next) => {
      try {
        const params = new URL(req.originalUrl, 'http://export.invalid').searchParams;
        const search = await exporter.prepare(params);
        if (!search.ok) {
          const lines = search.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
          return void res.status(400).type('text/plain').send(`${lines.join('\n')}\n`);
        }
        const refused = await rateLimits.admit('GET directory export', { address: req.ip ?? req.socket.remoteAddress ?? null });
        if (refused) {
          res.set('Retry-After', String(refused.retryAfterSeconds));
          return void res
            .status(429)
            .type('text/plain')
            .send(`Too many exports; try again in ${refused.retryAfterSeconds} s, or download the whole directory from /exports/directory-latest.${format}.gz.\n`);
        }
        headers(res);
        res.set({ 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="principle-six-directory.${format}"` });
        res.type(TYPES[format]);
        await exporter.write(res, format, search.value);
        res.end();
      } catch (error) {
        if (res.headersSent) res.destroy(error as Error);
        else next(error);
      }
    });

    router.get(`/exports/directory-latest.${format}.gz`, async (_req, res, next) => {
      try {
        const latest = await dumps.latest(format);
        if (!latest) return void res.status(404).type('text/plain').send('The nightly dump has not been made yet; try again later.\n');
        headers(res);
        res.set({ 'Cache-Control': 'public, max-age=3600', 'Content-Disposition': `attachment; filename="principle-six-directory.${format}.gz"` });
        res.type('application/gzip');
        // dotfiles: the default DATA_DIR is .data, which send() would otherwise refuse as hidden.
        res.sendFile(latest.file, { lastModified: true, dotfiles: 'allow' }, (error) => error && next(error));
      } catch (error) {
        next(error);
      }
    });
  }
  return router;
}
