import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { DickBasuCell } from '../../state';
import type { CellCounts } from '../../model/dickBasu';
import { matrixMessages } from '../../messages/matrix';

interface Props {
  shares: CellCounts;
  /** Customers per quadrant when measured; null for the participant's estimate. */
  counts: CellCounts | null;
  title: string;
  note: string;
}

/** Dick & Basu's layout: attitude high on top, frequent purchases on the left, so true loyalty is top left. */
const ROWS: readonly { header: 'matrix.axis.attitudeHigh' | 'matrix.axis.attitudeLow'; cells: readonly [DickBasuCell, DickBasuCell] }[] = [
  { header: 'matrix.axis.attitudeHigh', cells: ['trueLoyalty', 'latentLoyalty'] },
  { header: 'matrix.axis.attitudeLow', cells: ['spuriousLoyalty', 'noLoyalty'] },
];

/** The 2 × 2 matrix: each quadrant's colour, name, share and count (or "estimate"), readable from the back of a room. */
export function MatrixGrid({ shares, counts, title, note }: Props) {
  const t = useMessages(matrixMessages);
  const format = useFormat();
  const titleId = useId();
  return (
    <section className="step-section lm-matrix" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <p className="note">{note}</p>
      <table className={`lm-matrix__grid${counts === null ? ' lm-matrix__grid--estimated' : ''}`}>
        <caption className="visually-hidden">{t('matrix.grid.caption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('matrix.axis.patronageHigh')}</th>
            <th scope="col">{t('matrix.axis.patronageLow')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.header}>
              <th scope="row">{t(row.header)}</th>
              {row.cells.map((cell) => (
                <td key={cell} className={`lm-matrix__cell lm-matrix__cell--${cell}`}>
                  <span className="lm-matrix__name">{t(`matrix.cell.${cell}.name`)}</span>
                  <span className="lm-matrix__share">{format.percent(shares[cell])}</span>
                  <span className="lm-matrix__count">{counts === null ? t('matrix.cell.estimate') : t('matrix.cell.customers', { count: counts[cell] })}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
