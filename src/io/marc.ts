/**
 * Library catalogue records (MARC 21) → resources: binary ISO 2709 (`.mrc`, what
 * Follett Destiny, Alexandria, Koha and OCLC export) and MARCXML.
 *
 * Read: 245 $a $b $n $p title (ISBD punctuation trimmed), 100/110/111 (else 700)
 * author, 092/082/050/090 call number (Dewey first, as school libraries shelve by it),
 * 650/651 subjects, 653 and 650 $x keywords, 521 grades, 856 $u link, and in the
 * description 020 ISBNs, 250 edition, 260/264 publication, 520 summary and 505 contents. The kind
 * comes from leader/06 (video, kit …) and electronic-resource markers. Text is
 * NFC-normalised (catalogues often store é as e + combining accent).
 *
 * Encodings: leader/09 `a` means UTF-8. A blank leader/09 claims MARC-8; such records
 * are read as UTF-8 when they are valid UTF-8, as Windows-1251 when their bytes are
 * runs of Cyrillic letters (a common mislabelling, reported as a warning), and
 * otherwise as MARC-8 with its Latin diacritics (ANSEL).
 */
import { parseGrades } from '../core/grades';
import type { ResourceKind } from '../core/types';
import type { ResourceDraft } from './csv-formats';
import { parseWebUrl } from './fields';
import { tooLargeBytesMessage, tooLargeMessage } from './text';
import type { ImportResult, ParsedRow, RowError } from './types';

export interface MarcField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: [code: string, value: string][];
}

export interface MarcRecord {
  leader: string;
  control: Map<string, string>;
  fields: MarcField[];
}

const RECORD_END = 0x1d;
const FIELD_END = 0x1e;
const SUBFIELD = 0x1f;

// ---------------------------------------------------------------------------
// Character sets

/** ANSEL (MARC-8 Latin) combining marks, written before their base letter. */
const ANSEL_COMBINING: Record<number, string> = {
  0xe0: '\u0309', 0xe1: '\u0300', 0xe2: '\u0301', 0xe3: '\u0302', 0xe4: '\u0303', 0xe5: '\u0304',
  0xe6: '\u0306', 0xe7: '\u0307', 0xe8: '\u0308', 0xe9: '\u030c', 0xea: '\u030a', 0xeb: '\ufe20',
  0xec: '\ufe21', 0xed: '\u0315', 0xee: '\u030b', 0xef: '\u0310', 0xf0: '\u0327', 0xf1: '\u0328',
  0xf2: '\u0323', 0xf3: '\u0324', 0xf4: '\u0325', 0xf5: '\u0333', 0xf6: '\u0332', 0xf7: '\u0326',
  0xf8: '\u031c', 0xf9: '\u032e', 0xfa: '\ufe22', 0xfb: '\ufe23', 0xfe: '\u0313',
};
/** ANSEL spacing letters and symbols. */
const ANSEL_SPACING: Record<number, string> = {
  0xa1: 'Ł', 0xa2: 'Ø', 0xa3: 'Đ', 0xa4: 'Þ', 0xa5: 'Æ', 0xa6: 'Œ', 0xa7: 'ʹ', 0xa8: '·', 0xa9: '♭',
  0xaa: '®', 0xab: '±', 0xac: 'Ơ', 0xad: 'Ư', 0xae: 'ʼ', 0xb0: 'ʻ', 0xb1: 'ł', 0xb2: 'ø', 0xb3: 'đ',
  0xb4: 'þ', 0xb5: 'æ', 0xb6: 'œ', 0xb7: 'ʺ', 0xb8: 'ı', 0xb9: '£', 0xba: 'ð', 0xbc: 'ơ', 0xbd: 'ư',
  0xc0: '°', 0xc1: 'ℓ', 0xc2: '℗', 0xc3: '©', 0xc4: '♯', 0xc5: '¿', 0xc6: '¡', 0xc7: 'ß', 0xc8: '€',
};

function decodeMarc8(bytes: Uint8Array): string {
  let out = '';
  let pending = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (ANSEL_COMBINING[b]) {
      pending += ANSEL_COMBINING[b];
      continue;
    }
    if (b === 0x1b) {
      // Escape to another MARC-8 set (Greek, Cyrillic, CJK …): not supported; skip the sequence.
      while (i + 1 < bytes.length && bytes[i + 1]! >= 0x20 && bytes[i + 1]! < 0x30) i++;
      i++;
      continue;
    }
    out += (b < 0x80 ? String.fromCharCode(b) : ANSEL_SPACING[b] ?? '\uFFFD') + pending;
    pending = '';
  }
  return out + pending;
}

