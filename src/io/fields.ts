/**
 * Field-level parsing shared by every importer: dates, emails, roles, kinds,
 * URLs, `;` lists. Each returns a value or a sentence the librarian can act on.
 */
import { RESOURCE_KINDS, ROLES, type IsoDate, type ResourceKind, type Role } from '../core/types';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** `a; b ;; c` → `['a','b','c']`: trimmed, empties dropped. */
export function splitList(field: string): string[] {
  return field
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * A pragmatic address check: one `@`, no spaces or angle brackets, a dot in the domain.
 * Not RFC 5322: it exists to catch typos and pasted display names.
 */
export function isEmail(value: string): boolean {
  return /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\].]+$/.test(value) && !value.includes('..');
}

/** A real calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export function parseIsoDate(value: string, field: string): FieldResult<IsoDate> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return { ok: true, value };
    return { ok: false, error: `${field} "${value}" is not a real date` };
  }
  return { ok: false, error: `${field} "${value}" is not a date written YYYY-MM-DD (for example 2026-09-14)` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Lower-case, spaces and underscores as hyphens: `Public Librarian` → `public-librarian`. */
function slug(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

export function parseRole(value: string): FieldResult<Role> {
  const s = slug(value);
  const role = ROLES.find((r) => r === s);
  if (role) return { ok: true, value: role };
  const shown = value.trim() === '' ? 'role is empty' : `role "${value.trim()}" is not one of the roles`;
  return { ok: false, error: `${shown}: use ${ROLES.join(', ')}` };
}

export function parseKind(value: string): FieldResult<ResourceKind> {
  const s = slug(value);
  const kind = RESOURCE_KINDS.find((k) => k === s || k === s.replace(/-/g, ''));
  if (kind) return { ok: true, value: kind };
  const shown = value.trim() === '' ? 'kind is empty' : `kind "${value.trim()}" is not one of the kinds`;
  return { ok: false, error: `${shown}: use ${RESOURCE_KINDS.join(', ')}` };
}

/**
 * Only web addresses are kept (a `javascript:` or `file:` link is refused, since the
 * UI renders it as a link). `www.example.org` gains `https://`, with a warning.
 */
export function parseWebUrl(value: string): FieldResult<string> & { warning?: string } {
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  const candidate = hasScheme ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, error: `url "${value}" is not a web address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: `url "${value}" is not a web address (only http and https links are kept)` };
  }
  if (!hasScheme) {
    if (!url.hostname.includes('.')) return { ok: false, error: `url "${value}" is not a web address` };
    return { ok: true, value: candidate, warning: `url "${value}" was read as ${candidate}` };
  }
  return { ok: true, value };
}

/** Key for matching names: Unicode-normalised, case-folded, single spaces. */
export function nameKey(name: string): string {
  // Plain ASCII (the common case) needs no Unicode normalisation, which is slow.
  const text = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKC');
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
