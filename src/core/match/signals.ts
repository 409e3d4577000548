/**
 * Grade and subject read from a page: "Gr 7", "7th grade", "Grade 4",
 * "grades 6-8", "Kindergarten", "séptimo grado", a course called "Science 7";
 * "Biology", "ELA", "Social Studies", "Ciencias".
 *
 * All functions take folded words (see `scanWords`), so that the page is
 * scanned once.
 */

export type SubjectGroup = 'science' | 'math' | 'ela' | 'social' | 'arts' | 'pe' | 'tech' | 'languages';

const GRADE_WORDS = new Set(['grade', 'grades', 'gr', 'grado', 'grados', 'year', 'yr']);
const GRADE_AFTER = new Set(['grade', 'grades', 'grader', 'graders', 'grado', 'grados']);
const RANGE_WORDS = new Set(['to', 'through', 'thru', 'a', 'al']);
const LIST_WORDS = new Set(['and', 'y']);
const SCORE_WORDS = new Set(['points', 'point', 'pts', 'percent', 'out', 'puntos', 'marks']);
const ORDINALS = new Map<string, number>(Object.entries({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3,
  cuarto: 4, quinto: 5, sexto: 6, septimo: 7, octavo: 8, noveno: 9,
}));
/** Words before a number that make it something other than a grade ("Period 3", "Unit 4"). */
const NOT_GRADE_BEFORE = new Set([
  'period', 'per', 'p', 'pd', 'section', 'sec', 'block', 'blk', 'hour', 'hr', 'room', 'rm', 'unit',
  'semester', 'sem', 'quarter', 'qtr', 'q', 'term', 'group', 'team', 'lesson', 'chapter', 'ch',
  'week', 'wk', 'day', 'no', 'number', 'part', 'level', 'module', 'periodo', 'seccion', 'unidad',
  'leccion', 'capitulo', 'semana', 'grupo',
]);

function gradeNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (word === 'k' || word === 'kg') return 0;
  const m = /^(\d{1,2})(?:st|nd|rd|th|o)?$/.exec(word);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}

function addRange(out: Set<number>, a: number, b: number): void {
  if (b < a || b - a > 12) return;
  for (let g = a; g <= b; g++) out.add(g);
}

/** Words around which a grade can be named; the page reader checks only these positions. */
export function isGradeTrigger(word: string): boolean {
  return GRADE_WORDS.has(word) || GRADE_AFTER.has(word) || word === 'kindergarten' || word === 'kinder';
}

/**
 * The grades named at position `i`: after "grade(s)/gr/grado" (with ranges and
 * lists), an ordinal before "grade" ("7th grade", "séptimo grado", checked at
 * the word "grade"), "kindergarten".
 */
export function gradesAt(words: readonly string[], i: number, out: Set<number>): void {
  const w = words[i]!;
  if (GRADE_WORDS.has(w)) {
    const a = gradeNumber(words[i + 1]);
    const next = words[i + 2];
    // "Grade: 10 points" is a score, not a grade level.
    if (a !== null && !(next !== undefined && SCORE_WORDS.has(next))) {
      out.add(a);
      const direct = gradeNumber(next);
      if (direct !== null) addRange(out, a, direct); // "grades 6-8" arrives as 6, 8
      else if (next !== undefined && RANGE_WORDS.has(next)) {
        const b = gradeNumber(words[i + 3]);
        if (b !== null) addRange(out, a, b);
      } else if (next !== undefined && LIST_WORDS.has(next)) {
        const b = gradeNumber(words[i + 3]);
        if (b !== null) out.add(b);
      }
    }
  }
  if (w === 'kindergarten' || w === 'kinder') out.add(0);
  if (GRADE_AFTER.has(w) && i > 0) {
    const before = words[i - 1]!;
    const ord = ORDINALS.get(before);
    if (ord !== undefined) out.add(ord);
    else if (/^\d{1,2}(?:st|nd|rd|th|o)$/.test(before)) {
      const n = gradeNumber(before);
      if (n !== null) out.add(n);
    }
  }
}

/** Grades named explicitly anywhere in `words` (see `gradesAt`). */
export function explicitGrades(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) if (isGradeTrigger(words[i]!)) gradesAt(words, i, out);
  return out;
}

