/**
 * The matching engine: which unit is this LMS page about, and what should the
 * librarian bring.
 *
 * Index (built once, then updated one record at a time):
 * - a dictionary of stems and of stem pairs (bigrams, so "civil war" and
 *   "civil rights" are different things); text is read in an English view,
 *   and, unless it is clearly English, in a Spanish view too (flag bits 1 and
 *   2; identical entries serve both); a page is read in its own language;
 * - per unit, its terms with BM25F field weights: title and keywords above
 *   description, plus the titles, keywords and descriptions of the resources
 *   tagged for it (what the library holds for a unit says what it is about);
 *   postings are derived from these lazily, in flat typed arrays;
 * - document frequencies over units and resources, for idf;
 * - standards codes and their parents; resource titles and author names as
 *   phrases; contacts by name and email.
 *
 * Matching a page: read the title, the course name and the first `textCap`
 * characters of the text (20,000 by default, so the cost stays bounded) once
 * (fold, scan, stem, look up: one cached lookup per word form), keep the
 * page's most telling terms (all of title and course name, the
 * `maxQueryTerms` strongest of the body), and score only the units and
 * resources they reach.
 * Signals: term relevance, phrases, standards, resource titles and authors
 * found on the page, teachers named, grade and subject from the course name
 * and title, the unit's dates. A unit is returned only with enough content
 * evidence (text anchored by a rare term from its title, keywords or
 * resources' titles; or a standard; or a resource title found), and a total
 * over the threshold: teacher, grade, subject and dates only adjust. Pages
 * about nothing in the library stay silent. One exception, with its own rule:
 * a page booking the library for a named teacher points to that teacher's
 * current unit.
 */
import type { Contact, Library, PageContext, Resource, Stored, Unit } from '../types';
import type { Evidence, EvidenceKind, Matcher, MatchResult, ResourceMatch, UnitMatch } from './types';
import { clearTermCache, fold, guessLang, scanWords, termOf, type Lang } from './text';
import { parseStandard } from './standards';
import { courseGrades, gradesAt, isGradeTrigger, subjectsIn, type SubjectGroup } from './signals';
import { NameIndex, type NameWord } from './names';
import { DATE_WEIGHTS, dateLabel, dateScore, dayOfDate, dayOfIso, unitDays } from './dates';
import { PairTable } from './pairs';
import { Int32Slab } from './slab';
import { Lexicon } from './lexicon';

export interface MatchOptions {
  /** Most units returned (default 5). */
  maxUnits?: number;
  /** Most resources returned (default 10). */
  maxResources?: number;
  /** Characters of `page.text` read (default 20,000); title and course name are read up to 300 each. */
  textCap?: number;
  /** Body terms used to score units, the strongest first (default 48); title and course name terms are always used. */
  maxQueryTerms?: number;
}

/**
 * General weights, tuned on the whole evaluation set, never per case.
 * Scores are sums of "points"; one strong clue (a standards code, a resource
 * title) is worth about one threshold.
 */
export const WEIGHTS = {
  /** BM25F over unit fields: title, keywords, subject, description, tagged resources' titles (with keywords and authors), their descriptions. */
  unitField: [3, 2.5, 1.5, 1, 1.2, 0.3],
  unitB: [0.3, 0.3, 0, 0.6, 0.5, 0.75],
  k1: 1.2,
  /** Resource relevance vector: title, keywords, author, subjects, description. */
  resourceField: [3, 2, 1, 0.5, 1],
  /** How much a term in the course name counts, against 1 for the page title. */
  coursePresence: 0.8,
  /** A variant (same first letters, different ending) counts this much of an exact match. */
  variantPresence: 0.7,
  /** Body presence tf/(tf + k·(1−b+b·L/avg)): one mention in a long page says little. */
  bodyK: 1.2,
  bodyB: 0.75,
  bodyAvgWords: 250,
  standardExact: 5,
  standardCap: 10,
  resourceTitle: 3,
  resourceAuthor: 1.5,
  resourceCap: 9,
  teacher: 2,
  gradeMatch: 1,
  gradeMatchWeak: 0.5,
  gradeMismatch: 0.45,
  gradeMismatchWeak: 0.8,
  subjectMatch: 0.75,
  subjectMismatch: 0.65,
  dates: DATE_WEIGHTS,
  /**
   * A unit needs this much text/standards/resource evidence before anything
   * else counts: with an anchor (a rare term, idf ≥ anchorIdf, from the unit's
   * title, keywords or its resources' titles, found in the page title or course
   * name or twice in the body, or two such terms found once; or a standard or
   * a resource title), or more without one.
   */
  contentMin: 1,
  contentMinUnanchored: 4,
  anchorIdf: 0.6,
  anchorPresence: 0.3,
  /** Stem length from which one mention in the body anchors alone (pairs always do). */
  anchorLongTerm: 7,
  /** And this total score to be returned. */
  threshold: 4.5,
  /** Units scoring under this share of the best one are dropped. */
  relativeCut: 0.35,
  /** confidence = 1 − exp(−score / confScale). */
  confScale: 8,
  /** Resources matching the page directly, without a matched unit: minimum relevance. */
  directRelevance: 0.55,
  /** Minimum summed idf of a multi-word title for "title found on the page" to count alone. */
  phraseMinIdf: 0.9,
  /** Minimum idf of a one-word title ("Hatchet") for it to count as found on the page. */
  singleTitleIdf: 0.6,
  /** Page terms that can bring a resource directly: idf and presence at least these. */
  strongIdf: 0.3,
  strongPresence: 0.5,
};

const VIEWS: ReadonlyArray<readonly [Lang, number]> = [
  ['en', 1],
  ['es', 2],
];
/**
 * Entry flags: views in the low bits (1 English, 2 Spanish), then a bigram,
 * and in an anchor field: the unit's title, keywords or resource titles, where
 * a rare term names the topic.
 */
const F_BIGRAM = 4;
const F_ANCHOR = 8;

/** Unit fields. */
const U_TITLE = 0;
const U_KW = 1;
const U_SUBJ = 2;
const U_DESC = 3;
const U_RES_TITLE = 4;
const U_RES_DESC = 5;
const U_FIELDS = 6;

/** BM25F weights lie in (0, k1 + 1]: stored in postings as multiples of this step. */
const SAT_STEP = (WEIGHTS.k1 + 1) / 0xffff;
/** Resource relevance weights lie in [0, 4]: stored as multiples of this step. */
const W_STEP = 1 / 50;

/** Resource fields. */
const R_TITLE = 0;
const R_KW = 1;
const R_AUTHOR = 2;
const R_SUBJ = 3;
const R_DESC = 4;
const R_FIELDS = 5;
/**
 * A resource entry is two int32s: the term id, then packed bytes: flags
 * (views, bigram, title word), term frequencies for the units it is tagged
 * for (in title, keywords and author; in the description), and its relevance
 * weight in W_STEPs (read with `>>> 24`).
 */
const RB_TF_TITLE = 8;
const RB_TF_DESC = 16;
const RB_WEIGHT = 24;
/** Resource entry flag: a single word of the title (indexed in the title postings). */
const F_TITLE_WORD = 16;

/** Term flags: a one-word resource title, the last pair of a phrase, a word of a resource title. */
const T_SINGLE_TITLE = 1;
const T_PHRASE_KEY = 2;
const T_IN_TITLES = 4;

/** Page regions, as bits; SCORED marks a term used to score units. */
const IN_TITLE = 1;
const IN_COURSE = 2;
const IN_BODY = 4;
const SCORED = 8;
const REGION_MASK = 15;
const BODY_SHIFT = 4;
const BODY_ONE = 1 << BODY_SHIFT;

/**
 * A page word, looked up once per word form and cached as one small integer
 * (no object to visit per occurrence): `(termId + 2) << W_SHIFT | flags`, where the
 * id is NO_TERM for a stop word or number, UNKNOWN for a term not in the
 * dictionary, and the flags say a grade may be named here, a library, a person,
 * whether the term starts any pair (else no pair lookup after it), and
 * whether an unknown word is a variant of known terms.
 */
const W_GRADE = 1;
const W_LIBRARY = 2;
const W_NAME = 4;
const W_PAIR_START = 8;
/** An unknown word whose term is a variant of dictionary terms (see `variantsOf`). */
const W_VARIANT = 16;
const W_SHIFT = 5;
const NO_TERM = -2;
const UNKNOWN = -1;
/** Recent term ids kept to check phrases (titles and names longer than this are not looked for). */
const RING = 32;

const LIBRARY_WORDS = new Set(['library', 'libraries', 'librarian', 'biblioteca', 'bibliotecaria', 'bibliotecario']);
const OTHER_LIBRARIES = new Set(['classroom', 'class', 'home', 'public', 'digital', 'personal', 'little', 'free', 'aula', 'publica']);

/** Text evidence listed per unit, and terms spelled to choose them (phrases hide their single words). */
const EVIDENCE_LISTED = 8;
const EVIDENCE_SPELLED = 12;

/** Variants: terms sharing at least this many leading letters and `VARIANT_SHARE` of the longer one. */
const VARIANT_PREFIX = 5;
const VARIANT_SHARE = 0.7;

/**
 * A unit's terms in parallel typed arrays (an index of 500 units, each with
 * the text of its tagged resources, holds a few hundred thousand entries).
 */
