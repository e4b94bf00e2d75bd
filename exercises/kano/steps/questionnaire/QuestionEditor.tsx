import type { Locale } from '../../../../src/i18n/locale';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { featureText } from '../../content';
import type { KanoFeature, KanoState } from '../../state';
import { kanoStepMessages } from '../messages';
import { featureQuestions, questionnaireLocale } from '../shared/questionWording';

type Props = Pick<StepProps<KanoState>, 'state' | 'update'> & { locale: Locale };
type QuestionKey = 'functionalQuestion' | 'dysfunctionalQuestion';

/**
 * Each feature's two questions, generated from the standard wording and editable: an edit is kept as the
 * feature's own wording until "standard wording" puts the template back.
 */
export function QuestionEditor({ state, update, locale }: Props) {
  const t = useMessages(kanoStepMessages);
  const printLocale = questionnaireLocale(state.questionnaire, locale);
  const setQuestion = (id: string, key: QuestionKey, value: string | null) =>
    update((current) => ({ ...current, features: current.features.map((feature) => (feature.id === id ? { ...feature, [key]: value } : feature)) }));

  const editor = (feature: KanoFeature, key: QuestionKey, label: string, value: string, generated: string) => (
    <div className="field field--wide">
      <label className="field__label">
        {label}
        <textarea rows={2} value={value} onChange={(event) => setQuestion(feature.id, key, event.target.value === generated ? null : event.target.value)} />
      </label>
      {feature[key] !== null ? (
        <button type="button" className="button button--quiet" onClick={() => setQuestion(feature.id, key, null)}>
          {t('questionnaire.reset')}
        </button>
      ) : null}
    </div>
  );

  return (
    <section className="step-section" aria-labelledby="kano-question-editor">
      <h3 id="kano-question-editor">{t('questionnaire.editorTitle')}</h3>
      <p className="explain explain--detail">{t('questionnaire.editorHint')}</p>
      <details className="kano-editor">
        <summary>{t('questionnaire.editorOpen', { count: state.features.length })}</summary>
        {state.features.map((feature, index) => {
          const questions = featureQuestions(feature, state.questionnaire, printLocale);
          const name = featureText(feature, printLocale).name || t('features.untitled', { number: index + 1 });
          return (
            <fieldset key={feature.id} className="fieldset kano-editor__feature">
              <legend>
                {index + 1}. {name}
              </legend>
              {editor(feature, 'functionalQuestion', t('questionnaire.functional', { name }), questions.functional, questions.generated.functional)}
              {editor(feature, 'dysfunctionalQuestion', t('questionnaire.dysfunctional', { name }), questions.dysfunctional, questions.generated.dysfunctional)}
            </fieldset>
          );
        })}
      </details>
    </section>
  );
}
