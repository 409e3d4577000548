/**
 * Word forms numbered while a library is indexed: `scan` reads a text into
 * the numbers of its words, exactly as `scanWords(fold(text)).words` would
 * cut them, without making a string per word. Every word of 10,000 resources
 * went through a string slice and a `Map` lookup (hashing the new string)
 * before; here the scanner hashes the characters as it reads them and
 * compares them with the word already stored, so a word seen before costs no
 * allocation. Only a new word form, or a token with an apostrophe
 * (`paulsen's`, rare), takes the slow path through strings.
 */
import { fold } from './text';
import { LANG_HINTS_EN, LANG_HINTS_ES } from './stopwords';

const NON_ASCII = /[^\x00-\x7f]/;
const HINT_MAX_LENGTH = Math.max(...[...LANG_HINTS_EN, ...LANG_HINTS_ES].map((w) => w.length));
/** Hint byte per word number: an English or a Spanish language hint word. */
const HINT_EN = 1;
const HINT_ES = 2;

/** Per UTF-16 code: the lower-case code of an ASCII letter or digit, 0 for anything else (one load per character). */
const ALNUM = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) ALNUM[c] = c;
for (let c = 97; c <= 122; c++) ALNUM[c] = ALNUM[c - 32] = c;

/** Lower case of an ASCII code: A-Z to a-z. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
function isJoiner(c: number): boolean {
  return c === 46 /* . */ || c === 45 /* - */ || c === 58 /* : */ || c === 39 /* ' */;
}

export class Lexicon {
  /** Word forms by number, folded. */
  readonly words: string[] = [];
  /** Numbers of the last scanned text's words, in order (`count` of them; reused by the next scan). */
  nums = new Int32Array(256);
  count = 0;
  /** Language hint words of the last scanned text (see `scanWords`). */
  enHints = 0;
  esHints = 0;
  /** Open addressing: number + 1 per slot (0 empty). */
  private slots = new Int32Array(1 << 12);
  /**
   * Per number, side by side (one cache line per probe): the hash of its word,
   * where its characters start in `chars`, its length and its hint byte. The
   * characters are packed in one buffer (words are ASCII letters and digits),
   * so a comparison reads no string object.
   */
  private records = new Int32Array(4 << 11);
  private chars = new Uint8Array(1 << 16);
  private charsUsed = 0;

  get size(): number {
    return this.words.length;
  }

  /** Reads a text (as written: folding is done here) into `nums[0..count)`; returns `count`. */
  scan(text: string): number {
    const s = NON_ASCII.test(text) ? fold(text) : text;
    this.count = 0;
    this.enHints = 0;
    this.esHints = 0;
    const n = s.length;
    let i = 0;
    while (i < n) {
      while (i < n && ALNUM[s.charCodeAt(i)]! === 0) i++;
      if (i >= n) break;
      const start = i;
      // The first run of letters and digits, hashed on the way: most tokens are that run alone.
      let h = 0x811c9dc5;
      while (i < n) {
        const c = ALNUM[s.charCodeAt(i)]!;
        if (c === 0) break;
        h = Math.imul(h ^ c, 0x01000193);
        i++;
      }
      const c0 = s.charCodeAt(i);
      if (!(i + 1 < n && isJoiner(c0) && ALNUM[s.charCodeAt(i + 1)] !== 0)) {
        this.countHint(this.push(this.find(s, start, i, h)));
        continue;
      }
      let compound = false;
      let apostrophe = false;
      for (;;) {
        while (i < n && isAlnum(lower(s.charCodeAt(i)))) i++;
        const c = s.charCodeAt(i);
        if (i + 1 < n && isJoiner(c) && isAlnum(lower(s.charCodeAt(i + 1)))) {
          if (c === 39) apostrophe = true;
          else compound = true;
          i++;
          continue;
        }
        break;
      }
      if (apostrophe) this.slowToken(s.slice(start, i).toLowerCase(), compound);
      else if (!compound) this.countHint(this.push(this.lookup(s, start, i)));
      else {
        // Parts of a compound (`food-web`, `ms-ls2-3`): its runs of letters and digits.
        let from = start;
        for (let j = start; j <= i; j++) {
          if (j < i && isAlnum(lower(s.charCodeAt(j)))) continue;
          this.push(this.lookup(s, from, j));
          from = j + 1;
        }
      }
    }
    return this.count;
  }

  /** A token with an apostrophe, as `scanWords` reads it: `'s` dropped, other apostrophes removed. */
  private slowToken(tok: string, compound: boolean): void {
    const word = tok.replace(/'s\b/g, '').replace(/'/g, '');
    if (!compound) this.countHint(this.push(this.lookup(word, 0, word.length)));
    else for (const part of word.split(/[.:-]/)) if (part) this.push(this.lookup(part, 0, part.length));
  }

  private push(num: number): number {
    if (this.count === this.nums.length) {
      const grown = new Int32Array(this.nums.length * 2);
      grown.set(this.nums);
      this.nums = grown;
    }
    this.nums[this.count++] = num;
    return num;
  }

  private countHint(num: number): void {
    const h = this.records[num * 4 + 3]!;
    if (h === HINT_EN) this.enHints++;
    else if (h === HINT_ES) this.esHints++;
  }

  /** The number of the word `s[from..to)` (lower-cased), numbering it on first sight. */
  private lookup(s: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let j = from; j < to; j++) h = Math.imul(h ^ lower(s.charCodeAt(j)), 0x01000193);
    return this.find(s, from, to, h);
  }

  /** `lookup` with the hash of the word already computed. */
  private find(s: string, from: number, to: number, h: number): number {
    const { slots, records, chars } = this;
    const mask = slots.length - 1;
    const len = to - from;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const num = slots[at]! - 1;
      if (num < 0) return this.add(s.slice(from, to).toLowerCase(), h, at);
      const r = num * 4;
      if (records[r] !== h || records[r + 2] !== len) continue;
      const start = records[r + 1]!;
      let j = 0;
      while (j < len && chars[start + j] === lower(s.charCodeAt(from + j))) j++;
      if (j === len) return num;
    }
  }

  private add(word: string, h: number, at: number): number {
    const num = this.words.length;
    this.words.push(word);
    if ((num + 1) * 4 > this.records.length) {
      const records = new Int32Array(this.records.length * 2);
      records.set(this.records);
      this.records = records;
    }
    if (this.charsUsed + word.length > this.chars.length) {
      const chars = new Uint8Array(Math.max(this.chars.length * 2, this.charsUsed + word.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let j = 0; j < word.length; j++) this.chars[this.charsUsed + j] = word.charCodeAt(j);
    const r = num * 4;
    this.records[r] = h;
    this.records[r + 1] = this.charsUsed;
    this.records[r + 2] = word.length;
    if (word.length <= HINT_MAX_LENGTH) this.records[r + 3] = LANG_HINTS_EN.has(word) ? HINT_EN : LANG_HINTS_ES.has(word) ? HINT_ES : 0;
    this.charsUsed += word.length;
    this.slots[at] = num + 1;
    if (this.words.length * 2 > this.slots.length) this.rehash();
    return num;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let num = 0; num < this.words.length; num++) {
      let at = this.records[num * 4]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = num + 1;
    }
    this.slots = slots;
  }
}
