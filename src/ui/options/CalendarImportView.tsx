import { useMemo, useState } from 'preact/hooks';
import { addMonthsIso, toIsoDate } from '../../core/dates';
import type { IsoDate } from '../../core/types';
import { CALENDAR_CHOICES, canLogMeeting, contactsFor, guessChoices, type CalendarChoice, type CalendarPlan } from '../../io/calendar-choices';
import { parseIcs, type IcsImport } from '../../io/ics-import';
import { decodeText } from '../../io/vcard';
import { importCalendar, undoCalendarImport } from '../../db/calendar';
import { useLive } from '../hooks';
import { t, type MessageKey } from '../i18n';
import { allContacts, changed, db, now } from './data';
import { readBytes } from './ImportView';
import type { Notify } from './OptionsApp';

interface Loaded {
  fileName: string;
  result: IcsImport;
  from: IsoDate;
  to: IsoDate;
}

/** The day, or the first and last day, written as everywhere else in the app (YYYY-MM-DD). */
const days = (start: IsoDate, end: IsoDate) => (start === end ? start : `${start} – ${end}`);

const CHOICE_KEY: Record<CalendarChoice, MessageKey> = {
  break: 'calChoiceBreak',
  unit: 'calChoiceUnit',
  meeting: 'calChoiceMeeting',
  ignore: 'calChoiceIgnore',
};

/** "1 school break, 2 units, 0 meetings". */
function planText(plan: Pick<CalendarPlan, 'breaks' | 'units' | 'meetings'>): string {
  const part = (n: number, one: MessageKey, many: MessageKey) => (n === 1 ? t(one) : t(many, n));
  return [
    part(plan.breaks.length, 'calBreaksOne', 'calBreaksMany'),
    part(plan.units.length, 'calUnitsOne', 'calUnitsMany'),
    part(plan.meetings.length, 'calMeetingsOne', 'calMeetingsMany'),
  ].join(', ');
}

/**
 * Calendar import: an .ics file's events in the school-year window, each with a
 * choice (school break, unit, meeting to log, ignore), first guessed, then one
 * import of everything chosen. Titles are shown as text only.
 */
