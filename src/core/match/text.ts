/**
 * Text normalisation and tokenizing shared by the index and the page reader,
 * so that both sides of a comparison are cut the same way.
 *
 * Pipeline: fold (lower case, accents removed, typographic punctuation made
 * plain) → scan words (letters and digits; `.`, `-`, `:` and `'` join parts
 * of one token, so `RL.7.1`, `MS-LS2-3`, `VA:Cr1.2.7a` and `food-web` arrive
 * whole) → compound
 * tokens that could be standards codes are kept aside, then split into parts
 * → each part is stemmed for the text's language, stop words dropped.
 *
 * Letters outside Latin scripts are treated as separators (a known limit).
 */
import { stemEnglish, stemSpanish } from './stem';
import { LANG_HINTS_EN, LANG_HINTS_ES, STOP_EN, STOP_ES } from './stopwords';

export type Lang = 'en' | 'es';

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL = /[’‘ʼ´`–‑‐—ßæœøłđıºª]/g;
const SPECIAL_MAP: Record<string, string> = {
  '’': "'", '‘': "'", 'ʼ': "'", '´': "'", '`': "'",
  '–': '-', '‑': '-', '‐': '-', '—': ' ',
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ı': 'i', 'º': 'o', 'ª': 'a',
};

/** Lower case, accents removed (`Ecología` → `ecologia`), curly quotes and dashes made plain. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(SPECIAL, (ch) => SPECIAL_MAP[ch] ?? ' ');
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
function isJoiner(c: number): boolean {
  return c === 46 /* . */ || c === 45 /* - */ || c === 58 /* : */ || c === 39 /* ' */;
}

/** Words of a folded text, before stemming. */
export interface Words {
  /** Word parts in order, stop words and numbers included (grades and names are read from these). */
  words: string[];
  /** Compound tokens holding letters and digits joined by `.`, `-` or `:`: candidate standards codes. */
  codes: string[];
  /** Counts of language hint words, to guess the language. */
  enHints: number;
  esHints: number;
}

const HINT_MAX_LENGTH = Math.max(...[...LANG_HINTS_EN, ...LANG_HINTS_ES].map((w) => w.length));

/** Scan a folded text into words. Hand-written scanner: this is the hot loop of page matching. */
export function scanWords(folded: string): Words {
  const words: string[] = [];
  const codes: string[] = [];
  let enHints = 0;
  let esHints = 0;
  const n = folded.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isAlnum(folded.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let compound = false;
    let apostrophe = false;
    for (;;) {
      while (i < n && isAlnum(folded.charCodeAt(i))) i++;
      const c = folded.charCodeAt(i);
      if (i + 1 < n && isJoiner(c) && isAlnum(folded.charCodeAt(i + 1))) {
        if (c === 39) apostrophe = true;
        else compound = true;
        i++;
        continue;
      }
      break;
    }
    let tok = folded.slice(start, i);
    if (apostrophe) tok = tok.replace(/'s\b/g, '').replace(/'/g, '');
    if (!compound) {
      words.push(tok);
      // Hint words are all short: longer words skip the two set lookups.
      if (tok.length <= HINT_MAX_LENGTH) {
        if (LANG_HINTS_EN.has(tok)) enHints++;
        else if (LANG_HINTS_ES.has(tok)) esHints++;
      }
      continue;
    }
    if (/[a-z]/.test(tok) && /[0-9]/.test(tok)) codes.push(tok);
    for (const part of tok.split(/[.:-]/)) if (part) words.push(part);
  }
  return { words, codes, enHints, esHints };
}

/** Spanish when its hint words clearly outnumber English ones; English otherwise. */
export function guessLang(enHints: number, esHints: number): Lang {
  return esHints > enHints * 1.2 && esHints >= 2 ? 'es' : 'en';
}

const stemCache: Record<Lang, Map<string, string>> = { en: new Map(), es: new Map() };
const STEM_CACHE_MAX = 200_000;

/**
 * The index term for one word in one language, or '' when the word carries no
 * topic (stop word, single character, number under 100). Words with digits
 * (`1812`, `ls2`, `7th`) are kept as they are; letters-only words are stemmed.
 * Memoised: page text repeats the same few thousand words.
 */
export function termOf(word: string, lang: Lang): string {
  const cache = stemCache[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let out: string;
  if (word.length < 2 || (lang === 'en' ? STOP_EN : STOP_ES).has(word)) out = '';
  else if (/^[0-9]+$/.test(word)) out = word.length >= 3 ? word : '';
  else if (/[0-9]/.test(word)) out = word;
  else out = lang === 'en' ? stemEnglish(word) : stemSpanish(word);
  if (cache.size >= STEM_CACHE_MAX) cache.clear();
  cache.set(word, out);
  return out;
}

/** Empties the stem memo (a bulk index build fills it with the whole library's words). */
export function clearTermCache(): void {
  stemCache.en.clear();
  stemCache.es.clear();
}

export interface Tokens extends Words {
  lang: Lang;
  /** `termOf` of each word, parallel to `words`; '' for words that carry no topic. */
  terms: string[];
}

/**
 * One tokenizing pass: fold, scan, guess the language (unless given), stem.
 * The benchmark measures the matcher against this function.
 */
export function tokenize(text: string, lang?: Lang): Tokens {
  const w = scanWords(fold(text));
  const l = lang ?? guessLang(w.enHints, w.esHints);
  const terms = new Array<string>(w.words.length);
  for (let i = 0; i < w.words.length; i++) terms[i] = termOf(w.words[i]!, l);
  return { ...w, lang: l, terms };
}
