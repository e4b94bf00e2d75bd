import { useId } from 'react';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { SUGGESTED_ATTITUDE_STATEMENTS } from '../../content/questionnaire';
import { ATTITUDE_ITEMS } from '../../inputs';
import { surveyMessages } from '../../messages/survey';
import { plannedButNotAsked } from '../../model/surveyQuestions';
import { SURVEY_QUESTIONS, type LoyaltyState, type PlanEntry, type SurveySettings } from '../../state';

/**
 * Which questions the survey asks (the plan's survey metrics are ticked as the plan gains them; one unticked is named),
 * and the attitude statements in the participant's words (a suggestion shows while empty).
 */
export function QuestionnaireSettings({ survey, plan, update }: { survey: SurveySettings; plan: readonly PlanEntry[]; update: StepProps<LoyaltyState>['update'] }) {
  const t = useMessages(surveyMessages);
  const locale = useLocale();
  const statementsId = useId();
  const notAsked = plannedButNotAsked({ plan, survey });
  const toggle = (question: SurveySettings['questions'][number], on: boolean) =>
    update((current) => {
      const chosen = new Set(current.survey.questions);
      if (on) chosen.add(question);
      else chosen.delete(question);
      // In the catalogue's order, so the template's columns never depend on the order of clicks.
      return { ...current, survey: { ...current.survey, questions: SURVEY_QUESTIONS.filter((candidate) => chosen.has(candidate)) } };
    });
  const setStatement = (index: number, text: string) =>
    update((current) => {
      const statements = Array.from({ length: ATTITUDE_ITEMS }, (_, item) => current.survey.attitudeStatements[item] ?? '');
      statements[index] = text;
      return { ...current, survey: { ...current.survey, attitudeStatements: statements } };
    });

  // On paper the form below shows the questions and statements as asked: these controls would print them twice.
  return (
    <div className="no-print">
      <fieldset className="fieldset">
        <legend>{t('questionnaire.questions')}</legend>
        <div className="lm-survey-questions">
          {SURVEY_QUESTIONS.map((question) => (
            <label key={question}>
              <input type="checkbox" checked={survey.questions.includes(question)} onChange={(event) => toggle(question, event.target.checked)} /> {t(`question.${question}`)}
            </label>
          ))}
        </div>
        {survey.questions.length === 0 ? <p className="field__error">{t('questionnaire.noQuestions')}</p> : null}
        {notAsked.length > 0 ? (
          <p className="finding">
            {t('questionnaire.notAsked', { metrics: notAsked.map((metric) => metric.toUpperCase()).join(', ') })}{' '}
            <button type="button" className="button button--quiet" onClick={() => notAsked.forEach((metric) => toggle(metric, true))}>
              {t('questionnaire.askPlanned')}
            </button>
          </p>
        ) : null}
      </fieldset>
      {survey.questions.includes('attitude') ? (
        <fieldset className="fieldset" aria-describedby={`${statementsId}-hint`}>
          <legend>{t('questionnaire.statements')}</legend>
          <p id={`${statementsId}-hint`} className="explain explain--detail">
            {t('questionnaire.statementsHint')}
          </p>
          {Array.from({ length: ATTITUDE_ITEMS }, (_, index) => (
            <div key={index} className="field field--wide">
              <label htmlFor={`${statementsId}-${index}`} className="field__label">
                {t('questionnaire.statement', { number: index + 1 })}
              </label>
              {/* A sentence, and its suggestion in the placeholder: a text area wraps both, where a line would cut them. */}
              <textarea
                id={`${statementsId}-${index}`}
                rows={2}
                value={survey.attitudeStatements[index] ?? ''}
                placeholder={SUGGESTED_ATTITUDE_STATEMENTS[locale][index]}
                onChange={(event) => setStatement(index, event.target.value)}
              />
            </div>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
