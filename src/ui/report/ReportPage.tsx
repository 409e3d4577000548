/**
 * The report with its controls: a period picker (this quarter, last quarter,
 * school year, custom dates) and Print / Download CSV / Copy summary. The host
 * page passes how to load the data and the clock, so this stays testable.
 * Controls carry `no-print`, so printing shows the report alone.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { buildReport, periodFor, type PeriodChoice, type Report } from '../../core/report';
import { reportToCsv, reportToText } from '../../core/report-export';
import type { Contact, Interaction, Resource, Settings, Stored, Unit } from '../../core/types';
import { t, type MessageKey } from '../i18n';
import { ReportView } from './ReportView';
import './report.css';

export interface ReportData {
  contacts: Stored<Contact>[];
  units: Stored<Unit>[];
  resources: Stored<Resource>[];
  interactions: Interaction[];
  settings: Settings;
}

export interface ReportPageProps {
  loadData: () => Promise<ReportData>;
  now: () => Date;
}

type Choice = 'this-quarter' | 'last-quarter' | 'school-year' | 'custom';

const CHOICES: { value: Choice; label: MessageKey }[] = [
  { value: 'this-quarter', label: 'reportThisQuarter' },
  { value: 'last-quarter', label: 'reportLastQuarter' },
  { value: 'school-year', label: 'reportSchoolYear' },
  { value: 'custom', label: 'reportCustom' },
];

/** Saves text as a file through a Blob and a temporary object URL (nothing leaves the machine). */
function download(filename: string, text: string, type: string): void {
  // The BOM tells spreadsheet programs the file is UTF-8, so names with accents survive.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a second later it has started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ReportPage({ loadData, now }: ReportPageProps) {
  const [data, setData] = useState<ReportData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [choice, setChoice] = useState<Choice>('this-quarter');
  const [custom, setCustom] = useState({ start: '', end: '' });
  const [status, setStatus] = useState('');

  // Loaded once on mount: hosts often pass an inline arrow, which must not reload on every render.
  useEffect(() => {
    let live = true;
    loadData().then(
      (d) => live && setData(d),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  // `now` is read when the period changes but is not a trigger: an inline arrow would rebuild on every render.
  const built = useMemo((): { report: Report } | { error: string } | null => {
    if (!data) return null;
    const picked: PeriodChoice = choice === 'custom' ? custom : choice;
    try {
      const clock = now();
      const period = periodFor(picked, data.settings, clock);
      return { report: buildReport({ ...data, period, now: clock }) };
    } catch (e) {
      return { error: e instanceof RangeError ? e.message : t('reportBuildError', String(e)) };
    }
  }, [data, choice, custom]);

  if (loadError) return <p role="alert">{t('reportLoadError', loadError)}</p>;
  if (!data || !built) return <p aria-busy="true">{t('reportLoading')}</p>;

  const schoolName = data.settings.schoolName;
  const report = 'report' in built ? built.report : null;

  const copy = async (r: Report) => {
    try {
      await navigator.clipboard.writeText(reportToText(r, schoolName));
      setStatus(t('reportCopied'));
    } catch {
      setStatus(t('reportCopyFailed'));
    }
  };

  return (
    <div class="ll-report-page">
      <div class="ll-report-page__controls no-print">
        <fieldset>
          <legend>{t('reportPeriod')}</legend>
          {CHOICES.map((c) => (
            <label key={c.value}>
              <input type="radio" name="ll-report-period" value={c.value} checked={choice === c.value} onChange={() => setChoice(c.value)} /> {t(c.label)}
            </label>
          ))}
        </fieldset>
        {choice === 'custom' && (
          <fieldset>
            <legend>{t('reportCustomDates')}</legend>
            <label>
              {t('reportFrom')} <input type="date" value={custom.start} onInput={(e) => setCustom({ ...custom, start: e.currentTarget.value })} />
            </label>
            <label>
              {t('reportTo')} <input type="date" value={custom.end} onInput={(e) => setCustom({ ...custom, end: e.currentTarget.value })} />
            </label>
          </fieldset>
        )}
        <div class="ll-report-page__actions">
          <button type="button" disabled={!report} onClick={() => window.print()}>
            {t('reportPrint')}
          </button>
          <button
            type="button"
            disabled={!report}
            onClick={() => report && download(`library-report-${report.period.start}-to-${report.period.end}.csv`, reportToCsv(report), 'text/csv;charset=utf-8')}
          >
            {t('reportDownloadCsv')}
          </button>
          <button type="button" disabled={!report} onClick={() => report && void copy(report)}>
            {t('reportCopySummary')}
          </button>
        </div>
        <p role="status" class="ll-report-page__status">
          {status}
        </p>
      </div>
      {report ? <ReportView report={report} schoolName={schoolName} /> : <p>{'error' in built ? built.error : ''}</p>}
    </div>
  );
}
