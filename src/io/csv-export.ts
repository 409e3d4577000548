/**
 * Writes contacts, units and resources in the documented CSV formats (see csv-formats.ts),
 * so that an export read back by the importer gives the same records.
 *
 * - RFC 4180 quoting, CRLF line ends, and a UTF-8 BOM so that Excel on Windows shows
 *   accents right (the importer drops the BOM).
 * - Spreadsheet formula injection: a cell starting with `= + - @ tab CR` gets a `'` in
 *   front so that Excel, LibreOffice and Sheets show it as text; the importer removes
 *   exactly that `'` again (rule in csv-core.ts `protectCell` / `unprotectCell`).
 * - A `;` inside one list item cannot be told apart from the separator; it is written
 *   as `,` so the item stays one item.
 */
import { formatGrades } from '../core/grades';
import type { Contact, Resource, Unit } from '../core/types';
import { protectCell } from './csv-core';
import { CONTACT_COLUMNS, RESOURCE_COLUMNS, UNIT_COLUMNS } from './csv-formats';
import { nameKey } from './fields';

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = protectCell(String(value));
  return /[",\n\r;\t]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function list(items: readonly string[]): string {
  return items.map((i) => i.replace(/;/g, ',')).join('; ');
}

function toCsv(header: readonly string[], rows: (string | number | undefined)[][]): string {
  const lines = [header.join(','), ...rows.map((r) => r.map(cell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function contactsToCsv(contacts: readonly Contact[]): string {
  return toCsv(
    CONTACT_COLUMNS,
    contacts.map((c) => [
      c.name,
      c.role,
      c.email,
      list(c.subjects),
      formatGrades(c.grades),
      c.organization,
      c.checkInDays,
      c.notes,
    ]),
  );
}

/**
 * Teachers are written by name, which reads best in a spreadsheet; by email when the
 * name is shared with another contact or holds a `;`, so that the import can resolve it.
 */
export function unitsToCsv(units: readonly Unit[], contacts: readonly Contact[]): string {
  const byId = new Map(contacts.filter((c) => c.id !== undefined).map((c) => [c.id!, c]));
  const nameCount = new Map<string, number>();
  for (const c of contacts) nameCount.set(nameKey(c.name), (nameCount.get(nameKey(c.name)) ?? 0) + 1);
  const teacherRef = (id: number): string | undefined => {
    const c = byId.get(id);
    if (!c) return undefined;
    const ambiguous = (nameCount.get(nameKey(c.name)) ?? 0) > 1 || c.name.includes(';');
    return ambiguous && c.email ? c.email : c.name;
  };
  return toCsv(
    UNIT_COLUMNS,
    units.map((u) => [
      u.title,
      u.subject,
      formatGrades(u.grades),
      u.start,
      u.end,
      list(u.teacherIds.map(teacherRef).filter((r): r is string => r !== undefined)),
      list(u.keywords),
      list(u.standards),
      u.description,
    ]),
  );
}

export function resourcesToCsv(resources: readonly Resource[], units: readonly Unit[]): string {
  const titleById = new Map(units.filter((u) => u.id !== undefined).map((u) => [u.id!, u.title]));
  return toCsv(
    RESOURCE_COLUMNS,
    resources.map((r) => [
      r.title,
      r.kind,
      r.url,
      r.author,
      r.callNumber,
      list(r.subjects),
      formatGrades(r.grades),
      list(r.keywords),
      r.description,
      list(r.unitIds.map((id) => titleById.get(id)).filter((t): t is string => t !== undefined)),
    ]),
  );
}
