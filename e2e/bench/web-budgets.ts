/**
 * `pnpm bench:web`: what a first visit costs, against the front-end budgets.
 *
 * Builds the web app, starts it as `npm start` does (production mode, embedded database, demo
 * data) and, in Debian's Chromium:
 *   1. loads `/`, a search results page and a co-op page with an empty cache and sums the
 *      scripts and stylesheets each one fetched: gzip size (the budget's measure: zlib level 6,
 *      as Vite reports it) and the bytes that actually crossed the wire (brotli, when offered);
 *   2. runs Lighthouse (mobile settings, simulated slow 4G and a 4x slower CPU) on the same pages.
 * It prints the figures with each budget and says which are missed; it does not fail on them.
 * Runs take a few minutes; run nothing else meanwhile, as Lighthouse's timings share the CPU.
 * `--no-build` measures the existing build; `--no-lighthouse` prints the sizes only; `--files`
 * lists each page's files.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const KIB = 1024;
const BUDGET = { js: 150 * KIB, css: 30 * KIB };
const GOALS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

interface PageLoad {
  name: string;
  path: string;
  jsGzip: number;
  cssGzip: number;
  jsWire: number;
  cssWire: number;
  files: number;
}

async function main() {
  if (process.argv.includes('--no-build')) console.log('Using the existing build (apps/web/dist).');
  else execFileSync('pnpm', ['build'], { cwd: ROOT, stdio: 'inherit' });

  const dataDir = mkdtempSync(path.join(tmpdir(), 'p6-bench-web-'));
  const api = await startApp(dataDir);
  try {
    const pages = await choosePages(api.url);
    const loads: PageLoad[] = [];
    for (const page of pages) loads.push(await firstLoad(api.url, page.name, page.path));
    printLoads(loads);
    if (process.argv.includes('--no-lighthouse')) return;
    const scores: Record<string, Record<string, number>> = {};
    for (const page of pages) scores[page.name] = await lighthouseScores(`${api.url}${page.path}`);
    printScores(pages.map((p) => p.name), scores);
  } finally {
    api.child.kill('SIGTERM');
    await new Promise((resolve) => api.child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The app as `npm start` runs it, on a fresh embedded database with the demo data. */
async function startApp(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_DATA: 'on', NODE_ENV: 'production' };
  delete env.DATABASE_URL; // the embedded database, as a newcomer has
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(ROOT, 'apps/api'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Ready at (\S+)/.exec(output);
      if (ready) resolve(ready[1]!);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    child.on('exit', (code) => reject(new Error(`The app stopped (exit ${code}) before it was ready:\n${output}`)));
  });
  return { url, child };
}

/**
 * `/`, a search for a word the first demo co-op uses to say what it provides, and that co-op's
 * page: found the way a crawler would, from the sitemap and the page's own description.
 */
async function choosePages(base: string) {
  const sitemap = await (await fetch(`${base}/sitemaps/coops-1.xml`)).text();
  const coopPath = /<loc>[^<]*?(\/coops\/[^<]+)<\/loc>/.exec(sitemap)?.[1];
  if (!coopPath) throw new Error('The demo directory has no co-ops in its sitemap.');
  const html = await (await fetch(`${base}${coopPath}`)).text();
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const word = description.toLowerCase().match(/[a-z]{5,}/)?.[0] ?? 'food';
  return [
    { name: 'front page', path: '/' },
    { name: 'search', path: `/search?q=${encodeURIComponent(word)}` },
    { name: 'co-op page', path: coopPath },
  ];
}