export function CalendarImportView({ notify }: { notify: Notify }) {
  const contacts = useLive(allContacts);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [choices, setChoices] = useState<CalendarChoice[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const today = toIsoDate(now());

  const onFile = async (file: File | undefined) => {
    setLoaded(null);
    setError(null);
    setStatus(null);
    if (!file) return;
    setBusy(true);
    try {
      const text = decodeText(await readBytes(file));
      // The school year around today: a year back for breaks and meetings past, a year ahead for units to come.
      const from = addMonthsIso(today, -12);
      const to = addMonthsIso(today, 12);
      const result = parseIcs(text, { from, to, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
      setLoaded({ fileName: file.name, result, from, to });
      setChoices(guessChoices(result.events));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const events = loaded?.result.events ?? [];
  /** How many occurrences each event has in the window, to mark repeating ones. */
  const occurrences = useMemo(() => {
    const n = new Map<string, number>();
    for (const e of events) n.set(e.uid, (n.get(e.uid) ?? 0) + 1);
    return n;
  }, [events]);
  const names = useMemo(() => new Map((contacts ?? []).map((c) => [c.id, c.name])), [contacts]);

  /** The choice an event may take: a meeting only once its day has come. */
  const allowed = (i: number, c: CalendarChoice) => c !== 'meeting' || canLogMeeting(events[i]!, today);
  const setAll = (c: CalendarChoice) => setChoices(events.map((_, i) => (allowed(i, c) ? c : 'ignore')));
  const setOne = (i: number, c: CalendarChoice) => setChoices(choices.map((old, j) => (j === i ? c : old)));
  const count = choices.filter((c) => c !== 'ignore').length;

  const accept = async () => {
    if (!loaded) return;
    setBusy(true);
    setError(null);
    try {
      const done = await importCalendar(db, events, choices, { today, createdAt: now().toISOString() });
      await changed();
      const skipped = done.plan.skipped;
      const reasons = skipped.map((s) => s.reason).join('; ');
      const why = skipped.length === 0 ? '' : skipped.length === 1 ? t('calImportedSkippedOne', reasons) : t('calImportedSkippedMany', skipped.length, reasons);
      setStatus([t('calImported', loaded.fileName, planText(done.plan)), why].filter(Boolean).join(' '));
      setLoaded(null);
      notify({ message: t('calToastImported', planText(done.plan)), undo: async () => void (await undoCalendarImport(db, done), await changed()) });
    } catch (e) {
      setError(t('calImportFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="h-calendar">
      <h1 id="h-calendar">{t('calTitle')}</h1>
      <div class="card">
        <p class="small muted">{t('calIntro')}</p>
        <label for="cal-file">{t('calFileLabel')}</label>
        <input id="cal-file" data-testid="calendar-file" type="file" accept=".ics,.ical,.ifb,.icalendar,text/calendar" disabled={busy} onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])} />
        {busy && <progress aria-label={t('calWorking')} />}
        {error && (
          <p class="error" role="alert" data-testid="calendar-error">
            {error}
          </p>
        )}
        {status && (
          <p class="status-ok" role="status" data-testid="calendar-status">
            {status}
          </p>
        )}
      </div>

      {loaded && (
        <div data-testid="calendar-preview" style={{ marginTop: '16px' }}>
          {loaded.result.fatal ? (
            <p class="error" role="alert">
              {t('calFatal', loaded.fileName, loaded.result.fatal)}
            </p>
          ) : (
            <>
              <p>
                {events.length === 0
                  ? t('calSummaryNone', loaded.fileName, loaded.from, loaded.to)
                  : events.length === 1
                    ? t('calSummaryOne', loaded.fileName, loaded.from, loaded.to)
                    : t('calSummaryMany', loaded.fileName, events.length, loaded.from, loaded.to)}
              </p>
              {(loaded.result.skipped.length > 0 || loaded.result.warnings.length > 0) && (
                <div class="errors card small" data-testid="calendar-problems" style={{ marginBottom: '12px' }}>
                  {loaded.result.skipped.length > 0 && (
                    <>
                      <p>{loaded.result.skipped.length === 1 ? t('calSkippedOne') : t('calSkippedMany', loaded.result.skipped.length)}</p>
                      <ul>
                        {loaded.result.skipped.map((s, i) => (
                          <li key={i}>{s.reason}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {loaded.result.warnings.length > 0 && (
                    <>
                      <p>{t('calWarnings')}</p>
                      <ul>
                        {loaded.result.warnings.map((w, i) => (
                          <li key={i}>{w}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              )}
              {events.length > 0 && (
                <>
                  <div class="row" role="group" aria-label={t('calSetAllLabel')} style={{ flexWrap: 'wrap', marginBottom: '8px' }}>
                    <span class="small muted">{t('calSetAll')}</span>
                    {CALENDAR_CHOICES.map((c) => (
                      <button key={c} type="button" onClick={() => setAll(c)}>
                        {t(CHOICE_KEY[c])}
                      </button>
                    ))}
                    <button type="button" class="link" onClick={() => setChoices(guessChoices(events))}>
                      {t('calBackToGuesses')}
                    </button>
                  </div>
                  <table data-testid="calendar-events">
                    <thead>
                      <tr>
                        <th scope="col">{t('calColWhen')}</th>
                        <th scope="col">{t('calColTime')}</th>
                        <th scope="col">{t('calColEvent')}</th>
                        <th scope="col">{t('calColPeople')}</th>
                        <th scope="col">{t('calColImportAs')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {events.map((e, i) => {
                        const known = contactsFor(e, contacts ?? []).map((id) => names.get(id) ?? '');
                        const repeats = (occurrences.get(e.uid) ?? 0) > 1;
                        return (
                          <tr key={`${e.uid}/${e.start}/${e.startTime ?? ''}/${i}`} data-testid="calendar-row">
                            <td>{days(e.start, e.end)}</td>
                            <td>{e.allDay ? t('calAllDay') : e.startTime}</td>
                            <td>
                              <span data-testid="calendar-title">{e.summary || t('calNoTitle')}</span>
                              {repeats && <span class="tag" style={{ marginLeft: '6px' }}>{t('calRepeats')}</span>}
                              {e.location && <div class="muted">{e.location}</div>}
                            </td>
                            <td>
                              {known.length > 0 ? known.join(', ') : e.attendees.length > 0 ? <span class="muted">{t('calNotInContacts', e.attendees.length)}</span> : ''}
                            </td>
                            <td>
                              <select
                                aria-label={t('calChoiceFor', e.summary, days(e.start, e.end))}
                                data-testid="calendar-choice"
                                value={choices[i] ?? 'ignore'}
                                onChange={(ev) => setOne(i, (ev.target as HTMLSelectElement).value as CalendarChoice)}
                              >
                                {CALENDAR_CHOICES.map((c) => (
                                  <option key={c} value={c} disabled={!allowed(i, c)}>
                                    {allowed(i, c) ? t(CHOICE_KEY[c]) : t('calOnceHappened', t(CHOICE_KEY[c]))}
                                  </option>
                                ))}
                              </select>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </>
              )}
              <div class="row" style={{ marginTop: '12px' }}>
                <button type="button" class="primary" data-testid="calendar-import" disabled={busy || count === 0} onClick={() => void accept()}>
                  {count === 1 ? t('calImportOne') : t('calImportMany', count)}
                </button>
                <button type="button" onClick={() => setLoaded(null)}>
                  {t('calCancel')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