/**
 * Grades of a course name or code: explicit ones first; otherwise a bare number
 * 1–12 that is not a period or section ("Science 7 – Period 3" → 7), or one
 * glued to a short subject code ("ELA7", "SCI7B").
 */
export function courseGrades(words: readonly string[]): Set<number> {
  const explicit = explicitGrades(words);
  if (explicit.size > 0) return explicit;
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    const bare = /^([1-9]\d?)[a-f]?$/.exec(w); // "02" in "ELA7-02" is a section
    if (bare && !(prev !== undefined && (NOT_GRADE_BEFORE.has(prev) || /^\d+$/.test(prev)))) {
      const n = Number(bare[1]);
      if (n >= 1 && n <= 12) out.add(n);
      continue;
    }
    const glued = /^[a-z]{2,5}0?(\d{1,2})[a-f]?$/.exec(w);
    if (glued) {
      const n = Number(glued[1]);
      if (n >= 1 && n <= 12) out.add(n);
    }
  }
  return out;
}

/** Maps, not object literals: a word like "constructor" must not find a prototype member. */
const SUBJECT_PHRASES = new Map<string, SubjectGroup>(Object.entries({
  'social studies': 'social', 'estudios sociales': 'social', 'ciencias sociales': 'social',
  'us history': 'social', 'world history': 'social', 'american history': 'social',
  'language arts': 'ela', 'artes lenguaje': 'ela',
  'life science': 'science', 'earth science': 'science', 'physical science': 'science',
  'environmental science': 'science', 'computer science': 'tech', 'physical education': 'pe',
  'educacion fisica': 'pe', 'world languages': 'languages', 'visual arts': 'arts',
} satisfies Record<string, SubjectGroup>));
const SUBJECT_WORDS = new Map<string, SubjectGroup>(Object.entries({
  science: 'science', sciences: 'science', sci: 'science', biology: 'science', bio: 'science',
  chemistry: 'science', chem: 'science', physics: 'science', anatomy: 'science', ecology: 'science',
  geology: 'science', astronomy: 'science', ciencias: 'science', ciencia: 'science', biologia: 'science',
  quimica: 'science', fisica: 'science',
  math: 'math', maths: 'math', mathematics: 'math', algebra: 'math', geometry: 'math', calculus: 'math',
  statistics: 'math', precalculus: 'math', matematicas: 'math', matematica: 'math',
  ela: 'ela', english: 'ela', reading: 'ela', writing: 'ela', literature: 'ela', literacy: 'ela',
  lengua: 'ela', lectura: 'ela', escritura: 'ela', literatura: 'ela', composition: 'ela',
  history: 'social', geography: 'social', civics: 'social', government: 'social', economics: 'social',
  historia: 'social', geografia: 'social', civica: 'social',
  art: 'arts', arts: 'arts', music: 'arts', band: 'arts', choir: 'arts', orchestra: 'arts', drama: 'arts',
  theater: 'arts', theatre: 'arts', dance: 'arts', arte: 'arts', musica: 'arts',
  pe: 'pe', health: 'pe', gym: 'pe', salud: 'pe',
  technology: 'tech', coding: 'tech', robotics: 'tech', engineering: 'tech', tecnologia: 'tech',
  spanish: 'languages', french: 'languages', german: 'languages', mandarin: 'languages',
  chinese: 'languages', latin: 'languages', espanol: 'languages', frances: 'languages',
} satisfies Record<string, SubjectGroup>));
/** Joined to the next word in phrases ("artes del lenguaje" → "artes lenguaje"). */
const PHRASE_SKIP = new Set(['del', 'de', 'the', 'of']);

/** Subject groups named in a short text (course name, title, a unit's subject). */
export function subjectsIn(words: readonly string[]): Set<SubjectGroup> {
  const content = words.filter((w) => !PHRASE_SKIP.has(w));
  const out = new Set<SubjectGroup>();
  for (let i = 0; i < content.length; i++) {
    const phrase = i + 1 < content.length ? SUBJECT_PHRASES.get(`${content[i]} ${content[i + 1]}`) : undefined;
    if (phrase) {
      out.add(phrase);
      i++;
      continue;
    }
    const single = SUBJECT_WORDS.get(content[i]!);
    if (single) out.add(single);
  }
  return out;
}