async function firstLoad(base: string, name: string, pagePath: string): Promise<PageLoad> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: Promise<{ url: string; type: string; gzip: number; wire: number }>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      fetched.push(
        (async () => {
          const body = await response.body();
          const sizes = await response.request().sizes();
          return { url: response.url(), type, gzip: gzipSync(body).length, wire: sizes.responseBodySize };
        })(),
      );
    });
    await page.goto(`${base}${pagePath}`, { waitUntil: 'networkidle' });
    const files = await Promise.all(fetched);
    if (process.argv.includes('--files')) {
      console.log(`\n${name}: ${pagePath}`);
      for (const f of files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${(f.gzip / KIB).toFixed(1).padStart(6)} KiB  ${new URL(f.url).pathname}`);
    }
    const sum = (type: string, key: 'gzip' | 'wire') => files.filter((f) => f.type === type).reduce((n, f) => n + f[key], 0);
    return { name, path: pagePath, jsGzip: sum('script', 'gzip'), cssGzip: sum('stylesheet', 'gzip'), jsWire: sum('script', 'wire'), cssWire: sum('stylesheet', 'wire'), files: files.length };
  } finally {
    await browser.close();
  }
}

/**
 * Lighthouse's own command line in plain Node: run inside tsx, the functions Lighthouse sends to
 * the page arrive with tsx's helpers in them and fail there. CHROME_PATH points it at Debian's
 * Chromium; its defaults are the mobile settings.
 */
async function lighthouseScores(url: string): Promise<Record<string, number>> {
  const cli = require.resolve('lighthouse/cli/index.js');
  const json = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, url, '--output=json', '--quiet', `--only-categories=${Object.keys(GOALS).join(',')}`, `--chrome-flags=${CHROME_FLAGS.join(' ')}`], {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`Lighthouse exited with ${code} for ${url}`))));
  });
  const { categories, audits } = JSON.parse(json) as LighthouseResult;
  const scores: Record<string, number> = {};
  for (const id of Object.keys(GOALS)) scores[id] = Math.round((categories[id]?.score ?? 0) * 100);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
    scores[id] = audits[id]?.numericValue ?? NaN;
  }
  // What cost points, so a missed goal says where to look.
  const lost = Object.keys(GOALS).flatMap((cat) =>
    (categories[cat]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${cat}: ${ref.id}${audits[ref.id]?.displayValue ? ` (${audits[ref.id]!.displayValue})` : ''}`),
  );
  if (lost.length) console.log(`  ${url}\n    ${lost.join('\n    ')}`);
  return scores;
}

interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score: number | null; numericValue?: number; displayValue?: string } | undefined>;
}

function printLoads(loads: PageLoad[]) {
  const kib = (n: number) => `${(n / KIB).toFixed(1)} KiB`;
  console.log('\nFirst load, empty cache (scripts and stylesheets)');
  console.log('| page | JS gzip | budget | CSS gzip | budget | JS+CSS on the wire | files |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const l of loads) {
    const js = `${kib(l.jsGzip)}${l.jsGzip > BUDGET.js ? ' **over**' : ''}`;
    const css = `${kib(l.cssGzip)}${l.cssGzip > BUDGET.css ? ' **over**' : ''}`;
    console.log(`| ${l.name} (${l.path}) | ${js} | ${kib(BUDGET.js)} | ${css} | ${kib(BUDGET.css)} | ${kib(l.jsWire + l.cssWire)} | ${l.files} |`);
  }
}

function printScores(names: string[], scores: Record<string, Record<string, number>>) {
  console.log('\nLighthouse, mobile (simulated slow 4G, 4x CPU slowdown)');
  console.log('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const name of names) {
    const s = scores[name]!;
    const cell = (id: keyof typeof GOALS) => `${s[id]}${s[id]! < GOALS[id] ? ' **below**' : ''}`;
    const ms = (v: number | undefined) => `${Math.round(v ?? NaN)} ms`;
    console.log(
      `| ${name} | ${cell('performance')} | ${cell('accessibility')} | ${cell('best-practices')} | ${cell('seo')} | ${ms(s['first-contentful-paint'])} | ${ms(s['largest-contentful-paint'])} | ${ms(s['total-blocking-time'])} | ${(s['cumulative-layout-shift'] ?? NaN).toFixed(3)} |`,
    );
  }
  console.log(`Goals: performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}, best practices ${GOALS['best-practices']}, SEO ${GOALS.seo}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
