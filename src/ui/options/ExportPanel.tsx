import { contactsToCsv, resourcesToCsv, unitsToCsv } from '../../io/csv-export';
import { toIsoDate } from '../../core/dates';
import { allContacts, allResources, allUnits, db, now } from './data';
import { computeDue } from '../../core/reminders';
import { remindersToIcs } from '../../io/ics-export';
import { loadReminderInput } from '../../db/library';
import type { Notify } from './OptionsApp';

/** Saves text as a file through a Blob link: nothing leaves the machine. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportPanel({ notify }: { notify: Notify }) {
  const stamp = () => toIsoDate(now());
  return (
    <div class="card" style={{ marginTop: '16px' }}>
      <h2>Export</h2>
      <p class="small muted">Spreadsheet-safe CSV in the same formats as the import.</p>
      <div class="row">
        <button type="button" onClick={async () => void (download(`contacts-${stamp()}.csv`, contactsToCsv(await allContacts())), notify({ message: 'Contacts exported.' }))}>
          Contacts CSV
        </button>
        <button type="button" onClick={async () => void (download(`units-${stamp()}.csv`, unitsToCsv(await allUnits(), await allContacts())), notify({ message: 'Units exported.' }))}>
          Units CSV
        </button>
        <button type="button" onClick={async () => void (download(`resources-${stamp()}.csv`, resourcesToCsv(await allResources(), await allUnits())), notify({ message: 'Resources exported.' }))}>
          Resources CSV
        </button>
      </div>
      <h3 style={{ marginTop: '12px' }}>Your calendar</h3>
      <p class="small muted">Upcoming reminders and unit dates as an .ics file to import into Google Calendar or Outlook.</p>
      <button
        type="button"
        onClick={async () => {
          const input = await loadReminderInput(db);
          const items = computeDue({ ...input, now: now() });
          download(`library-liaison-reminders-${stamp()}.ics`, remindersToIcs(items, input.units, now(), { schoolName: input.settings.schoolName }), 'text/calendar;charset=utf-8');
          notify({ message: 'Calendar file saved to your downloads.' });
        }}
      >
        Reminders calendar (.ics)
      </button>
    </div>
  );
}
