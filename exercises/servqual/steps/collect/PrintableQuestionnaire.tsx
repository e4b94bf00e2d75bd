import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { DIMENSIONS } from '../../structure';
import { statementText } from '../../statements';
import type { Questionnaire } from '../../state';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { ScrollBox } from '../../../../src/ui/ScrollBox';

/**
 * The paper form: expectations, then perceptions of the same statements, then the 100-point split. Items keep
 * their numbers (E5/P5 is statement 5 even when 4 is switched off), so typing a form into the response
 * template or the entry form never shifts a column.
 */
export function PrintableQuestionnaire({ questionnaire, locale }: { questionnaire: Questionnaire; locale: Locale }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const company = questionnaire.companyName.trim() || t('questionnaire.companyFallback');
  const statements = questionnaire.statements
    .filter((statement) => statement.enabled)
    .map((statement) => ({ item: statement.item, text: statementText(statement.item, questionnaire.preset, statement.text, locale) }));
  const points = Array.from({ length: questionnaire.scale }, (_, index) => index + 1);

  const part = (title: string, prompt: string) => (
    <section className="sq-paper__part">
      <h4>{title}</h4>
      <p>{prompt}</p>
      <p className="sq-paper__anchors">{t('questionnaire.scaleAnchors', { max: questionnaire.scale })}</p>
      <ScrollBox label={title}>
        <table className="sq-paper__table">
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">{ui('paper.statement')}</th>
              {points.map((point) => (
                <th key={point} scope="col" className="sq-paper__point">
                  {point}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {statements.map((statement) => (
              <tr key={statement.item}>
                <td>{statement.item}</td>
                <td className="sq-paper__statement">{statement.text}</td>
                {points.map((point) => (
                  <td key={point} className="sq-paper__point">
                    <span className="sq-paper__box" aria-hidden="true" />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );

  return (
    <article className="sq-paper" aria-label={ui('paper.title')}>
      <header className="sq-paper__header">
        <h3>{ui('paper.heading', { company })}</h3>
        <p>{ui('paper.respondent')}</p>
      </header>
      {part(t('questionnaire.expectationPart'), t('questionnaire.expectationPrompt'))}
      {part(t('questionnaire.perceptionPart'), t('questionnaire.perceptionPrompt', { company }))}
      <section className="sq-paper__part">
        <h4>{t('questionnaire.weightsPart')}</h4>
        <p>{t('questionnaire.weightsPrompt')}</p>
        <table className="sq-paper__table sq-paper__weights">
          <thead>
            <tr>
              <th scope="col">{ui('paper.side')}</th>
              <th scope="col" className="sq-paper__points">
                {ui('paper.points')}
              </th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((dimension, index) => (
              <tr key={dimension}>
                <td>
                  <strong>
                    W{index + 1}. {t(`dimension.${dimension}.name`)}
                  </strong>
                  <br />
                  {t(`dimension.${dimension}.explanation`)}
                </td>
                <td className="sq-paper__points" />
              </tr>
            ))}
            <tr>
              <th scope="row">{ui('paper.total')}</th>
              <td className="sq-paper__points">100</td>
            </tr>
          </tbody>
        </table>
      </section>
      <p className="sq-paper__thanks">{ui('paper.thanks')}</p>
    </article>
  );
}
