/**
 * Shared pieces of the fuzz tests: the invariants every import result must keep,
 * the rules a parsed record must meet to be written, and generators that damage
 * a valid file the way real files get damaged (cut short, re-encoded, a BOM, NUL
 * bytes, other line ends, a huge field).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { DEFAULT_SETTINGS, RESOURCE_KINDS, ROLES, type Contact, type Resource, type Unit } from '../../../src/core/types';
import { isValidIsoDate } from '../../../src/core/dates';
import { makeBackup, parseBackup, type BackupData } from '../../../src/io/backup';
import type { ResourceDraft, UnitDraft } from '../../../src/io/csv-formats';
import { isEmail } from '../../../src/io/fields';
import type { ImportResult } from '../../../src/io/types';

export const NOW = new Date('2026-11-23T10:00:00.000Z');
export const CREATED_AT = NOW.toISOString();

/** Runs per property: the whole folder stays well under 30 s on the two-core machine. */
export const RUNS = { quick: 50, normal: 100, heavy: 25 } as const;

// ---------------------------------------------------------------------------
// Invariants of an ImportResult

/**
 * Every failure is a returned error with a reason: a fatal sentence (and then no
 * rows), or per-row errors with a 1-based line and a message.
 */
export function expectWellFormedResult<T>(r: ImportResult<T>, check: (record: T) => void): void {
  expect(Array.isArray(r.rows)).toBe(true);
  expect(Array.isArray(r.errors)).toBe(true);
  expect(Number.isInteger(r.total) && r.total >= 0).toBe(true);
  if (r.fatal !== undefined) {
    expect(typeof r.fatal).toBe('string');
    expect(r.fatal.trim()).not.toBe('');
    expect(r.rows).toEqual([]);
  }
  expect(r.rows.length).toBeLessThanOrEqual(r.total);
  for (const e of r.errors) {
    expect(Number.isInteger(e.line) && e.line >= 1, `error line ${e.line}`).toBe(true);
    expect(typeof e.message).toBe('string');
    expect(e.message.trim()).not.toBe('');
  }
  for (const row of r.rows) {
    expect(Number.isInteger(row.line) && row.line >= 1).toBe(true);
    for (const w of row.warnings ?? []) expect(typeof w === 'string' && w.trim() !== '').toBe(true);
    check(row.record);
  }
}

// ---------------------------------------------------------------------------
// Records: the rules of the backup schema (what a restore accepts) plus the importers' promises

/**
 * The backup schema (io/backup.ts) is the one full statement of what a stored
 * record may look like: a record is well-formed when a backup holding it is
 * accepted, after a JSON round trip (which also catches NaN and functions).
 */
export function expectStorable(data: Partial<Pick<BackupData, 'contacts' | 'units' | 'resources'>>): void {
  const full: BackupData = { contacts: [], units: [], resources: [], interactions: [], reminderState: [], settings: DEFAULT_SETTINGS, ...data };
  const parsed = parseBackup(JSON.stringify(makeBackup(full, NOW)));
  expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
}

function expectGrades(grades: number[]): void {
  expect(grades.every((g) => Number.isInteger(g) && g >= 0 && g <= 12)).toBe(true);
  expect(new Set(grades).size).toBe(grades.length);
}

function expectList(items: string[]): void {
  for (const s of items) expect(typeof s === 'string' && s.trim() !== '', JSON.stringify(s)).toBe(true);
}

export function expectValidContact(c: Contact): void {
  expect(c.name.trim(), 'contact name').not.toBe('');
  expect(ROLES).toContain(c.role);
  if (c.email !== undefined) expect(isEmail(c.email), `email ${c.email}`).toBe(true);
  expectGrades(c.grades);
  expectList(c.subjects);
  expect(c.archived).toBe(false);
  expect(c.createdAt).toBe(CREATED_AT);
  expectStorable({ contacts: [{ ...c, id: 1 }] });
}

function expectWebUrl(url: string | undefined): void {
  if (url === undefined) return;
  const u = new URL(url);
  expect(['http:', 'https:']).toContain(u.protocol);
}

export function expectValidUnitDraft(u: UnitDraft): void {
  expect(u.title.trim(), 'unit title').not.toBe('');
  expectGrades(u.grades);
  if (u.start !== undefined) expect(isValidIsoDate(u.start)).toBe(true);
  if (u.end !== undefined) expect(isValidIsoDate(u.end)).toBe(true);
  if (u.start && u.end) expect(u.start <= u.end).toBe(true);
  expectList(u.keywords);
  expectList(u.standards);
  expectList(u.teacherRefs);
  expect(u.createdAt).toBe(CREATED_AT);
  const { teacherRefs: _refs, ...rest } = u;
  expectStorable({ units: [{ ...rest, teacherIds: [], id: 1 } satisfies Unit & { id: number }] });
}

export function expectValidResourceDraft(r: ResourceDraft): void {
  expect(r.title.trim(), 'resource title').not.toBe('');
  expect(RESOURCE_KINDS).toContain(r.kind);
  expectGrades(r.grades);
  expectWebUrl(r.url);
  expectList(r.keywords);
  expectList(r.subjects);
  expectList(r.unitRefs);
  expect(r.createdAt).toBe(CREATED_AT);
  const { unitRefs: _refs, ...rest } = r;
  expectStorable({ resources: [{ ...rest, unitIds: [], id: 1 } satisfies Resource & { id: number }] });
}

