import './survey/survey.css';
import { useMemo, useState } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { surveyMessages } from '../messages/survey';
import { surveyResults } from '../model/survey';
import type { LoyaltyState } from '../state';
import { PrintableSurvey } from './survey/PrintableSurvey';
import { QuestionnaireSettings } from './survey/QuestionnaireSettings';
import { SurveyFiles } from './survey/SurveyFiles';
import { SurveyProblems } from './survey/SurveyProblems';
import { SurveyResultsView } from './survey/SurveyResultsView';
import { TypedAnswers } from './survey/TypedAnswers';
import { useSurveyData } from './survey/useSurveyData';
import { useSurveySettingsForm } from './survey/useSurveySettingsForm';
import { Pending } from '../../../src/ui/Pending';

/**
 * Step 4: the results of the survey first (the participant's answers, else the demo retailer's), then where the
 * answers come from (files, typed in), then the questionnaire that collects them.
 */
export default function SurveyStep({ state, update, presenter }: StepProps<LoyaltyState>) {
  const t = useMessages(surveyMessages);
  const [lookAtDemo, setLookAtDemo] = useState(false);
  const data = useSurveyData(state, lookAtDemo);
  const form = useSurveySettingsForm(state, update);
  const { minSegmentAnswers, targetMargin } = state.survey;
  const results = useMemo(() => surveyResults(data.answers, minSegmentAnswers), [data.answers, minSegmentAnswers]);

  return (
    <div className={`lm-survey${presenter ? ' lm-survey--presenter' : ''}`}>
      <p className="explain">{t('survey.intro')}</p>

      <section className="step-section" aria-labelledby="lm-survey-results">
        <h3 id="lm-survey-results">{t('survey.results.title')}</h3>
        {data.source === 'demo' && !data.loading ? (
          <Callout tone="info" title={t('survey.source.demoTitle')}>
            <p>{t('survey.source.demo', { count: data.answers.length })}</p>
          </Callout>
        ) : null}
        {data.source === 'none' ? (
          <Callout
            tone="info"
            title={t('survey.source.noneTitle')}
            actions={
              <button type="button" className="button" onClick={() => setLookAtDemo(true)}>
                {t('survey.source.showDemo')}
              </button>
            }
          >
            <p>{t('survey.source.none')}</p>
          </Callout>
        ) : null}
        {data.loading ? (
          <Pending className="">{t('survey.source.loading')}</Pending>
        ) : data.source === 'none' ? null : (
          <>
            {data.source === 'own' ? <p className="finding">{t('survey.source.own', { count: data.answers.length })}</p> : null}
            {data.unreadable.length > 0 ? <p className="field__error">{t('survey.source.unreadable', { files: data.unreadable.map((file) => file.fileName).join(', ') })}</p> : null}
            {data.source === 'own' ? <SurveyProblems problems={data.problems} files={state.survey.files} summaries={data.summaries} /> : null}
            <SurveyResultsView results={results} form={form} targetMargin={targetMargin} minSegmentAnswers={minSegmentAnswers} presenter={presenter} fromDemo={data.source === 'demo'} />
          </>
        )}
      </section>

      <section className="step-section step-section--files" aria-labelledby="lm-survey-answers">
        <h3 id="lm-survey-answers">{t('answers.title')}</h3>
        <p className="explain">{t('answers.filesIntro')}</p>
        <SurveyFiles files={state.survey.files} update={update} />
        <h4>{t('typed.title')}</h4>
        <p className="explain">{t('typed.intro')}</p>
        <TypedAnswers answers={state.survey.typedAnswers} update={update} />
      </section>

      <section className="step-section" aria-labelledby="lm-survey-questionnaire">
        <h3 id="lm-survey-questionnaire">{t('questionnaire.title')}</h3>
        <p className="explain">{t('questionnaire.intro')}</p>
        <QuestionnaireSettings survey={state.survey} plan={state.plan} update={update} />
        <PrintableSurvey survey={state.survey} />
      </section>
    </div>
  );
}
