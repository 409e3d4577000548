/**
 * A librarian's library at benchmark scale, from a fixed seed: the sample
 * school (so that its pages, e.g. the Hatchet assignment, really match one of
 * her units) grown with generated contacts, units, resources and log entries
 * to the sizes asked for. Generated text mixes the sample school's own words
 * with made-up ones, so that the matching index and the stored records have
 * realistic sizes without accidentally out-matching the sample units.
 */
import { addDaysIso, toIsoDate } from '../../src/core/dates';
import {
  DEFAULT_SETTINGS,
  INTERACTION_KINDS,
  RESOURCE_KINDS,
  ROLES,
  type Contact,
  type Interaction,
  type Resource,
  type Settings,
  type Stored,
  type Unit,
} from '../../src/core/types';
import type { BackupData } from '../../src/io/backup';
import { buildSampleSchool } from '../../src/sample/school';

export interface Sizes {
  contacts: number;
  units: number;
  resources: number;
  interactions: number;
}

/** mulberry32: every run benchmarks the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['Science', 'Math', 'ELA', 'Social Studies', 'Art', 'Music', 'PE', 'Spanish', 'Technology', 'Health'];
const FIRST = ['Ana', 'Ben', 'Cara', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ines', 'Jon', 'Kemi', 'Luis', 'Mara', 'Nico', 'Omar', 'Pia'];
const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 've', 'rop', 'dul', 'qua', 'ben', 'sor', 'ith', 'gal', 'prem', 'uno', 'zel'];

/**
 * The sample school of `now` plus generated records up to `sizes` (never fewer
 * than the sample has). Ids are consecutive from 1; every link (teachers,
 * units, log contacts) points at a stored record, and each contact's
 * `lastInteractionAt` agrees with the log, as the app keeps it.
 */
export function benchLibrary(now: Date, sizes: Sizes, seed = 2026): BackupData {
  const rand = prng(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const school = buildSampleSchool(now);
  const today = toIsoDate(now);
  const createdAt = new Date(now.getTime() - 90 * 86_400_000).toISOString();

  const realWords = [
    ...new Set(
      [...school.units.flatMap((u) => [u.description, ...u.keywords]), ...school.resources.flatMap((r) => [r.description, ...r.keywords])]
        .join(' ')
        .toLowerCase()
        .match(/[a-z]{4,}/g) ?? [],
    ),
  ];
  const madeUp = Array.from({ length: 8_000 }, () => Array.from({ length: 2 + int(3) }, () => pick(SYLLABLES)).join(''));
  const vocab = [...realWords, ...madeUp];
  // Zipf-like: a few words are everywhere, most are rare.
  const word = () => vocab[Math.floor(vocab.length * rand() ** 3)]!;
  const phrase = (n: number) => Array.from({ length: n }, word).join(' ');
  const title = (n: number) => phrase(n).replace(/\b\w/g, (c) => c.toUpperCase());

  const contacts: Stored<Contact>[] = school.contacts.map((c) => ({ ...c }));
  for (let id = contacts.length + 1; id <= sizes.contacts; id++) {
    const role = rand() < 0.7 ? 'teacher' : pick(ROLES);
    contacts.push({
      id,
      name: `${pick(FIRST)} ${pick(madeUp).replace(/^\w/, (c) => c.toUpperCase())} ${id}`,
      role,
      email: `person${id}@bench.example.org`,
      subjects: role === 'teacher' ? [pick(SUBJECTS)] : [],
      grades: role === 'teacher' ? [int(13)] : [],
      archived: rand() < 0.03,
      createdAt,
      ...(rand() < 0.1 ? { checkInDays: 7 + int(60) } : {}),
      ...(rand() < 0.3 ? { notes: phrase(8) } : {}),
    });
  }
  const teachers = contacts.filter((c) => c.role === 'teacher').map((c) => c.id);

  const units: Stored<Unit>[] = school.units.map((u) => ({ ...u }));
  for (let id = units.length + 1; id <= sizes.units; id++) {
    const start = addDaysIso(today, int(300) - 120);
    const grade = int(13);
    units.push({
      id,
      title: `${title(2 + int(3))} ${id}`,
      subject: pick(SUBJECTS),
      grades: [grade],
      start,
      end: addDaysIso(start, 10 + int(30)),
      teacherIds: [pick(teachers), ...(rand() < 0.3 ? [pick(teachers)] : [])].filter((t, i, a) => a.indexOf(t) === i),
      keywords: Array.from({ length: 4 + int(5) }, () => phrase(1 + int(2))),
      standards: [`MS-LS${1 + int(4)}-${1 + int(6)}`, `${grade}.RP.A.${1 + int(3)}`],
      description: phrase(20 + int(20)),
      createdAt,
    });
  }

  const resources: Stored<Resource>[] = school.resources.map((r) => ({ ...r }));
  for (let id = resources.length + 1; id <= sizes.resources; id++) {
    resources.push({
      id,
      title: `${title(2 + int(5))} ${id}`,
      kind: pick(RESOURCE_KINDS),
      ...(rand() < 0.5 ? { url: `https://library.bench.example.org/item/${id}` } : {}),
      ...(rand() < 0.7 ? { author: `${pick(FIRST)} ${pick(madeUp)}` } : {}),
      ...(rand() < 0.4 ? { callNumber: `${500 + int(400)}.${int(100)} ${pick(madeUp).slice(0, 3).toUpperCase()}` } : {}),
      subjects: [pick(SUBJECTS)],
      grades: [int(13)],
      keywords: Array.from({ length: 2 + int(4) }, () => phrase(1 + int(2))),
      description: phrase(15 + int(25)),
      unitIds: rand() < 0.85 ? [1 + int(units.length)] : [],
      createdAt,
    });
  }

  const interactions: Stored<Interaction>[] = school.interactions.map((i) => ({ ...i }));
  for (let id = interactions.length + 1; id <= sizes.interactions; id++) {
    const kind = pick(INTERACTION_KINDS);
    const date = addDaysIso(today, -int(365));
    interactions.push({
      id,
      kind,
      date,
      contactIds: rand() < 0.3 ? [...new Set([1 + int(contacts.length), 1 + int(contacts.length)])] : [1 + int(contacts.length)],
      notes: phrase(6 + int(20)),
      createdAt: `${date}T15:00:00.000Z`,
      ...(rand() < 0.3 ? { unitId: 1 + int(units.length) } : {}),
      ...(kind === 'co-taught-lesson' || kind === 'event' ? { classes: 1 + int(3), students: 20 + int(60) } : {}),
      ...(rand() < 0.03 ? { followUp: addDaysIso(today, int(30) - 10) } : {}),
    });
  }

  const last = new Map<number, string>();
  for (const i of interactions) for (const c of i.contactIds) if ((last.get(c) ?? '') < i.date) last.set(c, i.date);
  for (const c of contacts) {
    const d = last.get(c.id);
    if (d) c.lastInteractionAt = d;
    else delete c.lastInteractionAt;
  }

  const settings: Settings = { ...DEFAULT_SETTINGS, ...school.settings };
  return { contacts, units, resources, interactions, reminderState: [], settings };
}
