import type { ResourceKey } from 'i18next';
import { parseLocalePath } from './languages';

/**
 * Every translation file in the app, each its own small chunk loaded when a page first needs its
 * namespace in the chosen language. Vite resolves the pattern at build time.
 */
const files = import.meta.glob<{ default: ResourceKey }>('../**/locales/*.json');

const loaders = new Map<string, () => Promise<{ default: ResourceKey }>>();
for (const [path, load] of Object.entries(files)) {
  const file = parseLocalePath(path);
  if (file) loaders.set(`${file.language}/${file.namespace}`, load);
}

export const localePaths = Object.keys(files);

export const namespaces = [...new Set(localePaths.map((path) => parseLocalePath(path)?.namespace).filter((ns) => ns != null))];

export async function loadLocaleFile(language: string, namespace: string): Promise<ResourceKey> {
  const load = loaders.get(`${language}/${namespace}`);
  // A language without this namespace falls back to the source language's strings.
  return load ? (await load()).default : {};
}
