import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closestLanguage, languagesIn, parseLocalePath, SOURCE_LANGUAGE } from './languages';
import { flatten, type Messages, pluralCategories, problemsWith, voidTagsIn } from './translations';

const SRC = join(__dirname, '..');

function localeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return localeFiles(path);
    return /\/locales\/[^/]+\.json$/.test(path) ? [relative(SRC, path)] : [];
  });
}

const paths = localeFiles(SRC);
const files = paths.map((path) => ({ path, ...parseLocalePath(path)!, messages: JSON.parse(readFileSync(join(SRC, path), 'utf8')) as Messages }));
const languages = languagesIn(paths);
const namespaces = [...new Set(files.map((f) => f.namespace))].sort();
const fileFor = (namespace: string, language: string) => files.find((f) => f.namespace === namespace && f.language === language);

describe('the translation files', () => {
  it('are found for the source language and at least one other', () => {
    expect(languages[0]).toBe(SOURCE_LANGUAGE);
    expect(languages).toContain('cy');
    expect(namespaces.length).toBeGreaterThan(10);
  });

  it('name each namespace once: no two folders share a name', () => {
    const folders = new Map<string, Set<string>>();
    for (const f of files) folders.set(f.namespace, (folders.get(f.namespace) ?? new Set()).add(f.path.replace(/\/locales\/.*/, '')));
    expect([...folders].filter(([, dirs]) => dirs.size > 1)).toEqual([]);
  });

  it('are all listed in the type declarations, so a key that does not exist fails to compile', () => {
    const declarations = readFileSync(join(__dirname, 'i18next.d.ts'), 'utf8');
    for (const namespace of namespaces) expect(declarations).toMatch(new RegExp(`['"]?${namespace}['"]?: typeof`));
  });

  describe.each(languages.filter((l) => l !== SOURCE_LANGUAGE))('%s', (language) => {
    it.each(namespaces)('translates every message of %s', (namespace) => {
      const source = fileFor(namespace, SOURCE_LANGUAGE);
      const translated = fileFor(namespace, language);
      expect(source).toBeDefined();
      expect(translated).toBeDefined();
      expect(problemsWith(source!.messages, translated!.messages, language, SOURCE_LANGUAGE)).toEqual([]);
    });
  });

  it('name each language in itself, for the switch', () => {
    const names = languages.map((language) => (fileFor('app', language)!.messages.language as Messages).name);
    expect(names.slice(0, 2)).toEqual(['English', 'Cymraeg']);
    expect(new Set(names).size).toBe(languages.length);
  });

  it.each(namespaces)('%s has no empty message in the source language', (namespace) => {
    const empty = [...flatten(fileFor(namespace, SOURCE_LANGUAGE)!.messages)].filter(([, m]) => !m.trim());
    expect(empty).toEqual([]);
  });

  it.each(namespaces)('%s wraps no words in a tag <Trans> reads as empty (<link>, <br>...)', (namespace) => {
    const wrong = files.filter((f) => f.namespace === namespace).flatMap((f) => [...flatten(f.messages)].filter(([, m]) => voidTagsIn(m).length).map(([key]) => `${f.language}:${key}`));
    expect(wrong).toEqual([]);
  });
});

describe('problemsWith (the checks themselves can fail)', () => {
  const source: Messages = { title: 'Needs', found: 'Found {{what}}', intro: { lead: 'Read <strong>this</strong>' }, needs_one: 'One need', needs_other: '{{count}} needs in {{place}}' };
  const welsh: Messages = {
    title: 'Anghenion',
    found: 'Wedi dod o hyd i {{what}}',
    intro: { lead: 'Darllenwch <strong>hwn</strong>' },
    needs_zero: 'Dim anghenion yn {{place}}',
    needs_one: 'Un angen yn {{place}}',
    needs_two: 'Dau angen yn {{place}}',
    needs_few: '{{count}} angen yn {{place}}',
    needs_many: '{{count}} angen yn {{place}}',
    needs_other: '{{count}} angen yn {{place}}',
  };

  it('passes a complete translation', () => {
    expect(problemsWith(source, welsh, 'cy', 'en-GB')).toEqual([]);
  });

  it('finds a missing key, a stray key and an empty message', () => {
    const { title, ...rest } = welsh;
    expect(title).toBeDefined();
    expect(problemsWith(source, { ...rest, extra: 'Ychwanegol', found: ' ' }, 'cy', 'en-GB')).toEqual(
      expect.arrayContaining(['title: missing', 'extra: not in the source language', 'found: empty']),
    );
  });

  it('finds a plural form Welsh needs and lacks, and one it never uses', () => {
    const { needs_two, ...rest } = welsh;
    expect(needs_two).toBeDefined();
    expect(problemsWith(source, rest, 'cy', 'en-GB')).toContain('needs: lacks the "two" form cy needs');
    expect(problemsWith(source, { ...source, needs_few: 'x' }, 'en-GB', 'en-GB')).toContain('needs: has a "few" form en-GB never uses');
  });

  it('finds a dropped or invented value and changed markup', () => {
    expect(problemsWith(source, { ...welsh, found: 'Wedi dod o hyd i {{beth}}' }, 'cy', 'en-GB')).toContain('found: interpolates {beth} where the source has {what}');
    expect(problemsWith(source, { ...welsh, needs_other: '{{count}} angen' }, 'cy', 'en-GB')).toContain('needs_other: drops {place}');
    expect(problemsWith(source, { ...welsh, intro: { lead: 'Darllenwch hwn' } }, 'cy', 'en-GB')).toContain('intro.lead: markup differs from the source');
  });

  it('finds a void element used as a tag', () => {
    expect(voidTagsIn('<link>Sign in</link> first')).toEqual(['link']);
    expect(voidTagsIn('<to>Sign in</to> and <strong>go</strong>')).toEqual([]);
  });

  it('knows Welsh has six cardinal forms and English two', () => {
    expect(pluralCategories('cy').sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(pluralCategories('en-GB').sort()).toEqual(['one', 'other']);
  });
});

describe('languages', () => {
  it('reads the namespace and language from a path', () => {
    expect(parseLocalePath('../features/pitch-round/locales/cy.json')).toEqual({ namespace: 'pitch-round', language: 'cy' });
    expect(parseLocalePath('features/search/SearchPage.tsx')).toBeNull();
  });

  it('takes a browser’s variety of a language we have as that language, and leaves others alone', () => {
    expect(closestLanguage('en-US', ['en-GB', 'cy'])).toBe('en-GB');
    expect(closestLanguage('cy-GB', ['en-GB', 'cy'])).toBe('cy');
    expect(closestLanguage('CY', ['en-GB', 'cy'])).toBe('cy');
    expect(closestLanguage('fr-FR', ['en-GB', 'cy'])).toBe('fr-FR');
  });

  it('puts the source language first', () => {
    expect(languagesIn(['a/locales/fr.json', 'a/locales/en-GB.json', 'b/locales/cy.json'])).toEqual(['en-GB', 'cy', 'fr']);
  });
});
