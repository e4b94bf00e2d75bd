import './servqual.css';
import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { compareWaves, type WavePoint } from '../model';
import type { ServqualState } from '../state';
import { servqualMessages } from '../messages';
import { uiMessages } from './messages';
import { WaveList } from './waves/WaveList';
import { WaveComparison } from './waves/WaveComparison';
import { useWaveData } from './shared/useWaveData';
import { useSurveySettings } from './shared/useSurvey';
import { Reading } from '../../../src/ui/Reading';
import { wavesReading } from '../reading';
import { useReadingWords } from './shared/useReadingWords';
import { Pending } from '../../../src/ui/Pending';

/** Step 6: the same questionnaire months later — how the gaps moved. */
export default function WavesStep({ state, update, locale, presenter }: StepProps<ServqualState>) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const waves = useWaveData(state);
  const settings = useSurveySettings(state.questionnaire);
  const loading = waves.some((wave) => wave.loading);
  const comparison = useMemo(
    () => (loading ? null : compareWaves(waves.map((data) => ({ id: data.wave.id, label: data.wave.label, date: data.wave.date, responses: data.responses })), settings)),
    [waves, settings, loading],
  );
  const numbers = new Map(waves.map((data) => [data.wave.id, data.number]));
  const labelOf = (point: WavePoint) => point.label.trim() || t('wave.defaultLabel', { number: numbers.get(point.id) ?? 0 });
  const words = useReadingWords(state.questionnaire, locale);
  const reading = comparison !== null && comparison.kind !== 'notEnoughData' ? wavesReading(comparison, labelOf, words) : null;

  return (
    <div className={`sq-step${presenter ? ' sq-step--presenter' : ''}`}>
      {reading ? <Reading reading={reading} /> : null}
      {presenter ? null : <p className="explain">{ui('waves.intro')}</p>}
      {/* No heading of its own: the chart's title, right below, already says what the section holds. */}
      <section className="step-section" aria-label={ui('waves.compareTitle')}>
        {loading ? (
          <Pending className="">{ui('answers.loading')}</Pending>
        ) : comparison === null || comparison.kind === 'notEnoughData' ? (
          <Callout tone="info">{t('notEnoughData.noWaves')}</Callout>
        ) : (
          <WaveComparison comparison={comparison} labelOf={labelOf} presenter={presenter} locale={locale} />
        )}
      </section>
      <section className="step-section" aria-labelledby="sq-wavelist-title">
        <h3 id="sq-wavelist-title">{ui('waves.listTitle')}</h3>
        <WaveList waves={waves} update={update} />
      </section>
    </div>
  );
}