interface UnitEntry {
  unit: Stored<Unit>;
  slot: number;
  ids: Int32Array;
  flags: Uint8Array;
  /** Term frequency per field, `U_FIELDS` per entry (capped at 255). */
  tf: Uint8Array;
  lens: number[];
  /** Terms as written in the unit's own fields (not its resources'), for evidence. */
  surfaces: Map<number, string>;
  /** Tagged resources whose text was indexed with the unit, by id. */
  resourceIds: number[];
  codes: Array<{ written: string; chain: string[] }>;
  grades: Set<number>;
  subjects: Set<SubjectGroup>;
  days: { start: number | null; end: number | null };
  /** Entry indexes sorted by term id, made when the unit is first shown with evidence (see entryIndex). */
  byTerm: Int32Array | null;
}

interface PhraseEntry {
  resourceId: number;
  kind: 'title' | 'author';
  ids: number[];
  views: number;
  key: number;
}

interface ResourceEntry {
  res: Stored<Resource>;
  /** Relevance vector, one int32 pair per entry: term id, packed bytes (see RB_WEIGHT). */
  data: Int32Array;
  lenTitle: number;
  lenDesc: number;
  phrases: PhraseEntry[];
  /** Summed weight × idf per view, cached for one version of the document frequencies. */
  massEn: number;
  massEs: number;
  massVersion: number;
  /** Title, keyword and author terms with their spelling, per view, read when first needed for evidence. */
  titleWords: Array<Array<[number, string]> | undefined> | null;
  /** Distinct title words per view: Spanish << 8 | English. */
  titleCounts: number;
}

interface FieldText {
  field: number;
  parts: string[];
  bigrams: boolean;
  /** Also record each part's term sequence, to find it as a phrase on pages. */
  phrases?: PhraseEntry['kind'];
}

/** A document's terms, flat: entry i < n is `ids[i]` in `views[i]`, with `tf[i * U_FIELDS + field]` (buffers reused by the next `analyze`). */
interface DocTerms {
  ids: Int32Array;
  views: Uint8Array;
  bigram: Uint8Array;
  /** Term frequencies of entry i: `tfEn` (views 1 and 3) or `tfEs` (view 2) from `at[i]` (read in place, not copied). */
  tfEn: Int32Array;
  tfEs: Int32Array;
  at: Int32Array;
  n: number;
  lens: number[];
  /** First spelling of each term, from fields before `surfaceFields`. */
  surfaces: Map<number, string>;
  phrases: Array<{ kind: PhraseEntry['kind']; short: boolean; seqs: [number[] | null, number[] | null] }>;
}

/** What one page yields, held only during `match`. */
interface PageRead {
  view: number;
  lang: Lang;
  touched: number[];
  /** The last RING term ids read (-1 for an unknown word or a region break), at `seqLen`. */
  seq: Int32Array;
  seqLen: number;
  bodyLen: number;
  codes: Array<{ display: string; code: string; chain: string[] }>;
  gradesStrong: Set<number>;
  gradesWeak: Set<number>;
  subjects: Set<SubjectGroup>;
  named: Set<number>;
  foundTitle: Set<number>;
  foundAuthor: Set<number>;
  foundSingle: Set<number>;
  pageDays: number[];
  /** The page books the library ("Library - Feldstein P2", "we are going to the library"). */
  libraryVisit: boolean;
  /** The terms that score units (see selectQueryTerms). */
  scored: number[];
  /** Strong page terms found in resource titles (see WEIGHTS.strongIdf). */
  strong: number[];
  /** Words not in the dictionary but variants of terms that are, with the region of each occurrence. */
  variantWords: string[];
  variantBits: number[];
}

