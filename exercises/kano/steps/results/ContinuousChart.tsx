import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { FeatureResult } from '../../model';
import { kanoMessages } from '../../messages';
import { kanoStepMessages } from '../messages';
import { featurePoint } from './categoryColors';
import { KanoScatter } from './KanoScatter';

const TICKS = [-2, -1, 0, 1, 2, 3, 4];

/** DuMouchel's continuous analysis: mean dysfunctional score across, mean functional score up. */
export function ContinuousChart({ results, names, presenter }: { results: readonly FeatureResult[]; names: Map<string, string>; presenter: boolean }) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const format = useFormat();
  const points = results.flatMap((result, index) => {
    if (result.continuous.kind !== 'ok') return [];
    return [{ ...featurePoint(result, index, names.get(result.featureId) ?? ''), x: result.continuous.dysfunctional.mean, y: result.continuous.functional.mean }];
  });
  return (
    <KanoScatter
      title={t('results.continuousTitle')}
      description={model('result.continuous')}
      presenter={presenter}
      height={{ normal: 440, presenter: 720 }}
      table={{
        columns: [t('results.feature'), t('results.functionalMean'), t('results.dysfunctionalMean')],
        rows: points.map((point) => [point.name, format.number(point.y, 2), format.number(point.x, 2)]),
      }}
      points={points}
      // Whole scores, negatives with the minus sign "−2", not the hyphen recharts would write.
      axis={{ domain: [-2, 4], ticks: TICKS, format: (value) => format.number(value, 0) }}
      axisTitles={{ x: t('results.axisDysfunctional'), y: t('results.axisFunctional') }}
      references={{ x: 0, y: 0 }}
      tooltip={(point) => (
        <>
          {t('results.functionalMean')} {format.number(point.y, 2)} · {t('results.dysfunctionalMean')} {format.number(point.x, 2)}
        </>
      )}
    />
  );
}
