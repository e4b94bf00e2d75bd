import type { Locale } from '../../../../src/i18n/locale';
import { useMessages } from '../../../../src/i18n/useI18n';
import { translator } from '../../../../src/i18n/translate';
import { useTemplateDownload } from '../../../../src/ui/import/useTemplateDownload';
import { Callout } from '../../../../src/ui/Callout';
import { featureText } from '../../content';
import { KANO_ANSWER_CODES, KANO_ANSWER_LABELS } from '../../questions';
import { KANO_ANSWERS, type KanoState } from '../../state';
import { kanoStepMessages } from '../messages';
import { featureQuestions, questionnaireLocale } from '../shared/questionWording';
import { wideResponsesSpec } from '../shared/wideResponses';

/**
 * The form as respondents see it, in the questionnaire's language (which may differ from the interface's):
 * on screen as a preview, on paper through the browser's print dialog.
 */
export function PrintableQuestionnaire({ state, locale }: { state: KanoState; locale: Locale }) {
  const t = useMessages(kanoStepMessages);
  const responseTemplate = useTemplateDownload();
  const printLocale = questionnaireLocale(state.questionnaire, locale);
  const paper = translator(kanoStepMessages, printLocale);
  const scale = state.questionnaire.importanceScale;
  const scalePoints = scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index) : [];

  const downloadResponseTemplate = () =>
    responseTemplate.download(wideResponsesSpec('kano-template', state.features, state.questionnaire, printLocale), t('questionnaire.templateFile'));

  const answerBoxes = (question: string) => (
    <ul className="kano-paper__answers" aria-label={question}>
      {KANO_ANSWERS.map((answer) => (
        <li key={answer}>
          <span className="kano-paper__box" aria-hidden="true" /> {KANO_ANSWER_CODES[answer]}. {KANO_ANSWER_LABELS[printLocale][answer]}
        </li>
      ))}
    </ul>
  );

  return (
    <section className="step-section kano-paper-section" aria-labelledby="kano-paper-title">
      <div className="no-print">
        <h3>{t('questionnaire.printTitle')}</h3>
        <p className="explain">{t('questionnaire.printHint')}</p>
        <div className="kano-actions">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('questionnaire.print')}
          </button>
          <button type="button" className="button" onClick={() => void downloadResponseTemplate()}>
            {t('questionnaire.template')}
          </button>
        </div>
        <p className="explain explain--detail">{t('questionnaire.templateHint')}</p>
        {responseTemplate.failure ? <Callout tone="danger">{t('questionnaire.templateFailed', { detail: responseTemplate.failure })}</Callout> : null}
      </div>
      <article className="kano-paper" lang={printLocale}>
        <h3 id="kano-paper-title" className="kano-paper__title">
          {paper('paper.title')}
        </h3>
        <p className="kano-paper__intro">{paper('paper.intro')}</p>
        <p className="kano-paper__fill">
          <span>{paper('paper.respondent')} ____________</span>
          <span>{paper('paper.segment')} ____________</span>
        </p>
        <ol className="kano-paper__features">
          {state.features.map((feature, index) => {
            const questions = featureQuestions(feature, state.questionnaire, printLocale);
            const { name, description } = featureText(feature, printLocale);
            return (
              <li key={feature.id} className="kano-paper__feature">
                <p className="kano-paper__name">
                  <strong>{name || paper('features.untitled', { number: index + 1 })}</strong>
                  {description ? <span className="kano-paper__description"> — {description}</span> : null}
                </p>
                <div className="kano-paper__pair">
                  <div>
                    <p className="kano-paper__question">{index + 1}a. {questions.functional}</p>
                    {answerBoxes(questions.functional)}
                  </div>
                  <div>
                    <p className="kano-paper__question">{index + 1}b. {questions.dysfunctional}</p>
                    {answerBoxes(questions.dysfunctional)}
                  </div>
                </div>
                {questions.importance ? (
                  <div className="kano-paper__importance">
                    <p className="kano-paper__question">{index + 1}c. {questions.importance}</p>
                    <p className="kano-paper__scale" aria-hidden="true">
                      {scalePoints.map((point) => (
                        <span key={point}>
                          <span className="kano-paper__box" /> {point}
                        </span>
                      ))}
                    </p>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        <p className="kano-paper__thanks">{paper('paper.thanks')}</p>
      </article>
    </section>
  );
}
