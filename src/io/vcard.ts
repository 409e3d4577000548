/**
 * vCard 2.1, 3.0 and 4.0 → contacts.
 *
 * Own parser rather than ical.js: ical.js reads 3.0/4.0 but not 2.1's
 * QUOTED-PRINTABLE values with soft line breaks and CHARSET parameters, which is
 * what Outlook and Android still write, and a tolerant line reader is needed anyway
 * for the broken files people have (blank lines inside soft breaks, a card cut off
 * before END:VCARD). One reader for all three versions keeps the rules in one place.
 *
 * Read: FN (or N), EMAIL (PREF first, then INTERNET, then in order), ORG, TITLE,
 * ROLE, NOTE, CATEGORIES. PHOTO, BDAY and anything else are skipped. Record numbers in
 * errors are the line of the card's BEGIN:VCARD.
 */
import { collectContacts, contactFromFacts, type ContactFacts } from './contact-facts';
import { decodeText, decodeWindows1252, stripBom, tooLargeBytesMessage, tooLargeMessage } from './text';
import type { Contact } from '../core/types';
import type { ImportResult } from './types';

export { decodeText };

interface Property {
  name: string;
  params: Map<string, string[]>;
  /** Bare 2.1 parameters (`EMAIL;PREF;INTERNET:`) and TYPE values, upper-cased. */
  types: Set<string>;
  value: string;
  line: number;
}

interface Card {
  line: number;
  props: Property[];
  complete: boolean;
}

/** Splits at the first `:` outside double quotes (parameter values may be quoted). */
function splitNameValue(line: string): [string, string] | undefined {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return [line.slice(0, i), line.slice(i + 1)];
  }
  return undefined;
}

function parseHead(head: string): Omit<Property, 'value' | 'line'> | undefined {
  const parts = head.match(/(?:[^;"]|"[^"]*")+/g) ?? [];
  const first = parts.shift()?.trim() ?? '';
  // An item group prefix (`item1.EMAIL`) is accepted and not needed.
  const m = /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$/.exec(first);
  if (!m) return undefined;
  const params = new Map<string, string[]>();
  const types = new Set<string>();
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq === -1) {
      types.add(p.trim().toUpperCase());
      continue;
    }
    const key = p.slice(0, eq).trim().toUpperCase();
    const values = p
      .slice(eq + 1)
      .split(',')
      .map((v) => v.trim().replace(/^"|"$/g, ''));
    params.set(key, [...(params.get(key) ?? []), ...values]);
    if (key === 'TYPE') values.forEach((v) => types.add(v.toUpperCase()));
  }
  return { name: m[1]!.toUpperCase(), params, types };
}

/** `NAME:`, `NAME;…`, `item1.NAME:`, `END:VCARD` */
const PROPERTY_START = /^([A-Za-z0-9-]+\.)?[A-Za-z0-9-]+[;:]/;

function isQuotedPrintable(head: string): boolean {
  return /(^|;)\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(;|$)/i.test(head);
}

/**
 * Splits the text into cards of unfolded properties. Folding: a line starting with a
 * space or tab continues the previous one. Quoted-printable: a value ending in `=`
 * continues on the next line (blank lines in between, written by some broken
 * exporters, are skipped).
 */
function readCards(text: string): Card[] {
  const lines = text.split(/\r\n|\r|\n/);
  const cards: Card[] = [];
  let card: Card | undefined;
  // The logical line being assembled, and where it started.
  let current: { text: string; line: number; qp: boolean } | undefined;
  let blankInSoftBreak = false;

  const flush = () => {
    if (!current || !card) return;
    const split = splitNameValue(current.text);
    const head = split && parseHead(split[0]);
    if (split && head) card.props.push({ ...head, value: split[1], line: current.line });
    current = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    if (current?.qp && current.text.endsWith('=')) {
      if (raw.trim() === '') {
        blankInSoftBreak = true;
        continue;
      }
      // After blank lines, a line that starts a property ends the value instead; so does END:VCARD.
      if (!(blankInSoftBreak && PROPERTY_START.test(raw)) && !/^(BEGIN|END):VCARD\s*$/i.test(raw)) {
        current.text = current.text.slice(0, -1) + raw;
        blankInSoftBreak = false;
        continue;
      }
    }
    blankInSoftBreak = false;
    if (current && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      current.text += raw.slice(1);
      continue;
    }
    flush();
    const trimmed = raw.trim();
    if (/^BEGIN:VCARD$/i.test(trimmed)) {
      card = { line: lineNo, props: [], complete: false };
      cards.push(card);
    } else if (/^END:VCARD$/i.test(trimmed)) {
      if (card) card.complete = true;
      card = undefined;
    } else if (card && trimmed !== '') {
      const split = splitNameValue(raw);
      current = { text: raw, line: lineNo, qp: split !== undefined && isQuotedPrintable(split[0]) };
    }
  }
  flush();
  return cards;
}

