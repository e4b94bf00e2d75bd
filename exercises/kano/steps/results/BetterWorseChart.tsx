import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { FeatureResult } from '../../model';
import { kanoMessages } from '../../messages';
import { kanoStepMessages } from '../messages';
import { featurePoint } from './categoryColors';
import { KanoScatter } from './KanoScatter';

const TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * Worse (as |Worse|) across, Better up, quadrant lines at 0.5 (METHODS.md): top left attractive, top right
 * one-dimensional, bottom right must-be, bottom left indifferent. Each point in its own category's colour and
 * shape, which may differ from its quadrant's.
 */
export function BetterWorseChart({ results, names, presenter }: { results: readonly FeatureResult[]; names: Map<string, string>; presenter: boolean }) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const format = useFormat();
  const points = results.flatMap((result, index) => {
    const c = result.classification;
    if (c.kind !== 'ok' || c.betterWorse.kind !== 'ok') return [];
    return [{ ...featurePoint(result, index, names.get(result.featureId) ?? ''), x: Math.abs(c.betterWorse.worse), y: c.betterWorse.better, worse: c.betterWorse.worse }];
  });
  const quadrant = (key: 'A' | 'O' | 'M' | 'I') => model(`category.${key}.name`);
  return (
    <KanoScatter
      title={t('results.betterWorseTitle')}
      description={t('results.betterWorseDescription')}
      presenter={presenter}
      height={{ normal: 460, presenter: 760 }}
      table={{
        columns: [t('results.feature'), 'Better', 'Worse'],
        rows: points.map((point) => [point.name, format.fixed(point.y, 2), format.fixed(point.worse, 2)]),
      }}
      points={points}
      axis={{ domain: [0, 1], ticks: TICKS, format: (value) => format.number(value, 2) }}
      axisTitles={{ x: t('results.axisWorse'), y: t('results.axisBetter') }}
      references={{ x: 0.5, y: 0.5 }}
      corners={[
        { text: quadrant('A'), corner: 'topLeft' },
        { text: quadrant('O'), corner: 'topRight' },
        { text: quadrant('M'), corner: 'bottomRight' },
        { text: quadrant('I'), corner: 'bottomLeft' },
      ]}
      tooltip={(point) => (
        <>
          Better {format.fixed(point.y, 2)} · Worse {format.fixed(point.worse, 2)}
        </>
      )}
    />
  );
}
