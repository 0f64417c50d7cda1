// `pnpm --filter @principle-six/api build`: compiles the API for production into dist/, so that
// `npm start` runs plain JavaScript under `node` (no TypeScript compiler in the serving process).
//
// esbuild bundles the API's own code and the workspace packages it uses (@principle-six/*, whose
// package.json points at TypeScript sources) into one file per entry point. Everything from npm
// stays outside the bundle and is loaded at run time, because several packages find files next
// to themselves (PGlite's WASM and data, Prisma's query compiler, WordNet's dictionary, argon2's
// native binding) and bundling would cut them from those files.
//
// Two things would change meaning when a module moves into dist/main.js, and the plugin below
// keeps them as they were in the module's own source file:
// - an npm package imported by a workspace package is resolved from that package's folder (pnpm
//   gives each package only its own dependencies, so apps/api cannot see packages/db's PGlite);
// - `__dirname` and `require.resolve` name the module's own folder (the migrations and the GraphQL
//   SDL are found beside their sources).
// No bundler option does either (esbuild's `packages: 'external'` would leave the workspace
// packages as TypeScript), hence this small plugin.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = path.resolve(API_DIR, '../..');
const OUT_DIR = path.join(API_DIR, 'dist');

/** What `node dist/<name>.js` runs: the server, and the command-line tools beside it. */
const ENTRY_POINTS = {
  main: 'src/main.ts',
  'import-coops': 'src/cli/import-coops.ts',
  admin: 'src/cli/site-admin.ts',
};

const isBare = (spec) => !spec.startsWith('.') && !path.isAbsolute(spec);
const isWorkspace = (spec) => spec.startsWith('@principle-six/');
const fromOutDir = (dir) => path.relative(OUT_DIR, dir).split(path.sep).join('/');
/** The workspace package a file belongs to, e.g. <repo>/packages/db; null for the API's own files. */
const workspacePackageOf = (file) => {
  const relative = path.relative(REPO_ROOT, file).split(path.sep);
  return relative[0] === 'packages' ? path.join(REPO_ROOT, 'packages', relative[1]) : null;
};

const keepModuleLocations = {
  name: 'keep-module-locations',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!isBare(args.path) || isWorkspace(args.path) || args.path.startsWith('node:')) return undefined;
      const owner = args.importer && workspacePackageOf(args.importer);
      // The API's own dependencies resolve from dist/ as they did from src/.
      if (!owner) return { path: args.path, external: true };
      return { path: `${args.path}@${fromOutDir(owner)}`, namespace: 'dependency-of', pluginData: { spec: args.path, owner } };
    });
    build.onLoad({ filter: /.*/, namespace: 'dependency-of' }, ({ pluginData: { spec, owner } }) => ({
      contents:
        `module.exports = require('node:module').createRequire(require('node:path').join(__dirname, ${JSON.stringify(fromOutDir(owner))}, 'package.json'))(${JSON.stringify(spec)});`,
      loader: 'js',
    }));
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!/\b__dirname\b|\brequire\.resolve\b/.test(source)) return undefined;
      const dir = fromOutDir(path.dirname(args.path));
      const prologue =
        `const __moduleDir = require('node:path').join(__dirname, ${JSON.stringify(dir)});\n` +
        `const __moduleRequire = require('node:module').createRequire(require('node:path').join(__moduleDir, ${JSON.stringify(path.basename(args.path))}));\n`;
      const contents = source.replace(/\b__dirname\b/g, '__moduleDir').replace(/\brequire\.resolve\b/g, '__moduleRequire.resolve');
      return { contents: prologue + contents, loader: 'ts' };
    });
  },
};

await rm(OUT_DIR, { recursive: true, force: true });
const result = await build({
  absWorkingDir: API_DIR,
  entryPoints: ENTRY_POINTS,
  outdir: OUT_DIR,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20.19',
  sourcemap: true,
  // Stack traces keep the source's function and class names (errors are logged by name).
  keepNames: true,
  tsconfig: path.join(API_DIR, 'tsconfig.json'),
  plugins: [keepModuleLocations],
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`Compiled the API into ${path.relative(REPO_ROOT, OUT_DIR)}/ (${Object.keys(ENTRY_POINTS).join(', ')}; ${(bytes / 1024 / 1024).toFixed(1)} MiB with source maps)`);
