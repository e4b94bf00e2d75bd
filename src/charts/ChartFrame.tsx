import { useId, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useT } from '../i18n/useI18n';
import { ScrollBox } from '../ui/ScrollBox';
import { chartSizing, type ChartSizing } from './theme';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

interface ChartFrameProps {
  title: string;
  /** What the chart shows, in one or two sentences: read by screen readers and printed under the chart. */
  description: string;
  presenter: boolean;
  height?: { normal: number; presenter: number };
  /** The numbers behind the chart, offered as a table for screen readers and for anyone who wants the figures. */
  table?: ChartTable;
  children: (sizing: ChartSizing) => ReactNode;
}

export function ChartFrame({ title, description, presenter, height, table, children }: ChartFrameProps) {
  const titleId = useId();
  const descriptionId = useId();
  const sizing = chartSizing(presenter, height);
  const t = useT();
  return (
    <figure className="chart" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <figcaption>
        <span id={titleId} className="chart__title">
          {title}
        </span>
        <span id={descriptionId} className="chart__description">
          {description}
        </span>
      </figcaption>
      <div className="chart__canvas" role="img" aria-labelledby={titleId} aria-describedby={descriptionId} style={{ height: sizing.height }}>
        <ResponsiveContainer width="100%" height="100%" minWidth={0} initialDimension={{ width: 800, height: sizing.height }}>
          {/* Cast: recharts' ResponsiveContainer wants one element, which every chart passed here renders. */}
          {children(sizing) as React.ReactElement}
        </ResponsiveContainer>
      </div>
      {table ? (
        <details className="chart__table">
          <summary>{t('chart.dataTable')}</summary>
          <ScrollBox label={title}>
            <table>
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, cellIndex) => (cellIndex === 0 ? <th key={cellIndex} scope="row">{cell}</th> : <td key={cellIndex}>{cell}</td>))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </details>
      ) : null}
    </figure>
  );
}
