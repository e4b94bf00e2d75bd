import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { SegmentationNames } from '../../content/names';
import { targetsMessages } from '../../messages/targets';
import type { PlannedSegment } from './targetPlan';

/**
 * The plan in one table: each target's strategy, offer, owner, goal and headline figures. It is what the printed
 * report keeps of this step (the cards are for editing); on a phone each row reads as a card.
 */
export function PlanTable({ planned, segmentName, names }: { planned: readonly PlannedSegment[]; segmentName: (key: string) => string; names: SegmentationNames }) {
  const t = useMessages(targetsMessages);
  const format = useFormat();
  const targets = planned.filter((segment) => segment.target.target);
  const notSet = <span className="sg-targets-unset">{t('plan.notSet')}</span>;
  const written = (value: string) => (value.trim() === '' ? notSet : value);
  return (
    <section className="step-section" aria-labelledby="sg-targets-plan-title">
      <h3 id="sg-targets-plan-title">{t('plan.title')}</h3>
      {targets.length === 0 ? (
        <p className="finding">{t('plan.empty')}</p>
      ) : (
        <ScrollBox label={t('plan.caption')}>
          <table className="table-cards sg-targets-plan" aria-label={t('plan.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('plan.segment')}</th>
                <th scope="col">{t('plan.strategy')}</th>
                <th scope="col">{t('plan.offer')}</th>
                <th scope="col">{t('plan.owner')}</th>
                <th scope="col">{t('plan.goal')}</th>
                <th scope="col">{t('plan.figures')}</th>
              </tr>
            </thead>
            <tbody>
              {targets.map(({ key, target, profile, metrics }) => (
                <tr key={key}>
                  <th scope="row" data-label={t('plan.segment')}>
                    {segmentName(key)}
                  </th>
                  <td data-label={t('plan.strategy')}>{target.strategy === null ? notSet : names.strategy(target.strategy)}</td>
                  <td data-label={t('plan.offer')} className="sg-targets-plan__text">
                    {written(target.offer)}
                  </td>
                  <td data-label={t('plan.owner')}>{written(target.owner)}</td>
                  <td data-label={t('plan.goal')} className="sg-targets-plan__text">
                    {written(target.goal)}
                  </td>
                  <td data-label={t('plan.figures')}>
                    {profile && metrics ? (
                      <ul className="sg-targets-plan__figures">
                        <li>{t('plan.figuresValue', { count: profile.customers, revenueShare: format.percent(metrics.revenueShare, 0) })}</li>
                        <li>{t('plan.figure', { label: t('card.growth'), value: metrics.growth === null ? t('card.notMeasured') : format.signedPercent(metrics.growth, 0) })}</li>
                        <li>{t('plan.figure', { label: t('card.retention'), value: metrics.retention === null ? t('card.notMeasured') : format.percent(metrics.retention, 0) })}</li>
                      </ul>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
