import { ChartFrame } from '../../../../src/charts/ChartFrame';
import { drawLabelledScatter } from '../../../../src/charts/LabelledScatter';
import { CHART_COLORS } from '../../../../src/charts/theme';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { Scale } from '../../structure';
import type { ImportancePerformance } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { fixedNumber, signedNumber } from '../shared/numbers';

/**
 * Martilla & James's grid: importance (mean weight) across, performance (mean perception) up, split at the
 * averages. Bottom right — important and done poorly — is where to act first.
 */
export function ImportancePerformanceChart({ grid, scale, presenter, locale }: { grid: ImportancePerformance; scale: Scale; presenter: boolean; locale: Locale }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const importances = grid.points.map((point) => point.importance);
  const performances = grid.points.map((point) => point.performance);
  const xMin = Math.max(0, Math.floor(Math.min(grid.importanceCentre, ...importances) / 5) * 5 - 5);
  const xMax = Math.ceil(Math.max(grid.importanceCentre, ...importances) / 5) * 5 + 5;
  const yMin = Math.max(1, Math.floor(Math.min(grid.performanceCentre, ...performances) * 2) / 2 - 0.5);
  const yMax = Math.min(scale, Math.ceil(Math.max(grid.performanceCentre, ...performances) * 2) / 2 + 0.5);
  const xTicks = Array.from({ length: Math.round((xMax - xMin) / 5) + 1 }, (_, index) => xMin + index * 5);
  const yTicks = Array.from({ length: Math.round((yMax - yMin) * 2) + 1 }, (_, index) => yMin + index / 2);
  const points = grid.points.map((point, index) => ({
    ...point,
    key: String(index + 1),
    name: t(`dimension.${point.dimension}.name`),
    x: point.importance,
    y: point.performance,
    color: CHART_COLORS.primary,
    shape: 'circle' as const,
  }));
  return (
    <ChartFrame
      title={ui('chart.ipa.title')}
      description={ui('chart.ipa.description', { importance: fixedNumber(grid.importanceCentre, locale, 0), performance: fixedNumber(grid.performanceCentre, locale) })}
      presenter={presenter}
      height={{ normal: 380, presenter: 580 }}
      table={{
        columns: [ui('results.dimension'), ui('results.meanWeight'), ui('results.perception'), ui('results.gap'), ui('chart.ipa.quadrant')],
        rows: points.map((point) => [point.name, fixedNumber(point.importance, locale, 1), fixedNumber(point.performance, locale), signedNumber(point.gap, locale), t(`ipa.${point.quadrant}`)]),
      }}
      axisTitles={{ x: ui('chart.ipa.x'), y: ui('chart.ipa.y') }}
    >
      {(sizing) =>
        drawLabelledScatter({
          sizing,
          height: sizing.height,
          points,
          x: { domain: [xMin, xMax], ticks: xTicks, format: (value) => fixedNumber(value, locale, 0) },
          y: { domain: [yMin, yMax], ticks: yTicks, format: (value) => fixedNumber(value, locale, 1) },
          references: { x: grid.importanceCentre, y: grid.performanceCentre, dashed: true },
          tooltip: (point) => (
            <>
              {ui('results.meanWeight')} {fixedNumber(point.importance, locale, 1)} · {ui('results.perception')} {fixedNumber(point.performance, locale)}
            </>
          ),
        })
      }
    </ChartFrame>
  );
}
