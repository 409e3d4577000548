import { contactsToCsv, resourcesToCsv, unitsToCsv } from '../../io/csv-export';
import { toIsoDate } from '../../core/dates';
import type { Stored, Unit } from '../../core/types';
import { allContacts, allResources, db, now } from './data';
import { computeDue } from '../../core/reminders';
import { remindersToIcs } from '../../io/ics-export';
import { loadReminderInput } from '../../db/library';
import { t } from '../i18n';
import { duePhrases } from '../due-phrases';
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

/** Every unit, by title. (Not `orderBy('start')`: IndexedDB leaves records without a start out of that index.) */
const everyUnit = () => db.units.orderBy('title').toArray() as Promise<Stored<Unit>[]>;

export function ExportPanel({ notify }: { notify: Notify }) {
  const stamp = () => toIsoDate(now());
  return (
    <div class="card" style={{ marginTop: '16px' }}>
      <h2>{t('dataExportHeading')}</h2>
      <p class="small muted">{t('dataExportIntro')}</p>
      <div class="row">
        <button type="button" onClick={async () => void (download(`contacts-${stamp()}.csv`, contactsToCsv(await allContacts())), notify({ message: t('dataExportedContacts') }))}>
          {t('dataExportContactsCsv')}
        </button>
        <button type="button" onClick={async () => void (download(`units-${stamp()}.csv`, unitsToCsv(await everyUnit(), await allContacts())), notify({ message: t('dataExportedUnits') }))}>
          {t('dataExportUnitsCsv')}
        </button>
        <button type="button" onClick={async () => void (download(`resources-${stamp()}.csv`, resourcesToCsv(await allResources(), await everyUnit())), notify({ message: t('dataExportedResources') }))}>
          {t('dataExportResourcesCsv')}
        </button>
      </div>
      <h3 style={{ marginTop: '12px' }}>{t('dataExportCalendarHeading')}</h3>
      <p class="small muted">{t('dataExportCalendarIntro')}</p>
      <button
        type="button"
        onClick={async () => {
          const input = await loadReminderInput(db);
          const items = computeDue({ ...input, now: now(), phrases: duePhrases });
          download(`library-liaison-reminders-${stamp()}.ics`, remindersToIcs(items, input.units, now(), { schoolName: input.settings.schoolName }), 'text/calendar;charset=utf-8');
          notify({ message: t('dataExportedCalendar') });
        }}
      >
        {t('dataExportCalendarButton')}
      </button>
    </div>
  );
}