// ---------------------------------------------------------------------------
// Damage: what happens to real files on their way to the librarian

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let o = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    o = 2;
  }
  for (let i = 0; i < s.length; i++, o += 2) view.setUint16(o, s.charCodeAt(i), littleEndian);
  return out;
}

/** Latin-1 bytes (characters above 0xFF become `?`), read back as windows-1252. */
function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f));
}

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'utf16le' | 'utf16be' | 'latin1';
export const ENCODINGS: readonly Encoding[] = ['utf8', 'utf8-bom', 'utf16le-bom', 'utf16be-bom', 'utf16le', 'utf16be', 'latin1'];

export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return utf8(text);
    case 'utf8-bom':
      return utf8(`\uFEFF${text}`);
    case 'utf16le-bom':
      return utf16(text, true, true);
    case 'utf16be-bom':
      return utf16(text, false, true);
    case 'utf16le':
      return utf16(text, true, false);
    case 'utf16be':
      return utf16(text, false, false);
    case 'latin1':
      return latin1(text);
  }
}

/** Line ends as Windows, Unix and old Mac write them. */
export function withNewlines(text: string, style: 'lf' | 'crlf' | 'cr'): string {
  const lf = text.replace(/\r\n?/g, '\n');
  return style === 'lf' ? lf : lf.replace(/\n/g, style === 'crlf' ? '\r\n' : '\r');
}

/** One change to a text file. Positions are fractions so that shrinking stays meaningful. */
export type TextMutation =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; what: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate-line'; at: number }
  | { op: 'newlines'; style: 'lf' | 'crlf' | 'cr' }
  | { op: 'bom' }
  | { op: 'huge'; at: number; size: number };

/** Characters that matter to parsers: quotes, separators, escapes, NUL, surrogate halves, markup. */
const NASTY = fc.constantFrom(
  '"', ',', ';', '\t', '\n', '\r', '\r\n', '\\', ':', '=', '=0', '\u0000', '\uFEFF', '\uD800', '\uDC00', '@', '{', '}', '#',
  '<', '>', '&amp;', '&#0;', '&#xD800;', '&#x110000;', '\u001d', '\u001e', '\u001f', '"""', 'é', '\u0301', '😀', 'BEGIN:VCARD', 'END:VCARD',
  'BEGIN:VEVENT', 'END:VCALENDAR', '<record>', '</record>', '@book{', '<script>alert(1)</script>', 'javascript:alert(1)', '=C3=', '=\n',
);

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.oneof(NASTY, fc.string({ unit: 'binary', maxLength: 6 })) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('newlines' as const), style: fc.constantFrom('lf' as const, 'crlf' as const, 'cr' as const) }),
  fc.record({ op: fc.constant('bom' as const) }),
  fc.record({ op: fc.constant('huge' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), size: fc.integer({ min: 5_000, max: 40_000 }) }),
);

export function mutate(text: string, m: TextMutation): string {
  const pos = (at: number) => Math.min(text.length, Math.floor(at * text.length));
  switch (m.op) {
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'insert':
      return text.slice(0, pos(m.at)) + m.what + text.slice(pos(m.at));
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.length);
    case 'duplicate-line': {
      const lines = text.split('\n');
      const i = Math.min(lines.length - 1, Math.floor(m.at * lines.length));
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'newlines':
      return withNewlines(text, m.style);
    case 'bom':
      return `\uFEFF${text}`;
    case 'huge':
      return text.slice(0, pos(m.at)) + 'x'.repeat(m.size) + text.slice(pos(m.at));
  }
}

export const mutations = fc.array(textMutation, { minLength: 1, maxLength: 4 });

export function applyAll(text: string, ms: readonly TextMutation[]): string {
  return ms.reduce(mutate, text);
}

/** Byte-level damage for binary formats (MARC): flipped bytes, cut records, inserted separators. */
export type ByteMutation = { op: 'set'; at: number; value: number } | { op: 'truncate'; at: number } | { op: 'insert'; at: number; value: number };

export const byteMutations = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('set' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x1d, 0x1e, 0x1f, 0x30, 0x39, 0x20, 0x00)) }),
    fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
    fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), value: fc.constantFrom(0x1d, 0x1e, 0x1f, 0x0a, 0x00, 0xe2, 0xc3) }),
  ),
  { minLength: 1, maxLength: 6 },
);

export function mutateBytes(bytes: Uint8Array, ms: readonly ByteMutation[]): Uint8Array {
  let out = bytes;
  for (const m of ms) {
    const at = Math.min(out.length, Math.floor(m.at * out.length));
    if (m.op === 'truncate') out = out.slice(0, at);
    else if (m.op === 'set') {
      if (at < out.length) {
        out = out.slice();
        out[at] = m.value;
      }
    } else {
      const next = new Uint8Array(out.length + 1);
      next.set(out.subarray(0, at));
      next[at] = m.value;
      next.set(out.subarray(at), at + 1);
      out = next;
    }
  }
  return out;
}

/** Any bytes, weighted toward the ones parsers branch on. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.array(fc.constantFrom(0x00, 0x0a, 0x0d, 0x22, 0x2c, 0x3b, 0x3a, 0x40, 0x7b, 0x7d, 0x3c, 0x3e, 0x1d, 0x1e, 0x1f, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41, 0x30), { maxLength: 400 }).map(
    (a) => Uint8Array.from(a),
  ),
);

/** Any text, weighted toward characters that matter to parsers. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(NASTY, fc.string({ maxLength: 5 })), { maxLength: 60 }).map((parts) => parts.join('')),
);
