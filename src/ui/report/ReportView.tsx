/**
 * The report laid out for the screen and for print: header, key figures,
 * charts, coverage, connection plan, highlights and notes on the data.
 * Styles live in `report.css`, which the host page imports (ReportPage does):
 * keeping the import out of here lets a benchmark render this in plain Node.
 * Everything the librarian typed (names, notes) goes through JSX text, so it
 * is shown as text, never parsed as HTML.
 */
import { describeGoal } from '../../core/report-export';
import { formatDateRange, formatIsoDate, KIND_LABELS, type Highlight, type Report } from '../../core/report';
import { INTERACTION_KINDS, type InteractionKind } from '../../core/types';
import { BarChart } from '../charts/BarChart';
import { CoverageGrid } from '../charts/CoverageGrid';

export interface ReportViewProps {
  report: Report;
  schoolName: string;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

interface Tile {
  label: string;
  value: string;
  detail?: string;
}

function tilesOf(report: Report): Tile[] {
  const { counts, coverage } = report;
  return [
    { label: 'Log entries', value: fmt(counts.interactions) },
    { label: 'Co-taught lessons', value: fmt(counts.coTaughtLessons) },
    { label: 'Classes reached', value: fmt(counts.classesReached) },
    { label: 'Students reached', value: fmt(counts.studentsReached) },
    {
      label: 'Teachers reached',
      value: fmt(counts.teachersReached),
      detail:
        counts.teacherShare === null
          ? undefined
          : `${fmt(counts.activeTeachersReached)} of ${fmt(counts.teachersTotal)} current teachers (${Math.round(counts.teacherShare * 100)}%)`,
    },
    { label: 'Partner events', value: fmt(counts.partnerEvents), detail: `${fmt(counts.partnerAttendance)} attending` },
    { label: 'Resources shared', value: fmt(counts.resourcesShared) },
    { label: 'Units supported', value: fmt(coverage.unitsSupported.length), detail: `${fmt(coverage.resourcesForUnits)} resources tagged` },
  ];
}

/**
 * `Dec 2, 2025 · Co-taught lesson with Ana Rivera · Ecosystem Dynamics` as one
 * string: a year's highlights can run to hundreds, and one text node each keeps
 * the report quick to render.
 */
function highlightHead(h: Highlight): string {
  const who = h.contactNames.length ? ` with ${h.contactNames.join(', ')}` : '';
  const unit = h.unitTitle ? ` · ${h.unitTitle}` : '';
  return `${formatIsoDate(h.date)} · ${KIND_ONE[h.kind]}${who}${unit}`;
}

const KIND_ONE: Record<InteractionKind, string> = {
  'co-teaching-idea': 'Co-teaching idea',
  'check-in': 'Check-in',
  'co-taught-lesson': 'Co-taught lesson',
  meeting: 'Meeting',
  email: 'Email',
  'resource-shared': 'Resource shared',
  event: 'Event',
};

export function ReportView({ report, schoolName }: ReportViewProps) {
  const { counts, coverage, trend, plan, highlights, warnings } = report;
  const hasLastYear = trend.some((m) => m.lastYear !== null);
  const trendSeries = [
    { name: 'This period', values: trend.map((m) => m.count) },
    ...(hasLastYear ? [{ name: 'A year earlier', values: trend.map((m) => m.lastYear) }] : []),
  ];

  return (
    <article class="ll-report" aria-labelledby="ll-report-heading">
      <header class="ll-report__header">
        <h1 id="ll-report-heading">
          Library report <span class="ll-report__school">{schoolName}</span>
        </h1>
        <p class="ll-report__period">
          <strong>{report.period.label}</strong> · {formatDateRange(report.period.start, report.period.end)}
        </p>
        <p class="ll-report__generated">Prepared {formatIsoDate(report.generatedOn)}</p>
      </header>

      {counts.interactions === 0 && <p class="ll-report__empty">No log entries in this period.</p>}

      <section class="ll-report__section" aria-labelledby="ll-report-kpis">
        <h2 id="ll-report-kpis" class="ll-report__sr-only">
          Key figures
        </h2>
        <ul class="ll-report__tiles">
          {tilesOf(report).map((t) => (
            <li key={t.label} class="ll-tile">
              <span class="ll-tile__value">{t.value}</span>
              <span class="ll-tile__label">{t.label}</span>
              {t.detail && <span class="ll-tile__detail">{t.detail}</span>}
            </li>
          ))}
        </ul>
      </section>

      <section class="ll-report__section ll-report__charts" aria-labelledby="ll-report-activity">
        <h2 id="ll-report-activity">Activity</h2>
        <BarChart
          title="Log entries by month"
          description={
            hasLastYear ? 'Log entries in each month of the period, beside the same month a year earlier.' : 'Log entries in each month of the period.'
          }
          categoryLabel="Month"
          categories={trend.map((m) => m.label)}
          series={trendSeries}
        />
        <BarChart
          title="Log entries by kind"
          description="How many log entries of each kind the period holds."
          categoryLabel="Kind"
          layout="horizontal"
          categories={INTERACTION_KINDS.map((k) => KIND_LABELS[k])}
          series={[{ name: 'Log entries', values: INTERACTION_KINDS.map((k) => counts.byKind[k]) }]}
        />
      </section>

      <section class="ll-report__section" aria-labelledby="ll-report-coverage">
        <h2 id="ll-report-coverage">Coverage</h2>
        <dl class="ll-report__coverage">
          <dt>Subjects served</dt>
          <dd>{coverage.subjects.length ? coverage.subjects.map((s) => `${s.name} (${fmt(s.count)})`).join(', ') : 'None'}</dd>
          <dt>Subjects not reached</dt>
          <dd>{coverage.subjectsNotReached.length ? coverage.subjectsNotReached.join(', ') : 'None'}</dd>
          <dt>Grades served</dt>
          <dd>{coverage.gradesServedLabel || 'None'}</dd>
          <dt>Grades not reached</dt>
          <dd>{coverage.gradesNotReachedLabel || 'None'}</dd>
        </dl>
        <CoverageGrid
          title="Log entries by grade and subject"
          description="Each cell counts the log entries that touched that grade and subject; cells with 0 are gaps."
          grid={coverage.grid}
        />
        {coverage.unitsSupported.length > 0 && (
          <>
            <h3>Units supported</h3>
            <ul class="ll-report__units">
              {coverage.unitsSupported.map((u) => (
                <li key={u.id}>{`${u.title} (${u.subject}, ${fmt(u.count)})`}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {plan.length > 0 && (
        <section class="ll-report__section" aria-labelledby="ll-report-plan">
          <h2 id="ll-report-plan">Connection plan</h2>
          <ul class="ll-report__plan">
            {plan.map((g, i) => (
              <li key={i}>{describeGoal(g)}</li>
            ))}
          </ul>
        </section>
      )}

      {highlights.length > 0 && (
        <section class="ll-report__section" aria-labelledby="ll-report-highlights">
          <h2 id="ll-report-highlights">Highlights</h2>
          <ol class="ll-report__highlights">
            {highlights.map((h, i) => (
              <li key={i} class="ll-highlight">
                {highlightHead(h)}
                {h.notes.trim() && <p class="ll-highlight__notes">{h.notes}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}

      {warnings.length > 0 && (
        <section class="ll-report__section ll-report__warnings" aria-labelledby="ll-report-warnings">
          <h2 id="ll-report-warnings">Notes on the data</h2>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
