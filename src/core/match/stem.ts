/**
 * Light stemmers, written here so the engine needs no library.
 *
 * - English: the Porter (1980) algorithm, steps 1a–5b, as published.
 * - Spanish: a light suffix stripper (plurals, common derivational suffixes,
 *   infinitives, participles and gerunds, a final gender vowel), enough to
 *   bring `ecosistemas`/`ecosistema`, `alimentarias`/`alimentario` and
 *   `contaminación`/`contaminar` together.
 *
 * Both take a folded (lower-case, accent-free) word of letters only.
 */

// ---------------------------------------------------------------------------
// English: Porter

function isConsonant(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  // a e i o u
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return false;
  if (c === 121) return i === 0 ? true : !isConsonant(w, i - 1); // y
  return true;
}

/** Porter's m: the number of VC sequences in w[0..end). */
function measure(w: string, end: number): number {
  let n = 0;
  let i = 0;
  while (i < end && isConsonant(w, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++;
    if (i >= end) break;
    while (i < end && isConsonant(w, i)) i++;
    n++;
  }
  return n;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string, end: number): boolean {
  return end >= 2 && w[end - 1] === w[end - 2] && isConsonant(w, end - 1);
}

/** *o: stem ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(w: string, end: number): boolean {
  if (end < 3) return false;
  if (!isConsonant(w, end - 1) || isConsonant(w, end - 2) || !isConsonant(w, end - 3)) return false;
  const c = w[end - 1];
  return c !== 'w' && c !== 'x' && c !== 'y';
}

/** Replace `suffix` by `repl` when the stem before it has measure > `minM`. Returns null if the suffix is absent. */
function replaceIfM(w: string, suffix: string, repl: string, minM: number): string | null {
  if (!w.endsWith(suffix)) return null;
  const stemEnd = w.length - suffix.length;
  return measure(w, stemEnd) > minM ? w.slice(0, stemEnd) + repl : w;
}

const STEP2: ReadonlyArray<readonly [string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
  ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
  ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3: ReadonlyArray<readonly [string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent',
  'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
];

/**
 * A suffix list split by last letter, order kept: a word is only tried
 * against the suffixes ending in its own last letter (stemming every word of
 * a library while its index is built was spent mostly in `endsWith` calls
 * that could not succeed).
 */
function byLastLetter<T>(list: readonly T[], suffix: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const s = suffix(x);
    const last = s[s.length - 1]!;
    const group = out.get(last);
    if (group) group.push(x);
    else out.set(last, [x]);
  }
  return out;
}
const NONE: never[] = [];
const STEP2_BY_LAST = byLastLetter(STEP2, (x) => x[0]);
const STEP3_BY_LAST = byLastLetter(STEP3, (x) => x[0]);
const STEP4_BY_LAST = byLastLetter(STEP4, (x) => x);

export function stemEnglish(word: string): string {
  if (word.length <= 2) return word;
  let w = word;

  // Step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('ss')) { /* keep */ }
  else if (w.endsWith('s')) w = w.slice(0, -1);

  // Step 1b
  let extra = false;
  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w, w.length - 2)) {
    w = w.slice(0, -2);
    extra = true;
  } else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -3);
    extra = true;
  }
  if (extra) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (endsDoubleConsonant(w, w.length) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w, w.length) === 1 && endsCvc(w, w.length)) w += 'e';
  }

  // Step 1c
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i';

  // Step 2
  for (const [suf, rep] of STEP2_BY_LAST.get(w[w.length - 1]!) ?? NONE) {
    const r = replaceIfM(w, suf, rep, 0);
    if (r !== null) { w = r; break; }
  }
  // Step 3
  for (const [suf, rep] of STEP3_BY_LAST.get(w[w.length - 1]!) ?? NONE) {
    const r = replaceIfM(w, suf, rep, 0);
    if (r !== null) { w = r; break; }
  }
  // Step 4 (longest matching suffix; "ion" only after s or t)
  let best = '';
  for (const suf of STEP4_BY_LAST.get(w[w.length - 1]!) ?? NONE) if (suf.length > best.length && w.endsWith(suf)) best = suf;
  if (best) {
    const stemEnd = w.length - best.length;
    const ok = best !== 'ion' || w[stemEnd - 1] === 's' || w[stemEnd - 1] === 't';
    if (ok && measure(w, stemEnd) > 1) w = w.slice(0, stemEnd);
  }
  // Step 5a
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !endsCvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  // Step 5b
  if (w.endsWith('ll') && measure(w, w.length) > 1) w = w.slice(0, -1);
  return w;
}

// ---------------------------------------------------------------------------
// Spanish: light suffix stripping

/** Longest first, so `-aciones` wins over `-ones`. */
const ES_DERIVATIONAL = [
  'amientos', 'imientos', 'amiento', 'imiento', 'aciones', 'uciones', 'idades', 'adoras', 'adores',
  'ancias', 'encias', 'mente', 'acion', 'ucion', 'adora', 'ador', 'ancia', 'encia', 'idad', 'ismos',
  'istas', 'ables', 'ibles', 'ismo', 'ista', 'able', 'ible', 'osos', 'osas', 'oso', 'osa',
];
const ES_VERBAL = ['iendo', 'ando', 'ados', 'adas', 'idos', 'idas', 'ado', 'ada', 'ido', 'ida', 'ar', 'er', 'ir'];
const ES_DERIVATIONAL_BY_LAST = byLastLetter(ES_DERIVATIONAL, (x) => x);
const ES_VERBAL_BY_LAST = byLastLetter(ES_VERBAL, (x) => x);

export function stemSpanish(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  // Plurals: luces -> luz, naciones -> nacion, civiles -> civil, casas -> casa
  if (w.length >= 5 && /[aeiou]ces$/.test(w)) w = w.slice(0, -3) + 'z';
  else if (w.endsWith('es') && w.length > 4 && /[lrndzsj]es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && w.length > 4 && /[aeiou]s$/.test(w)) w = w.slice(0, -1);

  let stripped = false;
  for (const suf of ES_DERIVATIONAL_BY_LAST.get(w[w.length - 1]!) ?? NONE) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) {
      w = w.slice(0, -suf.length);
      stripped = true;
      break;
    }
  }
  if (!stripped) {
    for (const suf of ES_VERBAL_BY_LAST.get(w[w.length - 1]!) ?? NONE) {
      if (w.endsWith(suf) && w.length - suf.length >= 4) {
        w = w.slice(0, -suf.length);
        break;
      }
    }
  }
  // Gender / final vowel: ecosistema, ecosistemo -> ecosistem; rapida(mente) -> rapid
  if (w.length > 4 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  return w;
}