interface Scored {
  entry: UnitEntry;
  total: number;
  parts: Evidence[];
  /** Whether `parts` already holds the teacher, grade, subject and date evidence. */
  context: boolean;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The k-th largest value (quickselect on a copy). */
function kthLargest(values: Float64Array, k: number): number {
  const a = values.slice();
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}

/** Authors as separate names: "Paulsen, Gary", "Lee & Low", "A; B", "A and B". */
function authorNames(author: string | undefined): string[] {
  if (!author) return [];
  return author
    .split(/;|&|\band\b|\by\b/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => {
      const parts = a.split(',');
      return parts.length === 2 ? `${parts[1]!.trim()} ${parts[0]!.trim()}` : a;
    });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Remove `keep`-rejected values from a list in a map, dropping the key when the list empties. */
function filterIn<K, V>(map: Map<K, V[]>, key: K, keep: (v: V) => boolean): void {
  const list = map.get(key)?.filter(keep);
  if (list && list.length > 0) map.set(key, list);
  else map.delete(key);
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Prepared index over a library; see the file comment. */
export class MatchIndex implements Matcher {
  private readonly opts: Required<MatchOptions>;

  // Dictionary
  private readonly termIds = new Map<string, number>();
  private readonly pairs = new PairTable();
  /** Letters-only terms by their first five letters, to meet variants the stemmer leaves apart (mummify/mummies). */
  private readonly prefixIndex = new Map<string, Array<{ id: number; term: string }>>();
  private nextId = 0;
  /** Document frequency per view (English, Spanish), over units and resources. */
  private df: [Int32Array, Int32Array] = [new Int32Array(1024), new Int32Array(1024)];
  /** 1 for terms that start a pair. */
  private pairStart = new Uint8Array(1024);
  /** Length of each term (255 for a pair), capped. */
  private termLen = new Uint8Array(1024);
  /** T_* flags per term, mirrors of the resource maps so that a page's terms need no map lookup. */
  private termFlags = new Uint8Array(1024);
  /**
   * Per-document scratch while indexing, reused: a small open-addressing table
   * (`id * 2 + view + 1`, slot + 1 pairs; it stays in cache) and, per view,
   * the slots' term ids, pair flags and term frequencies (`U_FIELDS` per slot).
   */
  private accTable = new Int32Array(1024);
  private accUsed = 0;
  private accIds: [Int32Array, Int32Array] = [new Int32Array(256), new Int32Array(256)];
  private accBigram: [Uint8Array, Uint8Array] = [new Uint8Array(256), new Uint8Array(256)];
  private accTf: [Int32Array, Int32Array] = [new Int32Array(256 * U_FIELDS), new Int32Array(256 * U_FIELDS)];
  private readonly accCount = [0, 0];
  /** Output buffers of `analyze`, reused: valid until the next call. */
  private docOut = { ids: new Int32Array(0), views: new Uint8Array(0), bigram: new Uint8Array(0), at: new Int32Array(0) };
  /** Slots per view whose term frequencies the last document left, cleared by the next `analyze`. */
  private readonly accStale = [0, 0];
  /**
   * Word forms met while indexing, numbered, and each number's term id per
   * view in `wordTermIds[2 * number + view]` (-1: no term, -2: not read yet
   * in that view); ids never change.
   */
  private lexicon = new Lexicon();
  private wordTermIds = new Int32Array(0);
  /** Bumped on every change of document frequencies; idf tables and resource masses follow it lazily. */
  private dfVersion = 0;
  private idfVersion = -1;
  /** Normalised idf per view, in (0, 1]: 1 for a term in no other document. */
  private idf: [Float32Array, Float32Array] = [new Float32Array(0), new Float32Array(0)];

  // Units
  private readonly units: Array<UnitEntry | undefined> = [];
  private readonly unitSlot = new Map<number, number>();
  private readonly freeSlots: number[] = [];
  private readonly codeIndex = new Map<string, Array<{ slot: number; depth: number; written: string }>>();
  private readonly lenSums = new Array<number>(U_FIELDS).fill(0);
  private unitCount = 0;
  /** Postings (term → unit entries) in flat arrays, derived from the units; rebuilt after unit changes. */
  private postingsDirty = true;
  private postOffsets = new Int32Array(1);
  private postSlots: Uint16Array | Int32Array = new Uint16Array(0);
  /** BM25F weights quantised to 16 bits (see SAT_STEP). */
  private postSat = new Uint16Array(0);
  private postFlags = new Uint8Array(0);
  private avgLens = new Array<number>(U_FIELDS).fill(0);

  // Resources
  private readonly resources = new Map<number, ResourceEntry>();
  /** Storage of the resources' `data` arrays. */
  private readonly resourceData = new Int32Slab();
  private readonly unitResources = new Map<number, Set<number>>();
  /**
   * Resource-title word → resources, derived lazily from the resources' title
   * words (like the unit postings): the pairs for term `id` are at
   * `titleOffsets[id]..titleOffsets[id + 1]` in `titleData`, each
   * `resourceId, views << 16 | Spanish title word count << 8 | English count`.
   */
  private titleDirty = true;
  private titleOffsets = new Int32Array(1);
  private titleData = new Int32Array(0);
  private readonly phrasesByKey = new Map<number, PhraseEntry[]>();
  private readonly singleTitles = new Map<number, PhraseEntry[]>();

  // Contacts
  private readonly contacts = new Map<number, Stored<Contact>>();
  private readonly names = new NameIndex();

  // Page reading: word lookups cached per language (cleared when the dictionary or contacts change)
  private readonly wordCache: Record<Lang, Map<string, number>> = { en: new Map(), es: new Map() };
  /** Variant term ids of the unknown word forms flagged W_VARIANT. */
  private readonly variantsOf: Record<Lang, Map<string, number[]>> = { en: new Map(), es: new Map() };

  // Scratch, reused across matches (sized to the dictionary / unit slots)
  /** Per term on the current page: region bits (low 4 bits, see IN_TITLE…SCORED) and body count (the rest). */
  private pageTerm = new Int32Array(0);
  private presence = new Float32Array(0);
  private acc = new Float64Array(0);
  private accMark = new Uint8Array(0);
  private anchored = new Uint8Array(0);

  constructor(library: Library, opts: MatchOptions = {}) {
    this.opts = {
      maxUnits: opts.maxUnits ?? 5,
      maxResources: opts.maxResources ?? 10,
      textCap: opts.textCap ?? 20_000,
      maxQueryTerms: opts.maxQueryTerms ?? 48,
    };
    for (const c of library.contacts) this.upsertContact(c);
    // Resources first: each unit then takes its tagged resources' terms once.
    for (const r of library.resources) this.upsertResource(r);
    for (const u of library.units) this.upsertUnit(u);
    this.prepare();
    this.releaseBuildScratch();
  }

  /**
   * The indexing memos are big (every word of the library): dropped after a
   * full build, made again by the next update.
   * Pages fill the word memos again with their own, far fewer, words.
   */
  private releaseBuildScratch(): void {
    this.releaseWords();
    clearTermCache();
    this.docOut = { ids: new Int32Array(0), views: new Uint8Array(0), bigram: new Uint8Array(0), at: new Int32Array(0) };
  }

  /** Drops the word numbering (and each word's term ids), to start it again. */
  private releaseWords(): void {
    this.lexicon = new Lexicon();
    this.wordTermIds = new Int32Array(0);
  }

  /** Postings and idf tables, derived lazily after changes; built at once by the constructor. */
  private prepare(): void {
    if (this.postingsDirty) this.rebuildPostings();
    if (this.titleDirty) this.rebuildTitlePostings();
    if (this.idfVersion !== this.dfVersion) this.refreshIdf();
    this.ensureScratch();
  }

  // -------------------------------------------------------------------------
  // Dictionary

  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.newId();
      this.termIds.set(term, id);
      this.termLen[id] = Math.min(255, term.length);
      if (term.length >= VARIANT_PREFIX && /^[a-z]+$/.test(term)) pushTo(this.prefixIndex, term.slice(0, VARIANT_PREFIX), { id, term });
      this.clearWordCache();
    }
    return id;
  }

  private internPair(a: number, b: number): number {
    if (this.pairStart[a] === 0) {
      this.pairStart[a] = 1;
      this.clearWordCache();
    }
    let id = this.pairs.get(a, b);
    if (id < 0) {
      id = this.newId();
      this.termLen[id] = 255;
      this.pairs.set(a, b, id);
    }
    return id;
  }

  private newId(): number {
    const id = this.nextId++;
    if (id >= this.df[0].length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.df = [grow(this.df[0], (n) => new Int32Array(n)), grow(this.df[1], (n) => new Int32Array(n))];
      this.pairStart = grow(this.pairStart, (n) => new Uint8Array(n));
      this.termLen = grow(this.termLen, (n) => new Uint8Array(n));
      this.termFlags = grow(this.termFlags, (n) => new Uint8Array(n));
    }
    return id;
  }

  private clearWordCache(): void {
    for (const lang of ['en', 'es'] as const) {
      if (this.wordCache[lang].size > 0) this.wordCache[lang].clear();
      if (this.variantsOf[lang].size > 0) this.variantsOf[lang].clear();
    }
  }

  /** Recomputes the idf tables after document frequencies changed (by the constructor, then at the next match after a change). */
  private refreshIdf(): void {
    const n = this.unitCount + this.resources.size;
    const norm = Math.log(1 + (n + 0.5) / 0.5);
    // Most terms share a few small document frequencies: one logarithm per distinct value.
    const byDf = new Float32Array(256).fill(-1);
    this.idf = [0, 1].map((v) => {
      const df = this.df[v]!;
      const out = new Float32Array(this.nextId);
      for (let id = 0; id < out.length; id++) {
        const d = df[id]!;
        let x = d < 256 ? byDf[d]! : -1;
        if (x < 0) {
          x = Math.log(1 + (n - d + 0.5) / (d + 0.5)) / norm;
          if (d < 256) byDf[d] = x;
        }
        out[id] = x;
      }
      return out;
    }) as [Float32Array, Float32Array];
    this.idfVersion = this.dfVersion;
  }

  /** The term id of word number `num` in a view (-1 when it has none), interning the term on first sight. */
  private wordTerm(num: number, view: number): number {
    const at = num * 2 + view;
    if (at >= this.wordTermIds.length) {
      const grown = new Int32Array(Math.max(4096, at * 2)).fill(-2);
      grown.set(this.wordTermIds);
      this.wordTermIds = grown;
    }
    let id = this.wordTermIds[at]!;
    if (id === -2) {
      const t = termOf(this.lexicon.words[num]!, VIEWS[view]![0]);
      id = t === '' ? -1 : this.intern(t);
      this.wordTermIds[at] = id;
    }
    return id;
  }

  /** Index in `accTable` of the pair for key (a term in a view), or of the empty pair where it goes. */
  private accFind(key: number): number {
    const t = this.accTable;
    const mask = (t.length >> 1) - 1;
    let h = Math.imul(key, 0x9e3779b1) & mask;
    while (t[h * 2] !== 0 && t[h * 2] !== key) h = (h + 1) & mask;
    return h * 2;
  }

  /** The slot (+1) of a term in a view in the current document, or 0. */
  private accSlotOf(view: number, id: number): number {
    return this.accTable[this.accFind(id * 2 + view + 1) + 1]!;
  }

  private accAdd(view: number, id: number, field: number, by: number, bigram: boolean): void {
    const key = id * 2 + view + 1;
    let at = this.accFind(key);
    let slot = this.accTable[at + 1]!;
    if (slot === 0) {
      if ((this.accUsed + 1) * 2 > this.accTable.length >> 1) {
        this.growAccTable();
        at = this.accFind(key);
      }
      slot = ++this.accCount[view]!;
      if (slot > this.accIds[view]!.length) this.growAcc(view);
      this.accIds[view]![slot - 1] = id;
      this.accBigram[view]![slot - 1] = bigram ? 1 : 0;
      this.accTable[at] = key;
      this.accTable[at + 1] = slot;
      this.accUsed++;
    }
    this.accTf[view]![(slot - 1) * U_FIELDS + field]! += by;
  }

  private growAccTable(): void {
    const old = this.accTable;
    this.accTable = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      const at = this.accFind(old[i]!);
      this.accTable[at] = old[i]!;
      this.accTable[at + 1] = old[i + 1]!;
    }
  }

  private growAcc(view: number): void {
    const n = this.accIds[view]!.length * 2;
    const ids = new Int32Array(n);
    ids.set(this.accIds[view]!);
    const big = new Uint8Array(n);
    big.set(this.accBigram[view]!);
    const tf = new Int32Array(n * U_FIELDS);
    tf.set(this.accTf[view]!);
    this.accIds[view] = ids;
    this.accBigram[view] = big;
    this.accTf[view] = tf;
  }

