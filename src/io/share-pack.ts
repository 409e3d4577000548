/**
 * Share packs: units and their resources, in a file a librarian sends to district
 * colleagues. Only what is meant to travel: never contacts, the log, teachers
 * (`teacherIds`), collaboration plans (they name people), the unit's dates (they are
 * this school's calendar) or archived resources.
 *
 * `{ format: 'library-liaison-share-pack', version: 1, exportedAt, units, resources }`,
 * where each unit has a `key` local to the file and each resource names its units by
 * those keys. Reading validates the whole file (valibot) before anything is planned.
 *
 * Merging (see {@link planSharePack}) never duplicates: a unit is already there when
 * a stored unit has the same title (without case or accents) and the same standards
 * codes; a resource when one has the same title, author and URL.
 */
import * as v from 'valibot';
import { RESOURCE_KINDS, type IsoDateTime, type Resource, type Stored, type Unit } from '../core/types';
import { nameKey } from './fields';
import { codeKey, titleKey } from './standards';
import { tooLargeMessage } from './text';

export const SHARE_PACK_FORMAT = 'library-liaison-share-pack';
export const SHARE_PACK_VERSION = 1;

export type PackUnit = Pick<Unit, 'title' | 'subject' | 'grades' | 'keywords' | 'standards' | 'description'> & { key: string };
export type PackResource = Pick<Resource, 'title' | 'kind' | 'url' | 'author' | 'callNumber' | 'subjects' | 'grades' | 'keywords' | 'description'> & {
  /** Keys of the pack's units this resource is tagged for. */
  units: string[];
};

export interface SharePack {
  format: typeof SHARE_PACK_FORMAT;
  version: number;
  exportedAt: IsoDateTime;
  units: PackUnit[];
  resources: PackResource[];
}

/** Drops keys whose value is undefined, so that a pack's JSON and its parse compare equal. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as T;
}

/** The chosen units and every live resource tagged for one of them. */
export function makeSharePack(units: readonly Stored<Unit>[], resources: readonly Stored<Resource>[], now: Date): SharePack {
  const keyOf = new Map(units.map((u, i) => [u.id, `u${i + 1}`]));
  return {
    format: SHARE_PACK_FORMAT,
    version: SHARE_PACK_VERSION,
    exportedAt: now.toISOString(),
    units: units.map((u) => ({
      key: keyOf.get(u.id)!,
      title: u.title,
      subject: u.subject,
      grades: [...u.grades],
      keywords: [...u.keywords],
      standards: [...u.standards],
      description: u.description,
    })),
    resources: resources
      .filter((r) => !r.archived && r.unitIds.some((id) => keyOf.has(id)))
      .map((r) =>
        defined({
          title: r.title,
          kind: r.kind,
          url: r.url,
          author: r.author,
          callNumber: r.callNumber,
          subjects: [...r.subjects],
          grades: [...r.grades],
          keywords: [...r.keywords],
          description: r.description,
          units: r.unitIds.flatMap((id) => keyOf.get(id) ?? []),
        }),
      ),
  };
}

const strings = v.array(v.string());
const grades = v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(12)));
const PackSchema = v.object({
  format: v.literal(SHARE_PACK_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SHARE_PACK_VERSION, 'was written by a newer version of Library Liaison: update the extension')),
  exportedAt: v.pipe(
    v.string(),
    v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a date and time'),
  ),
  units: v.array(
    v.object({
      key: v.pipe(v.string(), v.minLength(1)),
      title: v.pipe(v.string(), v.check((s) => s.trim() !== '', 'a unit has no title')),
      subject: v.string(),
      grades,
      keywords: strings,
      standards: strings,
      description: v.string(),
    }),
  ),
  resources: v.array(
    v.object({
      title: v.pipe(v.string(), v.check((s) => s.trim() !== '', 'a resource has no title')),
      kind: v.picklist(RESOURCE_KINDS),
      url: v.optional(v.string()),
      author: v.optional(v.string()),
      callNumber: v.optional(v.string()),
      subjects: strings,
      grades,
      keywords: strings,
      description: v.string(),
      units: strings,
    }),
  ),
});

export type SharePackParse = { ok: true; pack: SharePack } | { ok: false; error: string };

/** Reads a pack file's text; every problem is a sentence, never an exception. */
export function parseSharePack(text: string): SharePackParse {
  const tooLarge = tooLargeMessage(text);
  if (tooLarge) return { ok: false, error: tooLarge };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not readable JSON: it may be cut short, or not a share pack.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== SHARE_PACK_FORMAT) {
    return { ok: false, error: 'This file is not a Library Liaison share pack.' };
  }
  const parsed = v.safeParse(PackSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `#${p.key + 1}` : String(p.key))).join(' ');
    return { ok: false, error: `The share pack is damaged: ${where ? `${where}: ` : ''}${issue.message}.` };
  }
  const pack = parsed.output as SharePack;
  const keys = new Set<string>();
  for (const u of pack.units) {
    if (keys.has(u.key)) return { ok: false, error: `The share pack is damaged: two units have the key "${u.key}".` };
    keys.add(u.key);
  }
  const unknown = pack.resources.flatMap((r) => r.units).find((k) => !keys.has(k));
  if (unknown !== undefined) return { ok: false, error: `The share pack is damaged: a resource names the unit "${unknown}", which is not in the pack.` };
  return { ok: true, pack };
}

/** Same unit: same title (no case, no accents) and the same set of standards codes. */
export const packUnitKey = (u: Pick<Unit, 'title' | 'standards'>) => `${titleKey(u.title)}|${[...new Set(u.standards.map(codeKey))].sort().join(';')}`;

/** Same resource: same title, author and URL (a missing author or URL matches only a missing one). */
export const packResourceKey = (r: Pick<Resource, 'title' | 'author' | 'url'>) =>
  `${titleKey(r.title)}|${nameKey(r.author ?? '')}|${(r.url ?? '').trim().toLowerCase().replace(/\/+$/, '')}`;

/** What importing a pack will do: for each unit and resource, the stored record it merges into, if any. */
export interface SharePackPlan {
  units: { unit: PackUnit; existingId?: number }[];
  resources: { resource: PackResource; existingId?: number }[];
  newUnits: number;
  existingUnits: number;
  newResources: number;
}

export function planSharePack(pack: SharePack, units: readonly Pick<Stored<Unit>, 'id' | 'title' | 'standards'>[], resources: readonly Pick<Stored<Resource>, 'id' | 'title' | 'author' | 'url'>[]): SharePackPlan {
  const storedUnits = new Map<string, number>();
  for (const u of units) if (!storedUnits.has(packUnitKey(u))) storedUnits.set(packUnitKey(u), u.id);
  const storedRes = new Map<string, number>();
  for (const r of resources) if (!storedRes.has(packResourceKey(r))) storedRes.set(packResourceKey(r), r.id);
  const planUnits = pack.units.map((unit) => ({ unit, existingId: storedUnits.get(packUnitKey(unit)) }));
  const planRes = pack.resources.map((resource) => ({ resource, existingId: storedRes.get(packResourceKey(resource)) }));
  // Two records of the pack with the same key become one new record.
  const distinctNew = <T>(rows: { existingId?: number }[], items: T[], key: (x: T) => string) => new Set(items.filter((_, i) => rows[i]!.existingId === undefined).map(key)).size;
  return {
    units: planUnits,
    resources: planRes,
    newUnits: distinctNew(planUnits, pack.units, packUnitKey),
    existingUnits: planUnits.filter((u) => u.existingId !== undefined).length,
    newResources: distinctNew(planRes, pack.resources, packResourceKey),
  };
}
