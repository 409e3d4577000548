/**
 * A plain SVG bar chart: one series, or two grouped side by side (this year
 * against last year). Every bar carries its value as text and the second
 * series is hatched, so nothing depends on colour alone and a black-and-white
 * printout reads the same. Colours come from classes in `report.css`, which
 * read the `--ll-*` custom properties (with system-colour fallbacks), so light
 * and dark themes follow the host page; without the stylesheet the chart is
 * plain black and still readable. Screen readers get the SVG as one image with a title and description,
 * and the numbers as a table inside a `<details>` below it.
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { ChartTable } from './ChartTable';

export interface BarSeries {
  name: string;
  /** One value per category; null = no data (drawn as a dash, never as a zero bar). */
  values: readonly (number | null)[];
}

export interface BarChartProps {
  title: string;
  /** One sentence saying what the chart shows, read out with the title. */
  description?: string;
  categories: readonly string[];
  /** One series, or two drawn as grouped bars. */
  series: readonly BarSeries[];
  /** Vertical bars suit months; horizontal bars suit long category names. */
  layout?: 'vertical' | 'horizontal';
  /** Heading of the category column in the data table. */
  categoryLabel?: string;
}

const FONT = 12;

/** Formats a bar's label: `1,234`, or an em dash for no data. */
function valueText(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en-US');
}

export function BarChart({ title, description, categories, series, layout = 'vertical', categoryLabel = '' }: BarChartProps) {
  const id = `ll-chart-${useId()}`;
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const hatch = `url(#${id}-hatch)`;
  const chart = layout === 'vertical' ? verticalBars(categories, series, max, hatch) : horizontalBars(categories, series, max, hatch);

  return (
    <figure class="ll-chart">
      <figcaption class="ll-chart__title">{title}</figcaption>
      {series.length > 1 && (
        <ul class="ll-chart__legend">
          {series.map((s, i) => (
            <li key={i}>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <Bar series={i} hatch={hatch} x={0.5} y={0.5} width={13} height={13} />
              </svg>{' '}
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <svg
        class="ll-chart__svg"
        role="img"
        aria-labelledby={description ? `${id}-title ${id}-desc` : `${id}-title`}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        {description && <desc id={`${id}-desc`}>{description}</desc>}
        <HatchPattern id={`${id}-hatch`} />
        {chart.content}
      </svg>
      <ChartTable
        caption={title}
        columns={[categoryLabel, ...series.map((s) => s.name)]}
        rows={categories.map((c, i) => [c, ...series.map((s) => valueText(s.values[i] ?? null))])}
      />
    </figure>
  );
}

/** Diagonal stripes for the second series: tells it apart without colour. */
function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="ll-chart__hatch-bg" width="6" height="6" fill="#fff" />
        <line class="ll-chart__hatch-line" x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-width="3" />
      </pattern>
    </defs>
  );
}

/** A bar of the first series (solid accent) or the second (hatched). */
function Bar({ series, hatch, x, y, width, height }: { series: number; hatch: string; x: number; y: number; width: number; height: number }) {
  return series === 0 ? (
    <rect class="ll-chart__bar ll-chart__bar--solid" x={x} y={y} width={width} height={height} />
  ) : (
    <rect class="ll-chart__bar ll-chart__bar--hatched" x={x} y={y} width={width} height={height} fill={hatch} />
  );
}

interface Drawn {
  width: number;
  height: number;
  content: JSX.Element;
}

/** Category label split at its last space onto two lines (`Oct` / `2025`), so twelve months fit side by side. */
function twoLines(label: string): [string, string] {
  const cut = label.lastIndexOf(' ');
  return cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label, ''];
}

function verticalBars(categories: readonly string[], series: readonly BarSeries[], max: number, hatch: string): Drawn {
  const slot = Math.max(48, series.length * 26 + 12);
  const left = 8;
  const top = 20;
  const plot = 180;
  const width = left * 2 + slot * Math.max(1, categories.length);
  const height = top + plot + 40;
  const barWidth = (slot - 12) / series.length;
  return {
    width,
    height,
    content: (
      <g class="ll-chart__ink" font-size={FONT}>
        <line class="ll-chart__axis" x1={left} x2={width - left} y1={top + plot} y2={top + plot} stroke="#777" />
        {categories.map((category, c) => {
          const x0 = left + c * slot + 6;
          const [line1, line2] = twoLines(category);
          return (
            <g key={c}>
              {series.map((s, i) => {
                const value = s.values[c] ?? null;
                const h = value === null ? 0 : (value / max) * plot;
                const x = x0 + i * barWidth;
                return (
                  <g key={i}>
                    {value !== null && value > 0 && (
                      <Bar series={i} hatch={hatch} x={x} y={top + plot - h} width={barWidth - 2} height={h} />
                    )}
                    <text x={x + (barWidth - 2) / 2} y={top + plot - h - 4} text-anchor="middle">
                      {valueText(value)}
                    </text>
                  </g>
                );
              })}
              <text x={x0 + (slot - 12) / 2} y={top + plot + 16} text-anchor="middle">
                {line1}
              </text>
              <text class="ll-chart__muted" x={x0 + (slot - 12) / 2} y={top + plot + 30} text-anchor="middle">
                {line2}
              </text>
            </g>
          );
        })}
      </g>
    ),
  };
}

function horizontalBars(categories: readonly string[], series: readonly BarSeries[], max: number, hatch: string): Drawn {
  const labelWidth = 150;
  const plot = 380;
  const valueRoom = 56;
  const barHeight = 18;
  const row = series.length * barHeight + 10;
  const width = labelWidth + plot + valueRoom;
  const height = row * Math.max(1, categories.length) + 4;
  return {
    width,
    height,
    content: (
      <g class="ll-chart__ink" font-size={FONT}>
        <line class="ll-chart__axis" x1={labelWidth} x2={labelWidth} y1={0} y2={height} stroke="#777" />
        {categories.map((category, c) => {
          const y0 = c * row + 5;
          return (
            <g key={c}>
              <text x={labelWidth - 8} y={y0 + (row - 10) / 2 + 4} text-anchor="end">
                {category}
              </text>
              {series.map((s, i) => {
                const value = s.values[c] ?? null;
                const w = value === null ? 0 : (value / max) * plot;
                const y = y0 + i * barHeight;
                return (
                  <g key={i}>
                    {value !== null && value > 0 && (
                      <Bar series={i} hatch={hatch} x={labelWidth} y={y} width={w} height={barHeight - 3} />
                    )}
                    <text x={labelWidth + w + 6} y={y + barHeight / 2 + 2}>
                      {valueText(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </g>
    ),
  };
}
