import { memo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { joinSentences } from '../../../../src/ui/Reading';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { profilesMessages, type ProfilesMessageKey } from '../../messages/profiles';
import type { HalfPeriods, ProfileRow } from './profileRows';

type Cell = { column: ProfilesMessageKey; text: string };

/** One table of the profile: its caption, the cells of a row, and (in one table only) the button that opens a segment's customers. */
function MetricsTable({ id, caption, rows, total, cells, onShow }: { id: string; caption: string; rows: readonly ProfileRow[]; total: ProfileRow; cells: (row: ProfileRow) => Cell[]; onShow: ((key: string) => void) | null }) {
  const t = useMessages(profilesMessages);
  const columns = cells(total).map((cell) => cell.column);
  const line = (row: ProfileRow) =>
    cells(row).map((cell) => (
      <td key={cell.column} className="number" data-label={t(cell.column)}>
        {cell.text}
      </td>
    ));
  return (
    <ScrollBox label={caption}>
      <table className="table-cards sg-profiles-table" aria-labelledby={id}>
        <caption id={id} className="sg-profiles-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('col.segment')}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="number">
                {t(column)}
              </th>
            ))}
            {onShow ? (
              <th scope="col">
                <span className="visually-hidden">{t('table.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {line(row)}
              {onShow ? (
                <td>
                  {row.totals.customers > 0 ? (
                    <button type="button" className="button sg-profiles-show" onClick={() => onShow(row.key)} aria-label={t('table.showNamed', { name: row.name })}>
                      {t('table.show')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('table.total')}</th>
            {line(total)}
            {onShow ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </ScrollBox>
  );
}

/**
 * Every segment's profile in the segments' order, the whole base last, in two tables that each fit a laptop's
 * width: size and money (the margin columns only when the sales carry a cost or a margin), then how the customers
 * buy and how the segment moves. On a phone each row becomes a card.
 */
export const ProfileTable = memo(function ProfileTable({ rows, total, hasMargin, halves, onShow }: { rows: readonly ProfileRow[]; total: ProfileRow; hasMargin: boolean; halves: (HalfPeriods & { months: number }) | null; onShow: (key: string) => void }) {
  const t = useMessages(profilesMessages);
  const format = useFormat();
  const or = (value: number | null, show: (value: number) => string) => (value === null ? '—' : show(value));
  const sizeCells = ({ totals, metrics }: ProfileRow): Cell[] => [
    { column: 'col.customers', text: format.integer(totals.customers) },
    { column: 'col.customerShare', text: format.percent(metrics.customerShare) },
    { column: 'col.revenue', text: format.money(totals.revenue) },
    { column: 'col.revenueShare', text: format.percent(metrics.revenueShare) },
    ...(hasMargin
      ? [
          { column: 'col.margin', text: or(totals.margin, (v) => format.money(v)) },
          { column: 'col.marginShare', text: or(metrics.marginShare, (v) => format.percent(v)) },
          { column: 'col.marginRate', text: or(metrics.marginRate, (v) => format.percent(v)) },
        ] satisfies Cell[]
      : []),
  ];
  const behaviourCells = ({ metrics }: ProfileRow): Cell[] => [
    { column: 'col.averageCheck', text: or(metrics.averageCheck, (v) => format.money(v)) },
    { column: 'col.ordersPerCustomer', text: or(metrics.ordersPerCustomer, (v) => format.number(v, 1)) },
    { column: 'col.revenuePerCustomer', text: or(metrics.revenuePerCustomer, (v) => format.money(v)) },
    { column: 'col.growth', text: or(metrics.growth, (v) => format.signedPercent(v)) },
    { column: 'col.retention', text: or(metrics.retention, (v) => format.percent(v)) },
  ];
  const dashes = halves !== null && rows.some((row) => row.totals.customers > 0 && (row.metrics.growth === null || row.metrics.retention === null));
  return (
    <section className="sg-profiles-section" aria-labelledby="sg-profiles-table-title">
      <h3 id="sg-profiles-table-title">{t('table.title')}</h3>
      <MetricsTable id="sg-profiles-size" caption={t('table.size')} rows={rows} total={total} cells={sizeCells} onShow={null} />
      <MetricsTable id="sg-profiles-behaviour" caption={t('table.behaviour')} rows={rows} total={total} cells={behaviourCells} onShow={onShow} />
      {hasMargin ? null : <p className="note">{t('table.noMargin')}</p>}
      <p className="note">
        {joinSentences([
          halves === null
            ? t('table.noHalves')
            : t('table.halves', { months: format.integer(halves.months), secondFrom: format.date(halves.second.from), secondTo: format.date(halves.second.to), firstFrom: format.date(halves.first.from), firstTo: format.date(halves.first.to) }),
          ...(dashes ? [t('table.dash')] : []),
        ])}
      </p>
      <details className="explain sg-profiles-legend">
        <summary>{t('legend.title')}</summary>
        <dl>
          {(
            [
              ['col.customerShare', 'legend.customerShare'],
              ['col.revenueShare', 'legend.revenueShare'],
              ...(hasMargin ? ([['col.margin', 'legend.margin'], ['col.marginRate', 'legend.marginRate']] as const) : []),
              ['col.averageCheck', 'legend.averageCheck'],
              ['col.ordersPerCustomer', 'legend.ordersPerCustomer'],
              ['col.revenuePerCustomer', 'legend.revenuePerCustomer'],
              ['col.growth', 'legend.growth'],
              ['col.retention', 'legend.retention'],
            ] as const
          ).map(([term, text]) => (
            <div key={term}>
              <dt>{t(term)}</dt>
              <dd>{t(text)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
});