/** Decodes `=C3=A4` sequences to bytes, then the bytes with the property's charset. */
function decodeQuotedPrintable(encoded: string, charset: string | undefined): { text: string; problem?: 'cut' | 'invalid' } {
  const bytes: number[] = [];
  // A soft line break with nothing after it (a value cut short) is dropped.
  const value = encoded.replace(/=$/, '');
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch < 0x80) {
      bytes.push(ch);
    } else {
      // A character already decoded with the file: re-encode it as UTF-8.
      bytes.push(...new TextEncoder().encode(value[i]!));
    }
  }
  const data = Uint8Array.from(bytes);
  const label = (charset ?? 'utf-8').toLowerCase();
  // Browsers treat all of these as windows-1252; Node's decoder would give Latin-1.
  if (/^(windows-1252|cp1252|iso-8859-1|iso8859-1|latin1|us-ascii|ascii)$/.test(label)) return { text: decodeWindows1252(data) };
  for (const candidate of [label, 'utf-8']) {
    try {
      return { text: new TextDecoder(candidate, { fatal: true }).decode(data), problem: undefined };
    } catch {
      // Unknown charset label, or bytes that are not valid in it: try the next.
    }
  }
  try {
    // Valid except for a character cut in half at the end (a truncated file).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data, { stream: true }), problem: 'cut' };
  } catch {
    const utf8 = label === 'utf-8' || label === 'utf8';
    return { text: utf8 ? new TextDecoder('utf-8').decode(data) : decodeWindows1252(data), problem: 'invalid' };
  }
}

/** vCard 3.0/4.0 escapes (`\n \, \; \\ \:`); harmless on 2.1 values. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN,;:\\])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits a structured value (N, ORG) or list (CATEGORIES) on an unescaped separator. */
function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const out: string[] = [];
  let part = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      part += ch + value[i + 1];
      i++;
    } else if (ch === separator) {
      out.push(unescapeText(part));
      part = '';
    } else part += ch;
  }
  out.push(unescapeText(part));
  return out;
}

/** Preference order of EMAIL properties: PREF (4.0: lowest PREF=n), then INTERNET, then file order. */
function emailRank(p: Property): number {
  const pref = Number(p.params.get('PREF')?.[0]);
  if (Number.isFinite(pref)) return pref;
  if (p.types.has('PREF')) return 0;
  if (p.types.has('INTERNET')) return 200;
  return 300;
}

function factsFromCard(card: Card, warnings: string[]): ContactFacts {
  const value = (p: Property): string => {
    const qp = p.types.has('QUOTED-PRINTABLE') || p.params.get('ENCODING')?.[0]?.toUpperCase() === 'QUOTED-PRINTABLE';
    if (!qp) return p.value;
    const decoded = decodeQuotedPrintable(p.value, p.params.get('CHARSET')?.[0]);
    if (decoded.problem === 'cut') warnings.push(`${p.name} on line ${p.line} ends in the middle of a character; the last letter was dropped`);
    if (decoded.problem === 'invalid') warnings.push(`${p.name} on line ${p.line} has bytes that are not valid text; they show as �`);
    return decoded.text;
  };
  const all = (name: string) => card.props.filter((p) => p.name === name);
  const text = (name: string) => all(name).map((p) => unescapeText(value(p)).trim()).find((v) => v !== '');

  const n = all('N')[0];
  const nParts = n ? splitUnescaped(value(n), ';') : [];
  const org = all('ORG')
    .map((p) => splitUnescaped(value(p), ';').map((s) => s.trim()).filter(Boolean).join(', '))
    .find((o) => o !== '');
  const emails = all('EMAIL')
    .map((p, i) => ({ p, i }))
    .sort((a, b) => emailRank(a.p) - emailRank(b.p) || a.i - b.i)
    .map(({ p }) => unescapeText(value(p)).trim());
  const role = text('ROLE');
  const notes = [role ? `Role: ${role}` : '', ...all('NOTE').map((p) => unescapeText(value(p)).trim())].filter(Boolean).join('\n');

  return {
    name: text('FN'),
    // N is family;given;additional;prefix;suffix.
    nameParts: [nParts[1] ?? '', nParts[2] ?? '', nParts[0] ?? ''],
    emails,
    organization: org,
    jobTitle: text('TITLE'),
    notes,
    groups: all('CATEGORIES').flatMap((p) => splitUnescaped(value(p), ',').map((s) => s.trim())),
  };
}

/** Reads every card in a vCard file. Never throws. */
export function parseVcards(input: string, now: Date): ImportResult<Contact> {
  const tooLarge = tooLargeMessage(input);
  if (tooLarge) return { rows: [], errors: [], fatal: tooLarge, total: 0 };
  const cards = readCards(stripBom(input));
  if (cards.length === 0) {
    return { rows: [], errors: [], fatal: 'No contact card (BEGIN:VCARD) was found: this is not a vCard file.', total: 0 };
  }
  const createdAt = now.toISOString();
  const outcomes = cards.map((card) => {
    const warnings: string[] = [];
    if (!card.complete) warnings.push('this card has no END:VCARD (the file may be cut short): check its last fields');
    const outcome = contactFromFacts(factsFromCard(card, warnings), createdAt);
    outcome.warnings = [...new Set([...warnings, ...outcome.warnings])];
    return { line: card.line, outcome };
  });
  return collectContacts(outcomes);
}

/** Reads a vCard file from its bytes, whatever its encoding (see `decodeText`). */
export function parseVcardBytes(bytes: Uint8Array, now: Date): ImportResult<Contact> {
  const tooLarge = tooLargeBytesMessage(bytes);
  if (tooLarge) return { rows: [], errors: [], fatal: tooLarge, total: 0 };
  return parseVcards(decodeText(bytes), now);
}
