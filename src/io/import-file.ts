/**
 * Works out what a chosen file holds and parses it: vCards and MARC by name or
 * content, BibTeX by name or its first entry, CSV by its header row (our three
 * formats, or anyone's contacts export through a guessed column mapping).
 * Pure: bytes in, an importable result out; nothing is stored here.
 */
import type { Contact } from '../core/types';
import type { ImportResult } from './types';
import { detectCsvKind, parseResourcesCsv, parseUnitsCsv, type ResourceDraft, type UnitDraft } from './csv-formats';
import { parseAnyContactsCsv, type Mapping } from './contacts-csv';
import { decodeText, parseVcardBytes } from './vcard';
import { parseMarcFile } from './marc';
import { parseBibtex } from './bibtex';

export type ImportKind = 'auto' | 'contacts' | 'units' | 'resources';

/** A parsed file, ready for the preview and the all-or-nothing write (src/db/import.ts). */
export type Importable =
  | { kind: 'contacts'; result: ImportResult<Contact> }
  | { kind: 'units'; result: ImportResult<UnitDraft> }
  | { kind: 'resources'; result: ImportResult<ResourceDraft> };

const SOURCE_LABEL: Record<string, string> = {
  'google-contacts': 'a Google Contacts export',
  'outlook-contacts': 'an Outlook export',
  'linkedin-contacts': 'a LinkedIn connections export',
  unknown: 'a contacts spreadsheet',
};

export function readImportFile(kind: ImportKind, fileName: string, bytes: Uint8Array, now: Date): { item: Importable; mapping?: Mapping; source?: string } {
  const text = decodeText(bytes);
  if (/\.(vcf|vcard)$/i.test(fileName) || /^\s*BEGIN:VCARD/i.test(text)) return { item: { kind: 'contacts', result: parseVcardBytes(bytes, now) }, source: 'vCard' };
  if (/\.(mrc|marc|xml)$/i.test(fileName)) return { item: { kind: 'resources', result: parseMarcFile(bytes, now) }, source: 'a library catalogue export (MARC)' };
  if (/\.bib$/i.test(fileName) || /^\s*@\w+\s*\{/.test(text)) return { item: { kind: 'resources', result: parseBibtex(text, now) }, source: 'a BibTeX export' };
  const detected = detectCsvKind(text);
  const k = kind === 'auto' ? (detected === 'units' || detected === 'resources' ? detected : 'contacts') : kind;
  if (k === 'units') return { item: { kind: 'units', result: parseUnitsCsv(text, now) } };
  if (k === 'resources') return { item: { kind: 'resources', result: parseResourcesCsv(text, now) } };
  const any = parseAnyContactsCsv(text, now);
  return { item: { kind: 'contacts', result: any.result }, mapping: any.mapping, source: SOURCE_LABEL[any.kind] };
}

