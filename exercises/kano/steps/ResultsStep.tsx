import { useId, useMemo, useState } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { segmentLabel } from '../content';
import { analyseSurvey, responsesFromTyped } from '../model';
import { kanoMessages } from '../messages';
import type { KanoState } from '../state';
import { kanoStepMessages } from './messages';
import { featureNames } from './shared/featureLabels';
import { useSurveyResponses } from './shared/useSurveyResponses';
import { ResultsTable } from './results/ResultsTable';
import { ResultNotes } from './results/ResultNotes';
import { CategoryBars } from './results/CategoryBars';
import { BetterWorseChart } from './results/BetterWorseChart';
import { ContinuousChart } from './results/ContinuousChart';
import './kano.css';
import { Reading } from '../../../src/ui/Reading';
import { kanoReading } from '../reading';
import { kanoReadingMessages } from '../readingMessages';
import { Pending } from '../../../src/ui/Pending';

/** Step 4: every feature classified, with the figures behind the category and the three charts. */
export default function ResultsStep({ state, locale, presenter }: StepProps<KanoState>) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const tr = useMessages(kanoReadingMessages);
  const selectId = useId();
  const typed = useMemo(() => responsesFromTyped(state.responses), [state.responses]);
  const survey = useSurveyResponses(state, typed);
  const results = useMemo(() => analyseSurvey(state.features, survey.responses), [state.features, survey.responses]);
  const [segment, setSegment] = useState<string | null>(null);
  const chosen = segment === null ? null : results.segments.find((item) => item.segment === segment) ?? null;
  const analysis = chosen?.analysis ?? results.overall;
  const names = featureNames(state.features, locale);

  if (state.features.length === 0) return <p className="explain">{t('questionnaire.noFeatures')}</p>;
  if (survey.responses.length === 0) {
    return <Callout tone="info" title={survey.loading ? t('answers.loading') : t('results.noAnswers')} />;
  }

  return (
    <>
      <Reading reading={kanoReading(analysis.features, (id) => names.get(id) ?? '', tr)} />
      <p className="explain">{t('results.intro', { respondents: analysis.respondents })}</p>
      {results.segments.length > 0 ? (
        <div className="field kano-segment">
          <label htmlFor={selectId} className="field__label">
            {t('results.segment')}
          </label>
          <select id={selectId} value={chosen?.segment ?? ''} onChange={(event) => setSegment(event.target.value === '' ? null : event.target.value)}>
            <option value="">{t('results.allRespondents')}</option>
            {results.segments.map((item) => (
              <option key={item.segment} value={item.segment}>
                {segmentLabel(item.segment, locale)} ({item.analysis.respondents})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {survey.loading ? <Pending className="muted">{t('answers.loading')}</Pending> : null}

      <section className="step-section" aria-labelledby="kano-results-table">
        <h3 id="kano-results-table">{t('results.tableTitle')}</h3>
        <ResultsTable results={analysis.features} names={names} />
        <p className="explain explain--detail">
          {model('result.better')} {model('result.worse')} {model('result.strength')}
        </p>
      </section>
      <section className="step-section kano-charts" aria-label={t('results.chartsTitle')}>
        <BetterWorseChart results={analysis.features} names={names} presenter={presenter} />
        <CategoryBars results={analysis.features} names={names} presenter={presenter} />
        <ContinuousChart results={analysis.features} names={names} presenter={presenter} />
      </section>
      <section className="step-section explain--detail" aria-labelledby="kano-results-notes">
        <h3 id="kano-results-notes">{t('results.notesHeading')}</h3>
        <ResultNotes results={analysis.features} names={names} />
      </section>
    </>
  );
}
