/**
 * Standards codes: one canonical spelling per code, and its parents, so that a
 * page citing `RL.7.2` relates to a unit tagged `CCSS.ELA-LITERACY.RL.7.1`
 * (shared parent `rl.7`) and `7.RP.A.2` to a unit tagged `7.RP.A`.
 *
 * Canonical form: folded (lower case), the CCSS/NGSS/C3 framework prefixes
 * removed (`ccss.ela-literacy.rl.7.1` → `rl.7.1`, `ccss.math.content.7.rp.a.2`
 * → `7.rp.a.2`). Segments are split on `.` when there is one (CCSS, C3, most
 * state codes: `d2.his.1.6-8`, `sc.7.l.17.2`), else on `-` (NGSS `ms-ls2-3`).
 * Parents drop one segment at a time and stop at two segments; a lettered
 * sub-standard (`w.7.2e`) first goes to its number (`w.7.2`).
 */
import { fold, scanWords } from './text';

export interface StandardCode {
  /** Canonical spelling, e.g. `rl.7.1`. */
  code: string;
  /** The code, then its parents, most specific first: `['7.rp.a.2', '7.rp.a', '7.rp']`. */
  chain: string[];
}

const FRAMEWORK_PREFIX = /^(?:ccss|ngss|c3|teks|sol)[.-]/;
const SUBJECT_PREFIX = /^(?:ela-literacy|math\.content|math\.practice|ela|math)\./;
const LETTERED = /^(\d+)[a-z]$/;

/** Canonical code and parents of a compound token or a code as written; null if it is not code-shaped. */
export function parseStandard(raw: string): StandardCode | null {
  let code = fold(raw).trim().replace(/\s*([.-])\s*/g, '$1');
  if (/\s/.test(code)) {
    // "NGSS MS-LS2-3": keep the longest code-shaped token.
    const codes = scanWords(code).codes;
    if (codes.length === 0) return null;
    code = codes.reduce((a, b) => (b.length > a.length ? b : a));
  }
  code = code.replace(FRAMEWORK_PREFIX, '').replace(SUBJECT_PREFIX, '');
  const sep = code.includes('.') ? '.' : '-';
  const segments = code.split(sep);
  if (segments.length < 2 || segments.some((s) => s === '')) return null;
  const chain = [code];
  const last = segments[segments.length - 1]!;
  const lettered = LETTERED.exec(last);
  if (lettered) {
    segments[segments.length - 1] = lettered[1]!;
    chain.push(segments.join(sep));
  }
  while (segments.length > 2) {
    segments.pop();
    chain.push(segments.join(sep));
  }
  return { code, chain };
}
