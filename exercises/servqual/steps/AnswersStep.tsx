import './servqual.css';
import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { validateSurvey } from '../model';
import type { ServqualState } from '../state';
import { uiMessages } from './messages';
import { WaveFiles } from './answers/WaveFiles';
import { ProblemList } from './answers/ProblemList';
import { NoWaves } from './shared/NoWaves';
import { useWaveData } from './shared/useWaveData';
import { useSelectedWave } from './shared/selectedWave';
import { useSurveySettings } from './shared/useSurvey';
import { WavePicker } from './shared/WavePicker';

/** Step 3: the wave's answers from files and from the entry form, and what is wrong with them. */
export default function AnswersStep({ state, update, presenter }: StepProps<ServqualState>) {
  const ui = useMessages(uiMessages);
  const waves = useWaveData(state);
  const { selected, select } = useSelectedWave(waves);
  const settings = useSurveySettings(state.questionnaire);
  const problems = useMemo(() => (selected ? validateSurvey(selected.responses, settings) : null), [selected, settings]);

  return (
    <div className={`sq-step${presenter ? ' sq-step--presenter' : ''}`}>
      <p className="explain">{ui('answers.intro')}</p>
      {selected === null ? (
        <NoWaves update={update} />
      ) : (
        <>
          <WavePicker waves={waves} selected={selected} onSelect={select} />
          <p className="sq-count" role="status" data-pending={selected.loading ? '' : undefined}>
            {selected.loading
              ? ui('answers.loading')
              : ui('answers.counts', { total: selected.responses.length, entered: selected.entered.length, imported: selected.responses.length - selected.entered.length })}
          </p>
          <section className="step-section" aria-labelledby="sq-checks-title">
            <h3 id="sq-checks-title">{ui('answers.checksTitle')}</h3>
            {problems && !selected.loading ? (
              <ProblemList problems={problems} settings={settings} respondents={selected.responses.length} dropped={selected.dropped} />
            ) : null}
          </section>
          <section className="step-section step-section--files" aria-labelledby="sq-files-title">
            <h3 id="sq-files-title">{ui('answers.filesTitle')}</h3>
            <p className="explain explain--detail">{ui('answers.filesIntro')}</p>
            <WaveFiles wave={selected} questionnaire={state.questionnaire} update={update} />
          </section>
        </>
      )}
    </div>
  );
}
