import './servqual.css';
import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { analyseWave, importancePerformance, validateSurvey } from '../model';
import type { ServqualState } from '../state';
import { servqualMessages } from '../messages';
import { uiMessages } from './messages';
import { ProblemList } from './answers/ProblemList';
import { ResultsSummary } from './results/ResultsSummary';
import { ExpectationPerceptionChart } from './results/ExpectationPerceptionChart';
import { ItemGapChart } from './results/ItemGapChart';
import { ImportancePerformanceChart } from './results/ImportancePerformanceChart';
import { NoWaves } from './shared/NoWaves';
import { useWaveData } from './shared/useWaveData';
import { useSelectedWave } from './shared/selectedWave';
import { useSurveySettings } from './shared/useSurvey';
import { WavePicker } from './shared/WavePicker';
import { Reading } from '../../../src/ui/Reading';
import { resultsReading } from '../reading';
import { useReadingWords } from './shared/useReadingWords';
import { Pending } from '../../../src/ui/Pending';

/** Step 4: the gaps, the SERVQUAL scores, and the three charts that explain them. */
export default function ResultsStep({ state, update, locale, presenter }: StepProps<ServqualState>) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const waves = useWaveData(state);
  const { selected, select } = useSelectedWave(waves);
  const settings = useSurveySettings(state.questionnaire);
  const responses = selected?.responses ?? null;
  const result = useMemo(() => (responses ? analyseWave(responses, settings) : null), [responses, settings]);
  const grid = useMemo(() => (result?.kind === 'ok' ? importancePerformance(result) : null), [result]);
  const words = useReadingWords(state.questionnaire, locale);

  if (selected === null || result === null) return <NoWaves update={update} />;
  // Answers typed outside the scale, and those the imports left out: the rows no longer hold the latter.
  const outsideScale = (result.kind === 'ok' ? result.problems.outOfScale.length : 0) + selected.dropped.reduce((sum, file) => sum + file.count, 0);
  return (
    <div className={`sq-step${presenter ? ' sq-step--presenter' : ''}`}>
      {/* What the figures mean comes first; the how-to-read text after it. */}
      {!selected.loading && result.kind === 'ok' ? <Reading reading={resultsReading(result, words)} /> : null}
      <WavePicker waves={waves} selected={selected} onSelect={select} />
      {presenter ? null : <p className="explain">{ui('results.intro')}</p>}
      {selected.loading ? (
        <Pending className="">{ui('answers.loading')}</Pending>
      ) : result.kind === 'notEnoughData' ? (
        <>
          <Callout tone="info" title={t(`notEnoughData.${result.reason}`)}>
            <p>{ui('results.notEnoughHint')}</p>
          </Callout>
          <ProblemList problems={validateSurvey(selected.responses, settings)} settings={settings} respondents={selected.responses.length} dropped={selected.dropped} />
        </>
      ) : (
        <>
          <section className="step-section" aria-labelledby="sq-scores-title">
            <h3 id="sq-scores-title">{ui('results.scoresTitle')}</h3>
            <ResultsSummary analysis={result} locale={locale} />
            {result.problems.invalidWeights.length + outsideScale + result.problems.missingAnswers.length > 0 ? (
              <p className="note">{ui('results.problemsHint', { weights: result.problems.invalidWeights.length, missing: result.problems.missingAnswers.length, scale: outsideScale })}</p>
            ) : null}
          </section>
          <section className="step-section sq-charts" aria-labelledby="sq-charts-title">
            <h3 id="sq-charts-title">{ui('results.chartsTitle')}</h3>
            <ExpectationPerceptionChart analysis={result} scale={settings.scale} presenter={presenter} locale={locale} />
            <ItemGapChart analysis={result} questionnaire={state.questionnaire} presenter={presenter} locale={locale} />
            {grid && grid.kind === 'ok' ? (
              <ImportancePerformanceChart grid={grid} scale={settings.scale} presenter={presenter} locale={locale} />
            ) : (
              <Callout tone="info">{t('notEnoughData.noValidWeights')}</Callout>
            )}
          </section>
        </>
      )}
    </div>
  );
}