  /**
   * Terms of a document's fields. Clearly English text (more English than
   * Spanish hint words) is read in the English view only; Spanish or undecided
   * text (short keywords, names) in both, so that an English page quoting
   * Spanish words and a Spanish page both meet it. `extra` adds more terms
   * (a unit's resources) before the views are merged: identical entries serve
   * both views.
   */
  private analyze(fields: FieldText[], surfaceFields = 0, extra?: () => void): DocTerms {
    // Bounded over a long life of single updates: numbering starts again.
    if (this.lexicon.size >= 300_000) this.releaseWords();
    const lex = this.lexicon;
    for (let v = 0; v < 2; v++) {
      this.accTf[v]!.fill(0, 0, this.accStale[v]! * U_FIELDS);
      this.accStale[v] = 0;
    }
    const lens = new Array<number>(U_FIELDS).fill(0);
    const surfaces = new Map<number, string>();
    const phrases: DocTerms['phrases'] = [];
    for (const f of fields) {
      const keep = f.field < surfaceFields;
      for (const part of f.parts) {
        const count = lex.scan(part);
        const nums = lex.nums;
        lens[f.field]! += count;
        const views = lex.enHints > lex.esHints ? 1 : 3;
        const seqs: [number[] | null, number[] | null] = f.phrases ? [[], views & 2 ? [] : null] : [null, null];
        let prevEn = -1;
        let prevEs = -1;
        // The last pair interned: the Spanish view often reads the same pair as the English one just did.
        let pairA = -1;
        let pairB = -1;
        let pairId = -1;
        for (let i = 0; i < count; i++) {
          const num = nums[i]!;
          for (let v = 0; v < 2; v++) {
            if (!(views & (v + 1))) continue;
            const id = this.wordTerm(num, v);
            if (id < 0) continue;
            this.accAdd(v, id, f.field, 1, false);
            if (keep && !surfaces.has(id)) surfaces.set(id, lex.words[num]!);
            const prev = v === 0 ? prevEn : prevEs;
            if (f.bigrams && prev >= 0) {
              if (prev !== pairA || id !== pairB) {
                pairA = prev;
                pairB = id;
                pairId = this.internPair(prev, id);
              }
              const bid = pairId;
              this.accAdd(v, bid, f.field, 1, true);
              // The previous word with a term in this view (stop words skipped, as on pages).
              if (keep && !surfaces.has(bid)) surfaces.set(bid, `${surfaces.get(prev) ?? ''} ${lex.words[num]!}`);
            }
            if (v === 0) prevEn = id;
            else prevEs = id;
            seqs[v]?.push(id);
          }
        }
        if (f.phrases) phrases.push({ kind: f.phrases, short: count <= 3, seqs });
      }
    }
    extra?.();

    // Merge the views; term frequencies stay where they are (cleared by the next call).
    const [nEn, nEs] = this.accCount as [number, number];
    const [idsEn, idsEs] = this.accIds;
    const [tfEn, tfEs] = this.accTf;
    const [bigEn, bigEs] = this.accBigram;
    if (this.docOut.ids.length < nEn + nEs) {
      const size = (nEn + nEs) * 2;
      this.docOut = { ids: new Int32Array(size), views: new Uint8Array(size), bigram: new Uint8Array(size), at: new Int32Array(size) };
    }
    const { ids, views, bigram, at } = this.docOut;
    let n = 0;
    for (let s = 0; s < nEn; s++) {
      const id = idsEn[s]!;
      const o = this.accSlotOf(1, id) - 1;
      let same = o >= 0;
      for (let f = 0; same && f < U_FIELDS; f++) same = tfEn[s * U_FIELDS + f] === tfEs[o * U_FIELDS + f];
      ids[n] = id;
      views[n] = same ? 3 : 1;
      bigram[n] = bigEn[s]!;
      at[n] = s * U_FIELDS;
      n++;
      if (o >= 0) {
        if (!same) {
          ids[n] = id;
          views[n] = 2;
          bigram[n] = bigEs[o]!;
          at[n] = o * U_FIELDS;
          n++;
        }
        idsEs[o] = -1; // consumed
      }
    }
    for (let s = 0; s < nEs; s++) {
      const id = idsEs[s]!;
      if (id < 0) continue;
      ids[n] = id;
      views[n] = 2;
      bigram[n] = bigEs[s]!;
      at[n] = s * U_FIELDS;
      n++;
    }
    this.accTable.fill(0);
    this.accUsed = 0;
    for (let v = 0; v < 2; v++) {
      this.accStale[v] = this.accCount[v]!;
      this.accCount[v] = 0;
    }
    return { ids, views, bigram, tfEn, tfEs, at, n, lens, surfaces, phrases };
  }

  /** Counts a unit's terms in or out of the document frequencies. */
  private countDf(ids: Int32Array, flags: Uint8Array, delta: 1 | -1): void {
    this.dfVersion++;
    for (let i = 0; i < ids.length; i++) {
      if (flags[i]! & 1) this.df[0][ids[i]!]! += delta;
      if (flags[i]! & 2) this.df[1][ids[i]!]! += delta;
    }
  }

  /** Counts a resource's terms in or out of the document frequencies. */
  private countResourceDf(r: ResourceEntry, delta: 1 | -1): void {
    this.dfVersion++;
    for (let i = 0; i < r.data.length; i += 2) {
      const f = r.data[i + 1]!;
      if (f & 1) this.df[0][r.data[i]!]! += delta;
      if (f & 2) this.df[1][r.data[i]!]! += delta;
    }
  }

  // -------------------------------------------------------------------------
  // Units

  upsertUnit(unit: Stored<Unit>): void {
    this.removeUnit(unit.id);
    const slot = this.freeSlots.pop() ?? this.units.length;
    const resourceIds = [...(this.unitResources.get(unit.id) ?? [])].filter((r) => this.resources.has(r)).sort((a, b) => a - b);
    const tagged = resourceIds.map((r) => this.resources.get(r)!);
    // The tagged resources' terms, as already read for the resources themselves.
    const addResources = () => {
      for (const r of tagged) {
        for (let i = 0; i < r.data.length; i += 2) {
          const id = r.data[i]!;
          const packed = r.data[i + 1]!;
          const f = packed & 0xff;
          const tfTitle = (packed >>> RB_TF_TITLE) & 0xff;
          const tfDesc = (packed >>> RB_TF_DESC) & 0xff;
          for (let v = 0; v < 2; v++) {
            if (!(f & (v + 1))) continue;
            if (tfTitle) this.accAdd(v, id, U_RES_TITLE, tfTitle, (f & F_BIGRAM) !== 0);
            if (tfDesc) this.accAdd(v, id, U_RES_DESC, tfDesc, (f & F_BIGRAM) !== 0);
          }
        }
      }
    };
    const doc = this.analyze(
      [
        { field: U_TITLE, parts: [unit.title], bigrams: true },
        { field: U_KW, parts: unit.keywords, bigrams: true },
        { field: U_SUBJ, parts: [unit.subject], bigrams: true },
        { field: U_DESC, parts: [unit.description], bigrams: true },
      ],
      U_RES_TITLE,
      addResources,
    );
    for (const r of tagged) {
      doc.lens[U_RES_TITLE]! += r.lenTitle;
      doc.lens[U_RES_DESC]! += r.lenDesc;
    }
    const n = doc.n;
    const entry: UnitEntry = {
      unit,
      slot,
      ids: new Int32Array(n),
      flags: new Uint8Array(n),
      tf: new Uint8Array(n * U_FIELDS),
      lens: doc.lens,
      surfaces: doc.surfaces,
      resourceIds,
      codes: [],
      grades: new Set(unit.grades),
      subjects: subjectsIn(scanWords(fold(unit.subject)).words),
      days: unitDays(unit),
      byTerm: null,
    };
    for (let i = 0; i < n; i++) {
      entry.ids[i] = doc.ids[i]!;
      const tf = doc.views[i] === 2 ? doc.tfEs : doc.tfEn;
      const from = doc.at[i]!;
      const anchor = tf[from + U_TITLE]! + tf[from + U_KW]! + tf[from + U_RES_TITLE]! > 0;
      entry.flags[i] = doc.views[i]! | (doc.bigram[i] ? F_BIGRAM : 0) | (anchor ? F_ANCHOR : 0);
      for (let f = 0; f < U_FIELDS; f++) entry.tf[i * U_FIELDS + f] = Math.min(255, tf[from + f]!);
    }
    this.countDf(entry.ids, entry.flags, 1);
    for (const written of unit.standards) {
      const parsed = parseStandard(written);
      if (!parsed || entry.codes.some((c) => c.chain[0] === parsed.code)) continue;
      entry.codes.push({ written: written.trim(), chain: parsed.chain });
      parsed.chain.forEach((key, depth) => pushTo(this.codeIndex, key, { slot, depth, written: written.trim() }));
    }
    this.units[slot] = entry;
    this.unitSlot.set(unit.id, slot);
    doc.lens.forEach((l, f) => (this.lenSums[f]! += l));
    this.unitCount++;
    this.postingsDirty = true;
  }

  removeUnit(id: number): void {
    const slot = this.unitSlot.get(id);
    if (slot === undefined) return;
    const entry = this.units[slot]!;
    this.countDf(entry.ids, entry.flags, -1);
    for (const c of entry.codes) for (const key of c.chain) filterIn(this.codeIndex, key, (e) => e.slot !== slot);
    entry.lens.forEach((l, f) => (this.lenSums[f]! -= l));
    this.units[slot] = undefined;
    this.unitSlot.delete(id);
    this.freeSlots.push(slot);
    this.unitCount--;
    this.postingsDirty = true;
  }

  /** Re-index units whose tagged resources changed (none during construction: units come last). */
  private refreshUnits(unitIds: number[]): void {
    if (this.unitCount === 0) return;
    for (const id of new Set(unitIds)) {
      const slot = this.unitSlot.get(id);
      if (slot !== undefined) this.upsertUnit(this.units[slot]!.unit);
    }
  }

  /** Per-field BM25F length normalisation of a unit, against the current averages. */
  private norms(entry: UnitEntry): number[] {
    const b = WEIGHTS.unitB;
    return entry.lens.map((len, f) => {
      const a = this.avgLens[f]!;
      return a > 0 ? 1 - b[f]! + (b[f]! * len) / a : 1;
    });
  }

  /** BM25F saturated weight of a unit's entry `i`. */
  private sat(entry: UnitEntry, i: number, norms: number[]): number {
    const { unitField, k1 } = WEIGHTS;
    let wtf = 0;
    for (let f = 0; f < U_FIELDS; f++) {
      const tf = entry.tf[i * U_FIELDS + f]!;
      if (tf > 0) wtf += (unitField[f]! * tf) / norms[f]!;
    }
    return (wtf * (k1 + 1)) / (wtf + k1);
  }

