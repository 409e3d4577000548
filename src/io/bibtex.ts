/**
 * A small, tolerant BibTeX reader → resources, for reading lists exported from
 * Zotero, Mendeley or a library catalogue (Primo, EBSCO).
 *
 * Tolerant means: any entry type (`@web_page`, `@film`), an empty citation key,
 * `{…}` or `"…"` values with `#` concatenation and `@string` macros, common LaTeX
 * accents and symbols; a broken entry is reported with its line and the reader goes
 * on at the next line starting with `@`.
 *
 * Mapping: title; author (else editor), names joined by `; `; url, else a DOI link;
 * keywords split on `,` `;` and ` -- ` (catalogue authority ids such as
 * `NLR12::RUNLRAUTH\66645826` dropped); description from ISBN, container (journal or
 * book), publication and abstract. Kind: books → book, web pages → website, films →
 * video; other types are website when they have a link, else book (with a warning).
 */
import type { ResourceKind } from '../core/types';
import type { ResourceDraft } from './csv-formats';
import { nameKey, parseWebUrl } from './fields';
import { normaliseNewlines, stripBom, tooLargeMessage } from './text';
import type { ImportResult, ParsedRow, RowError } from './types';

export interface BibEntry {
  type: string;
  key: string;
  line: number;
  fields: Map<string, string>;
}

class BibSyntaxError extends Error {}

