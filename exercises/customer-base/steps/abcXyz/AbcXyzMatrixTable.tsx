import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { CustomerFilter } from '../../analysis/abcXyzAnalysis';
import { cellName, type MatrixCell } from '../../model/abcXyzMatrix';
import { ABC_CLASSES } from '../../../../src/customers/abc';
import { XYZ_GROUPS } from '../../../../src/customers/xyz';
import { abcXyzMessages } from '../../messages/abcXyz';
import { abcXyzMatrixMessages } from '../../messages/abcXyzMatrix';
import type { AbcSettings } from '../../state';

/** The darkest cell's tint; the text stays dark ink on every shade (contrast above 7:1 at the darkest). */
const MAX_TINT = 0.4;

interface Props {
  cells: MatrixCell[];
  settings: AbcSettings;
  /** The cell the customer list shows, if it shows one. */
  selected: CustomerFilter;
  onSelect: (filter: CustomerFilter) => void;
}

/**
 * The ABC × XYZ matrix as a table: per cell the customers (a button that lists them), their share of revenue as
 * words and as the cell's shade, and what the cell calls for. On a phone each class row is a card.
 */
export function AbcXyzMatrixTable({ cells, settings, selected, onSelect }: Props) {
  const t = useMessages(abcXyzMessages);
  const m = useMessages(abcXyzMatrixMessages);
  const format = useFormat();
  const limits = { x: format.number(settings.x, 2), y: format.number(settings.y, 2) };
  const largest = Math.max(...cells.map((cell) => cell.revenueShare ?? 0), 0);
  const newWord = t('abcXyz.list.new');
  return (
    <section className="cb-abc-matrix" aria-labelledby="cb-abc-matrix-title">
      <h3 id="cb-abc-matrix-title">{m('abcXyz.matrix.title')}</h3>
      <p className="explain">{m('abcXyz.matrix.description')}</p>
      <ScrollBox label={m('abcXyz.matrix.title')}>
        <table className="table-cards cb-abc-matrix__table">
          <caption className="visually-hidden">{m('abcXyz.matrix.title')}</caption>
          <thead>
            <tr>
              <td>{m('abcXyz.matrix.corner')}</td>
              {XYZ_GROUPS.map((group) => (
                <th key={group} scope="col">
                  {t(`abcXyz.xyz.${group}`, limits)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ABC_CLASSES.map((abc) => (
              <tr key={abc}>
                <th scope="row">{t(`abcXyz.abc.${abc}`)}</th>
                {XYZ_GROUPS.map((xyz) => {
                  const cell = cells.find((entry) => entry.abc === abc && entry.xyz === xyz);
                  if (!cell) return <td key={xyz} />;
                  const name = cellName(abc, xyz, newWord);
                  const tint = largest > 0 ? (MAX_TINT * (cell.revenueShare ?? 0)) / largest : 0;
                  const isSelected = selected.abc === abc && selected.xyz === xyz;
                  return (
                    <td key={xyz} data-label={name} className={`cb-abc-cell${xyz === 'new' ? ' cb-abc-cell--new' : ''}`} style={{ backgroundColor: `rgba(11, 79, 138, ${tint.toFixed(3)})` }}>
                      <span className="cb-abc-cell__name" aria-hidden="true">
                        {name}
                      </span>
                      <button
                        type="button"
                        className="cb-abc-cell__count"
                        aria-pressed={isSelected}
                        aria-label={`${m('abcXyz.matrix.show', { cell: name })}: ${m('abcXyz.matrix.customers', { count: cell.customers })}`}
                        disabled={cell.customers === 0}
                        onClick={() => onSelect({ abc, xyz })}
                      >
                        {m('abcXyz.matrix.customers', { count: cell.customers })}
                      </button>
                      <span className="cb-abc-cell__share">{m('abcXyz.matrix.share', { share: cell.revenueShare === null ? '—' : format.percent(cell.revenueShare) })}</span>
                      <span className="cb-abc-cell__action">{m(`abcXyz.cell.${abc}${xyz}`)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
