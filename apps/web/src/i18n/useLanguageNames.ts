import { useEffect, useState } from 'react';
import { LANGUAGES } from './i18n';
import { loadLocaleFile } from './locale-files';

/**
 * Each language's name in itself ("Cymraeg"), as its own translation file gives it (app:
 * language.name). Browsers' Intl language names cannot be relied on: a build without a locale's
 * data names it in English. Until the files arrive, the tag stands in.
 */
export function useLanguageNames(): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>(() => Object.fromEntries(LANGUAGES.map((tag) => [tag, tag])));
  useEffect(() => {
    let live = true;
    void Promise.all(
      LANGUAGES.map(async (tag) => {
        const app = (await loadLocaleFile(tag, 'app')) as { language?: { name?: string } };
        return [tag, app.language?.name ?? tag] as const;
      }),
    ).then((found) => {
      if (live) setNames(Object.fromEntries(found));
    });
    return () => {
      live = false;
    };
  }, []);
  return names;
}
