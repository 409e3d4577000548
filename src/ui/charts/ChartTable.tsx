/**
 * The numbers behind a chart as a real table, folded in a `<details>`: screen
 * reader users and anyone who wants exact figures can open it; sighted readers
 * keep the chart uncluttered. The first column holds the row headings.
 */
import { t } from '../i18n';

export interface ChartTableProps {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

export function ChartTable({ caption, columns, rows }: ChartTableProps) {
  return (
    <details class="ll-chart__data">
      <summary>{t('chartShowNumbers')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
