/**
 * The report laid out for the screen and for print: header, key figures,
 * charts, coverage, connection plan, highlights and notes on the data.
 * Styles live in `report.css`, which the host page imports (ReportPage does):
 * keeping the import out of here lets a benchmark render this in plain Node.
 * Everything the librarian typed (names, notes) goes through JSX text, so it
 * is shown as text, never parsed as HTML.
 */
import { describeGoal } from '../../core/report-export';
import type { Highlight, Report } from '../../core/report';
import { formatDay, formatDayRange } from '../dates';
import { INTERACTION_KINDS } from '../../core/types';
import { t, uiLanguage } from '../i18n';
import { KIND_LABEL } from '../labels';
import { BarChart } from '../charts/BarChart';
import { CoverageGrid } from '../charts/CoverageGrid';

export interface ReportViewProps {
  report: Report;
  schoolName: string;
}

function fmt(n: number): string {
  return n.toLocaleString(uiLanguage());
}

interface Tile {
  label: string;
  value: string;
  detail?: string;
}

function tilesOf(report: Report): Tile[] {
  const { counts, coverage } = report;
  return [
    { label: t('reportLogEntries'), value: fmt(counts.interactions) },
    { label: t('reportCoTaughtLessons'), value: fmt(counts.coTaughtLessons) },
    { label: t('reportClassesReached'), value: fmt(counts.classesReached) },
    { label: t('reportStudentsReached'), value: fmt(counts.studentsReached) },
    {
      label: t('reportTeachersReached'),
      value: fmt(counts.teachersReached),
      detail:
        counts.teacherShare === null
          ? undefined
          : t('reportTeacherShare', fmt(counts.activeTeachersReached), fmt(counts.teachersTotal), Math.round(counts.teacherShare * 100)),
    },
    { label: t('reportPartnerEvents'), value: fmt(counts.partnerEvents), detail: t('reportAttending', fmt(counts.partnerAttendance)) },
    { label: t('reportResourcesShared'), value: fmt(counts.resourcesShared) },
    { label: t('reportUnitsSupported'), value: fmt(coverage.unitsSupported.length), detail: t('reportResourcesTagged', fmt(coverage.resourcesForUnits)) },
  ];
}

/**
 * `Dec 2, 2025 · Co-taught lesson with Ana Rivera · Ecosystem Dynamics` as one
 * string: a year's highlights can run to hundreds, and one text node each keeps
 * the report quick to render.
 */
function highlightHead(h: Highlight): string {
  const who = h.contactNames.length ? t('reportHighlightWith', h.contactNames.join(', ')) : '';
  const unit = h.unitTitle ? ` · ${h.unitTitle}` : '';
  return `${formatDay(h.date)} · ${KIND_LABEL[h.kind]}${who}${unit}`;
}

export function ReportView({ report, schoolName }: ReportViewProps) {
  const { counts, coverage, trend, plan, highlights, warnings } = report;
  const hasLastYear = trend.some((m) => m.lastYear !== null);
  const trendSeries = [
    { name: t('reportThisPeriod'), values: trend.map((m) => m.count) },
    ...(hasLastYear ? [{ name: t('reportYearEarlier'), values: trend.map((m) => m.lastYear) }] : []),
  ];

  return (
    <article class="ll-report" aria-labelledby="ll-report-heading">
      <header class="ll-report__header">
        <h1 id="ll-report-heading">
          {t('reportTitle')} <span class="ll-report__school">{schoolName}</span>
        </h1>
        <p class="ll-report__period">
          <strong>{report.period.label}</strong> · {formatDayRange(report.period.start, report.period.end)}
        </p>
        <p class="ll-report__generated">{t('reportPrepared', formatDay(report.generatedOn))}</p>
      </header>

      {counts.interactions === 0 && <p class="ll-report__empty">{t('reportEmpty')}</p>}

      <section class="ll-report__section" aria-labelledby="ll-report-kpis">
        <h2 id="ll-report-kpis" class="ll-report__sr-only">
          {t('reportKeyFigures')}
        </h2>
        <ul class="ll-report__tiles">
          {tilesOf(report).map((tile) => (
            <li key={tile.label} class="ll-tile">
              <span class="ll-tile__value">{tile.value}</span>
              <span class="ll-tile__label">{tile.label}</span>
              {tile.detail && <span class="ll-tile__detail">{tile.detail}</span>}
            </li>
          ))}
        </ul>
      </section>

      <section class="ll-report__section ll-report__charts" aria-labelledby="ll-report-activity">
        <h2 id="ll-report-activity">{t('reportActivity')}</h2>
        <BarChart
          title={t('reportByMonth')}
          description={hasLastYear ? t('reportByMonthDescYear') : t('reportByMonthDesc')}
          categoryLabel={t('reportMonth')}
          categories={trend.map((m) => m.label)}
          series={trendSeries}
        />
        <BarChart
          title={t('reportByKind')}
          description={t('reportByKindDesc')}
          categoryLabel={t('reportKind')}
          layout="horizontal"
          categories={INTERACTION_KINDS.map((k) => KIND_LABEL[k])}
          series={[{ name: t('reportLogEntries'), values: INTERACTION_KINDS.map((k) => counts.byKind[k]) }]}
        />
      </section>

      <section class="ll-report__section" aria-labelledby="ll-report-coverage">
        <h2 id="ll-report-coverage">{t('reportCoverage')}</h2>
        <dl class="ll-report__coverage">
          <dt>{t('reportSubjectsServed')}</dt>
          <dd>{coverage.subjects.length ? coverage.subjects.map((s) => `${s.name} (${fmt(s.count)})`).join(', ') : t('reportNone')}</dd>
          <dt>{t('reportSubjectsNotReached')}</dt>
          <dd>{coverage.subjectsNotReached.length ? coverage.subjectsNotReached.join(', ') : t('reportNone')}</dd>
          <dt>{t('reportGradesServed')}</dt>
          <dd>{coverage.gradesServedLabel || t('reportNone')}</dd>
          <dt>{t('reportGradesNotReached')}</dt>
          <dd>{coverage.gradesNotReachedLabel || t('reportNone')}</dd>
        </dl>
        <CoverageGrid
          title={t('reportByGradeSubject')}
          description={t('reportByGradeSubjectDesc')}
          grid={coverage.grid}
        />
        {coverage.unitsSupported.length > 0 && (
          <>
            <h3>{t('reportUnitsSupported')}</h3>
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
          <h2 id="ll-report-plan">{t('reportPlan')}</h2>
          <ul class="ll-report__plan">
            {plan.map((g, i) => (
              <li key={i}>{describeGoal(g)}</li>
            ))}
          </ul>
        </section>
      )}

      {highlights.length > 0 && (
        <section class="ll-report__section" aria-labelledby="ll-report-highlights">
          <h2 id="ll-report-highlights">{t('reportHighlights')}</h2>
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
          <h2 id="ll-report-warnings">{t('reportWarnings')}</h2>
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
