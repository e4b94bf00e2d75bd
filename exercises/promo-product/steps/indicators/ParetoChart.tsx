import { ParetoChart as ParetoCurveChart } from '../../../../src/charts/ParetoChart';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { ParetoCurve } from '../../model/indicators';
import { indicatorsMessages } from '../../messages/indicators';

/**
 * Cumulative revenue share against the share of items ranked by revenue. The 80 % point is the marked one; its
 * words stand in the legend and under the title, where they wrap, never on the drawing.
 */
export function ParetoChart({ curve, presenter }: { curve: ParetoCurve; presenter: boolean }) {
  const t = useMessages(indicatorsMessages);
  const format = useFormat();
  return (
    <ParetoCurveChart
      title={t('indicators.pareto.title')}
      description={t('indicators.pareto.description')}
      xTitle={t('indicators.pareto.x')}
      yTitle={t('indicators.pareto.y')}
      seriesLabel={t('indicators.pareto.series')}
      points={curve.points.map((point) => ({ x: point.productShare, y: point.revenueShare }))}
      mark={{ x: curve.mark.productShare, y: curve.mark.revenueShare }}
      markLabel={t('indicators.pareto.mark', {
        productShare: format.percent(curve.mark.productShare),
        count: format.integer(curve.mark.products),
        revenueShare: format.percent(curve.mark.revenueShare),
      })}
      presenter={presenter}
    />
  );
}
