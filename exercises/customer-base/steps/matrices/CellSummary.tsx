import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { MatrixView } from '../../analysis/matricesAnalysis';
import { CELLS, walletShare, type Cell, type MatrixKind } from '../../model/matrices';
import { matricesMessages } from '../../messages/matrices';
import { matricesPolicyMessages } from '../../messages/matricesPolicy';
import { CELL_COLORS } from './MatrixChart';
import { formatFigure } from './figures';

interface Props {
  kind: MatrixKind;
  view: MatrixView;
  title: string;
  /** The cell whose customers are listed under the matrix, if any. */
  open: Cell | null;
  onShow: (cell: Cell) => void;
}

/** The matrix as a 2 × 2 table laid out like the chart (high potential on top, high today on the right), each cell with its figures and policy. */
export function CellSummary({ kind, view, title, open, onShow }: Props) {
  const t = useMessages(matricesMessages);
  const p = useMessages(matricesPolicyMessages);
  const format = useFormat();
  const total = CELLS.reduce((sum, cell) => sum + view.figures[cell].revenue, 0);
  const side = (figure: MatrixView['x'] | MatrixView['y'], high: boolean, value: number, card = false) =>
    t(card ? (high ? 'summary.highCard' : 'summary.lowCard') : high ? 'summary.high' : 'summary.low', { figure: t(`short.${figure}`), value: formatFigure(format, figure, value) });
  const columns = [side(view.x, false, view.thresholds.x), side(view.x, true, view.thresholds.x)];
  // On a phone each cell is a card headed by its column, after which the layout writes its own colon.
  const cardLabels = [side(view.x, false, view.thresholds.x, true), side(view.x, true, view.thresholds.x, true)];
  const rows: Array<{ head: string; cells: [Cell, Cell] }> = [
    { head: side(view.y, true, view.thresholds.y), cells: ['lh', 'hh'] },
    { head: side(view.y, false, view.thresholds.y), cells: ['ll', 'hl'] },
  ];
  const cellContent = (cell: Cell) => {
    const figures = view.figures[cell];
    const wallet = kind === 'potential' ? walletShare(figures.annualRevenue, figures.other) : null;
    return (
      <>
        <p className="cb-matrices-cell__name">
          <span className="cb-matrices-swatch" style={{ background: CELL_COLORS[cell] }} aria-hidden="true" />
          {p(`cell.${kind}.${cell}.name`)}
        </p>
        <p className="cb-matrices-cell__figures">
          {t('summary.customers', { count: figures.customers })}
          <br />
          {t('summary.revenue', { value: format.money(figures.revenue), share: format.percent(total > 0 ? figures.revenue / total : 0) })}
          {figures.profit === null ? null : (
            <>
              <br />
              {t('summary.profit', { value: format.money(figures.profit) })}
            </>
          )}
          {wallet === null ? null : (
            <>
              <br />
              {t('summary.wallet', { value: format.percent(wallet) })}
            </>
          )}
        </p>
        <p className="cb-matrices-cell__policy">{p(`cell.${kind}.${cell}.policy`)}</p>
        {figures.customers > 0 ? (
          <button type="button" className="button button--small" aria-pressed={open === cell} onClick={() => onShow(cell)}>
            {open === cell ? t('summary.shown') : t('summary.show')} <span className="visually-hidden">— {p(`cell.${kind}.${cell}.name`)}</span>
          </button>
        ) : null}
      </>
    );
  };
  return (
    <table className="cb-matrices-summary table-cards">
      <caption>{t('summary.caption', { title })}</caption>
      <thead>
        <tr>
          <td />
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.head}>
            <th scope="row">{row.head}</th>
            {row.cells.map((cell, index) => (
              <td key={cell} data-label={cardLabels[index]}>
                {cellContent(cell)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
