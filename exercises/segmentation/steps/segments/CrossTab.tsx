import { useId, useState } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { SegmentationFigures } from '../../analysis/segmentationAnalysis';
import type { SegmentationNames } from '../../content/names';
import { segmentsTableMessages } from '../../messages/segmentsTable';
import type { CriterionId, SegmentsSettings } from '../../state';
import { SHOWN_VALUES, availableSummary, crossGrid, shareOf, type CrossCell } from './segmentFigures';

type Axis = 'rows' | 'columns';
type CrossTabChoice = SegmentsSettings['crossTab'];

interface Props {
  crossTab: CrossTabChoice;
  figures: SegmentationFigures | null;
  names: SegmentationNames;
  offered: readonly CriterionId[];
  onChange: (crossTab: CrossTabChoice) => void;
}

/**
 * Two criteria, one down and one across: each cell the customers with both values and their share of the revenue,
 * shaded by that share (one hue, so it reads in greyscale; the numbers stay on every cell), with the rows' and
 * columns' totals. A real table: a screen reader reads each cell with its two headings; it scrolls on a phone.
 */
export function CrossTab({ crossTab, figures, names, offered, onChange }: Props) {
  const t = useMessages(segmentsTableMessages);
  const format = useFormat();
  const [same, setSame] = useState(false);
  const usable = figures === null ? offered : offered.filter((id) => availableSummary(figures, id) !== null);
  const choose = (axis: Axis, id: CriterionId) => {
    const other = crossTab[axis === 'rows' ? 'columns' : 'rows'];
    setSame(id === other);
    if (id !== other) onChange({ ...crossTab, [axis]: id });
  };
  const grid = figures === null ? null : crossGrid(figures, crossTab.rows, crossTab.columns);
  const problems = (['rows', 'columns'] as const).flatMap((axis) => {
    const id = crossTab[axis];
    const summary = id === null ? undefined : figures?.criteria[id];
    return id !== null && summary && !summary.ok ? [t('cross.unavailable', { criterion: names.criterion(id), missing: names.missing(summary.missing) })] : [];
  });
  return (
    <section className="sg-segments-section" aria-labelledby="sg-segments-cross-title">
      <h3 id="sg-segments-cross-title">{t('cross.title')}</h3>
      <p className="explain">{t('cross.explain')}</p>
      <div className="sg-segments-axes">
        <AxisSelect label={t('cross.rows')} value={crossTab.rows} usable={usable} names={names} onChange={(id) => choose('rows', id)} />
        <AxisSelect label={t('cross.columns')} value={crossTab.columns} usable={usable} names={names} onChange={(id) => choose('columns', id)} />
      </div>
      <div role="status">{same ? <p className="sg-segments-warning">{t('cross.same')}</p> : null}</div>
      {problems.map((problem) => (
        <p key={problem} className="sg-segments-warning">
          {problem}
        </p>
      ))}
      {figures !== null && grid === null && problems.length === 0 ? <p className="note">{t('cross.choose')}</p> : null}
      {grid && crossTab.rows !== null && crossTab.columns !== null ? <CrossTable grid={grid} rows={crossTab.rows} columns={crossTab.columns} figures={figures} names={names} format={format} /> : null}
    </section>
  );
}

function AxisSelect({ label, value, usable, names, onChange }: { label: string; value: CriterionId | null; usable: readonly CriterionId[]; names: SegmentationNames; onChange: (id: CriterionId) => void }) {
  const id = useId();
  const options = value === null || usable.includes(value) ? usable : [value, ...usable];
  return (
    <div className="sg-segments-axis">
      <label htmlFor={id}>{label}</label>
      {/* Cast: the options are criterion ids. */}
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value as CriterionId)}>
        {value === null ? <option value="" disabled /> : null}
        {options.map((option) => (
          <option key={option} value={option}>
            {names.criterion(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TableProps {
  grid: NonNullable<ReturnType<typeof crossGrid>>;
  rows: CriterionId;
  columns: CriterionId;
  figures: SegmentationFigures | null;
  names: SegmentationNames;
  format: ReturnType<typeof useFormat>;
}

function CrossTable({ grid, rows, columns, figures, names, format }: TableProps) {
  const t = useMessages(segmentsTableMessages);
  const rowBounds = availableSummary(figures, rows)?.bounds ?? null;
  const columnBounds = availableSummary(figures, columns)?.bounds ?? null;
  const share = (revenue: number) => shareOf(revenue, grid.revenue);
  const largest = Math.max(0, ...(grid.cells ?? []).flat().map((cell) => share(cell.revenue) ?? 0));
  const figuresOf = (customers: number, revenue: number) => (
    <>
      <span className="sg-segments-cell__count">{t('cross.customers', { count: customers })}</span>
      <span className="sg-segments-cell__share">{t('cross.share', { share: format.percent(share(revenue) ?? 0, 0) })}</span>
    </>
  );
  const cell = (value: CrossCell | undefined, key: string) => {
    if (value === undefined) {
      return (
        <td key={key} className="number sg-segments-cell">
          …
        </td>
      );
    }
    if (value.customers === 0) {
      return (
        <td key={key} className="number sg-segments-cell sg-segments-cell--empty">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t('cross.empty')}</span>
        </td>
      );
    }
    // The largest cell gets the deepest shade; the rest in proportion, so a small base still shows its contrast.
    const depth = largest > 0 ? Math.round(((share(value.revenue) ?? 0) / largest) * 100) : 0;
    return (
      <td key={key} className="number sg-segments-cell" style={{ background: `color-mix(in srgb, var(--sg-segments-heat) ${depth}%, #f8fafd)` }}>
        {figuresOf(value.customers, value.revenue)}
      </td>
    );
  };
  const caption = t('cross.caption', { rows: names.criterion(rows), columns: names.criterion(columns) });
  // The first values of a long label list (most revenue first); the totals still count everyone.
  const shownRows = grid.rows.slice(0, SHOWN_VALUES);
  const shownColumns = grid.columns.slice(0, SHOWN_VALUES);
  const cut = [
    { id: rows, count: grid.rows.length },
    { id: columns, count: grid.columns.length },
  ].filter((axis) => axis.count > SHOWN_VALUES);
  return (
    <>
      {grid.cells === null ? <p className="note">{t('cross.updating')}</p> : null}
      {cut.map((axis) => (
        <p key={axis.id} className="note">
          {t('cross.cut', { shown: SHOWN_VALUES, count: axis.count, criterion: names.criterion(axis.id) })}
        </p>
      ))}
      <ScrollBox label={caption}>
        <table className="sg-segments-cross" aria-busy={grid.cells === null}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="sg-segments-cross__corner">
                {names.criterion(rows)} \ {names.criterion(columns)}
              </th>
              {shownColumns.map((column) => (
                <th key={column.key} scope="col">
                  {names.value(columns, column.key, columnBounds)}
                </th>
              ))}
              <th scope="col">{t('cross.total')}</th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row, r) => (
              <tr key={row.key}>
                <th scope="row">{names.value(rows, row.key, rowBounds)}</th>
                {shownColumns.map((column, c) => cell(grid.cells === null ? undefined : grid.cells[r]?.[c], column.key))}
                <td className="number sg-segments-cell sg-segments-cell--total">{figuresOf(row.customers, row.revenue)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('cross.total')}</th>
              {shownColumns.map((column) => (
                <td key={column.key} className="number sg-segments-cell sg-segments-cell--total">
                  {figuresOf(column.customers, column.revenue)}
                </td>
              ))}
              <td className="number sg-segments-cell sg-segments-cell--total">{figuresOf(grid.customers, grid.revenue)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollBox>
    </>
  );
}
