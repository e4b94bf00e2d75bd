import { ParetoChart } from '../../../../src/charts/ParetoChart';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { ParetoCurve } from '../../../../src/customers/abc';
import type { ValueBasis } from '../../state';
import { abcXyzMessages } from '../../messages/abcXyz';

/**
 * Cumulative share of value against the share of customers ranked by value. The end of class A is the marked
 * point; its words ("x % of customers bring y %") stand in the legend, where they wrap.
 */
export function AbcParetoChart({ curve, basis, presenter }: { curve: ParetoCurve; basis: ValueBasis; presenter: boolean }) {
  const t = useMessages(abcXyzMessages);
  const format = useFormat();
  return (
    <ParetoChart
      title={t('abcXyz.pareto.title')}
      description={t('abcXyz.pareto.description')}
      xTitle={t('abcXyz.pareto.x')}
      yTitle={t(`abcXyz.pareto.y.${basis}`)}
      points={curve.points.map((point) => ({ x: point.customerShare, y: point.valueShare }))}
      mark={{ x: curve.mark.customerShare, y: curve.mark.valueShare }}
      markLabel={t(`abcXyz.pareto.mark.${basis}`, {
        customerShare: format.percent(curve.mark.customerShare),
        count: format.integer(curve.mark.customers),
        valueShare: format.percent(curve.mark.valueShare),
      })}
      ticks={[0, 20, 40, 60, 80, 100]}
      presenter={presenter}
    />
  );
}
