import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { closestLanguage, languagesIn, SOURCE_LANGUAGE } from './languages';
import { loadLocaleFile, localePaths, namespaces } from './locale-files';

export const LANGUAGES = languagesIn(localePaths);

/** Where the chosen language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'principle-six.language';

/**
 * The namespaces the header and the error messages use on every page: loaded before the first
 * draw, so the page frame never waits. A page's own namespace loads with the page's chunk.
 */
const ALWAYS_LOADED = ['app', 'lib', 'accounts', 'search', 'inbox'].filter((ns) => namespaces.includes(ns));

/** Keeps `<html lang dir>` true to the language shown, for screen readers, hyphenation and search engines. */
function markDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

export const i18nReady = i18next
  .use(resourcesToBackend(loadLocaleFile))
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    supportedLngs: LANGUAGES,
    fallbackLng: SOURCE_LANGUAGE,
    // Tags stay whole (en-GB), so each is a file of its own and an Intl locale.
    load: 'currentOnly',
    ns: ALWAYS_LOADED,
    defaultNS: 'app',
    detection: {
      // A choice made here wins; otherwise the browser's languages.
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
      // A browser's language names its own variety (en-US); the variety we have of the same
      // language (en-GB) is what it means, ahead of a language it lists after it (cy).
      convertDetectedLanguage: (tag) => closestLanguage(tag, LANGUAGES),
    },
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => markDocument(i18next.resolvedLanguage ?? SOURCE_LANGUAGE));

i18next.on('languageChanged', (language) => markDocument(i18next.resolvedLanguage ?? language));

export { i18next as i18n };
