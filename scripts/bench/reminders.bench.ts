/**
 * Benchmark of the reminders engine at the popup's scale: 2,000 contacts,
 * 20,000 interactions, 500 units. computeDue + badgeFor feed the toolbar badge
 * and the popup, whose whole open-to-usable budget is 100 ms: the engine gets
 * half of it (p95 under 50 ms). Data are generated with a fixed seed.
 */
import { addDaysIso } from '../../src/core/dates';
import { planProgress } from '../../src/core/plan';
import { badgeFor, computeDue, lastInteractionByContact, losingTouch } from '../../src/core/reminders';
import {
  DEFAULT_SETTINGS,
  INTERACTION_KINDS,
  ROLES,
  type Contact,
  type Interaction,
  type ReminderState,
  type Settings,
  type Unit,
} from '../../src/core/types';
import { measure as measureRuns, p95Row, type BenchRow } from './types';

const RUNS = 30;
const WARMUP = 5;
const BUDGET_MS = 50;

export async function benchReminders(): Promise<BenchRow[]> {
  const data = dataset(2_000, 20_000, 500);
  const now = new Date(2026, 2, 5, 9, 30);
  const input = { ...data, now };

  const engine = measure(() => {
    const items = computeDue(input);
    badgeFor(items, now);
  });
  const popup = measure(() => {
    const last = lastInteractionByContact(data.interactions);
    const items = computeDue({ ...input, lastInteraction: last });
    badgeFor(items, now);
    losingTouch(data.contacts, last, now, 10);
    planProgress(data.settings.goals, data.interactions, data.settings, now);
  });

  return [
    row('reminders: computeDue + badgeFor (2,000 contacts, 20,000 interactions, 500 units)', engine),
    row('reminders: popup data (due items, badge, losing touch, plan progress)', popup),
  ];
}



/** A school's worth of data over one school year, from a fixed seed (mulberry32). */
function dataset(contactCount: number, interactionCount: number, unitCount: number) {
  let seed = 20260305;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (n: number) => Math.floor(rnd() * n);
  const created = '2025-08-01T12:00:00.000Z';

  const contacts: Contact[] = Array.from({ length: contactCount }, (_, i) => ({
    id: i + 1,
    name: `Contact ${i + 1}`,
    role: ROLES[pick(ROLES.length)]!,
    subjects: [],
    grades: [],
    archived: rnd() < 0.05,
    createdAt: created,
    ...(rnd() < 0.1 ? { checkInDays: 7 + pick(60) } : {}),
  }));
  const units: Unit[] = Array.from({ length: unitCount }, (_, i) => {
    const start = addDaysIso('2025-08-25', pick(280));
    return {
      id: i + 1,
      title: `Unit ${i + 1}`,
      subject: 'Science',
      grades: [pick(13)],
      start,
      end: addDaysIso(start, 5 + pick(30)),
      teacherIds: [1 + pick(contactCount), 1 + pick(contactCount)],
      keywords: [],
      standards: [],
      description: '',
      createdAt: created,
    };
  });
  const interactions: Interaction[] = Array.from({ length: interactionCount }, (_, i) => ({
    id: i + 1,
    kind: INTERACTION_KINDS[pick(INTERACTION_KINDS.length)]!,
    date: addDaysIso('2025-08-20', pick(200)),
    contactIds: rnd() < 0.3 ? [1 + pick(contactCount), 1 + pick(contactCount)] : [1 + pick(contactCount)],
    notes: '',
    createdAt: created,
    ...(rnd() < 0.1 ? { unitId: 1 + pick(unitCount) } : {}),
    ...(rnd() < 0.05 ? { followUp: addDaysIso('2026-01-15', pick(60)) } : {}),
  }));
  const reminderState: ReminderState[] = Array.from({ length: 200 }, (_, i) => ({
    key: `checkin:${1 + i * 7}`,
    snoozedUntil: '2026-03-10',
    updatedAt: created,
  }));
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    schoolYear: {
      start: '2025-08-25',
      end: '2026-06-12',
      breaks: [
        { name: 'Winter break', start: '2025-12-22', end: '2026-01-02' },
        { name: 'Spring break', start: '2026-03-30', end: '2026-04-03' },
      ],
    },
  };
  return { contacts, units, interactions, reminderState, settings };
}

const row = (name: string, t: { p50: number; p95: number }) => p95Row(name, t, BUDGET_MS, RUNS);
const measure = (fn: () => void) => measureRuns(fn, RUNS, WARMUP);
