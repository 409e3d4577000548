/**
 * Writing a calendar import: the chosen events become school breaks, units and
 * logged meetings, in one transaction, and the same import can be taken back.
 */
import type { Contact, IsoDate, IsoDateTime, SchoolBreak, Stored, Unit } from '../core/types';
import { planCalendarImport, type CalendarChoice, type CalendarPlan } from '../io/calendar-choices';
import type { IcsImport } from '../io/ics-import';
import { addInteraction, deleteInteraction } from './interactions';
import type { LiaisonDB } from './schema';
import { getSettings, updateSettings } from './settings';

/** What one import wrote, so that it can be undone. */
export interface CalendarImported {
  plan: CalendarPlan;
  unitIds: number[];
  interactionIds: number[];
}

/**
 * Writes the chosen events in one transaction: the new breaks appended to the
 * school year, the units, and the meetings (each moving its contacts' check-in
 * timers). The plan is built inside the transaction, against what is stored at
 * that moment, so that nothing an earlier import brought is added twice.
 */
export async function importCalendar(
  database: LiaisonDB,
  events: IcsImport['events'],
  choices: readonly CalendarChoice[],
  opts: { today: IsoDate; createdAt: IsoDateTime },
): Promise<CalendarImported> {
  return database.transaction('rw', [database.settings, database.units, database.interactions, database.contacts], async () => {
    const [settings, units, meetings, contacts] = await Promise.all([
      getSettings(database),
      database.units.toArray(),
      database.interactions.where('kind').equals('meeting').toArray(),
      database.contacts.toArray() as Promise<Stored<Contact>[]>,
    ]);
    const plan = planCalendarImport(events, choices, { breaks: settings.schoolYear.breaks, units, interactions: meetings, contacts }, opts);
    if (plan.breaks.length > 0) {
      await updateSettings(database, { schoolYear: { ...settings.schoolYear, breaks: [...settings.schoolYear.breaks, ...plan.breaks] } });
    }
    const unitIds = plan.units.length > 0 ? ((await database.units.bulkAdd(plan.units as Unit[], { allKeys: true })) as number[]) : [];
    const interactionIds: number[] = [];
    for (const m of plan.meetings) interactionIds.push(await addInteraction(database, m));
    return { plan, unitIds, interactionIds };
  });
}

/** Takes back what `importCalendar` wrote (the Undo of its toast), in one transaction. */
export async function undoCalendarImport(database: LiaisonDB, done: CalendarImported): Promise<void> {
  await database.transaction('rw', [database.settings, database.units, database.interactions, database.contacts], async () => {
    await database.units.bulkDelete(done.unitIds);
    for (const id of done.interactionIds) await deleteInteraction(database, id);
    if (done.plan.breaks.length > 0) {
      const settings = await getSettings(database);
      const same = (a: SchoolBreak, b: SchoolBreak) => a.name === b.name && a.start === b.start && a.end === b.end;
      const breaks = settings.schoolYear.breaks.filter((b) => !done.plan.breaks.some((added) => same(added, b)));
      await updateSettings(database, { schoolYear: { ...settings.schoolYear, breaks } });
    }
  });
}

