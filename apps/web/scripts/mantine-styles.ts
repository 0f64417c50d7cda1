import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Which of Mantine's stylesheets the app needs, in the order to load them.
 *
 * Mantine's whole stylesheet is 41 KiB gzipped, more than the page's CSS budget, and most of it
 * styles components the app never draws. Mantine ships one stylesheet per component for this,
 * but a component also draws others (a Select is a Combobox in a Popover over an Input), so the
 * list is worked out here rather than by hand: from every Mantine name imported in src/, follow
 * the relative imports of Mantine's own ES modules and collect the `*.module` (CSS module) each one uses,
 * dependencies first. No library does this: Mantine documents the per-component files and leaves
 * the list to the app. `pnpm --filter @principle-six/web styles` writes src/app/mantine-styles.ts;
 * a unit test fails when that file is out of date.
 */

const PACKAGES = ['@mantine/core', '@mantine/notifications', '@mantine/charts'] as const;
type Package = (typeof PACKAGES)[number];
/** Loaded before any component's own: Mantine's reset, its CSS variables and global rules. */
const BASE = ['@mantine/core/styles/baseline.css', '@mantine/core/styles/default-css-variables.css', '@mantine/core/styles/global.css'];
/** Packages whose only stylesheet is their own whole one (small, and loaded where they are used). */
const WHOLE: Partial<Record<Package, string>> = { '@mantine/notifications': '@mantine/notifications/styles.css' };

function packageDir(webDir: string, name: Package): string {
  return realpathSync(path.join(webDir, 'node_modules', name));
}

/** Exported name -> the ES module file that defines it, read from the package's esm/index.mjs. */
function exportsOf(webDir: string, name: Package): Map<string, string> {
  const esm = path.join(packageDir(webDir, name), 'esm');
  const index = readFileSync(path.join(esm, 'index.mjs'), 'utf8');
  const files = new Map<string, string>();
  for (const m of index.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(\.[^"]+)"/g)) {
    for (const spec of m[1]!.split(',')) {
      const local = spec.trim().split(/\s+as\s+/).pop();
      if (local) files.set(local, path.join(esm, m[2]!));
    }
  }
  return files;
}

/** Every `import { a, b as c } from '<pkg>'` of the given packages in the app's source. */
function importedNames(dir: string, found = new Map<Package, Set<string>>()): Map<Package, Set<string>> {
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) {
      if (entry !== 'gql') importedNames(file, found);
      continue;
    }
    if (!/\.tsx?$/.test(entry) || /\.test\.tsx?$/.test(entry)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@mantine\/(?:core|notifications|charts))'/g)) {
      const names = found.get(m[2] as Package) ?? new Set<string>();
      for (const spec of m[1]!.split(',')) {
        const trimmed = spec.trim();
        if (!trimmed || trimmed.startsWith('type ')) continue;
        names.add(trimmed.split(/\s+as\s+/)[0]!);
      }
      found.set(m[2] as Package, names);
    }
  }
  return found;
}

/** The stylesheets, dependencies first, that the named exports of the app's imports need. */
export function mantineStylesheets(webDir: string): string[] {
  const exported = new Map(PACKAGES.map((p) => [p, exportsOf(webDir, p)] as const));
  const visited = new Set<string>();
  const sheets: string[] = [];
  const packages = new Set<Package>();

  const visitName = (pkg: Package, name: string) => {
    const file = exported.get(pkg)!.get(name);
    if (file) visitFile(file);
  };
  const visitFile = (file: string) => {
    if (visited.has(file)) return;
    visited.add(file);
    const text = readFileSync(file, 'utf8');
    const own: string[] = [];
    for (const m of text.matchAll(/(?:from\s*|import\s*)"([^"]+)"/g)) {
      const target = m[1]!;
      if (target.endsWith('.module.mjs')) {
        // Only core's components have stylesheets of their own; the other packages' are WHOLE.
        if (file.includes(`${path.sep}@mantine${path.sep}core${path.sep}`)) own.push(`@mantine/core/styles/${path.basename(target, '.module.mjs')}.css`);
      } else if (target.startsWith('.')) {
        visitFile(path.resolve(path.dirname(file), target));
      }
    }
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@mantine\/core"/g)) {
      for (const spec of m[1]!.split(',')) {
        const name = spec.trim().split(/\s+as\s+/)[0];
        if (name) visitName('@mantine/core', name);
      }
    }
    // A file's own stylesheet comes after those of everything it imports, so dependencies load
    // first and a component's own rules win over theirs at equal specificity.
    for (const sheet of own) if (!sheets.includes(sheet)) sheets.push(sheet);
  };

  for (const [pkg, names] of importedNames(path.join(webDir, 'src'))) {
    packages.add(pkg);
    for (const name of [...names].sort()) visitName(pkg, name);
  }
  const whole = PACKAGES.flatMap((p) => (packages.has(p) && WHOLE[p] ? [WHOLE[p]!] : []));
  return [...BASE, ...sheets, ...whole];
}

/** The text of src/app/mantine-styles.ts. */
export function mantineStylesModule(sheets: string[]): string {
  return [
    '// Written by `pnpm --filter @principle-six/web styles` (scripts/mantine-styles.ts): the Mantine',
    '// stylesheets of the components the app uses, dependencies first. Do not edit by hand.',
    ...sheets.map((sheet) => `import '${sheet}';`),
    '',
  ].join('\n');
}

export const STYLES_MODULE = path.join('src', 'app', 'mantine-styles.ts');
