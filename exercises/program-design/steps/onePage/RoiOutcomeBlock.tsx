import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import { Callout } from '../../../../src/ui/Callout';
import { routeHref } from '../../../../src/workbook/route';
import { PROGRAM_DESIGN_EXERCISE_ID } from '../../state';
import { onePageMessages } from '../../messages/onePage';
import type { RoiStanding } from './reading';

/** ROI's answer for this design: payback month and ROI, said to be stale when the design changed, or a link to send it. */
export function RoiOutcomeBlock({ standing }: { standing: RoiStanding }) {
  const t = useMessages(onePageMessages);
  const format = useFormat();
  const economicsHref = routeHref({ page: 'exercise', exerciseId: PROGRAM_DESIGN_EXERCISE_ID, stepId: 'economics' });
  const link = (
    <a href={economicsHref} className="no-print">
      {t('roi.toEconomics')}
    </a>
  );
  if (standing.kind === 'notEvaluated') {
    return (
      <Callout tone="info">
        <p>
          {t('roi.notEvaluated')} {link}
        </p>
      </Callout>
    );
  }
  const { outcome } = standing;
  const horizon = outcome.figures.horizonMonths ?? 0;
  const tone = (value: number | null) => (value === null ? 'neutral' : value >= 0 ? 'good' : 'bad');
  return (
    <>
      {standing.kind !== 'current' ? (
        <Callout tone="warning">
          <p>
            {t(standing.kind === 'outdated' ? 'roi.outdated' : 'roi.typedThere')} {link}
          </p>
        </Callout>
      ) : null}
      <MetricGrid label={t('roi.title')}>
        <Metric
          label={t('roi.payback')}
          value={outcome.paybackMonth === null ? t('roi.paybackNever', { count: horizon }) : t('roi.paybackMonth', { month: outcome.paybackMonth })}
          tone={outcome.paybackMonth === null ? 'bad' : 'good'}
        />
        <Metric label={t('roi.roi')} value={outcome.roi === null ? t('roi.roiNone') : format.signedPercent(outcome.roi)} note={t('unit.months', { count: horizon })} tone={tone(outcome.roi)} />
      </MetricGrid>
    </>
  );
}