/** Reads the entries; syntax problems come back per entry, with its line. */
export function readBibtex(input: string): { entries: BibEntry[]; errors: RowError[] } {
  const text = normaliseNewlines(stripBom(input));
  const entries: BibEntry[] = [];
  const errors: RowError[] = [];
  const macros = new Map<string, string>([
    ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, String(i + 1)] as [string, string]),
  ]);
  // Line numbers by offset, counted forward only (entries come in order).
  let countedTo = 0;
  let line = 1;
  const lineAt = (offset: number) => {
    for (; countedTo < offset; countedTo++) if (text.charCodeAt(countedTo) === 10) line++;
    return line;
  };

  let pos = 0;
  const ws = () => {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  };
  const expectChar = (ch: string) => {
    ws();
    if (text[pos] !== ch) throw new BibSyntaxError(`expected "${ch}" but found ${text[pos] === undefined ? 'the end of the file' : `"${text[pos]}"`}`);
    pos++;
  };
  /** `{…}` with nested braces, or `"…"` (braces inside may hide quotes). */
  const delimited = (): string => {
    const open = text[pos];
    const start = ++pos;
    let depth = 0;
    for (; pos < text.length; pos++) {
      const ch = text[pos];
      if (ch === '\\') pos++;
      else if (ch === '{') depth++;
      else if (ch === '}' && depth > 0) depth--;
      else if (depth === 0 && ((open === '{' && ch === '}') || (open === '"' && ch === '"'))) return text.slice(start, pos++);
    }
    throw new BibSyntaxError('a value is never closed (check the braces)');
  };
  const value = (): string => {
    let out = '';
    for (;;) {
      ws();
      const ch = text[pos];
      if (ch === '{' || ch === '"') out += delimited();
      else {
        const m = /^[^\s,#{}()"=]+/.exec(text.slice(pos, pos + 200));
        if (!m) throw new BibSyntaxError(`a value was expected but found ${ch === undefined ? 'the end of the file' : `"${ch}"`}`);
        pos += m[0].length;
        out += /^\d+$/.test(m[0]) ? m[0] : macros.get(m[0].toLowerCase()) ?? m[0];
      }
      ws();
      if (text[pos] !== '#') return out;
      pos++;
    }
  };

  for (;;) {
    const at = text.indexOf('@', pos);
    if (at === -1) break;
    const head = /^@\s*([A-Za-z_][\w-]*)\s*([{(])/.exec(text.slice(at, at + 100));
    if (!head) {
      pos = at + 1;
      continue;
    }
    const type = head[1]!.toLowerCase();
    const close = head[2] === '{' ? '}' : ')';
    const entryLine = lineAt(at);
    pos = at + head[0].length;
    try {
      if (type === 'comment' || type === 'preamble') {
        pos = at + head[0].length - 1;
        delimited();
        continue;
      }
      if (type === 'string') {
        ws();
        const name = /^[^\s=]+/.exec(text.slice(pos))?.[0] ?? '';
        pos += name.length;
        expectChar('=');
        macros.set(name.toLowerCase(), value());
        expectChar(close);
        continue;
      }
      const keyMatch = /^[^,\s}]*/.exec(text.slice(pos, pos + 500))!;
      pos += keyMatch[0].length;
      const fields = new Map<string, string>();
      for (;;) {
        ws();
        if (text[pos] === close) {
          pos++;
          break;
        }
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        const name = /^[^\s=,{}()"#]+/.exec(text.slice(pos, pos + 100))?.[0];
        if (!name) throw new BibSyntaxError(`a field name was expected but found ${text[pos] === undefined ? 'the end of the file' : `"${text[pos]}"`}`);
        pos += name.length;
        expectChar('=');
        fields.set(name.toLowerCase(), value());
      }
      entries.push({ type, key: keyMatch[0].trim(), line: entryLine, fields });
    } catch (e) {
      if (!(e instanceof BibSyntaxError)) throw e;
      errors.push({ line: entryLine, message: `@${type} entry: ${e.message}` });
      // Go on at the next line that starts an entry.
      const next = text.slice(at + 1).search(/\n\s*@/);
      pos = next === -1 ? text.length : at + 1 + next + 1;
    }
  }
  return { entries, errors };
}

// ---------------------------------------------------------------------------
// LaTeX → text

const ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030c', H: '\u030b', c: '\u0327', k: '\u0328', r: '\u030a', d: '\u0323', b: '\u0331',
};
const SYMBOLS: Record<string, string> = {
  ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
  textendash: '–', textemdash: '—', textquoteright: '’', textquoteleft: '‘', ldots: '…', dots: '…', textregistered: '®',
  copyright: '©', textasciitilde: '~', textbackslash: '\\',
};

/** Common LaTeX in titles and names → plain Unicode text. Unknown commands keep their argument. */
export function latexToText(value: string): string {
  return value
    // An accent on a letter, braced or bare; `\i` (dotless i, a control word) eats the space after it.
    .replace(/\\([`'^"~=.])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\[ij]\s*|[A-Za-z]))/g, (_m, acc: string, braced?: string, bare?: string) =>
      `${(braced ?? bare ?? '').replace('\\', '').trim()}${ACCENTS[acc]}`,
    )
    .replace(/\\([uvHckrdb])\s*\{\s*(\\?[A-Za-z])\s*\}/g, (_m, acc: string, letter: string) => `${letter.replace('\\', '')}${ACCENTS[acc]}`)
    // A control word eats the spaces after it, as in LaTeX; an unknown one is dropped, its argument kept.
    .replace(/\\([A-Za-z]+)\s*(\{\})?/g, (_m, name: string) => SYMBOLS[name] ?? '')
    .replace(/\\([&%$#_{} ])/g, '$1')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/~/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

// ---------------------------------------------------------------------------
// Entry → resource

const BOOK_TYPES = new Set(['book', 'inbook', 'incollection', 'booklet', 'manual', 'proceedings', 'collection', 'mvbook', 'reference']);
const WEB_TYPES = new Set(['online', 'web', 'web_page', 'webpage', 'electronic', 'www']);
const VIDEO_TYPES = new Set(['film', 'video', 'movie', 'audiovisual', 'motion_picture']);

function toResource(entry: BibEntry, createdAt: string): { record?: ResourceDraft; error?: string; warnings: string[] } {
  const warnings: string[] = [];
  const get = (name: string) => latexToText(entry.fields.get(name) ?? '');
  const title = get('title');
  if (title === '') return { error: `@${entry.type}{${entry.key}} has no title`, warnings };

  let url: string | undefined;
  const rawUrl = (entry.fields.get('url') ?? '').replace(/[{}\s]/g, '');
  const doi = (entry.fields.get('doi') ?? '').replace(/[{}\s]/g, '').replace(/^https?:\/\/(dx\.)?doi\.org\//i, '');
  for (const candidate of [rawUrl, doi ? `https://doi.org/${doi}` : '']) {
    const parsed = candidate ? parseWebUrl(candidate) : undefined;
    if (parsed?.ok) {
      url = parsed.value;
      break;
    }
  }

  let kind: ResourceKind;
  if (BOOK_TYPES.has(entry.type)) kind = 'book';
  else if (WEB_TYPES.has(entry.type)) kind = 'website';
  else if (VIDEO_TYPES.has(entry.type)) kind = 'video';
  else if (url) kind = 'website';
  else {
    kind = 'book';
    warnings.push(`@${entry.type} has no link: recorded as a book`);
  }

  const people = (get('author') || get('editor'))
    .split(/\s+and\s+/i)
    .map((n) => n.trim())
    .filter((n) => n !== '' && n.toLowerCase() !== 'others');
  const keywords = [
    ...new Set(
      (entry.fields.get('keywords') ?? '')
        .split(/[,;]|\s--\s/)
        .map((k) => latexToText(k.replace(/\S*::\S*/g, '')))
        .filter((k) => k !== ''),
    ),
  ];
  const isbn = get('isbn');
  const container = get('journal') || get('journaltitle') || get('booktitle');
  const place = get('address') || get('location') || get('city');
  const published = [get('publisher'), get('year')].filter(Boolean).join(', ');
  const abstract = get('abstract');
  const description = [
    isbn ? `ISBN ${isbn}` : '',
    container && container !== title ? container : '',
    place && published ? `${place}: ${published}` : place || published,
    abstract.length > 2000 ? `${abstract.slice(0, 1999)}…` : abstract,
  ]
    .filter(Boolean)
    .join('\n');

  const record: ResourceDraft = { title, kind, subjects: [], grades: [], keywords, description, unitRefs: [], createdAt };
  if (people.length > 0) record.author = people.join('; ');
  if (url) record.url = url;
  const callNumber = get('callnumber') || get('call-number');
  if (callNumber) record.callNumber = callNumber;
  return { record, warnings };
}

/** Reads a .bib file into resources. Repeated entries (same title and author) are reported. */
export function parseBibtex(text: string, now: Date): ImportResult<ResourceDraft> {
  const tooLarge = tooLargeMessage(text);
  if (tooLarge) return { rows: [], errors: [], fatal: tooLarge, total: 0 };
  const { entries, errors: syntaxErrors } = readBibtex(text);
  const errors = [...syntaxErrors];
  if (entries.length === 0 && errors.length === 0) return { rows: [], errors: [], fatal: 'No BibTeX entry (such as @book{…}) was found in the file.', total: 0 };
  const createdAt = now.toISOString();
  const rows: ParsedRow<ResourceDraft>[] = [];
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const { record, error, warnings } = toResource(entry, createdAt);
    if (!record) {
      errors.push({ line: entry.line, message: error ?? 'the entry could not be read' });
      continue;
    }
    const key = `${nameKey(record.title)}|${nameKey(record.author ?? '')}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({ line: entry.line, message: `Duplicate of the entry at line ${first} (same title and author).` });
      continue;
    }
    seen.set(key, entry.line);
    rows.push(warnings.length > 0 ? { line: entry.line, record, warnings } : { line: entry.line, record });
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors, total: entries.length + syntaxErrors.length };
}