/** Windows-1251 (Cyrillic) by table for 0x80–0xFF, so that no runtime support is needed. */
const CP1251_HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\uFFFD™љ›њќћџ\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕї' +
  'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя';

function decodeCp1251(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : CP1251_HIGH[b - 0x80]!;
  return out;
}

/**
 * Whether MARC-8-labelled bytes are really Windows-1251: Cyrillic text is runs of bytes
 * in C0–FF, while ANSEL's high bytes are single marks before an ASCII letter.
 */
function looksCp1251(bytes: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0xc0) {
      high++;
      if ((bytes[i + 1] ?? 0) >= 0xc0 || (bytes[i - 1] ?? 0) >= 0xc0) paired++;
    }
  }
  return high >= 4 && paired / high > 0.6;
}

type Decoder = (bytes: Uint8Array) => string;

/** Picks one decoder for a whole record, so that all its fields agree. */
function recordDecoder(record: Uint8Array, leader09: string): { decode: Decoder; note?: string } {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const isUtf8 = (() => {
    try {
      utf8.decode(record);
      return true;
    } catch {
      return false;
    }
  })();
  if (leader09 === 'a') {
    return isUtf8
      ? { decode: (b) => utf8.decode(b) }
      : { decode: (b) => new TextDecoder('utf-8').decode(b), note: 'it says UTF-8 but has invalid bytes (shown as �)' };
  }
  if (isUtf8) return { decode: (b) => utf8.decode(b) };
  if (looksCp1251(record)) return { decode: decodeCp1251, note: 'it says MARC-8 but its text is Windows-1251 (Cyrillic); it was read as such' };
  return { decode: decodeMarc8 };
}

// ---------------------------------------------------------------------------
// ISO 2709

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/** One binary record → fields, or a reason it cannot be read. */
function readBinaryRecord(bytes: Uint8Array): { record: MarcRecord; note?: string } | { error: string } {
  if (bytes.length < 25) return { error: 'the record is too short to be MARC' };
  const leader = ascii(bytes.subarray(0, 24));
  if (!/^\d{5}/.test(leader) || !/^\d{5}$/.test(leader.slice(12, 17))) return { error: 'the record does not start with a MARC leader' };
  const base = Number(leader.slice(12, 17));
  const dirEnd = bytes.indexOf(FIELD_END, 24);
  if (dirEnd === -1 || dirEnd >= base || base > bytes.length) return { error: 'the record directory is damaged' };
  const { decode, note } = recordDecoder(bytes, leader[9] ?? ' ');
  const control = new Map<string, string>();
  const fields: MarcField[] = [];
  for (let p = 24; p + 12 <= dirEnd; p += 12) {
    const entry = ascii(bytes.subarray(p, p + 12));
    const tag = entry.slice(0, 3);
    const length = Number(entry.slice(3, 7));
    const start = base + Number(entry.slice(7, 12));
    if (!Number.isFinite(length) || start + length > bytes.length) return { error: `field ${tag} points outside the record` };
    let data = bytes.subarray(start, start + length);
    if (data[data.length - 1] === FIELD_END) data = data.subarray(0, -1);
    if (tag < '010' && /^\d+$/.test(tag)) {
      control.set(tag, decode(data));
      continue;
    }
    const subfields: [string, string][] = [];
    let s = data.indexOf(SUBFIELD);
    while (s !== -1) {
      const next = data.indexOf(SUBFIELD, s + 1);
      const chunk = data.subarray(s + 1, next === -1 ? undefined : next);
      if (chunk.length > 0) subfields.push([String.fromCharCode(chunk[0]!), decode(chunk.subarray(1)).normalize('NFC')]);
      s = next;
    }
    fields.push({ tag, ind1: String.fromCharCode(data[0] ?? 32), ind2: String.fromCharCode(data[1] ?? 32), subfields });
  }
  return { record: { leader, control, fields }, note };
}

// ---------------------------------------------------------------------------
// MARCXML

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A character reference to a code point XML does not allow (NUL, a surrogate half, beyond U+10FFFF) reads as U+FFFD instead of throwing. */
function charRef(code: number): string {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
}

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return charRef(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

function attr(tag: string, name: string): string {
  return unescapeXml(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined) ?? '');
}

/**
 * Reads MARCXML records with a small purpose-built scanner (the background worker has
 * no DOMParser). Namespace prefixes (`marc:record`) are accepted.
 */
