import { cloneElement, isValidElement, startTransition, useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { useT } from '../i18n/useI18n';
import { ScrollBox } from '../ui/ScrollBox';
import { takeDrawingTurn } from './drawingTurns';
import { markerPath, type MarkerShape } from './markers';
import { chartTextMeasure, type MeasureText } from './measureText';
import { chartSizing, type ChartSizing as ThemeSizing } from './theme';
import './charts.css';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/** What a chart is drawn with: the theme's sizes, the width it has, and its text measured in its font. */
export interface ChartSizing extends ThemeSizing {
  width: number;
  /** Width of a text at the chart's font size. */
  measure: MeasureText;
  /** Width of a text at another size (value labels are drawn a little smaller). */
  measureAt: (text: string, fontSize: number) => number;
}

/** One entry of the key under a chart: the mark drawn on the chart and the name it stands for. */
export interface ChartKeyEntry {
  key: string;
  name: string;
}

/** A chart drawn for the width it has: the recharts element, its height if not the frame's, the key its marks need. */
export interface ChartDrawing {
  chart: ReactElement<{ width?: number; height?: number }>;
  height?: number;
  /** Names the chart writes as numbers because they did not fit: listed under the chart, where they wrap freely. */
  keyEntries?: readonly ChartKeyEntry[] | null;
}

/** One series or category in the legend above the chart. */
export interface LegendEntry {
  label: string;
  color: string;
  /** A line series, a dashed marker line (a launch, a payback month), or the marker its points or bars are drawn with. */
  marker: MarkerShape | 'line' | 'dashed';
}

interface ChartFrameProps {
  title: string;
  /** What the chart shows, in one or two sentences: read by screen readers and printed under the chart. */
  description: string;
  presenter: boolean;
  height?: { normal: number; presenter: number };
  /** The numbers behind the chart, offered as a table for screen readers and for anyone who wants the figures. */
  table?: ChartTable;
  /** Series or categories, in HTML above the chart, where they wrap instead of running over the drawing. */
  legend?: readonly LegendEntry[];
  /** Axis titles, in HTML: the vertical one above the chart, the horizontal one under it, both whole at any width. */
  axisTitles?: { x?: string; y?: string };
  children: (sizing: ChartSizing) => ChartDrawing['chart'] | ChartDrawing;
}

/** Until a chart has been laid out (and in jsdom, which lays nothing out), it is drawn this wide. */
const FALLBACK_WIDTH = 800;

export function ChartFrame({ title, description, presenter, height, table, legend, axisTitles, children }: ChartFrameProps) {
  const titleId = useId();
  const descriptionId = useId();
  const canvas = useRef<HTMLDivElement>(null);
  const width = useWidth(canvas);
  const base = chartSizing(presenter, height);
  const measureAt = chartTextMeasure();
  const sizing: ChartSizing = { ...base, width: width ?? FALLBACK_WIDTH, measure: (text) => measureAt(text, base.fontSize), measureAt };
  const drawn = children(sizing);
  const drawing: ChartDrawing = isValidElement<{ width?: number; height?: number }>(drawn) ? { chart: drawn } : drawn;
  const chartHeight = drawing.height ?? sizing.height;
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
      {legend?.length ? <ChartLegend entries={legend} /> : null}
      {axisTitles?.y ? <p className="chart__axis-title chart__axis-title--y">{axisTitles.y}</p> : null}
      {/* data-pending until drawn: charts draw in turns, and the browser tests look once every chart has had its turn. */}
      <div ref={canvas} className="chart__canvas" role="img" aria-labelledby={titleId} aria-describedby={descriptionId} style={{ height: chartHeight }} data-pending={width === null ? '' : undefined}>
        {width === null ? null : <div className="chart__drawing">{cloneElement(drawing.chart, { width: sizing.width, height: chartHeight })}</div>}
      </div>
      {axisTitles?.x ? <p className="chart__axis-title chart__axis-title--x">{axisTitles.x}</p> : null}
      {drawing.keyEntries?.length ? (
        <ol className="chart__key" aria-label={t('chart.key')}>
          {drawing.keyEntries.map((entry) => (
            <li key={entry.key}>
              <span className="chart__key-mark">{entry.key}</span> {entry.name}
            </li>
          ))}
        </ol>
      ) : null}
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

function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart__legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg className="chart__legend-mark" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
            {entry.marker === 'line' ? (
              <>
                <line x1={-8} x2={8} y1={0} y2={0} stroke={entry.color} strokeWidth={3} />
                <circle r={3} fill="#fff" stroke={entry.color} strokeWidth={2} />
              </>
            ) : entry.marker === 'dashed' ? (
              <line x1={-8} x2={8} y1={0} y2={0} stroke={entry.color} strokeWidth={3} strokeDasharray="4 3" />
            ) : (
              <path d={markerPath(entry.marker, 0, 0, 6)} fill={entry.color} />
            )}
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/** The width the chart's box has, followed as the window, the layout or the printed page changes it. */
function useWidth(ref: React.RefObject<HTMLDivElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  const finishTurn = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => setWidth(Math.floor(element.getBoundingClientRect().width) || FALLBACK_WIDTH);
    // The first drawing is a transition: a chart of thousands of points would otherwise be drawn in the same
    // task as the page that holds it, one long task where two shorter ones let the page answer in between.
    // With no layout (jsdom) there are no tasks to spread: it is drawn at once.
    if (typeof ResizeObserver === 'undefined') {
      startTransition(read);
      return;
    }
    let waiting = true;
    const finish = takeDrawingTurn(() => {
      waiting = false;
      startTransition(read);
    });
    finishTurn.current = finish;
    // The observer reports the box once at the start: that must not draw the chart before its turn.
    const observer = new ResizeObserver(() => {
      if (!waiting) read();
    });
    observer.observe(element);
    return () => {
      finish();
      observer.disconnect();
    };
  }, [ref]);
  const drawn = width !== null;
  useEffect(() => {
    if (drawn) finishTurn.current?.();
  }, [drawn]);
  return width;
}