  /**
   * Postings from the units, in flat arrays (term → slots, weights, flags), with
   * BM25F weights against the current average field lengths. Done lazily, once
   * after any unit change, so that an update costs one rebuild of these arrays
   * (a few milliseconds at 500 units) instead of a rebuild of the index.
   */
  private rebuildPostings(): void {
    this.avgLens = this.lenSums.map((s) => (this.unitCount > 0 ? s / this.unitCount : 0));
    const offsets = new Int32Array(this.nextId + 1);
    let total = 0;
    for (const e of this.units) {
      if (!e) continue;
      for (let i = 0; i < e.ids.length; i++) offsets[e.ids[i]! + 1]!++;
      total += e.ids.length;
    }
    for (let i = 1; i < offsets.length; i++) offsets[i]! += offsets[i - 1]!;
    const cursor = offsets.slice(0, this.nextId);
    const slots = this.units.length <= 0xffff ? new Uint16Array(total) : new Int32Array(total);
    const sat = new Uint16Array(total);
    const flags = new Uint8Array(total);
    for (const e of this.units) {
      if (!e) continue;
      const norms = this.norms(e);
      for (let i = 0; i < e.ids.length; i++) {
        const pos = cursor[e.ids[i]!]!++;
        slots[pos] = e.slot;
        sat[pos] = Math.round(this.sat(e, i, norms) / SAT_STEP);
        flags[pos] = e.flags[i]!;
      }
    }
    this.postOffsets = offsets;
    this.postSlots = slots;
    this.postSat = sat;
    this.postFlags = flags;
    this.postingsDirty = false;
  }

  /**
   * Title postings (see `titleOffsets`) from the resources' title words, in the
   * order resources were added; a term's entries for two views are adjacent
   * in a resource's data and make one posting. Also marks the terms (T_IN_TITLES).
   */
  private rebuildTitlePostings(): void {
    const offsets = new Int32Array(this.nextId + 1);
    const flags = this.termFlags;
    for (let id = 0; id < this.nextId; id++) flags[id]! &= ~T_IN_TITLES;
    const each = (visit: (rid: number, id: number, views: number, counts: number) => void) => {
      for (const r of this.resources.values()) {
        const data = r.data;
        for (let i = 0; i < data.length; i += 2) {
          if (!(data[i + 1]! & F_TITLE_WORD)) continue;
          const id = data[i]!;
          let views = data[i + 1]! & 3;
          if (i + 3 < data.length && data[i + 2] === id && data[i + 3]! & F_TITLE_WORD) {
            views |= data[i + 3]! & 3;
            i += 2;
          }
          visit(r.res.id, id, views, r.titleCounts);
        }
      }
    };
    each((_, id) => offsets[id + 1]!++);
    for (let id = 1; id < offsets.length; id++) offsets[id]! += offsets[id - 1]!;
    const cursor = offsets.slice(0, this.nextId);
    const data = new Int32Array(offsets[this.nextId]! * 2);
    each((rid, id, views, counts) => {
      const at = cursor[id]!++ * 2;
      data[at] = rid;
      data[at + 1] = (views << 16) | counts;
      flags[id]! |= T_IN_TITLES;
    });
    this.titleOffsets = offsets;
    this.titleData = data;
    this.titleDirty = false;
  }

  // -------------------------------------------------------------------------
  // Resources

  upsertResource(res: Stored<Resource>): void {
    const before = this.resources.get(res.id)?.res.unitIds ?? [];
    this.detachResource(res.id);
    const authors = authorNames(res.author);
    const doc = this.analyze([
      { field: R_TITLE, parts: [res.title], bigrams: true, phrases: 'title' },
      { field: R_KW, parts: res.keywords, bigrams: true },
      { field: R_AUTHOR, parts: authors, bigrams: true, phrases: 'author' },
      { field: R_SUBJ, parts: res.subjects, bigrams: false },
      { field: R_DESC, parts: [res.description], bigrams: false },
    ]);
    const fw = WEIGHTS.resourceField;
    const descNorm = 1 / Math.max(1, Math.sqrt(doc.lens[R_DESC]! / 30));
    const n = doc.n;
    const entry: ResourceEntry = {
      res,
      data: this.resourceData.take(n * 2),
      lenTitle: doc.lens[R_TITLE]! + doc.lens[R_KW]! + doc.lens[R_AUTHOR]!,
      lenDesc: doc.lens[R_DESC]!,
      phrases: [],
      massEn: 0,
      massEs: 0,
      massVersion: -1,
      titleWords: null,
      titleCounts: 0,
    };
    // The title's word count in each view (to judge coverage): entries of one term are one per view.
    let titleEn = 0;
    let titleEs = 0;
    for (let i = 0; i < n; i++) {
      const tf = doc.views[i] === 2 ? doc.tfEs : doc.tfEn;
      const at = doc.at[i]!;
      const titleWord = tf[at + R_TITLE]! > 0 && !doc.bigram[i];
      let x = 0;
      for (let f = 0; f < R_FIELDS; f++) x += fw[f]! * tf[at + f]! * (f === R_DESC ? descNorm : 1);
      entry.data[i * 2] = doc.ids[i]!;
      entry.data[i * 2 + 1] =
        doc.views[i]! |
        (doc.bigram[i] ? F_BIGRAM : 0) |
        (titleWord ? F_TITLE_WORD : 0) |
        (Math.min(255, tf[at + R_TITLE]! + tf[at + R_KW]! + tf[at + R_AUTHOR]!) << RB_TF_TITLE) |
        (Math.min(255, tf[at + R_DESC]!) << RB_TF_DESC) |
        (Math.round(Math.min(4, x) / W_STEP) << RB_WEIGHT);
      if (titleWord) {
        if (doc.views[i]! & 1) titleEn++;
        if (doc.views[i]! & 2) titleEs++;
      }
    }
    entry.titleCounts = (Math.min(255, titleEs) << 8) | Math.min(255, titleEn);
    this.countResourceDf(entry, 1);
    this.titleDirty = true;

    // Titles and author names as phrases, per view (one variant when both views read them alike).
    // A one-word phrase only for a short title ("Hatchet", "The Outsiders"), not for one whose
    // other words are stop words ("A Day with the Firefighters").
    for (const { kind, short, seqs } of doc.phrases) {
      const [en, es] = seqs;
      const same = en && es && en.length === es.length && en.every((x, i) => x === es[i]);
      const variants: Array<[number[], number]> = same ? [[en, 3]] : [];
      if (!same) {
        if (en) variants.push([en, 1]);
        if (es) variants.push([es, 2]);
      }
      for (const [ids, views] of variants) {
        if (ids.length === 0 || (ids.length === 1 && (kind === 'author' || !short))) continue;
        const key = ids.length === 1 ? ids[0]! : this.internPair(ids[ids.length - 2]!, ids[ids.length - 1]!);
        const p: PhraseEntry = { resourceId: res.id, kind, ids, views, key };
        pushTo(ids.length === 1 ? this.singleTitles : this.phrasesByKey, key, p);
        this.termFlags[key]! |= ids.length === 1 ? T_SINGLE_TITLE : T_PHRASE_KEY;
        entry.phrases.push(p);
      }
    }
    for (const u of res.unitIds) {
      let set = this.unitResources.get(u);
      if (!set) {
        set = new Set();
        this.unitResources.set(u, set);
      }
      set.add(res.id);
    }
    this.resources.set(res.id, entry);
    this.refreshUnits([...before, ...res.unitIds]);
  }

  removeResource(id: number): void {
    const unitIds = this.resources.get(id)?.res.unitIds ?? [];
    this.detachResource(id);
    this.refreshUnits(unitIds);
  }

  private detachResource(id: number): void {
    const entry = this.resources.get(id);
    if (!entry) return;
    this.countResourceDf(entry, -1);
    this.titleDirty = true;
    for (const p of entry.phrases) {
      const single = p.ids.length === 1;
      const map = single ? this.singleTitles : this.phrasesByKey;
      filterIn(map, p.key, (x) => x !== p);
      if (!map.has(p.key)) this.termFlags[p.key]! &= ~(single ? T_SINGLE_TITLE : T_PHRASE_KEY);
    }
    for (const u of entry.res.unitIds) {
      const set = this.unitResources.get(u);
      set?.delete(id);
      if (set && set.size === 0) this.unitResources.delete(u);
    }
    this.resources.delete(id);
  }

  // -------------------------------------------------------------------------
  // Contacts

  upsertContact(c: Stored<Contact>): void {
    this.contacts.set(c.id, c);
    this.names.upsert(c);
    this.clearWordCache();
  }

  removeContact(id: number): void {
    this.contacts.delete(id);
    this.names.remove(id);
    this.clearWordCache();
  }

  // -------------------------------------------------------------------------
  // Reading a page

  private ensureScratch(): void {
    if (this.pageTerm.length < this.nextId) {
      const size = Math.max(1024, Math.ceil(this.nextId * 1.25));
      this.pageTerm = new Int32Array(size);
      this.presence = new Float32Array(size);
    }
    if (this.acc.length < this.units.length) {
      const size = Math.max(64, this.units.length * 2);
      this.acc = new Float64Array(size);
      this.accMark = new Uint8Array(size);
      this.anchored = new Uint8Array(size);
    }
  }

  /** Dictionary terms sharing at least VARIANT_PREFIX leading letters and VARIANT_SHARE of the longer one. */
  private variantTerms(term: string): number[] {
    if (term.length <= VARIANT_PREFIX) return [];
    return (this.prefixIndex.get(term.slice(0, VARIANT_PREFIX)) ?? [])
      .filter((c) => commonPrefix(term, c.term) >= VARIANT_SHARE * Math.max(term.length, c.term.length))
      .map((c) => c.id);
  }

