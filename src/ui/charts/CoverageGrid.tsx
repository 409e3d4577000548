/**
 * Grade × subject grid: one cell per grade (row) and subject (column), shaded
 * by how many log entries touched it and always labelled with the number, so
 * the gaps (dashed cells with 0) show in print and without colour. Same
 * accessibility pattern and styling (classes in `report.css`) as `BarChart`:
 * a titled SVG image plus a data table.
 */
import { Fragment } from 'preact';
import { useId } from 'preact/hooks';
import type { CoverageGridData } from '../../core/report';
import { t } from '../i18n';
import { ChartTable } from './ChartTable';

export interface CoverageGridProps {
  title: string;
  description?: string;
  grid: CoverageGridData;
}

const CELL_W = 48;
const CELL_H = 28;
const LABEL_W = 64;
const HEADER_H = 110;

export function gradeLabel(grade: number): string {
  return grade === 0 ? t('gradeK') : t('gradeN', grade);
}

export function CoverageGrid({ title, description, grid }: CoverageGridProps) {
  const id = `ll-grid-${useId()}`;
  const { grades, subjects, counts } = grid;
  if (grades.length === 0 || subjects.length === 0) {
    return (
      <figure class="ll-chart">
        <figcaption class="ll-chart__title">{title}</figcaption>
        <p class="ll-chart__empty">{t('chartCoverageEmpty')}</p>
      </figure>
    );
  }
  const max = Math.max(1, ...counts.flat());
  // Rotated column headings stick out to the right of the last column.
  const width = LABEL_W + subjects.length * CELL_W + HEADER_H * 0.7;
  const height = HEADER_H + grades.length * CELL_H + 4;

  return (
    <figure class="ll-chart">
      <figcaption class="ll-chart__title">{title}</figcaption>
      <svg
        class="ll-chart__svg ll-chart__svg--grid"
        role="img"
        aria-labelledby={description ? `${id}-title ${id}-desc` : `${id}-title`}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        {description && <desc id={`${id}-desc`}>{description}</desc>}
        <g class="ll-chart__ink" font-size="12">
          {subjects.map((subject, s) => {
            const x = LABEL_W + s * CELL_W + CELL_W / 2;
            return (
              <text key={s} transform={`translate(${x + 4} ${HEADER_H - 6}) rotate(-45)`}>
                {subject}
              </text>
            );
          })}
          {grades.map((grade, g) => {
            const y = HEADER_H + g * CELL_H;
            return (
              <g key={g}>
                <text x={LABEL_W - 8} y={y + CELL_H / 2 + 4} text-anchor="end">
                  {gradeLabel(grade)}
                </text>
                {subjects.map((_, s) => {
                  const value = counts[g]?.[s] ?? 0;
                  const x = LABEL_W + s * CELL_W;
                  return (
                    <Fragment key={s}>
                      {value > 0 ? (
                        <rect class="ll-grid__cell" x={x + 1} y={y + 1} width={CELL_W - 2} height={CELL_H - 2} fill-opacity={0.12 + 0.48 * (value / max)} />
                      ) : (
                        <rect class="ll-grid__cell--empty" x={x + 1} y={y + 1} width={CELL_W - 2} height={CELL_H - 2} fill="none" stroke="#777" stroke-dasharray="3 2" />
                      )}
                      <text class={value > 0 ? 'll-grid__count' : 'll-chart__muted'} x={x + CELL_W / 2} y={y + CELL_H / 2 + 4} text-anchor="middle">
                        {value}
                      </text>
                    </Fragment>
                  );
                })}
              </g>
            );
          })}
        </g>
      </svg>
      <ChartTable
        caption={title}
        columns={[t('chartGrade'), ...subjects]}
        rows={grades.map((grade, g) => [gradeLabel(grade), ...subjects.map((_, s) => String(counts[g]?.[s] ?? 0))])}
      />
    </figure>
  );
}
