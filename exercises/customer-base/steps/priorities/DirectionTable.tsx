import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { PrioritiesResult } from '../../analysis/prioritiesAnalysis';
import { prioritiesMessages } from '../../messages/priorities';
import type { PriorityReason } from '../../model/priorities';
import type { Direction } from '../../state';

type Ready = Extract<PrioritiesResult, { kind: 'ready' }>;

/** Which reasons lead into each direction (model/priorities.ts's rule order). */
const REASONS_OF: Record<Direction, readonly PriorityReason[]> = {
  stop: ['lossNoRoom'],
  winBack: ['warnedValuable', 'lapsingValuable'],
  invest: ['lowShareOfWallet', 'growingSegment', 'valueAboveRevenue'],
  keep: ['coreCustomer'],
  serveCheaper: ['rest'],
};

/** The five directions: what each means, its customers, the revenue behind it a year, and why customers are in it. */
export function DirectionTable({ result, onShow }: { result: Ready; onShow: (direction: Direction) => void }) {
  const t = useMessages(prioritiesMessages);
  const format = useFormat();
  return (
    <section className="step-section" aria-labelledby="cb-priorities-summary-title">
      <h3 id="cb-priorities-summary-title">{t('priorities.summary.title')}</h3>
      <ScrollBox label={t('priorities.summary.caption')}>
        <table className="table-cards cb-priorities-table">
          <caption>{t('priorities.summary.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('priorities.col.direction')}</th>
              <th scope="col">{t('priorities.col.customers')}</th>
              <th scope="col">{t('priorities.col.atStake')}</th>
              <th scope="col">{t('priorities.col.share')}</th>
              <th scope="col">{t('priorities.col.why')}</th>
            </tr>
          </thead>
          <tbody>
            {result.summary.map((row) => (
              <tr key={row.direction}>
                <th scope="row" data-label={t('priorities.col.direction')} className="cb-priorities-direction">
                  <span className="cb-priorities-name">{t(`priorities.direction.${row.direction}`)}</span>
                  <span className="cb-priorities-meaning">{t(`priorities.meaning.${row.direction}`)}</span>
                  {row.customers > 0 ? (
                    <button type="button" className="button button--quiet cb-priorities-show" aria-label={t('priorities.list.showLabel', { direction: t(`priorities.direction.${row.direction}`) })} onClick={() => onShow(row.direction)}>
                      {t('priorities.list.show')}
                    </button>
                  ) : null}
                </th>
                <td data-label={t('priorities.col.customers')} className="number">
                  {format.integer(row.customers)}
                </td>
                <td data-label={t('priorities.col.atStake')} className="number">
                  {format.money(row.revenueAtStake)}
                </td>
                <td data-label={t('priorities.col.share')} className="number">
                  {format.percent(row.shareOfRevenue, 0)}
                </td>
                <td data-label={t('priorities.col.why')}>
                  <ul className="cb-priorities-why">
                    {REASONS_OF[row.direction]
                      .filter((reason) => (result.reasons[reason] ?? 0) > 0)
                      .map((reason) => (
                        <li key={reason}>{t('priorities.why.count', { reason: t(`priorities.reason.${reason}`, { abc: 'A/B' }), count: format.integer(result.reasons[reason] ?? 0) })}</li>
                      ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {!result.modelUsed ? <p className="note">{t('priorities.note.noModel')}</p> : null}
      {!result.walletUsed ? <p className="note">{t('priorities.note.noWallet')}</p> : null}
      {!result.hasProfit ? <p className="note">{t('priorities.note.noProfit')}</p> : null}
    </section>
  );
}