function readXmlRecords(text: string): { line: number; record: MarcRecord }[] {
  const out: { line: number; record: MarcRecord }[] = [];
  const recordRe = /<(?:[\w-]+:)?record\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?record>/g;
  for (let m = recordRe.exec(text); m; m = recordRe.exec(text)) {
    const body = m[1]!;
    const line = text.slice(0, m.index).split('\n').length;
    const leader = unescapeXml(/<(?:[\w-]+:)?leader>([\s\S]*?)<\//.exec(body)?.[1] ?? '').padEnd(24, ' ');
    const control = new Map<string, string>();
    for (const c of body.matchAll(/<(?:[\w-]+:)?controlfield\b([^>]*)>([\s\S]*?)<\//g)) control.set(attr(c[1]!, 'tag'), unescapeXml(c[2]!));
    const fields: MarcField[] = [];
    for (const d of body.matchAll(/<(?:[\w-]+:)?datafield\b([^>]*)>([\s\S]*?)<\/(?:[\w-]+:)?datafield>/g)) {
      const subfields: [string, string][] = [];
      for (const s of d[2]!.matchAll(/<(?:[\w-]+:)?subfield\b([^>]*)>([\s\S]*?)<\//g)) {
        subfields.push([attr(s[1]!, 'code'), unescapeXml(s[2]!).normalize('NFC')]);
      }
      fields.push({ tag: attr(d[1]!, 'tag'), ind1: attr(d[1]!, 'ind1') || ' ', ind2: attr(d[1]!, 'ind2') || ' ', subfields });
    }
    out.push({ line, record: { leader, control, fields } });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Record → resource

/** Trailing ISBD punctuation: `Flatland :` → `Flatland`, `Abbott, Edwin,` → `Abbott, Edwin`. */
function trimIsbd(s: string): string {
  return s.replace(/[\s/:;,=]+$/, '').replace(/([^.\s]{3,})\.$/, '$1').replace(/\s+/g, ' ').trim();
}

function sub(field: MarcField | undefined, codes: string): string[] {
  return field ? field.subfields.filter(([c]) => codes.includes(c)).map(([, v]) => v) : [];
}

/** 260/264 `$a Place : $b Publisher, $c Year` → `Place: Publisher, Year`. */
function formatPublication(field: MarcField | undefined): string {
  const place = sub(field, 'a').map(trimIsbd).filter(Boolean).join('; ');
  const rest = sub(field, 'bc').map(trimIsbd).filter(Boolean).join(', ');
  return place && rest ? `${place}: ${rest}` : place || rest;
}

function kindOf(record: MarcRecord, title: MarcField | undefined): ResourceKind {
  const type = record.leader[6];
  if (type === 'g') return 'video';
  if (type === 'o' || type === 'p' || type === 'r') return 'kit';
  const form = record.control.get('008')?.[23];
  const electronic = form === 'o' || form === 's' || sub(title, 'h').some((h) => /electronic/i.test(h));
  if (type === 'm') return electronic ? 'ebook' : 'database';
  return electronic ? 'ebook' : 'book';
}

function toResource(record: MarcRecord, createdAt: string): { record?: ResourceDraft; error?: string; warnings: string[] } {
  const warnings: string[] = [];
  const first = (tag: string) => record.fields.find((f) => f.tag === tag);
  const all = (...tags: string[]) => record.fields.filter((f) => tags.includes(f.tag));
  const f245 = first('245');
  const parts = sub(f245, 'abnp').map(trimIsbd).filter(Boolean);
  const title = parts.length > 1 ? `${parts[0]}: ${parts.slice(1).join(', ')}` : parts[0] ?? '';
  if (title === '') return { error: 'the record has no title (field 245)', warnings };

  const authorField = first('100') ?? first('110') ?? first('111') ?? first('700');
  const author = trimIsbd(sub(authorField, authorField?.tag === '111' ? 'a' : 'ab').join(' '));

  let callNumber = '';
  for (const tag of ['092', '082', '050', '090']) {
    const f = first(tag);
    if (f) {
      callNumber = sub(f, 'ab').map((v) => v.replace(/\//g, '').trim()).filter(Boolean).join(' ');
      if (callNumber !== '') break;
    }
  }

  const subjects = [...new Set(all('650', '651').flatMap((f) => sub(f, 'a').map(trimIsbd)).filter(Boolean))];
  const keywords = [...new Set([...all('653').flatMap((f) => sub(f, 'a')), ...all('650', '651').flatMap((f) => sub(f, 'xz'))].map(trimIsbd).filter(Boolean))];

  let grades: number[] = [];
  for (const audience of all('521').flatMap((f) => sub(f, 'a'))) {
    const m = /grades?\s*(k|\d{1,2})\s*(?:-|–|to)\s*(k|\d{1,2})|grades?\s*(k|\d{1,2})\b/i.exec(audience);
    const parsed = m ? parseGrades(m[3] ?? `${m[1]}-${m[2]}`) : undefined;
    if (parsed?.ok) grades = parsed.grades;
  }

  let url: string | undefined;
  for (const u of all('856').flatMap((f) => sub(f, 'u'))) {
    const parsed = parseWebUrl(u.trim());
    if (parsed.ok) {
      url = parsed.value;
      break;
    }
  }

  const isbns = all('020').flatMap((f) => sub(f, 'a')).map((s) => s.trim());
  const publication = [...all('264').filter((f) => f.ind2 === '1'), ...all('260')][0];
  const description = [
    isbns.length > 0 ? `ISBN ${isbns.join(', ')}` : '',
    trimIsbd(sub(first('250'), 'a').join(' ')),
    formatPublication(publication),
    all('520').flatMap((f) => sub(f, 'a')).join('\n'),
    all('505').flatMap((f) => sub(f, 'agrt')).join(' ').replace(/\s+/g, ' ').trim(),
  ]
    .filter(Boolean)
    .join('\n');

  const resource: ResourceDraft = {
    title,
    kind: kindOf(record, f245),
    subjects,
    grades,
    keywords,
    description,
    unitRefs: [],
    createdAt,
  };
  if (author) resource.author = author;
  if (callNumber) resource.callNumber = callNumber;
  if (url) resource.url = url;
  return { record: resource, warnings };
}

function collect(items: { line: number; outcome: { record?: ResourceDraft; error?: string; warnings: string[] } }[]): ImportResult<ResourceDraft> {
  const rows: ParsedRow<ResourceDraft>[] = [];
  const errors: RowError[] = [];
  for (const { line, outcome } of items) {
    if (!outcome.record) errors.push({ line, message: outcome.error ?? 'the record could not be read' });
    else rows.push(outcome.warnings.length > 0 ? { line, record: outcome.record, warnings: outcome.warnings } : { line, record: outcome.record });
  }
  return { rows, errors, total: items.length };
}

/** Binary MARC 21 (ISO 2709). Error "lines" are record numbers (1-based). */
export function parseMarc(bytes: Uint8Array, now: Date): ImportResult<ResourceDraft> {
  const tooLarge = tooLargeBytesMessage(bytes);
  if (tooLarge) return { rows: [], errors: [], fatal: tooLarge, total: 0 };
  const createdAt = now.toISOString();
  const items: { line: number; outcome: { record?: ResourceDraft; error?: string; warnings: string[] } }[] = [];
  let start = 0;
  while (start < bytes.length) {
    // Skip line breaks some tools put between records.
    while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d)) start++;
    if (start >= bytes.length) break;
    const end = bytes.indexOf(RECORD_END, start);
    const chunk = bytes.subarray(start, end === -1 ? bytes.length : end + 1);
    const number = items.length + 1;
    const read = readBinaryRecord(chunk);
    if ('error' in read) items.push({ line: number, outcome: { error: `record ${number}: ${read.error}`, warnings: [] } });
    else {
      const outcome = toResource(read.record, createdAt);
      if (read.note) outcome.warnings.unshift(`record ${number}: ${read.note}`);
      if (end === -1) outcome.warnings.push('the last record has no end marker: the file may be cut short');
      items.push({ line: number, outcome });
    }
    start = end === -1 ? bytes.length : end + 1;
  }
  if (items.length === 0) return { rows: [], errors: [], fatal: 'The file is empty.', total: 0 };
  if (items.every((i) => !i.outcome.record)) {
    return { rows: [], errors: [], fatal: `This does not look like a MARC file: ${items[0]!.outcome.error?.replace(/^record 1: /, '')}.`, total: 0 };
  }
  return collect(items);
}

/** MARCXML (a `<collection>` or a single `<record>`). Error lines are the line of each `<record>`. */
export function parseMarcXml(text: string, now: Date): ImportResult<ResourceDraft> {
  const tooLarge = tooLargeMessage(text);
  if (tooLarge) return { rows: [], errors: [], fatal: tooLarge, total: 0 };
  const records = readXmlRecords(text);
  if (records.length === 0) return { rows: [], errors: [], fatal: 'No MARCXML <record> was found in the file.', total: 0 };
  const createdAt = now.toISOString();
  return collect(records.map(({ line, record }) => ({ line, outcome: toResource(record, createdAt) })));
}

/** Either kind, told apart by the first bytes (`<` for XML). */
export function parseMarcFile(bytes: Uint8Array, now: Date): ImportResult<ResourceDraft> {
  const head = new TextDecoder().decode(bytes.subarray(0, 200)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<') ? parseMarcXml(new TextDecoder().decode(bytes), now) : parseMarc(bytes, now);
}