  /** The cached code of a word form (see W_SHIFT), computed on first sight. */
  private wordCode(word: string, lang: Lang): number {
    const term = termOf(word, lang);
    const id = term === '' ? NO_TERM : (this.termIds.get(term) ?? UNKNOWN);
    const variants = id === UNKNOWN ? this.variantTerms(term) : [];
    if (variants.length > 0) this.variantsOf[lang].set(word, variants);
    const flags =
      (isGradeTrigger(word) ? W_GRADE : 0) |
      (LIBRARY_WORDS.has(word) ? W_LIBRARY : 0) |
      (this.names.lookup(word) ? W_NAME : 0) |
      (id >= 0 && this.pairStart[id] === 1 ? W_PAIR_START : 0) |
      (variants.length > 0 ? W_VARIANT : 0);
    const code = ((id + 2) << W_SHIFT) | flags;
    const cache = this.wordCache[lang];
    if (cache.size >= 100_000) this.clearWordCache();
    cache.set(word, code);
    return code;
  }

  /**
   * One pass over a region's words: one cached lookup per word; stop words
   * end there. Terms are counted, pairs looked up, title and author phrases,
   * grades, people and library visits spotted on the way.
   */
  private scanRegion(words: readonly string[], bit: number, page: PageRead): void {
    const { lang, view, seq, touched } = page;
    const pageTerm = this.pageTerm;
    const inc = bit === IN_BODY ? BODY_ONE : 0;
    const cache = this.wordCache[lang];
    const body = bit === IN_BODY;
    let bodyLen = 0;
    let prev = -1;
    let prevPairs = false;
    let prevName: NameWord | undefined;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const code = cache.get(word) ?? this.wordCode(word, lang);
      if (code & (W_GRADE | W_LIBRARY | W_NAME)) {
        if (code & W_GRADE && bit !== IN_COURSE) gradesAt(words, i, body ? page.gradesWeak : page.gradesStrong);
        // "The library", not a classroom, home or public one.
        if (code & W_LIBRARY && !(i > 0 && OTHER_LIBRARIES.has(words[i - 1]!))) page.libraryVisit = true;
        const name = code & W_NAME ? this.names.lookup(word) : undefined;
        if (name) this.names.pair(prevName, name, page.named);
        prevName = name;
      } else prevName = undefined;
      const id = (code >> W_SHIFT) - 2;
      if (id === NO_TERM) continue;
      bodyLen++;
      seq[page.seqLen++ % RING] = id;
      if (id === UNKNOWN) {
        prev = -1;
        prevPairs = false;
        if (code & W_VARIANT) {
          page.variantWords.push(word);
          page.variantBits.push(bit);
        }
        continue;
      }
      const v = pageTerm[id]!;
      if (v === 0) touched.push(id);
      pageTerm[id] = (v | bit) + inc;
      if (prevPairs) {
        const bid = this.pairs.get(prev, id);
        if (bid >= 0) {
          const w = pageTerm[bid]!;
          if (w === 0) touched.push(bid);
          pageTerm[bid] = (w | bit) + inc;
          if (this.termFlags[bid]! & T_PHRASE_KEY) this.checkPhrases(this.phrasesByKey.get(bid)!, view, page);
        }
      }
      prev = id;
      prevPairs = (code & W_PAIR_START) !== 0;
    }
    seq[page.seqLen++ % RING] = -1;
    if (body) page.bodyLen += bodyLen;
  }

  /** Phrases are keyed by their last pair; check the words before it in the ring of recent ids. */
  private checkPhrases(phrases: PhraseEntry[], view: number, page: PageRead): void {
    const end = page.seqLen;
    for (const p of phrases) {
      const n = p.ids.length;
      if (!(p.views & view) || n > end || n > RING) continue;
      let ok = true;
      for (let k = 0; k < n - 2 && ok; k++) ok = page.seq[(end - n + k) % RING] === p.ids[k];
      if (ok) (p.kind === 'title' ? page.foundTitle : page.foundAuthor).add(p.resourceId);
    }
  }

  private readPage(page: PageContext): PageRead {
    const title = scanWords(fold(page.title.slice(0, 300)));
    const course = scanWords(fold(`${page.courseName ?? ''} ${page.courseCode ?? ''}`.slice(0, 300)));
    const body = scanWords(fold(page.text.slice(0, this.opts.textCap)));
    const lang = guessLang(title.enHints + course.enHints + body.enHints, title.esHints + course.esHints + body.esHints);
    const read: PageRead = {
      view: lang === 'en' ? 1 : 2,
      lang,
      touched: [],
      seq: new Int32Array(RING),
      seqLen: 0,
      bodyLen: 0,
      codes: [],
      gradesStrong: courseGrades(course.words),
      gradesWeak: new Set(),
      subjects: new Set([...subjectsIn(course.words), ...subjectsIn(title.words)]),
      named: new Set(),
      foundTitle: new Set(),
      foundAuthor: new Set(),
      foundSingle: new Set(),
      pageDays: page.dates.map(dayOfIso).filter((d): d is number => d !== null),
      libraryVisit: false,
      scored: [],
      strong: [],
      variantWords: [],
      variantBits: [],
    };
    for (const person of page.people) for (const id of this.names.resolvePerson(person)) read.named.add(id);
    this.names.findLastNames(course.words, read.named, () => false);
    this.names.findLastNames(title.words, read.named, (w) => this.termIds.has(termOf(w, lang)));
    this.scanRegion(title.words, IN_TITLE, read);
    this.scanRegion(course.words, IN_COURSE, read);
    this.scanRegion(body.words, IN_BODY, read);
    if (read.gradesWeak.size > 3) read.gradesWeak.clear(); // a school-wide page names every grade

    const seen = new Set<string>();
    for (const raw of [...title.codes, ...course.codes, ...body.codes]) {
      const parsed = parseStandard(raw);
      if (!parsed || seen.has(parsed.code)) continue;
      seen.add(parsed.code);
      read.codes.push({ display: raw.toUpperCase(), code: parsed.code, chain: parsed.chain });
    }
    return read;
  }

  private clearScratch(read: PageRead): void {
    for (const id of read.touched) {
      this.pageTerm[id] = 0;
      this.presence[id] = 0;
    }
  }

  // -------------------------------------------------------------------------
  // Matching

  match(page: PageContext, now: Date): MatchResult {
    this.prepare();
    const read = this.readPage(page);
    try {
      return this.score(read, now);
    } finally {
      this.clearScratch(read);
    }
  }

  /** Presence of each page term, 0..1: title 1, course name 0.8, body by saturation. */
  private weighTerms(read: PageRead): void {
    const W = WEIGHTS;
    const idf = this.idf[read.view - 1]!;
    const bodyNorm = W.bodyK * (1 - W.bodyB + (W.bodyB * read.bodyLen) / W.bodyAvgWords);
    const presenceOf = (bits: number, tf: number) =>
      1 - (1 - (bits & IN_TITLE ? 1 : 0)) * (1 - (bits & IN_COURSE ? W.coursePresence : 0)) * (1 - (tf > 0 ? tf / (tf + bodyNorm) : 0));
    for (const id of read.touched) {
      const v = this.pageTerm[id]!;
      const bits = v & REGION_MASK;
      const tf = v >> BODY_SHIFT;
      const p = 1 - (1 - (bits & IN_TITLE ? 1 : 0)) * (1 - (bits & IN_COURSE ? W.coursePresence : 0)) * (1 - (tf > 0 ? tf / (tf + bodyNorm) : 0));
      this.presence[id] = p;
      const termIdf = idf[id]!;
      if (termIdf < W.strongIdf) continue;
      // Candidates for resources matching the page directly, and one-word titles (only rare words, see singleStrength).
      const flags = this.termFlags[id]!;
      if (p >= W.strongPresence && flags & T_IN_TITLES) read.strong.push(id);
      if (termIdf >= W.singleTitleIdf && flags & T_SINGLE_TITLE) {
        for (const s of this.singleTitles.get(id)!) if (s.views & read.view) read.foundSingle.add(s.resourceId);
      }
    }
    // Variants of words not in the dictionary count at a discount, never above an exact occurrence.
    const byWord = new Map<string, { bits: number; tf: number }>();
    read.variantWords.forEach((word, i) => {
      const bit = read.variantBits[i]!;
      const u = byWord.get(word) ?? { bits: 0, tf: 0 };
      u.bits |= bit;
      if (bit === IN_BODY) u.tf++;
      byWord.set(word, u);
    });
    const variants = this.variantsOf[read.lang];
    for (const [word, u] of byWord) {
      const p = W.variantPresence * presenceOf(u.bits, u.tf);
      for (const id of variants.get(word) ?? []) {
        if (this.pageTerm[id] === 0) read.touched.push(id);
        this.pageTerm[id]! |= u.bits;
        if (p > this.presence[id]!) this.presence[id] = p;
      }
    }
  }

  /** Marks the terms that score units: all from the title and course name, the strongest `maxQueryTerms` of the body. */
  private selectQueryTerms(read: PageRead): void {
    const { touched } = read;
    const idf = this.idf[read.view - 1]!;
    const k = this.opts.maxQueryTerms;
    const keys = new Float64Array(touched.length);
    let body = 0;
    touched.forEach((id, j) => {
      const inHead = this.pageTerm[id]! & (IN_TITLE | IN_COURSE);
      keys[j] = inHead ? Infinity : idf[id]! * this.presence[id]!;
      if (!inHead) body++;
    });
    const cut = body > k ? kthLargest(keys, touched.length - body + k) : 0;
    touched.forEach((id, j) => {
      if (keys[j]! < cut) return;
      this.pageTerm[id]! |= SCORED;
      read.scored.push(id);
    });
  }

  private score(read: PageRead, now: Date): MatchResult {
    const W = WEIGHTS;
    this.weighTerms(read);
    this.selectQueryTerms(read);

    // Text: accumulate BM25F over the postings the page's selected terms reach.
    const { acc, accMark: mark, anchored, postOffsets, postSlots, postSat, postFlags } = this;
    const idf = this.idf[read.view - 1]!;
    const cands: number[] = [];
    for (const id of read.touched) {
      if (!(this.pageTerm[id]! & SCORED) || id + 1 >= postOffsets.length) continue;
      const termIdf = idf[id]!;
      const presence = this.presence[id]!;
      const q = termIdf * presence * SAT_STEP;
      // An anchor: a rare term from a curated field, in the title or course name, twice in the body,
      // or a long word or a phrase (long words are the specific ones: "hieroglyphs", not "front")
      // once in the body (2 points); a short word once in the body is 1 point, two such are needed.
      const anchorPoints =
        termIdf < W.anchorIdf || presence < W.anchorPresence
          ? 0
          : this.pageTerm[id]! & (IN_TITLE | IN_COURSE) || this.pageTerm[id]! >> BODY_SHIFT >= 2 || this.termLen[id]! >= W.anchorLongTerm
            ? 2
            : 1;
      for (let p = postOffsets[id]!, end = postOffsets[id + 1]!; p < end; p++) {
        const f = postFlags[p]!;
        if (!(f & read.view)) continue;
        const slot = postSlots[p]!;
        if (mark[slot] === 0) {
          mark[slot] = 1;
          cands.push(slot);
        }
        acc[slot]! += q * postSat[p]!;
        if (anchorPoints > 0 && f & F_ANCHOR && anchored[slot]! < 2) anchored[slot]! += anchorPoints;
      }
    }

    // Standards: exact codes and shared parents.
    const std = new Map<number, { points: number; evidence: Evidence[] }>();
    const addTo = (map: typeof std, slot: number, e: Evidence) => {
      let s = map.get(slot);
      if (!s) {
        s = { points: 0, evidence: [] };
        map.set(slot, s);
      }
      s.points += e.weight;
      s.evidence.push(e);
      if (mark[slot] === 0) {
        mark[slot] = 1;
        cands.push(slot);
      }
    };
    for (const c of read.codes) {
      const best = new Map<number, { w: number; written: string }>();
      c.chain.forEach((key, i) => {
        for (const e of this.codeIndex.get(key) ?? []) {
          const w = W.standardExact * 0.5 ** (i + e.depth);
          if (w > (best.get(e.slot)?.w ?? 0)) best.set(e.slot, { w, written: e.written });
        }
      });
      for (const [slot, b] of best) {
        const exact = b.w === W.standardExact;
        addTo(std, slot, { kind: 'standard', value: exact ? b.written : `${c.display} (related to ${b.written})`, weight: b.w });
      }
    }

    // Resource titles and authors found on the page, credited to the units they are tagged for.
    const resEv = new Map<number, { points: number; evidence: Evidence[] }>();
    const credit = (resourceId: number, kind: EvidenceKind, value: string, weight: number) => {
      for (const unitId of this.resources.get(resourceId)?.res.unitIds ?? []) {
        const slot = this.unitSlot.get(unitId);
        if (slot !== undefined) addTo(resEv, slot, { kind, value, weight });
      }
    };
    for (const rid of read.foundTitle) credit(rid, 'resource-title', this.resources.get(rid)!.res.title, W.resourceTitle);
    for (const rid of read.foundSingle) {
      const w = W.resourceTitle * this.singleStrength(rid, read);
      if (w >= 1) credit(rid, 'resource-title', this.resources.get(rid)!.res.title, w);
    }
    for (const rid of read.foundAuthor) credit(rid, 'resource-author', this.resources.get(rid)!.res.author ?? '', W.resourceAuthor);

    // Combine per unit: numbers first, for every candidate; words only for the units returned.
    const today = dayOfDate(now);
    const scored: Scored[] = [];
    for (const slot of cands) {
      const entry = this.units[slot]!;
      const text = acc[slot]!;
      const anchor = anchored[slot]! >= 2;
      acc[slot] = 0;
      mark[slot] = 0;
      anchored[slot] = 0;
      const s = std.size > 0 ? std.get(slot) : undefined;
      const r = resEv.size > 0 ? resEv.get(slot) : undefined;
      const content = text + Math.min(s?.points ?? 0, W.standardCap) + Math.min(r?.points ?? 0, W.resourceCap);
      // Standards and resource titles are anchors by themselves; text needs a rare term from a curated field.
      if (content < (anchor || s || r ? W.contentMin : W.contentMinUnanchored)) continue;
      const c = this.context(entry, read, today, null);
      const total = (content + c.bonus) * c.factor;
      if (total >= W.threshold) scored.push({ entry, total, parts: [...(s?.evidence ?? []), ...(r?.evidence ?? [])], context: false });
    }
    if (scored.length === 0 && read.libraryVisit) {
      const visit = this.libraryVisitUnit(read, today);
      if (visit) scored.push(visit);
    }
    scored.sort((a, b) => b.total - a.total || a.entry.unit.id - b.entry.unit.id);
    const top = scored[0]?.total ?? 0;
    const kept = scored.filter((s) => s.total >= top * W.relativeCut).slice(0, this.opts.maxUnits);
    for (const s of kept) if (!s.context) this.context(s.entry, read, today, s.parts);
    const units: UnitMatch[] = kept.map((s) => ({
      unitId: s.entry.unit.id,
      score: round(s.total),
      confidence: round(1 - Math.exp(-s.total / W.confScale), 3),
      evidence: [...this.textEvidence(s.entry, read), ...s.parts].map((e) => ({ ...e, weight: round(e.weight) })),
    }));

    const resources = this.rankResources(units, read);
    const contactIds = [...read.named];
    for (const s of kept) for (const t of s.entry.unit.teacherIds) if (!contactIds.includes(t) && this.contacts.has(t)) contactIds.push(t);
    return { units, resources, contactIds };
  }

  /** Teacher, grade, subject and date signals of a unit: points, a factor, and (when `parts` is given) their evidence. */
  private context(entry: UnitEntry, read: PageRead, today: number, parts: Evidence[] | null): { bonus: number; factor: number } {
    const W = WEIGHTS;
    let bonus = 0;
    let factor = 1;
    for (const id of entry.unit.teacherIds) {
      if (!read.named.has(id)) continue;
      bonus += W.teacher;
      parts?.push({ kind: 'teacher', value: this.contacts.get(id)?.name ?? String(id), weight: W.teacher });
      break;
    }
    const grade = (grades: Set<number>, match: number, mismatch: number) => {
      if (grades.size === 0 || entry.grades.size === 0) return false;
      let hit = -1;
      for (const g of grades) if (entry.grades.has(g)) hit = hit < 0 ? g : hit;
      if (hit < 0) factor *= mismatch;
      else {
        bonus += match;
        parts?.push({ kind: 'grade', value: `grade ${hit === 0 ? 'K' : hit}`, weight: match });
      }
      return true;
    };
    if (!grade(read.gradesStrong, W.gradeMatch, W.gradeMismatch)) grade(read.gradesWeak, W.gradeMatchWeak, W.gradeMismatchWeak);
    if (read.subjects.size > 0 && entry.subjects.size > 0) {
      let hit = false;
      for (const g of read.subjects) hit ||= entry.subjects.has(g);
      if (hit) {
        bonus += W.subjectMatch;
        parts?.push({ kind: 'subject', value: entry.unit.subject, weight: W.subjectMatch });
      } else factor *= W.subjectMismatch;
    }
    const d = dateScore(entry.days, today, read.pageDays, W.dates);
    factor *= d.factor;
    bonus += d.bonus;
    if (d.bonus > 0) parts?.push({ kind: 'dates', value: dateLabel(entry.days, today, read.pageDays), weight: d.bonus });
    return { bonus, factor };
  }

  /**
   * A page that books the library for a named teacher's class, with nothing
   * else to go on, is about that teacher's unit running now or about to start
   * (as of the page's dates when it has them).
   */
  private libraryVisitUnit(read: PageRead, today: number): Scored | null {
    const W = WEIGHTS;
    let best: Scored | null = null;
    for (const entry of this.units) {
      if (!entry) continue;
      const teacher = entry.unit.teacherIds.find((id) => read.named.has(id));
      if (teacher === undefined) continue;
      if (read.gradesStrong.size > 0 && entry.grades.size > 0 && ![...read.gradesStrong].some((g) => entry.grades.has(g))) continue;
      const d = dateScore(entry.days, today, read.pageDays, W.dates);
      if (d.bonus < W.dates.soon) continue;
      const total = W.teacher + d.bonus;
      if (best && (total < best.total || (total === best.total && entry.unit.id > best.entry.unit.id))) continue;
      best = {
        entry,
        total,
        context: true,
        parts: [
          { kind: 'teacher', value: this.contacts.get(teacher)?.name ?? String(teacher), weight: W.teacher },
          { kind: 'dates', value: `${dateLabel(entry.days, today, read.pageDays)}; the class is coming to the library`, weight: d.bonus },
        ],
      };
    }
    return best;
  }

  /**
   * How telling a one-word title found on the page is, 0..1: idf squared, so
   * "Hatchet" counts and "Wonder" (a common word) barely does.
   */
  private singleStrength(resourceId: number, read: PageRead): number {
    const single = this.resources.get(resourceId)?.phrases.find((p) => p.kind === 'title' && p.ids.length === 1 && p.views & read.view);
    return single ? this.idf[read.view - 1]![single.ids[0]!]! ** 2 : 0;
  }

  /** Index of a term's entry for a view in a unit, or -1 (binary search in the unit's entries by term). */
  private entryIndex(entry: UnitEntry, id: number, view: number): number {
    const ids = entry.ids;
    const order = (entry.byTerm ??= Int32Array.from(ids.keys()).sort((a, b) => ids[a]! - ids[b]! || a - b));
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ids[order[mid]!]! < id) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < order.length && ids[order[k]!] === id; k++) if (entry.flags[order[k]!]! & view) return order[k]!;
    return -1;
  }

  /** The unit's terms that scored, strongest first; single words inside a matched phrase are left out. */
  private textEvidence(entry: UnitEntry, read: PageRead): Evidence[] {
    const norms = this.norms(entry);
    const found: Array<{ id: number; kind: EvidenceKind; weight: number; bigram: boolean }> = [];
    for (const id of read.scored) {
      const i = this.entryIndex(entry, id, read.view);
      if (i < 0) continue;
      const bits = this.pageTerm[id]! & REGION_MASK;
      const tf = (f: number) => entry.tf[i * U_FIELDS + f]!;
      // Words only from resource descriptions count, but are not listed: too incidental to show.
      if (tf(U_TITLE) + tf(U_KW) + tf(U_SUBJ) + tf(U_DESC) + tf(U_RES_TITLE) === 0) continue;
      let kind: EvidenceKind;
      if (tf(U_TITLE) > 0) kind = bits & (IN_TITLE | IN_BODY) ? 'title' : 'course';
      else if (tf(U_KW) > 0) kind = 'keyword';
      else if (tf(U_SUBJ) > 0 && bits & IN_COURSE) kind = 'course';
      else kind = 'term';
      const weight = this.idf[read.view - 1]![id]! * this.sat(entry, i, norms) * this.presence[id]!;
      found.push({ id, kind, weight, bigram: (entry.flags[i]! & F_BIGRAM) !== 0 });
    }
    // Spell only the strongest (and all tied with the last of them), then order ties by spelling.
    found.sort((a, b) => b.weight - a.weight);
    const limit = found[EVIDENCE_SPELLED - 1]?.weight ?? 0;
    const strongest = found.filter((f) => f.weight >= limit);
    const spelled = this.spellings(entry, strongest.map((f) => f.id), read.view);
    const items = strongest.map((f) => ({ ...f, value: spelled.get(f.id) ?? '' }));
    items.sort((a, b) => b.weight - a.weight || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    const phraseWords = new Set(items.filter((e) => e.bigram).flatMap((e) => e.value.split(' ')));
    return items
      .filter((e) => e.value && (e.bigram || !phraseWords.has(e.value)))
      .slice(0, EVIDENCE_LISTED)
      .map(({ kind, value, weight }) => ({ kind, value, weight }));
  }

  /**
   * How terms are written: from the unit's own fields, else from its
   * resources' titles, keywords and authors (read once per resource and view,
   * when first needed for evidence).
   */
  private spellings(entry: UnitEntry, ids: number[], view: number): Map<number, string> {
    const out = new Map<number, string>();
    const missing = new Set<number>();
    for (const id of ids) {
      const s = entry.surfaces.get(id);
      if (s !== undefined) out.set(id, s);
      else missing.add(id);
    }
    for (const rid of entry.resourceIds) {
      if (missing.size === 0) break;
      const r = this.resources.get(rid);
      if (!r) continue;
      for (const [id, word] of this.titleWords(r, view)) if (missing.delete(id)) out.set(id, word);
    }
    return out;
  }

  /** A resource's title, keyword and author terms (and pairs) with their spelling, in one view. */
  private titleWords(r: ResourceEntry, view: number): Array<[number, string]> {
    const cached = r.titleWords?.[view - 1];
    if (cached) return cached;
    const lang = VIEWS[view - 1]![0];
    const out: Array<[number, string]> = [];
    for (const part of [r.res.title, ...r.res.keywords, ...authorNames(r.res.author)]) {
      let prev = -1;
      let prevWord = '';
      for (const w of scanWords(fold(part)).words) {
        const id = this.termIds.get(termOf(w, lang)) ?? -1;
        if (id < 0) continue;
        out.push([id, w]);
        const bid = prev >= 0 ? this.pairs.get(prev, id) : -1;
        if (bid >= 0) out.push([bid, `${prevWord} ${w}`]);
        prev = id;
        prevWord = w;
      }
    }
    (r.titleWords ??= [])[view - 1] = out;
    return out;
  }

  /** Share of a resource's weighted terms present on the page, 0..1. */
  private relevance(r: ResourceEntry, read: PageRead): number {
    const vi = read.view - 1;
    const idf = this.idf[vi]!;
    const data = r.data;
    if (r.massVersion !== this.dfVersion) {
      r.massEn = 0;
      r.massEs = 0;
      for (let i = 0; i < data.length; i += 2) {
        const packed = data[i + 1]!;
        const w = packed >>> RB_WEIGHT;
        if (packed & 1) r.massEn += w * this.idf[0][data[i]!]!;
        if (packed & 2) r.massEs += w * this.idf[1][data[i]!]!;
      }
      r.massVersion = this.dfVersion;
    }
    let got = 0;
    for (let i = 0; i < data.length; i += 2) {
      const id = data[i]!;
      const p = this.presence[id]!;
      const packed = data[i + 1]!;
      if (p > 0 && packed & read.view) got += (packed >>> RB_WEIGHT) * idf[id]! * p;
    }
    const mass = vi === 0 ? r.massEn : r.massEs;
    return mass > 0 ? got / mass : 0;
  }

  private rankResources(units: UnitMatch[], read: PageRead): ResourceMatch[] {
    const W = WEIGHTS;
    const idf = this.idf[read.view - 1]!;
    const out = new Map<number, ResourceMatch>();
    const rel = new Map<number, number>();
    const relOf = (id: number) => {
      let x = rel.get(id);
      if (x === undefined) {
        x = this.relevance(this.resources.get(id)!, read);
        rel.set(id, x);
      }
      return x;
    };
    const found = (id: number) =>
      (read.foundTitle.has(id) ? 2 : read.foundSingle.has(id) ? 2 * this.singleStrength(id, read) : 0) + (read.foundAuthor.has(id) ? 1 : 0);

    // Tagged for a matched unit: the unit's confidence, lifted by relevance to this page.
    for (const u of units) {
      for (const rid of this.unitResources.get(u.unitId) ?? []) {
        if (!this.resources.has(rid)) continue;
        const score = u.confidence * (1 + 2 * relOf(rid)) + found(rid);
        const prev = out.get(rid);
        if (!prev || score > prev.score) out.set(rid, { resourceId: rid, score, via: 'unit' });
      }
    }

    // Matching the page directly: title or author found...
    for (const rid of new Set([...read.foundTitle, ...read.foundAuthor])) {
      if (out.has(rid)) continue;
      const r = this.resources.get(rid)!;
      const titleOk =
        read.foundTitle.has(rid) &&
        r.phrases.some((p) => p.kind === 'title' && p.views & read.view && p.ids.reduce((s, id) => s + idf[id]!, 0) >= W.phraseMinIdf);
      const authorOk = read.foundAuthor.has(rid) && (relOf(rid) >= 0.2 || read.foundSingle.has(rid));
      if (titleOk || authorOk) out.set(rid, { resourceId: rid, score: found(rid) + 1.5 * relOf(rid), via: 'page' });
    }
    // ...or most of its title and terms present: candidates from the page's strongest terms,
    // kept when they cover at least half of a resource's title words.
    const strong = read.strong.sort((a, b) => this.presence[b]! * idf[b]! - this.presence[a]! * idf[a]! || a - b).slice(0, 8);
    const hits = new Map<number, number>();
    const titleLen = new Map<number, number>();
    const { titleOffsets, titleData } = this;
    for (const id of strong) {
      for (let i = titleOffsets[id]! * 2, end = titleOffsets[id + 1]! * 2; i < end; i += 2) {
        const rid = titleData[i]!;
        const packed = titleData[i + 1]!;
        if (!((packed >> 16) & read.view)) continue;
        hits.set(rid, (hits.get(rid) ?? 0) + 1);
        titleLen.set(rid, read.view === 1 ? packed & 255 : (packed >> 8) & 255);
      }
    }
    for (const [rid, h] of hits) {
      if (h * 2 < titleLen.get(rid)! || out.has(rid)) continue;
      const x = relOf(rid);
      if (x >= W.directRelevance) out.set(rid, { resourceId: rid, score: 1.5 * x, via: 'page' });
    }
    return [...out.values()]
      .sort((a, b) => b.score - a.score || a.resourceId - b.resourceId)
      .slice(0, this.opts.maxResources)
      .map((r) => ({ ...r, score: round(r.score) }));
  }
}

/** Build a matcher over a library (a `MatchIndex`, which can also be updated in place). */
export function buildMatcher(library: Library, opts?: MatchOptions): MatchIndex {
  return new MatchIndex(library, opts);
}
