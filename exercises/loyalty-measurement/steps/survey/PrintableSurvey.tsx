import { Callout } from '../../../../src/ui/Callout';
import { useTemplateDownload } from '../../../../src/ui/import/useTemplateDownload';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { ATTITUDE_INSTRUCTION, attitudeStatements, CES_LABELS, CES_QUESTION, CSAT_LABELS, CSAT_QUESTION, NPS_QUESTION } from '../../content/questionnaire';
import { surveyTemplateSpec } from '../../inputs';
import { surveyMessages } from '../../messages/survey';
import type { SurveySettings } from '../../state';

const points = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, index) => min + index);

function Boxes({ values, labels, name }: { values: readonly number[]; labels?: readonly string[]; name: string }) {
  return (
    <ul className="lm-paper__boxes" aria-label={name}>
      {values.map((value, index) => (
        <li key={value}>
          <span className="lm-paper__box" aria-hidden="true" /> {value}
          {labels?.[index] ? <span className="lm-paper__label"> {labels[index]}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function ScaleQuestion({ text, values, labels }: { text: string; values: readonly number[]; labels?: readonly string[] }) {
  return (
    <li>
      <p>{text}</p>
      <Boxes values={values} name={text} {...(labels ? { labels } : {})} />
    </li>
  );
}

/** The paper form of the chosen questions, with the print button and the answer template beside it. */
export function PrintableSurvey({ survey }: { survey: SurveySettings }) {
  const t = useMessages(surveyMessages);
  const locale = useLocale();
  const template = useTemplateDownload();
  const asks = (question: SurveySettings['questions'][number]) => survey.questions.includes(question);
  const statements = attitudeStatements(survey, locale);
  const download = () => void template.download(surveyTemplateSpec(survey.questions, statements.length), `${t('paper.title')}.xlsx`);

  return (
    <section className="step-section" aria-labelledby="lm-paper-title">
      <div className="no-print lm-survey-actions">
        <button type="button" className="button button--primary" onClick={() => window.print()} disabled={survey.questions.length === 0}>
          {t('questionnaire.print')}
        </button>
        <button type="button" className="button" onClick={download} disabled={survey.questions.length === 0}>
          {t('questionnaire.template')}
        </button>
      </div>
      {template.failure ? <Callout tone="danger">{t('questionnaire.templateFailed', { detail: template.failure })}</Callout> : null}
      <article className="lm-paper">
        <h3 id="lm-paper-title">{t('paper.title')}</h3>
        <p className="lm-paper__fill">
          <span>{t('paper.respondent')} ____________</span>
          {asks('customerId') ? <span>{t('paper.customer')} ____________</span> : null}
          {asks('segment') ? <span>{t('paper.segment')} ____________</span> : null}
        </p>
        <ol className="lm-paper__questions">
          {asks('nps') ? <ScaleQuestion text={NPS_QUESTION[locale]} values={points(0, 10)} /> : null}
          {asks('csat') ? <ScaleQuestion text={CSAT_QUESTION[locale]} values={points(1, 5)} labels={CSAT_LABELS[locale]} /> : null}
          {asks('ces') ? <ScaleQuestion text={CES_QUESTION[locale]} values={points(1, 7)} labels={CES_LABELS[locale]} /> : null}
          {asks('attitude') ? (
            <li>
              <p>{ATTITUDE_INSTRUCTION[locale]}</p>
              <ol className="lm-paper__statements">
                {statements.map((statement, index) => (
                  <li key={index}>
                    <p>{statement}</p>
                    <Boxes values={points(1, 5)} name={statement} />
                  </li>
                ))}
              </ol>
            </li>
          ) : null}
        </ol>
        <p className="lm-paper__thanks">{t('paper.thanks')}</p>
      </article>
    </section>
  );
}
